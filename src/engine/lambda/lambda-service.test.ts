import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine';
import { ServiceError } from '../errors';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';
import { decodeLogTail } from './log-tail';

let engine: Engine;
let stats: { created: number; disposed: number };

beforeEach(async () => {
  const sandboxes = inProcessSandboxes();
  stats = sandboxes.stats;
  engine = createEngine({ compiler: await nodeCompiler(), sandboxes: sandboxes.factory, clock: systemClock });
  return () => engine.dispose();
});

const COUNTER = `let count = 0;
console.log('initialising');
export const handler = async (event: { name?: string }) => {
  count++;
  console.log('hello', event.name);
  return { count, greeting: 'hello ' + event.name };
};
`;

async function rejection(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${String(error)}`);
  return error;
}

describe('control plane', () => {
  it('creates, gets, lists, updates and deletes functions with AWS shapes', async () => {
    const created = await engine.lambda.createFunction({ FunctionName: 'greeter', Code: { Files: { 'index.ts': COUNTER } } });
    expect(created).toMatchObject({
      FunctionName: 'greeter',
      FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:greeter',
      Runtime: 'nodejs24.x', Handler: 'index.handler', MemorySize: 128, Timeout: 3, Version: '$LATEST',
      State: 'Active', LastUpdateStatus: 'Successful', PackageType: 'Zip', EphemeralStorage: { Size: 512 },
    });
    expect(created.CodeSha256).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(created.LastModified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);

    const got = await engine.lambda.getFunction({ FunctionName: 'greeter' });
    expect(got.Code.Files).toEqual({ 'index.ts': COUNTER });

    await engine.lambda.createFunction({ FunctionName: 'another', Code: { Files: { 'index.js': 'exports.handler = async () => 1' } } });
    expect((await engine.lambda.listFunctions()).Functions.map((f) => f.FunctionName)).toEqual(['another', 'greeter']);

    const updated = await engine.lambda.updateFunctionConfiguration({ FunctionName: 'greeter', MemorySize: 512, Timeout: 10, Environment: { Variables: { STAGE: 'dev' } } });
    expect(updated).toMatchObject({ MemorySize: 512, Timeout: 10, Environment: { Variables: { STAGE: 'dev' } } });
    const recoded = await engine.lambda.updateFunctionCode({ FunctionName: 'greeter', Files: { 'index.js': 'exports.handler = async () => 2' } });
    expect(recoded.CodeSha256).not.toBe(created.CodeSha256);

    await engine.lambda.deleteFunction({ FunctionName: 'greeter' });
    const missing = await rejection(engine.lambda.getFunction({ FunctionName: 'greeter' }));
    expect(missing).toMatchObject({ code: 'ResourceNotFoundException', statusCode: 404, message: 'Function not found: arn:aws:lambda:us-east-1:123456789012:function:greeter' });
  });

  it('refuses duplicates, bad settings and unknown functions with AWS error names', async () => {
    await engine.lambda.createFunction({ FunctionName: 'dup', Code: { Files: { 'index.js': '' } } });
    expect(await rejection(engine.lambda.createFunction({ FunctionName: 'dup', Code: { Files: { 'index.js': '' } } }))).toMatchObject({
      code: 'ResourceConflictException', statusCode: 409, message: 'Function already exist: dup',
    });
    expect((await rejection(engine.lambda.createFunction({ FunctionName: 'm', MemorySize: 100, Code: { Files: { 'index.js': '' } } }))).code).toBe('ValidationException');
    expect((await rejection(engine.lambda.updateFunctionConfiguration({ FunctionName: 'dup', Timeout: 901 }))).code).toBe('ValidationException');
    expect((await rejection(engine.lambda.invoke({ FunctionName: 'nope' }))).code).toBe('ResourceNotFoundException');
    expect((await rejection(engine.lambda.invoke({ FunctionName: 'dup', Payload: '{oops' }))).code).toBe('InvalidRequestContentException');
  });
});

describe('invoke', () => {
  it('cold start then warm: INIT once, module state survives, logs in Lambda format', async () => {
    await engine.lambda.createFunction({ FunctionName: 'greeter', Code: { Files: { 'index.ts': COUNTER } } });

    const first = await engine.lambda.invokeWithRecord({ FunctionName: 'greeter', Payload: '{"name":"ana"}', LogType: 'Tail' });
    expect(first.output).toMatchObject({ StatusCode: 200, ExecutedVersion: '$LATEST', Payload: '{"count":1,"greeting":"hello ana"}' });
    expect(first.output.FunctionError).toBeUndefined();
    expect(first.record?.coldStart).toBe(true);
    const tail = decodeLogTail(first.output.LogResult!).trimEnd().split('\n');
    const id = first.record!.requestId;
    expect(tail[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z\tundefined\tINFO\tinitialising$/);
    expect(tail[1]).toBe(`START RequestId: ${id} Version: $LATEST`);
    expect(tail[2]).toMatch(new RegExp(`^\\S+Z\\t${id}\\tINFO\\thello ana$`));
    expect(tail[3]).toBe(`END RequestId: ${id}`);
    expect(tail[4]).toMatch(new RegExp(`^REPORT RequestId: ${id}\\tDuration: \\d+\\.\\d\\d ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB\\tMax Memory Used: \\d+ MB\\tInit Duration: \\d+\\.\\d\\d ms$`));

    const second = await engine.lambda.invokeWithRecord({ FunctionName: 'greeter', Payload: '{"name":"bo"}', LogType: 'Tail' });
    expect(second.output.Payload).toBe('{"count":2,"greeting":"hello bo"}');
    expect(second.record?.coldStart).toBe(false);
    expect(decodeLogTail(second.output.LogResult!)).not.toContain('Init Duration');
    expect(stats.created).toBe(1);
    expect(engine.logs.streams('/aws/lambda/greeter')).toEqual([first.record!.logStreamName]);
  });

  it('updating code or configuration retires the environment: the next invoke is cold with new code', async () => {
    await engine.lambda.createFunction({ FunctionName: 'f', Code: { Files: { 'index.ts': COUNTER } } });
    await engine.lambda.invoke({ FunctionName: 'f' });
    await engine.lambda.updateFunctionCode({ FunctionName: 'f', Files: { 'index.js': 'exports.handler = async () => "v2"' } });
    expect(stats.disposed).toBe(1);
    const afterCode = await engine.lambda.invokeWithRecord({ FunctionName: 'f' });
    expect(afterCode.output.Payload).toBe('"v2"');
    expect(afterCode.record?.coldStart).toBe(true);
    await engine.lambda.updateFunctionConfiguration({ FunctionName: 'f', MemorySize: 256 });
    expect((await engine.lambda.invokeWithRecord({ FunctionName: 'f' })).record?.coldStart).toBe(true);
  });

  it('a handler error returns FunctionError Unhandled with the error payload and an Invoke Error log line', async () => {
    await engine.lambda.createFunction({
      FunctionName: 'thrower',
      Code: { Files: { 'index.ts': "export const handler = async () => {\n  throw new Error('boom');\n};\n" } },
    });
    const { output, record } = await engine.lambda.invokeWithRecord({ FunctionName: 'thrower', LogType: 'Tail' });
    expect(output.FunctionError).toBe('Unhandled');
    const payload = JSON.parse(output.Payload);
    expect(payload).toMatchObject({ errorType: 'Error', errorMessage: 'boom' });
    expect(payload.trace[1]).toMatch(/\/var\/task\/index\.ts:2:9\)$/);
    const log = decodeLogTail(output.LogResult!);
    expect(log).toMatch(/\tERROR\tInvoke Error \t\{"errorType":"Error","errorMessage":"boom","stack":\["Error: boom"/);
    expect(log).toMatch(/\tStatus: error\tError Type: Error\n$/);
    // An error is not a crash: the environment stays warm.
    expect((await engine.lambda.invokeWithRecord({ FunctionName: 'thrower' })).record?.coldStart).toBe(false);
    expect(record?.status).toBe('error');
  });

  it('times out: Sandbox.Timedout, the timeout log line, a stopped environment, and a fresh one next time', async () => {
    await engine.lambda.createFunction({
      FunctionName: 'slow',
      Timeout: 1,
      Code: { Files: { 'index.mjs': 'let calls = 0;\nexport const handler = async (e) => { calls++; if (e.hang) await new Promise(() => {}); return calls; };' } },
    });
    const { output, record } = await engine.lambda.invokeWithRecord({ FunctionName: 'slow', Payload: '{"hang":true}', LogType: 'Tail' });
    const id = record!.requestId;
    expect(output.FunctionError).toBe('Unhandled');
    expect(JSON.parse(output.Payload)).toEqual({ errorType: 'Sandbox.Timedout', errorMessage: `RequestId: ${id} Error: Task timed out after 1.00 seconds` });
    const log = decodeLogTail(output.LogResult!);
    expect(log).toMatch(new RegExp(`Z ${id} Task timed out after 1.00 seconds\nEND RequestId: ${id}\nREPORT RequestId: ${id}\tDuration: 1000.00 ms\t`));
    expect(log).toMatch(/\tStatus: timeout\n$/);
    expect(stats.disposed).toBe(1);
    const next = await engine.lambda.invokeWithRecord({ FunctionName: 'slow' });
    expect(next.record?.coldStart).toBe(true);
    expect(next.output.Payload).toBe('1');
  });

  it('a syntax error deploys, and every invoke reports Runtime.UserCodeSyntaxError with the position', async () => {
    await engine.lambda.createFunction({ FunctionName: 'broken', Code: { Files: { 'index.ts': 'export const handler = async () => {\n  return {;\n};\n' } } });
    const build = await engine.lambda.buildOf('broken');
    expect(build.diagnostics[0]).toMatchObject({ file: 'index.ts', line: 2, severity: 'error' });
    const { output } = await engine.lambda.invokeWithRecord({ FunctionName: 'broken', LogType: 'Tail' });
    const payload = JSON.parse(output.Payload);
    expect(payload.errorType).toBe('Runtime.UserCodeSyntaxError');
    expect(payload.trace).toContain('    at /var/task/index.ts:2:11');
    expect(decodeLogTail(output.LogResult!)).toMatch(/INIT_REPORT Init Duration: [\d.]+ ms\tPhase: init\tStatus: error\tError Type: Runtime.UserCodeSyntaxError/);
  });

  it('a handler naming a missing file is Runtime.ImportModuleError', async () => {
    await engine.lambda.createFunction({ FunctionName: 'nofile', Handler: 'app.handler', Code: { Files: { 'index.js': '' } } });
    const payload = JSON.parse((await engine.lambda.invoke({ FunctionName: 'nofile' })).Payload);
    expect(payload).toMatchObject({ errorType: 'Runtime.ImportModuleError', errorMessage: "Error: Cannot find module 'app'\nRequire stack:\n- /var/runtime/index.mjs" });
  });

  it('DryRun answers 204 without running; an unknown InvocationType is a ValidationException', async () => {
    await engine.lambda.createFunction({ FunctionName: 'f', Code: { Files: { 'index.js': 'exports.handler = async () => 1' } } });
    expect(await engine.lambda.invoke({ FunctionName: 'f', InvocationType: 'DryRun' })).toMatchObject({ StatusCode: 204 });
    expect(stats.created).toBe(0);
    expect(await rejection(engine.lambda.invoke({ FunctionName: 'f', InvocationType: 'Later' as 'Event' }))).toMatchObject({
      code: 'ValidationException',
      message: "1 validation error detected: Value 'Later' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]",
    });
  });

  it('refuses payloads over 6 MB with RequestTooLargeException', async () => {
    await engine.lambda.createFunction({ FunctionName: 'f', Code: { Files: { 'index.js': 'exports.handler = async () => 1' } } });
    const big = JSON.stringify({ data: 'x'.repeat(6 * 1024 * 1024) });
    expect(await rejection(engine.lambda.invoke({ FunctionName: 'f', Payload: big }))).toMatchObject({ code: 'RequestTooLargeException', statusCode: 413 });
  });

  it('keeps only the last 4 KB of the log in LogResult', async () => {
    await engine.lambda.createFunction({ FunctionName: 'chatty', Code: { Files: { 'index.js': "exports.handler = async () => { for (let i = 0; i < 200; i++) console.log('line ' + i); };" } } });
    const { LogResult } = await engine.lambda.invoke({ FunctionName: 'chatty', LogType: 'Tail' });
    const bytes = Uint8Array.from(atob(LogResult!), (c) => c.charCodeAt(0));
    expect(bytes.length).toBe(4096);
    expect(decodeLogTail(LogResult!)).toMatch(/line 199\nEND RequestId/);
  });
});

describe('races and failures around deploys', () => {
  it('a deploy during a pending build never leaves an environment serving old code as current', async () => {
    await engine.lambda.createFunction({ FunctionName: 'race', Code: { Files: { 'index.mjs': 'export const handler = async () => "v1";' } } });
    await engine.lambda.updateFunctionCode({ FunctionName: 'race', Files: { 'index.mjs': 'export const handler = async () => "v2";' } });
    const during = engine.lambda.invoke({ FunctionName: 'race' });
    await engine.lambda.updateFunctionCode({ FunctionName: 'race', Files: { 'index.mjs': 'export const handler = async () => "v3";' } });
    await during;
    for (let i = 0; i < 3; i++) expect((await engine.lambda.invoke({ FunctionName: 'race' })).Payload).toBe('"v3"');
  });

  it('a compiler that fails makes a clear failed build, not a function stuck in Pending', async () => {
    const broken = createEngine({ compiler: { compile: () => Promise.reject(new Error('esbuild.wasm: HTTP 503')) }, sandboxes: inProcessSandboxes().factory, clock: systemClock });
    const config = await broken.lambda.createFunction({ FunctionName: 'f', Code: { Files: { 'index.js': '' } } });
    expect(config.State).toBe('Active');
    const payload = JSON.parse((await broken.lambda.invoke({ FunctionName: 'f' })).Payload);
    expect(payload).toMatchObject({ errorType: 'Playground.CompilerUnavailable', errorMessage: expect.stringContaining('esbuild.wasm: HTTP 503') });
  });
});
