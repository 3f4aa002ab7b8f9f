// What the built-in modules need from the runtime that hosts them.

export interface BuiltinDeps {
  /** The runtime's tracked timers (see workers/runtime/timers.ts `createTimerTracker().timers`); use these, never the global ones, so the runtime can tell when the event loop is empty. */
  timers: { setTimeout: Function; clearTimeout: Function; setInterval: Function; clearInterval: Function; setImmediate: Function; clearImmediate: Function };
  /** The function's memory size in MB (for os.totalmem / os.freemem). */
  memoryLimitInMB: number;
}
