// CodeMirror 6 set up for handler code and JSON events; loaded on demand so the app shell
// paints before the editor's ~150 KB arrive. One view per editor, one state per file (so
// each file keeps its own undo history).
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { lintGutter, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { javascript } from '@codemirror/lang-javascript';
import { json } from '@codemirror/lang-json';

import type { EditorLanguage, EditorMark } from './language';

export type { EditorLanguage, EditorMark };

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
  destroy(): void;
}

export function createEditor(parent: HTMLElement, onChange: (doc: string) => void): EditorHandle {
  const states = new Map<string, EditorState>();
  let currentKey = '';

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
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.state.doc.toString());
    }),
  ];

  const view = new EditorView({ parent, state: EditorState.create({ doc: '', extensions: extensions('javascript') }) });

  return {
    show(key, doc, language, label) {
      view.contentDOM.setAttribute('aria-label', label);
      if (key === currentKey) {
        // The same file changed outside the editor (e.g. restored): replace its text.
        if (view.state.doc.toString() !== doc) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
        return;
      }
      if (currentKey) states.set(currentKey, view.state);
      currentKey = key;
      const saved = states.get(key);
      view.setState(saved && saved.doc.toString() === doc ? saved : EditorState.create({ doc, extensions: extensions(language) }));
    },
    setMarks(marks) {
      const doc = view.state.doc;
      const diagnostics: CmDiagnostic[] = marks.map((mark) => {
        const line = doc.line(Math.min(Math.max(1, mark.line), doc.lines));
        const from = Math.min(line.from + Math.max(0, mark.column - 1), line.to);
        return { from, to: Math.max(from, Math.min(from + 1, line.to)), severity: mark.severity, message: mark.message };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    destroy: () => view.destroy(),
  };
}
