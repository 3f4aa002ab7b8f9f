// The SandboxFactory port in the browser: each execution environment is a Web Worker running
// the runtime factory, started in the isolation frame (opaque origin) in builds. Disposing
// terminates it, which is how timeouts stop runaway handlers.
import { proxy, wrap } from 'comlink';
import runtimeScriptURL from '../../workers/runtime.worker.ts?worker&url';
import type { RuntimeLogLine } from '../engine/lambda/runtime-protocol';
import type { Sandbox, SandboxFactory } from '../engine/ports';
import type { RuntimeApi } from '../../workers/runtime/runtime';
import { createIsolationFrame, type IsolationFrame } from './isolation-frame';
import { createLogDelivery } from './log-delivery';

let frame: IsolationFrame | undefined;
let nextId = 0;

/** Starts a runtime worker and returns the port to talk to it and a way to stop it. */
function startEnvironment(): { port: MessagePort; stop: () => void } {
  const channel = new MessageChannel();
  const id = String(++nextId);
  if (import.meta.env.DEV) {
    // The dev server serves workers as ES modules, which the opaque-origin frame cannot start
    // from a blob; development runs environments as plain same-origin workers instead.
    const worker = new Worker(new URL('../../workers/runtime.worker.ts', import.meta.url), { type: 'module', name: `lambda-environment-${id}` });
    worker.postMessage(channel.port2, [channel.port2]);
    return { port: channel.port1, stop: () => worker.terminate() };
  }
  frame ??= createIsolationFrame(new URL(runtimeScriptURL, location.href).href);
  frame.spawn(id, channel.port2);
  const isolation = frame;
  return { port: channel.port1, stop: () => isolation.kill(id) };
}

export const workerSandboxes: SandboxFactory = {
  create(onLog: (line: RuntimeLogLine) => void): Sandbox {
    const { port, stop } = startEnvironment();
    const remote = wrap<RuntimeApi>(port);
    const logs = createLogDelivery(onLog);
    const sink = proxy((line: RuntimeLogLine) => logs.receive(line));
    return {
      async init(request) {
        const result = await remote.init(request, sink);
        await logs.until(result.logCount);
        return result;
      },
      async invoke(request) {
        const result = await remote.invoke(request);
        await logs.until(result.logCount);
        return result;
      },
      dispose() {
        stop();
        port.close();
      },
    };
  },
};
