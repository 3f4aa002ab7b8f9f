// Test helper: compiles handler files, runs INIT in a fresh runtime and invokes it, as the host does.
import type { RuntimeLogLine } from '../../src/engine/lambda/runtime-protocol';
import type { Compiler, SandboxInit } from '../../src/engine/ports';
import { nodeCompiler } from '../testing/in-process-ports';
import { createRuntime, type WorkerScope } from './runtime';

let compiler: Promise<Compiler> | undefined;

/**
 * Compiles `files`, runs INIT, and returns a function that invokes with an event. `scope` stands
 * in for the worker's global scope (its rejection and error events), which Node does not have.
 */
export async function environment(files: Record<string, string>, options: Partial<SandboxInit> = {}, scope?: WorkerScope) {
  const handler = options.handler ?? 'index.handler';
  const entry = Object.keys(files)[0]!;
  const built = await (await (compiler ??= nodeCompiler())).compile({ files, entryModule: entry, target: 'node22' });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  const runtime = createRuntime(scope);
  const logs: RuntimeLogLine[] = [];
  const init = await runtime.init(
    {
      code: built.code, map: built.map, handler, runtime: 'nodejs22.x', functionName: 'fn', functionVersion: '$LATEST',
      memoryLimitInMB: 256, logGroupName: '/aws/lambda/fn', logStreamName: '2026/11/21/[$LATEST]abc', environment: { STAGE: 'test' },
      taskFiles: files, ephemeralStorageMB: 512,
      ...options,
    },
    (line) => logs.push(line),
  );
  let n = 0;
  const invoke = (event: unknown = {}, timeoutMs = 3000) =>
    runtime.invoke({ requestId: `req-${++n}`, payload: JSON.stringify(event), invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:fn', deadline: Date.now() + timeoutMs });
  return { init, invoke, logs };
}
