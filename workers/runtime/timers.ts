// Timers handed to user code, counted so the runtime can tell when the "event loop" is empty:
// Node's Lambda runtime holds a callback handler's response until then
// (context.callbackWaitsForEmptyEventLoop), and answers `null` for a handler that never calls back.

type TimerId = ReturnType<typeof setTimeout>;

export function createTimerTracker() {
  const pending = new Set<TimerId>();
  let idleWaiters: Array<() => void> = [];
  const realSetTimeout = globalThis.setTimeout.bind(globalThis);
  const realClearTimeout = globalThis.clearTimeout.bind(globalThis);
  const realSetInterval = globalThis.setInterval.bind(globalThis);
  const realClearInterval = globalThis.clearInterval.bind(globalThis);

  function settleIfIdle() {
    if (pending.size > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const wake of waiters) wake();
  }

  const timers = {
    setTimeout(fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): TimerId {
      const id: TimerId = realSetTimeout(() => {
        pending.delete(id);
        try {
          fn(...args);
        } finally {
          // Let promise chains started by the callback schedule their own timers first.
          realSetTimeout(settleIfIdle, 0);
        }
      }, ms);
      pending.add(id);
      return id;
    },
    clearTimeout(id: TimerId | undefined) {
      if (id === undefined) return;
      realClearTimeout(id);
      if (pending.delete(id)) realSetTimeout(settleIfIdle, 0);
    },
    setInterval(fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): TimerId {
      const id = realSetInterval(fn, ms, ...args);
      pending.add(id);
      return id;
    },
    clearInterval(id: TimerId | undefined) {
      if (id === undefined) return;
      realClearInterval(id);
      if (pending.delete(id)) realSetTimeout(settleIfIdle, 0);
    },
    setImmediate(fn: (...args: unknown[]) => void, ...args: unknown[]): TimerId {
      return timers.setTimeout(fn, 0, ...args);
    },
    clearImmediate(id: TimerId | undefined) {
      timers.clearTimeout(id);
    },
  };

  return {
    timers,
    /** Resolves once no timer of the handler's is pending (checked after a macrotask). */
    async whenIdle(): Promise<void> {
      for (;;) {
        await new Promise((resolve) => realSetTimeout(resolve, 0));
        if (pending.size === 0) return;
        await new Promise<void>((resolve) => idleWaiters.push(resolve));
      }
    },
  };
}

export type TimerTracker = ReturnType<typeof createTimerTracker>;
