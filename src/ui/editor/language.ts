// Editor languages and marks, kept apart from CodeMirror so the app shell need not load it.

export type EditorLanguage = 'typescript' | 'javascript' | 'json';

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
  return 'javascript';
}
