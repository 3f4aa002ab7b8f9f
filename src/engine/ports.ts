// The engine's ports: everything it needs from the outside world, implemented by platform/
// in the browser and by plain fakes or the worker factories themselves in unit tests.
import type { Diagnostic, LambdaErrorPayload, RuntimeLogLine, TmpChange } from './lambda/runtime-protocol';

export type { Diagnostic };

/** What to compile: a function's files and the module its handler names (e.g. `src/app`). */
export interface CompileRequest {
  files: Record<string, string>;
  entryModule: string;
  /** esbuild target, e.g. `node22`. */
  target: string;
}

/** A compiled bundle (CommonJS, run as a classic script) or the diagnostics that stopped it. */
export type CompileResult =
  | { ok: true; code: string; map: string; warnings: Diagnostic[] }
  | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[] };

/** Turns source files into a bundle; implemented by the esbuild-wasm worker. */
export interface Compiler {
  compile(request: CompileRequest): Promise<CompileResult>;
}

/** What an environment needs to run its INIT phase. */
export interface SandboxInit {
  code: string;
  map: string;
  handler: string;
  runtime: string;
  functionName: string;
  functionVersion: string;
  memoryLimitInMB: number;
  logGroupName: string;
  logStreamName: string;
  environment: Record<string, string>;
  /** The function's code, readable under /var/task. */
  taskFiles: Record<string, string>;
  /** The ephemeral-storage setting: the size of /tmp in MB. */
  ephemeralStorageMB: number;
}

/** One invocation request as the runtime API hands it to an environment. */
export interface SandboxInvoke {
  requestId: string;
  payload: string;
  invokedFunctionArn: string;
  /** Epoch milliseconds at which the invocation times out. */
  deadline: number;
}

export type SandboxInitResult =
  | { status: 'ok'; initDurationMs: number }
  | { status: 'error'; error: LambdaErrorPayload; initDurationMs: number };

/** What /tmp looks like after an invocation, and what changed in it. */
export interface TmpReport {
  usage: { bytes: number; files: number };
  changes: TmpChange[];
}

export type SandboxInvokeResult =
  | { status: 'ok'; payload: string; durationMs: number; memoryUsedMB: number; tmp?: TmpReport }
  | {
      status: 'error';
      tmp?: TmpReport;
      error: LambdaErrorPayload;
      durationMs: number;
      memoryUsedMB: number;
      /** The environment crashed (e.g. unhandled rejection) and must not be reused. */
      fatal: boolean;
    };

/** One execution environment: a Web Worker in the browser, in-process in unit tests. */
export interface Sandbox {
  init(request: SandboxInit): Promise<SandboxInitResult>;
  invoke(request: SandboxInvoke): Promise<SandboxInvokeResult>;
  /** Stops the environment at once, whatever it is doing. */
  dispose(): void;
}

/** Starts execution environments; `onLog` receives every line the handler's console writes. */
export interface SandboxFactory {
  create(onLog: (line: RuntimeLogLine) => void): Sandbox;
}

/** Time as the engine sees it; tests substitute a controllable clock. */
export interface Clock {
  /** Wall-clock epoch milliseconds. */
  now(): number;
  /** Runs `fn` after `ms` milliseconds; returns a function that cancels it. */
  setTimer(ms: number, fn: () => void): () => void;
}

/** Where the host keeps each environment's /tmp (IndexedDB in the browser). */
export interface TmpStore {
  apply(environmentId: string, changes: TmpChange[]): Promise<void>;
  /** Forgets an environment's /tmp when the environment ends. */
  drop(environmentId: string): Promise<void>;
}
