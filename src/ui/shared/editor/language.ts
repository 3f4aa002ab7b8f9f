// Editor languages and marks, kept apart from CodeMirror so the app shell need not load it.

/** `text` is for files without a bundled grammar (HTML, CSS): no highlighting, same editing. */
export type EditorLanguage = 'typescript' | 'javascript' | 'json' | 'text';

/** A mark to show: 1-based line and column, as compilers and JSON.parse report them. */
export interface EditorMark {
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

export function languageOf(path: string): EditorLanguage {
  if (/\.(m|c)?tsx?$/.test(path)) return 'typescript';
  if (path.endsWith('.json')) return 'json';
  if (/\.(c|m)?jsx?$/.test(path)) return 'javascript';
  return 'text';
}
