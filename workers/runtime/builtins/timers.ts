// `timers` and `timers/promises`, built on the runtime's tracked timers so pending ones keep Lambda's event loop busy.
import type { BuiltinDeps } from './deps';
import { nodeError } from './node-error';

/** The runtime's tracked timer functions. */
export type BuiltinTimers = BuiltinDeps['timers'];

interface TimerOptions {
  signal?: AbortSignal;
  /** Accepted and ignored: every pending timer holds the runtime's event loop, as a ref'd one does in Node. */
  ref?: boolean;
}

/** Node rejects aborted timer promises with an `AbortError` whose cause is the signal's reason. */
function abortError(signal: AbortSignal): Error {
  const error = nodeError(Error, 'ABORT_ERR', 'The operation was aborted');
  error.name = 'AbortError';
  (error as Error & { cause?: unknown }).cause = signal.reason;
  return error;
}

/** Runs `start` unless the signal is already aborted, and rejects (after `cancel`) if it aborts first. */
function abortable<T>(options: TimerOptions | undefined, start: (resolve: (value: T) => void) => unknown, cancel: (id: unknown) => void): Promise<T> {
  const signal = options?.signal;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      cancel(id);
      reject(abortError(signal!));
    };
    const id = start((value) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function createTimersPromises(timers: BuiltinTimers) {
  const setTimeout = <T = void>(delay = 1, value?: T, options?: TimerOptions) =>
    abortable<T>(options, (resolve) => timers.setTimeout(() => resolve(value as T), delay), (id) => timers.clearTimeout(id));

  const setImmediate = <T = void>(value?: T, options?: TimerOptions) =>
    abortable<T>(options, (resolve) => timers.setImmediate(() => resolve(value as T)), (id) => timers.clearImmediate(id));

  /** Yields `value` every `delay` ms; ticks the consumer has not taken yet are not lost, as in Node. */
  async function* setInterval<T = void>(delay = 1, value?: T, options?: TimerOptions): AsyncGenerator<T, void, unknown> {
    const signal = options?.signal;
    if (signal?.aborted) throw abortError(signal);
    let ticks = 0;
    let wake: (() => void) | undefined;
    const notify = () => {
      wake?.();
      wake = undefined;
    };
    const id = timers.setInterval(() => {
      ticks++;
      notify();
    }, delay);
    signal?.addEventListener('abort', notify, { once: true });
    try {
      for (;;) {
        if (ticks === 0) await new Promise<void>((resolve) => (wake = resolve));
        if (signal?.aborted) throw abortError(signal);
        for (; ticks > 0; ticks--) yield value as T;
      }
    } finally {
      timers.clearInterval(id);
      signal?.removeEventListener('abort', notify);
    }
  }

  return {
    setTimeout,
    setImmediate,
    setInterval,
    scheduler: {
      wait: (delay: number, options?: TimerOptions) => setTimeout(delay, undefined, options),
      yield: () => setImmediate(),
    },
  };
}

/** The `timers` module object: the same functions handlers get as globals. */
export function createTimers(timers: BuiltinTimers, promises: () => unknown) {
  return {
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    setInterval: timers.setInterval,
    clearInterval: timers.clearInterval,
    setImmediate: timers.setImmediate,
    clearImmediate: timers.clearImmediate,
    get promises() {
      return promises();
    },
  };
}
