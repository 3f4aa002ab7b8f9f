// A small account for SDK tests: real handlers compiled by esbuild, run by the in-process runtime
// through the environment pool and invoker, served by the S3 service over memory and by Lambda
// invocations of the other functions deployed here, and by DynamoDB over memory.
import { nodeCompiler, inProcessSandboxes, systemClock } from '../../../workers/testing/in-process-ports';
import { resourceNotFound } from '../errors';
import { LogStore } from '../logs/log-store';
import { buildFunction } from '../lambda/build';
import { EnvironmentPool } from '../lambda/environment-pool';
import { Invoker, type InvocationTarget } from '../lambda/invoker';
import { encodeLogTail } from '../lambda/log-tail';
import type { InvokeInput } from '../lambda/types';
import { parseFunctionName } from '../lambda/validation';
import { MemoryObjectStore } from '../services/s3/memory-object-store';
import { createS3Service } from '../services/s3/service';
import { MemoryItemStore } from '../services/dynamodb/memory-item-store';
import { createDynamoDbService } from '../services/dynamodb/service';
import { createSdkDispatcher, type SdkAuthorize } from './dispatcher';
import type { SdkCaller, SdkDispatcher } from './types';

export async function sdkAccount(options: { authorize?: SdkAuthorize } = {}) {
  const compiler = await nodeCompiler();
  const sandboxes = inProcessSandboxes();
  const logs = new LogStore();
  const s3 = createS3Service({ store: new MemoryObjectStore(), clock: systemClock, notify: () => {}, changed: () => {} });
  const dynamodb = createDynamoDbService({ store: new MemoryItemStore(), clock: systemClock, changed: () => {} });
  const functions = new Map<string, InvocationTarget>();
  /** Every invocation made through the SDK, with who asked. */
  const sdkInvocations: Array<{ input: InvokeInput; caller: SdkCaller }> = [];
  const background: Promise<unknown>[] = [];
  // The dispatcher needs the invoker and the pool needs the dispatcher: bound late, as the engine will.
  let dispatch: SdkDispatcher | undefined;
  const pool = new EnvironmentPool(sandboxes.factory, logs, systemClock, { sdkCall: (call, caller) => dispatch!(call, caller) });
  const invoker = new Invoker(pool, systemClock);
  const target = (functionName: string) => {
    const found = functions.get(parseFunctionName(functionName).name);
    if (!found) throw resourceNotFound(`Function not found: arn:aws:lambda:us-east-1:123456789012:function:${functionName}`);
    return found;
  };
  dispatch = createSdkDispatcher({
    s3,
    dynamodb,
    authorize: options.authorize,
    async invoke(input, caller) {
      sdkInvocations.push({ input, caller });
      const fn = target(input.FunctionName);
      // A stand-in for the asynchronous queue: accepted at once, run in the background.
      if (input.InvocationType === 'Event') {
        background.push(invoker.invoke(fn, input.Payload ?? '{}'));
        return { StatusCode: 202, Payload: '', ExecutedVersion: '$LATEST' };
      }
      const record = await invoker.invoke(fn, input.Payload ?? '{}');
      const output = {
        StatusCode: 200, Payload: record.payload, ExecutedVersion: record.version,
        ...(record.status === 'success' ? {} : { FunctionError: 'Unhandled' as const }),
        ...(input.LogType === 'Tail' ? { LogResult: encodeLogTail(record.logLines) } : {}),
      };
      return { output, record };
    },
  });

  return {
    s3,
    dynamodb,
    logs,
    pool,
    sdkInvocations,
    /** Compiles `files` as function `name` (handler `index.handler`, Node.js 22, 3 s timeout). */
    async deploy(name: string, files: Record<string, string>, extra: Partial<InvocationTarget> = {}) {
      const handler = extra.handler ?? 'index.handler';
      const build = await buildFunction(compiler, files, handler, 'nodejs22.x');
      functions.set(name, {
        name, version: '$LATEST', revision: 1, logGroupName: `/aws/lambda/${name}`, handler, runtime: 'nodejs22.x',
        memorySizeMB: 128, timeoutSeconds: 3, environment: {}, files, ephemeralStorageMB: 512, build, currentRevision: () => 1,
        ...extra,
      });
    },
    /** One synchronous invocation; `result` is the parsed response payload. */
    async run(name: string, event: unknown = {}) {
      const record = await invoker.invoke(target(name), JSON.stringify(event));
      return { record, result: JSON.parse(record.payload) as Record<string, unknown> };
    },
    /** Waits for Event invocations started through the SDK. */
    settle: () => Promise.all(background),
    dispose: () => pool.stopAll(),
  };
}
