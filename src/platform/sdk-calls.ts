// Answers the AWS SDK calls an execution environment sends: checks each message (the environment
// runs untrusted code), hands the call to the host, and replies — or stays silent when the host
// drops the answer because the invocation that made the call is over. Shared by the worker
// sandboxes and the in-process ones of the unit tests.
import type { SdkCallHandler, SdkErrorInfo, SdkResult } from '../engine/sdk/types';
import { toSdkCall } from './sandbox-replies';

const error = (name: string, message: string, statusCode: number): SdkResult => {
  const info: SdkErrorInfo = { name, message, statusCode, requestId: crypto.randomUUID(), fields: {} };
  return { ok: false, error: info };
};

/** Answers one `sdk-call` message; `reply` posts the result. Never throws. */
export function answerSdkCall(message: unknown, handler: SdkCallHandler | undefined, reply: (id: number, result: SdkResult) => void): void {
  const send = (id: number, result: SdkResult) => {
    try {
      reply(id, result);
    } catch {
      // An output the port cannot clone still gets an answer, so the call does not hang; if even
      // that fails, the port is gone (the environment was stopped) and nobody is waiting.
      try {
        reply(id, error('InternalError', 'We encountered an internal error. Please try again.', 500));
      } catch {
        // Nothing to do.
      }
    }
  };
  const checked = toSdkCall(message);
  if ('problem' in checked) {
    // Without a usable id there is nobody to answer; the message is ignored.
    if (checked.id !== undefined) send(checked.id, error('Playground.MalformedSdkCall', `The SDK call was refused: ${checked.problem}.`, 400));
    return;
  }
  const { id, call } = checked;
  if (!handler) {
    send(id, error('Playground.SdkUnavailable', `${call.operation} failed: this execution environment is not connected to the simulated AWS services.`, 503));
    return;
  }
  let answer: Promise<SdkResult | undefined>;
  try {
    answer = handler(call);
  } catch (failure) {
    answer = Promise.reject(failure);
  }
  answer.then(
    (result) => result && send(id, result),
    () => send(id, error('InternalError', 'We encountered an internal error. Please try again.', 500)),
  );
}
