// Calls a handler in any of the styles Lambda's Node.js runtime accepts: async/promise,
// callback `(event, context, callback)`, and the legacy context.done/succeed/fail.
import type { LambdaContext } from './lambda-context';
import type { TimerTracker } from './timers';

export type Handler = (event: unknown, context: LambdaContext, callback: (error?: unknown, result?: unknown) => void) => unknown;

/** Settles with the handler's result, or rejects with what it threw or reported. */
export function callHandler(handler: Handler, event: unknown, context: LambdaContext, loop: TimerTracker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const succeed = (result: unknown) => {
      if (!settled) (settled = true), resolve(result);
    };
    const fail = (error: unknown) => {
      if (!settled) (settled = true), reject(error);
    };
    const complete = (error: unknown, result: unknown) => (error !== null && error !== undefined ? fail(error) : succeed(result));
    // A callback's response waits for the event loop to drain unless the handler opts out.
    const completeAfterLoop = (error: unknown, result: unknown) => {
      if (context.callbackWaitsForEmptyEventLoop) void loop.whenIdle().then(() => complete(error, result));
      else complete(error, result);
    };
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
