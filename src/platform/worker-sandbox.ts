// The SandboxFactory port in the browser: each execution environment is a Web Worker
// running the runtime factory; disposing terminates it, which is how timeouts stop handlers.
import { proxy, wrap } from 'comlink';
import type { RuntimeLogLine } from '../engine/lambda/runtime-protocol';
import type { Sandbox, SandboxFactory } from '../engine/ports';
import type { RuntimeApi } from '../../workers/runtime/runtime';
import { createLogDelivery } from './log-delivery';

export const workerSandboxes: SandboxFactory = {
  create(onLog: (line: RuntimeLogLine) => void): Sandbox {
    const worker = new Worker(new URL('../../workers/runtime.worker.ts', import.meta.url), { type: 'module', name: 'lambda-environment' });
    const remote = wrap<RuntimeApi>(worker);
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
      dispose: () => worker.terminate(),
    };
  },
};
