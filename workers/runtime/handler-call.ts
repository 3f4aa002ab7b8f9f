// Calls a handler in any of the styles Lambda's Node.js runtime accepts: async/promise,
// callback `(event, context, callback)`, and the legacy context.done/succeed/fail.
import type { LambdaContext } from './lambda-context';
import type { TimerTracker } from './timers';

export type Handler = (event: unknown, context: LambdaContext, callback: (error?: unknown, result?: unknown) => void) => unknown;

const isPromise = (value: unknown): value is PromiseLike<unknown> =>
  !!value && typeof (value as PromiseLike<unknown>).then === 'function';

/**
 * Settles with the handler's result, or rejects with what it threw or reported. The rules are
 * those of the Node.js runtime interface client (CallbackContext.js, Runtime.js):
 * - the first of callback / context.done / succeed / fail / the returned promise decides; later
 *   calls are ignored;
 * - context.done/succeed/fail, a settled promise and `callback(error)` answer at once;
 *   `callback(null, result)` answers when the event loop drains, unless
 *   `callbackWaitsForEmptyEventLoop` was false when it was called;
 * - if nothing has decided by the time the loop drains, the answer is `null` (the runtime's
 *   `beforeExit` listener), whatever the handler returned and however many parameters it takes.
 */
export function callHandler(handler: Handler, event: unknown, context: LambdaContext, loop: TimerTracker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let finished = false;
    const once = <A extends unknown[]>(complete: (...args: A) => void) => (...args: A) => {
      if (finished) return;
      finished = true;
      complete(...args);
    };
    const isError = (error: unknown) => error !== null && error !== undefined;
    // A rejection or throw without a value is still a failure (its errorType reads 'undefined').
    const fail = once((error: unknown) => reject(error));
    const succeed = once((result: unknown) => resolve(result));
    const done = once((error: unknown, result: unknown) => (isError(error) ? reject(error) : resolve(result)));
    const callback = once((error: unknown, result: unknown) => {
      if (isError(error)) reject(error);
      else if (!context.callbackWaitsForEmptyEventLoop) resolve(result);
      else void loop.whenIdle().then(() => resolve(result));
    });
    context.done = done;
    context.succeed = succeed;
    context.fail = fail;

    let returned: unknown;
    try {
      returned = handler(event, context, callback);
    } catch (error) {
      fail(error);
      return;
    }
    if (isPromise(returned)) {
      try {
        returned.then(succeed, fail);
      } catch (error) {
        fail(error);
      }
      return;
    }
    // The null fallback. Only for a handler that returned no promise: the runtime would also
    // answer a still-pending promise when the loop drains (null, or Runtime.NodeJsExit for an
    // async function), but in a browser much of what a promise waits on (a Blob read, image
    // decoding, WebAssembly compiling) holds no timer this tracker sees, so the playground waits
    // for the promise instead.
    void loop.whenIdle().then(() => succeed(null));
  });
}
