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

/**
 * What the editor's TypeScript needs to know about the code around the open file (a handler's
 * function): its other files, so relative imports resolve, and its handler and event type, so an
 * untyped handler's `event` gets the type its triggers give it.
 */
export interface CodeContext {
  /** The open file's path within the function, e.g. 'index.ts' or 'lib/util.ts'. */
  path: string;
  /** Every file of the function by path, the open one included. */
  files: Record<string, string>;
  /** The handler setting, `file.export`. */
  handler?: string;
  /** The aws-lambda type of the handler's event ('S3Event'), from eventTypeFor(the function's triggers). */
  eventType?: string;
}
