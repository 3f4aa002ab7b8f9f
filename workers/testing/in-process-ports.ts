// Engine ports for unit tests: the real compiler and runtime factories, called in-process.
import type { Clock, Compiler, SandboxFactory } from '../../src/engine/ports';
import { createCompiler } from '../compiler/compiler';
import { createRuntime } from '../runtime/runtime';

let sharedCompiler: ReturnType<typeof createCompiler> | undefined;

/** esbuild-wasm initialised once per test process (Node finds its own esbuild.wasm). */
export async function nodeCompiler(): Promise<Compiler> {
  sharedCompiler ??= createCompiler();
  await sharedCompiler.load();
  return sharedCompiler;
}

/** Environments as runtime factories in this process; counts how many were started and stopped. */
export function inProcessSandboxes() {
  const stats = { created: 0, disposed: 0 };
  const factory: SandboxFactory = {
    create(onLog) {
      stats.created++;
      const runtime = createRuntime();
      return {
        init: (request) => runtime.init(request, onLog),
        invoke: (request) => runtime.invoke(request),
        dispose: () => void stats.disposed++,
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
