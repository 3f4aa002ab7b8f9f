// Types shared by the host and the runtime worker: log lines, error payloads, diagnostics.

/** Log levels of the Node.js runtime's text format, one per console method. */
export type LogLevel = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'FATAL';

/** A line the handler's console wrote; `requestId` is undefined during INIT, as on Lambda. */
export interface RuntimeLogLine {
  time: number;
  requestId: string | undefined;
  level: LogLevel;
  message: string;
}

/** An error as Lambda returns it in the response payload. */
export interface LambdaErrorPayload {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

/** A compiler message with a position in the user's own file (1-based line and column). */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
  /** Set when the message is an import that could not be resolved: the specifier. */
  importPath?: string;
}

/** A net change under an environment's /tmp, reported after an invocation for the host to keep. */
export type TmpChange =
  | { type: 'file'; path: string; data: Uint8Array; mtimeMs: number }
  | { type: 'dir'; path: string }
  | { type: 'deleted'; path: string };
