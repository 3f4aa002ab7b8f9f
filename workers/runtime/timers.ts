// Timers handed to user code, counted so the runtime can tell when the "event loop" is empty:
// Node's Lambda runtime holds a callback handler's response until then
// (context.callbackWaitsForEmptyEventLoop), and answers `null` for a handler that never calls back.
// They return Node-like Timeout handles: browsers return numbers, and code that calls
// `setTimeout(...).unref()` would otherwise throw.

type HostId = ReturnType<typeof globalThis.setTimeout>;

/** Node's Timeout object: ref/unref/hasRef/refresh, and usable as a number. */
export class Timeout {
  constructor(
    readonly hostId: HostId,
    private readonly controls: { ref(t: Timeout): void; unref(t: Timeout): void; refs(t: Timeout): boolean; refresh(t: Timeout): void },
  ) {}
  ref(): this {
    this.controls.ref(this);
    return this;
  }
  unref(): this {
    this.controls.unref(this);
    return this;
  }
  hasRef(): boolean {
    return this.controls.refs(this);
  }
  refresh(): this {
    this.controls.refresh(this);
    return this;
  }
  [Symbol.toPrimitive](): number {
    return Number(this.hostId);
  }
}

export function createTimerTracker() {
  /** Timers that keep the event loop alive (not unref'd, not yet fired or cleared). */
  const holding = new Set<Timeout>();
  /** Other pending work that keeps the loop alive, as a socket does in Node (an SDK call awaiting its answer). */
  let held = 0;
  const idle = () => holding.size === 0 && held === 0;
  const live = new Map<number, { handle: Timeout; restart: () => HostId; repeat: boolean }>();
  let idleWaiters: Array<() => void> = [];
  const host = {
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
    setInterval: globalThis.setInterval.bind(globalThis),
    clearInterval: globalThis.clearInterval.bind(globalThis),
  };

  function settleIfIdle() {
    if (!idle()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const wake of waiters) wake();
  }
  // Let promise chains started by a callback schedule their own timers before judging.
  const checkSoon = () => host.setTimeout(settleIfIdle, 0);

  const controls = {
    ref: (t: Timeout) => live.has(Number(t)) && holding.add(t),
    unref: (t: Timeout) => holding.delete(t) && checkSoon(),
    refs: (t: Timeout) => holding.has(t),
    refresh: (t: Timeout) => {
      const entry = live.get(Number(t));
      if (!entry || entry.repeat) return;
      host.clearTimeout(t.hostId);
      live.delete(Number(t));
      const fresh = entry.restart();
      Object.assign(t, { hostId: fresh });
      live.set(Number(t), entry);
    },
  };

  const find = (id: unknown) => (id instanceof Timeout ? id : live.get(Number(id))?.handle);
  const forget = (handle: Timeout) => {
    live.delete(Number(handle));
    if (holding.delete(handle)) checkSoon();
  };

  function start(fn: (...args: unknown[]) => void, ms: number | undefined, args: unknown[], repeat: boolean): Timeout {
    let handle!: Timeout;
    const run = () => {
      if (!repeat) forget(handle);
      try {
        fn(...args);
      } finally {
        checkSoon();
      }
    };
    const restart = () => (repeat ? host.setInterval(run, ms) : host.setTimeout(run, ms));
    handle = new Timeout(restart(), controls);
    live.set(Number(handle), { handle, restart, repeat });
    holding.add(handle);
    return handle;
  }

  function clear(id: unknown) {
    const handle = find(id);
    if (!handle) return;
    if (live.get(Number(handle))?.repeat) host.clearInterval(handle.hostId);
    else host.clearTimeout(handle.hostId);
    forget(handle);
  }

  const timers = {
    setTimeout: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => start(fn, ms, args, false),
    clearTimeout: clear,
    setInterval: (fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => start(fn, ms, args, true),
    clearInterval: clear,
    setImmediate: (fn: (...args: unknown[]) => void, ...args: unknown[]) => start(fn, 0, args, false),
    clearImmediate: clear,
  };

  return {
    timers,
    /** Keeps the loop busy until the returned function is called (once; later calls do nothing). */
    hold(): () => void {
      held++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        held--;
        checkSoon();
      };
    },
    /** Resolves once no referenced timer of the handler's is pending (checked after a macrotask). */
    async whenIdle(): Promise<void> {
      for (;;) {
        await new Promise((resolve) => host.setTimeout(resolve, 0));
        if (idle()) return;
        await new Promise<void>((resolve) => idleWaiters.push(resolve));
      }
    },
  };
}

export type TimerTracker = ReturnType<typeof createTimerTracker>;
