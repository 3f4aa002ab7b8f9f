// CodeMirror 6 set up for handler code and JSON events; loaded on demand so the app shell
// paints before the editor's ~150 KB arrive. One view per editor, one state per file (so
// each file keeps its own undo history). TypeScript's completion, hover and type errors come
// later still (typescript-support.ts), once a TS/JS file with its function's context is shown.
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { lintGutter, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { javascript } from '@codemirror/lang-javascript';
import { json } from '@codemirror/lang-json';

import type { CodeContext, EditorLanguage, EditorMark } from './language';
import { mergeDiagnostics, type TypeMark } from './diagnostics';
import type { TypeScriptSupport } from './typescript-support';
import { afterCompiler, afterFirstScreen, firstScreenShown } from '../../../platform/first-screen';

export type { CodeContext, EditorLanguage, EditorMark };

/** Resolves once the first screen is up and the compiler loaded (then, only when the main thread is idle): TypeScript must not slow the first load. */
function afterFirstLoad(): Promise<void> {
  const compilerOrCap = Promise.race([afterCompiler, new Promise<void>((resolve) => setTimeout(resolve, COMPILER_WAIT_CAP_MS))]);
  return Promise.all([afterFirstScreen, compilerOrCap]).then(() => new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 3000 });
    else setTimeout(resolve, 300);
  }));
}

/** TypeScript starts after this long even if the compiler has not loaded (a page that never compiles). */
const COMPILER_WAIT_CAP_MS = 15_000;

let typeScriptLoading: Promise<TypeScriptSupport> | undefined;
/** Once loaded, every editor (and every editor made later) uses it at once. */
let typeScriptLoaded: TypeScriptSupport | undefined;
function loadTypeScript(): Promise<TypeScriptSupport> {
  typeScriptLoading ??= afterFirstLoad()
    .then(() => import('./typescript-support'))
    .then(({ loadTypeScriptSupport }) => loadTypeScriptSupport())
    .then((support) => (typeScriptLoaded = support))
    .catch((error: unknown) => {
      typeScriptLoading = undefined;
      throw error;
    });
  return typeScriptLoading;
}

/** How long typing must pause before TypeScript is asked for diagnostics. */
const LINT_DELAY_MS = 350;

function languageExtension(language: EditorLanguage): Extension {
  if (language === 'json') return json();
  if (language === 'text') return [];
  return javascript({ typescript: language === 'typescript' });
}

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '13px' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.5' },
  '.cm-content': { caretColor: 'var(--fg)' },
});

export interface EditorHandle {
  /** Shows the document of `key` (each key keeps its own state) under an accessible name. */
  show(key: string, doc: string, language: EditorLanguage, label: string): void;
  setMarks(marks: EditorMark[]): void;
  /** The function around a TS/JS document: with it, the editor offers TypeScript's completion, hover and type errors. */
  setCode(code: CodeContext | undefined): void;
  destroy(): void;
}

export function createEditor(parent: HTMLElement, onChange: (doc: string) => void): EditorHandle {
  const states = new Map<string, EditorState>();
  let currentKey = '';
  let currentLanguage: EditorLanguage = 'javascript';
  let code: CodeContext | undefined;
  let typeScript: TypeScriptSupport | undefined;
  let compilerDiagnostics: CmDiagnostic[] = [];
  let typeMarks: TypeMark[] = [];
  let lintTimer: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;
  // Each state carries this compartment: empty until TypeScript has loaded for a TS/JS file.
  const typeScriptSlot = new Compartment();
  // The editor completes the first screen: work held back until then may start once it is painted.
  firstScreenShown();

  const wantsTypeScript = () => !!code && (currentLanguage === 'typescript' || currentLanguage === 'javascript');

  const publish = () => {
    const doc = view.state.doc;
    const lineOf = (offset: number) => doc.lineAt(Math.min(offset, doc.length)).number;
    view.dispatch(setDiagnostics(view.state, mergeDiagnostics(compilerDiagnostics, typeMarks.filter((m) => m.to <= doc.length), lineOf)));
  };

  /** Asks TypeScript for the open file's diagnostics; an answer for a text since changed is dropped. */
  const lint = async () => {
    if (!typeScript || !code || !wantsTypeScript()) return;
    const asked = view.state.doc;
    const key = currentKey;
    const marks = await typeScript.lints(code.path);
    if (destroyed || key !== currentKey || view.state.doc !== asked) return;
    typeMarks = marks;
    publish();
  };
  const lintSoon = () => {
    clearTimeout(lintTimer);
    lintTimer = setTimeout(() => void lint().catch(() => undefined), LINT_DELAY_MS);
  };

  /** The key of the state TypeScript's extensions were last set on (with that file's path). */
  let attachedKey: string | undefined;
  const attach = (extensions: Extension) => {
    view.dispatch({ effects: typeScriptSlot.reconfigure(extensions) });
    attachedKey = currentKey;
  };

  const extensions = (language: EditorLanguage): Extension[] => [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    lintGutter(),
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, indentWithTab]),
    languageExtension(language),
    theme,
    typeScriptSlot.of([]),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      onChange(update.state.doc.toString());
      if (typeScript && wantsTypeScript()) lintSoon();
    }),
  ];

  const view = new EditorView({ parent, state: EditorState.create({ doc: '', extensions: extensions('javascript') }) });

  // TypeScript starts when someone reaches for the code (focus or pointer), not when code is merely
  // shown: a reader who only runs the function never pays for the language service.
  let touched = false;
  const startTypeScript = () => {
    if (!wantsTypeScript()) return;
    // Without the worker the editor still edits; TypeScript is an extra.
    void loadTypeScript().then((support) => {
      if (!destroyed && !typeScript && code) {
        typeScript = support;
        editorHandle.setCode(code);
      }
    }, () => undefined);
  };
  const touch = () => {
    if (touched) return;
    touched = true;
    startTypeScript();
  };
  view.dom.addEventListener('focusin', touch);
  view.dom.addEventListener('pointerenter', touch);

  const editorHandle: EditorHandle = {
    show(key, doc, language, label) {
      view.contentDOM.setAttribute('aria-label', label);
      if (key === currentKey) {
        // The same file changed outside the editor (e.g. restored): replace its text.
        if (view.state.doc.toString() !== doc) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
        return;
      }
      if (currentKey) states.set(currentKey, view.state);
      currentKey = key;
      currentLanguage = language;
      typeMarks = [];
      attachedKey = undefined;
      const saved = states.get(key);
      view.setState(saved && saved.doc.toString() === doc ? saved : EditorState.create({ doc, extensions: extensions(language) }));
    },
    setMarks(marks) {
      const doc = view.state.doc;
      compilerDiagnostics = marks.map((mark) => {
        const line = doc.line(Math.min(Math.max(1, mark.line), doc.lines));
        const from = Math.min(line.from + Math.max(0, mark.column - 1), line.to);
        return { from, to: Math.max(from, Math.min(from + 1, line.to)), severity: mark.severity, message: mark.message };
      });
      publish();
    },
    setCode(next) {
      code = next;
      if (!wantsTypeScript()) {
        if (typeScript && attachedKey !== currentKey) attach([]);
        return;
      }
      const send = (support: TypeScriptSupport) => {
        if (!code || !wantsTypeScript()) return;
        typeScript = support;
        support.setFunction({ files: code.files, handler: code.handler, eventType: code.eventType });
        // Set once per shown file (show() is always followed by setCode with that file's path).
        if (attachedKey !== currentKey) attach(support.extensions(code.path));
        lintSoon();
      };
      typeScript ??= typeScriptLoaded;
      if (typeScript) send(typeScript);
      else if (touched) startTypeScript();
    },
    destroy: () => {
      destroyed = true;
      clearTimeout(lintTimer);
      view.destroy();
    },
  };
  return editorHandle;
}
