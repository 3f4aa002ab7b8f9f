// The message protocol between the host and an execution environment. The environment runs
// untrusted code, so the host exposes nothing to it (no proxies, no callbacks): it sends
// requests and reads plain replies, and checks every message's shape before using it. Log lines
// travel on the same port as the replies, so they always arrive before the reply they precede;
// they go in batches (one message per task, at most), so a chatty handler costs the page a few
// messages rather than one per line.
// The environment's AWS SDK calls go the other way: `sdk-call` out, `sdk-result` back.
import type { RuntimeLogLine } from '../../src/engine/lambda/runtime-protocol';
import type { SandboxInit, SandboxInvoke } from '../../src/engine/ports';
import type { SdkCall, SdkResult } from '../../src/engine/sdk/types';
import type { SdkSend } from './sdk';

export type HostMessage =
  | { id: number; method: 'init'; request: SandboxInit }
  | { id: number; method: 'invoke'; request: SandboxInvoke }
  /** The answer to the environment's `sdk-call` with the same id (never sent for a call whose invocation has ended). */
  | { id: number; method: 'sdk-result'; result: SdkResult };

export type EnvironmentMessage =
  /** The worker is running and has its port: what comes after is the environment's INIT. */
  | { type: 'started' }
  | { type: 'logs'; lines: RuntimeLogLine[] }
  | { type: 'reply'; id: number; result: unknown }
  /** An AWS SDK command; ids count up from 1, separately from the host's request ids. */
  | ({ type: 'sdk-call'; id: number } & SdkCall);

/** Serves one environment's runtime on `port`: the worker side of the protocol. */
export function serveRuntime(
  port: MessagePort,
  runtime: {
    init(request: SandboxInit, log: (line: RuntimeLogLine) => void, sdkSend: SdkSend): Promise<unknown>;
    invoke(request: SandboxInvoke): Promise<unknown>;
  },
): void {
  let batch: RuntimeLogLine[] = [];
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(flushTimer);
    flushTimer = undefined;
    if (!batch.length) return;
    const lines = batch;
    batch = [];
    port.postMessage({ type: 'logs', lines } satisfies EnvironmentMessage);
  };
  const log = (line: RuntimeLogLine) => {
    batch.push(line);
    flushTimer ??= setTimeout(flush, 0);
  };
  const calls = new Map<number, (result: SdkResult) => void>();
  let lastCall = 0;
  const sdkSend: SdkSend = (call, transfer) =>
    new Promise((resolve) => {
      const id = ++lastCall;
      calls.set(id, resolve);
      try {
        flush();
        port.postMessage({ type: 'sdk-call', id, ...call } satisfies EnvironmentMessage, transfer);
      } catch (error) {
        calls.delete(id);
        throw error;
      }
    });
  port.onmessage = async (event: MessageEvent<HostMessage>) => {
    const message = event.data;
    if (message.method === 'sdk-result') {
      calls.get(message.id)?.(message.result);
      calls.delete(message.id);
      return;
    }
    const result = message.method === 'init' ? await runtime.init(message.request, log, sdkSend) : await runtime.invoke(message.request);
    flush();
    port.postMessage({ type: 'reply', id: message.id, result } satisfies EnvironmentMessage);
  };
}
