// `events`: the npm EventEmitter (the same class streams inherit from), completed with the static helpers newer Node versions add.
import EventEmitter from 'events/events.js';

type Emitter = InstanceType<typeof EventEmitter>;

/** events.on(emitter, name): an async iterator over each emission's arguments that throws on 'error', as in Node. */
function on(emitter: Emitter, name: string | symbol, options?: { signal?: AbortSignal }): AsyncIterableIterator<unknown[]> {
  const queued: unknown[][] = [];
  const waiting: Array<{ resolve: (result: IteratorResult<unknown[]>) => void; reject: (error: unknown) => void }> = [];
  let failure: unknown;
  let done = false;
  const onEvent = (...args: unknown[]) => {
    const taker = waiting.shift();
    if (taker) taker.resolve({ value: args, done: false });
    else queued.push(args);
  };
  const onError = (error: unknown) => {
    const taker = waiting.shift();
    if (taker) taker.reject(error);
    else failure = error;
    void close();
  };
  const onAbort = () => onError(Object.assign(new Error('The operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR', cause: options?.signal?.reason }));
  const close = async (): Promise<IteratorResult<unknown[]>> => {
    done = true;
    emitter.removeListener(name, onEvent);
    emitter.removeListener('error', onError);
    options?.signal?.removeEventListener('abort', onAbort);
    for (const taker of waiting.splice(0)) taker.resolve({ value: undefined, done: true });
    return { value: undefined, done: true };
  };
  emitter.on(name, onEvent);
  if (name !== 'error') emitter.on('error', onError);
  if (options?.signal?.aborted) onAbort();
  else options?.signal?.addEventListener('abort', onAbort, { once: true });
  return {
    next() {
      const args = queued.shift();
      if (args) return Promise.resolve({ value: args, done: false });
      if (failure !== undefined) {
        const error = failure;
        failure = undefined;
        return Promise.reject(error);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return: close,
    throw: (error: unknown) => {
      void close();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** The `events` module: like Node's, it is the EventEmitter class itself, carrying the helpers as statics. */
export function createEvents() {
  const statics = EventEmitter as unknown as Record<string, unknown>;
  statics.on ??= on;
  statics.getEventListeners ??= (emitter: Emitter, name: string | symbol) => emitter.listeners(name);
  statics.getMaxListeners ??= (emitter: Emitter) => emitter.getMaxListeners();
  statics.setMaxListeners ??= (n = EventEmitter.defaultMaxListeners, ...emitters: Emitter[]) => {
    if (emitters.length === 0) EventEmitter.defaultMaxListeners = n;
    for (const emitter of emitters) emitter.setMaxListeners(n);
  };
  return EventEmitter;
}
