// The message protocol between the host and an execution environment. The environment runs
// untrusted code, so the host exposes nothing to it (no proxies, no callbacks): it sends
// requests and reads plain replies, and checks every reply's shape before using it. Log lines
// travel on the same port as the replies, so they always arrive before the reply they precede.
import type { RuntimeLogLine } from '../../src/engine/lambda/runtime-protocol';
import type { SandboxInit, SandboxInvoke } from '../../src/engine/ports';

export type HostMessage =
  | { id: number; method: 'init'; request: SandboxInit }
  | { id: number; method: 'invoke'; request: SandboxInvoke };

export type EnvironmentMessage =
  | { type: 'log'; line: RuntimeLogLine }
  | { type: 'reply'; id: number; result: unknown };

/** Serves one environment's runtime on `port`: the worker side of the protocol. */
export function serveRuntime(
  port: MessagePort,
  runtime: {
    init(request: SandboxInit, log: (line: RuntimeLogLine) => void): Promise<unknown>;
    invoke(request: SandboxInvoke): Promise<unknown>;
  },
): void {
  const log = (line: RuntimeLogLine) => port.postMessage({ type: 'log', line } satisfies EnvironmentMessage);
  port.onmessage = async (event: MessageEvent<HostMessage>) => {
    const message = event.data;
    const result = message.method === 'init' ? await runtime.init(message.request, log) : await runtime.invoke(message.request);
    port.postMessage({ type: 'reply', id: message.id, result } satisfies EnvironmentMessage);
  };
}
