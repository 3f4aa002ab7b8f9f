// Calls a handler in any of the styles Lambda's Node.js runtime accepts: async/promise,
// callback `(event, context, callback)`, and the legacy context.done/succeed/fail.
import type { LambdaContext } from './lambda-context';
import type { TimerTracker } from './timers';

export type Handler = (event: unknown, context: LambdaContext, callback: (error?: unknown, result?: unknown) => void) => unknown;

/** Settles with the handler's result, or rejects with what it threw or reported. */
export function callHandler(handler: Handler, event: unknown, context: LambdaContext, loop: TimerTracker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // The first completion decides the response, as in Lambda's Node.js runtime; a callback's
    // response is then held until the event loop drains (unless the handler opted out).
    let decided = false;
    const settle = (failed: boolean, value: unknown, waitForLoop = false) => {
      if (decided) return;
      decided = true;
      const deliver = () => (failed ? reject(value) : resolve(value));
      if (waitForLoop && context.callbackWaitsForEmptyEventLoop) void loop.whenIdle().then(deliver);
      else deliver();
    };
    const succeed = (result: unknown) => settle(false, result);
    // A rejection or throw without a value is still a failure (its errorType reads 'undefined').
    const fail = (error: unknown) => settle(true, error);
    const isError = (error: unknown) => error !== null && error !== undefined;
    const complete = (error: unknown, result: unknown) => settle(isError(error), isError(error) ? error : result);
    const completeAfterLoop = (error: unknown, result: unknown) => settle(isError(error), isError(error) ? error : result, true);
    context.done = (error, result) => complete(error, result);
    context.succeed = (result) => succeed(result);
    context.fail = (error) => fail(error);

    try {
      const returned = handler(event, context, completeAfterLoop);
      if (returned && typeof (returned as PromiseLike<unknown>).then === 'function') {
        (returned as PromiseLike<unknown>).then(succeed, fail);
      } else if (handler.length < 3) {
        // Neither a promise nor a callback: Node's runtime answers null once the loop is empty.
        completeAfterLoop(null, null);
      }
    } catch (error) {
      fail(error);
    }
  });
}
