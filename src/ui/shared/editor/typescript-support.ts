// TypeScript in the editor, loaded on demand: completion and hover from the language service in
// its worker (through @valtown/codemirror-ts's CodeMirror extensions), the open file synced on
// every change, and type diagnostics for the editor to merge with the compiler's marks.
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { autocompletion } from '@codemirror/autocomplete';
import { tsAutocompleteWorker, tsFacetWorker, tsHoverWorker, tsSyncWorker } from '@valtown/codemirror-ts';
import type { WorkerShape } from '@valtown/codemirror-ts/worker';
import { typeScriptWorker, type TypeScriptRemote } from '../../../platform/worker-typescript';
import type { FunctionCode } from '../../../../workers/typescript/service';
import type { TypeMark } from './diagnostics';

const hoverTheme = EditorView.theme({
  '.cm-tooltip-hover': { padding: '0.3rem 0.5rem', fontFamily: 'var(--mono)', fontSize: '12px', maxWidth: '40rem', whiteSpace: 'pre-wrap' },
  '.cm-tooltip-hover .quick-info-keyword': { color: '#708' },
  '.cm-tooltip-hover .quick-info-interfaceName, .cm-tooltip-hover .quick-info-className, .cm-tooltip-hover .quick-info-aliasName': { color: '#167' },
});

export interface TypeScriptSupport {
  /** Completion, hover and sync for the file at `path` of the function. */
  extensions(path: string): Extension;
  /** Tells the service about the function: its files, handler and event type. */
  setFunction(code: FunctionCode): void;
  /** TypeScript's diagnostics for a file, at offsets of its current text. */
  lints(path: string): Promise<TypeMark[]>;
}

export async function loadTypeScriptSupport(): Promise<TypeScriptSupport> {
  const remote: TypeScriptRemote = await typeScriptWorker();
  // The extensions call only updateFile, getAutocompletion and getHover, which the service
  // offers with the library's own signatures (its getLints differs: marks carry their code).
  const worker = remote as unknown as WorkerShape;
  return {
    extensions: (path) => [
      tsFacetWorker.of({ path, worker }),
      tsSyncWorker(),
      autocompletion({ override: [tsAutocompleteWorker()] }),
      tsHoverWorker(),
      hoverTheme,
    ],
    setFunction: (code) => void remote.setFunction(code),
    lints: (path) => remote.getLints({ path }),
  };
}
