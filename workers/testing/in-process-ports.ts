// Engine ports for unit tests: the real compiler and runtime factories, called in-process.
import type { Clock, Compiler, SandboxFactory } from '../../src/engine/ports';
import type { SdkResult } from '../../src/engine/sdk/types';
import { answerSdkCall } from '../../src/platform/sdk-calls';
import { createCompiler } from '../compiler/compiler';
import { createRuntime } from '../runtime/runtime';
import type { SdkSend } from '../runtime/sdk';

let sharedCompiler: ReturnType<typeof createCompiler> | undefined;

/** esbuild-wasm initialised once per test process (Node finds its own esbuild.wasm). */
export async function nodeCompiler(): Promise<Compiler> {
  sharedCompiler ??= createCompiler();
  await sharedCompiler.load();
  return sharedCompiler;
}

/**
 * Environments as runtime factories in this process; counts how many were started and stopped.
 * SDK calls take the worker's path: structured-cloned both ways (buffers listed are transferred)
 * and answered through the same checks as a worker's messages; a dropped answer never arrives.
 */
export function inProcessSandboxes() {
  const stats = { created: 0, disposed: 0 };
  const factory: SandboxFactory = {
    create(onLog, onSdkCall) {
      stats.created++;
      const runtime = createRuntime();
      let disposed = false;
      let lastCall = 0;
      const sdkSend: SdkSend = (call, transfer) =>
        new Promise<SdkResult>((resolve) => {
          const message = structuredClone({ type: 'sdk-call', id: ++lastCall, ...call }, { transfer });
          answerSdkCall(message, onSdkCall, (_id, result) => {
            if (!disposed) resolve(structuredClone(result));
          });
        });
      return {
        init: (request) => runtime.init(request, onLog, sdkSend),
        invoke: (request) => runtime.invoke(request),
        dispose: () => {
          disposed = true;
          stats.disposed++;
        },
      };
    },
  };
  return { factory, stats };
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(ms, fn) {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};
