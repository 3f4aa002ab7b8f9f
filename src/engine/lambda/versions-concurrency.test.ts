import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine';
import { ServiceError } from '../errors';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../../workers/testing/in-process-ports';

let engine: Engine;
let seed = 42;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);

beforeEach(async () => {
  engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock, random });
  return () => engine.dispose();
});

const code = (value: string) => ({ 'index.mjs': `export const handler = async () => ${JSON.stringify(value)};` });
const slow = { 'index.mjs': 'export const handler = async () => { await new Promise((r) => setTimeout(r, 150)); return "done"; };' };

async function settle<T>(promises: Promise<T>[]) {
  const results = await Promise.allSettled(promises);
  return {
    ok: results.filter((r) => r.status === 'fulfilled').length,
    reasons: results.flatMap((r) => (r.status === 'rejected' && r.reason instanceof ServiceError ? [`${r.reason.code}/${String(r.reason.fields.Reason)}`] : [])),
  };
}

describe('versions', () => {
  it('publishes immutable snapshots; $LATEST stays editable; ExecutedVersion names what ran', async () => {
    await engine.lambda.createFunction({ FunctionName: 'v', Code: { Files: code('one') } });
    const v1 = await engine.lambda.publishVersion({ FunctionName: 'v' });
    expect(v1).toMatchObject({ Version: '1', FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:v:1' });
    expect((await engine.lambda.publishVersion({ FunctionName: 'v' })).Version).toBe('1');

    await engine.lambda.updateFunctionCode({ FunctionName: 'v', Files: code('two') });
    await engine.lambda.updateFunctionConfiguration({ FunctionName: 'v', MemorySize: 512 });
    expect(await engine.lambda.invoke({ FunctionName: 'v', Qualifier: '1' })).toMatchObject({ Payload: '"one"', ExecutedVersion: '1' });
    expect(await engine.lambda.invoke({ FunctionName: 'v:1' })).toMatchObject({ Payload: '"one"' });
    expect(await engine.lambda.invoke({ FunctionName: 'v' })).toMatchObject({ Payload: '"two"', ExecutedVersion: '$LATEST' });
    expect((await engine.lambda.getFunctionConfiguration({ FunctionName: 'v', Qualifier: '1' })).MemorySize).toBe(128);

    const v2 = await engine.lambda.publishVersion({ FunctionName: 'v' });
    expect(v2.Version).toBe('2');
    expect((await engine.lambda.listVersionsByFunction({ FunctionName: 'v' })).Versions.map((c) => c.Version)).toEqual(['$LATEST', '1', '2']);
    await expect(engine.lambda.updateFunctionCode({ FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:v:1', Files: code('x') })).rejects.toThrow(/immutable/);
    await expect(engine.lambda.invoke({ FunctionName: 'v', Qualifier: '9' })).rejects.toMatchObject({ code: 'ResourceNotFoundException' });
  });

  it('keeps environments per version', async () => {
    await engine.lambda.createFunction({ FunctionName: 'v', Code: { Files: code('one') } });
    await engine.lambda.publishVersion({ FunctionName: 'v' });
    await engine.lambda.invoke({ FunctionName: 'v', Qualifier: '1' });
    await engine.lambda.invoke({ FunctionName: 'v' });
    expect(engine.environments.list('v').map((e) => e.version).sort()).toEqual(['$LATEST', '1']);
    // Changing $LATEST retires only $LATEST's environments.
    await engine.lambda.updateFunctionCode({ FunctionName: 'v', Files: code('two') });
    expect(engine.environments.list('v').map((e) => e.version)).toEqual(['1']);
  });
});

describe('aliases', () => {
  it('an alias at 50/50 splits invocations roughly evenly between two versions', async () => {
    await engine.lambda.createFunction({ FunctionName: 'a', Code: { Files: code('blue') } });
    await engine.lambda.publishVersion({ FunctionName: 'a' });
    await engine.lambda.updateFunctionCode({ FunctionName: 'a', Files: code('green') });
    await engine.lambda.publishVersion({ FunctionName: 'a' });
    const alias = await engine.lambda.createAlias({ FunctionName: 'a', Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.5 } } });
    expect(alias).toMatchObject({ AliasArn: 'arn:aws:lambda:us-east-1:123456789012:function:a:live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.5 } } });
    const counts: Record<string, number> = {};
    for (let i = 0; i < 300; i++) {
      const out = await engine.lambda.invoke({ FunctionName: 'a', Qualifier: 'live' });
      counts[`${out.ExecutedVersion}:${out.Payload}`] = (counts[`${out.ExecutedVersion}:${out.Payload}`] ?? 0) + 1;
    }
    expect(Object.keys(counts).sort()).toEqual(['1:"blue"', '2:"green"']);
    expect(counts['1:"blue"']).toBeGreaterThan(110);
    expect(counts['2:"green"']).toBeGreaterThan(110);

    await engine.lambda.updateAlias({ FunctionName: 'a', Name: 'live', FunctionVersion: '2', RoutingConfig: { AdditionalVersionWeights: {} } });
    expect(await engine.lambda.invoke({ FunctionName: 'a:live' })).toMatchObject({ ExecutedVersion: '2' });
    await expect(engine.lambda.deleteFunction({ FunctionName: 'a', Qualifier: '2' })).rejects.toMatchObject({ code: 'ResourceConflictException' });
    await engine.lambda.deleteAlias({ FunctionName: 'a', Name: 'live' });
    await expect(engine.lambda.getAlias({ FunctionName: 'a', Name: 'live' })).rejects.toMatchObject({ code: 'ResourceNotFoundException' });
    await engine.lambda.deleteFunction({ FunctionName: 'a', Qualifier: '2' });
    expect((await engine.lambda.listVersionsByFunction({ FunctionName: 'a' })).Versions.map((c) => c.Version)).toEqual(['$LATEST', '1']);
  });
});

describe('concurrency and throttling', () => {
  it('a burst over reserved concurrency is throttled with ReservedFunctionConcurrentInvocationLimitExceeded', async () => {
    await engine.lambda.createFunction({ FunctionName: 'r', Code: { Files: slow } });
    expect(await engine.lambda.putFunctionConcurrency({ FunctionName: 'r', ReservedConcurrentExecutions: 3 })).toEqual({ ReservedConcurrentExecutions: 3 });
    const burst = await settle(Array.from({ length: 10 }, () => engine.lambda.invoke({ FunctionName: 'r' })));
    expect(burst.ok).toBe(3);
    expect(burst.reasons).toEqual(Array(7).fill('TooManyRequestsException/ReservedFunctionConcurrentInvocationLimitExceeded'));
    // After the burst, there is room again.
    expect(await engine.lambda.invoke({ FunctionName: 'r' })).toMatchObject({ Payload: '"done"' });
  });

  it('reserved concurrency 0 always throttles', async () => {
    await engine.lambda.createFunction({ FunctionName: 'off', Code: { Files: code('x') } });
    await engine.lambda.putFunctionConcurrency({ FunctionName: 'off', ReservedConcurrentExecutions: 0 });
    await expect(engine.lambda.invoke({ FunctionName: 'off' })).rejects.toMatchObject({ code: 'TooManyRequestsException', statusCode: 429, fields: { Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' } });
    await engine.lambda.deleteFunctionConcurrency({ FunctionName: 'off' });
    expect(await engine.lambda.invoke({ FunctionName: 'off' })).toMatchObject({ Payload: '"x"' });
  });

  it('the account limit throttles unreserved functions with ConcurrentInvocationLimitExceeded', async () => {
    engine.environments.setAccountConcurrencyLimit(10);
    await engine.lambda.createFunction({ FunctionName: 'u', Code: { Files: slow } });
    await engine.lambda.createFunction({ FunctionName: 'res', Code: { Files: slow } });
    await engine.lambda.putFunctionConcurrency({ FunctionName: 'res', ReservedConcurrentExecutions: 4 });
    expect(await engine.lambda.getAccountSettings()).toMatchObject({ AccountLimit: { ConcurrentExecutions: 10, UnreservedConcurrentExecutions: 6 } });
    const burst = await settle([
      ...Array.from({ length: 9 }, () => engine.lambda.invoke({ FunctionName: 'u' })),
      ...Array.from({ length: 4 }, () => engine.lambda.invoke({ FunctionName: 'res' })),
    ]);
    expect(burst.ok).toBe(10);
    expect(burst.reasons).toEqual(Array(3).fill('TooManyRequestsException/ConcurrentInvocationLimitExceeded'));
    await expect(engine.lambda.putFunctionConcurrency({ FunctionName: 'u', ReservedConcurrentExecutions: 6 })).rejects.toThrow(/minimum value of \[1\]/);
  });
});

describe('restoring versions from a saved project', () => {
  it('importVersion brings a version back under its own number, with its own code', async () => {
    await engine.lambda.createFunction({ FunctionName: 'r', Code: { Files: code('latest') } });
    await engine.lambda.importVersion({ FunctionName: 'r', Version: '3', Runtime: 'nodejs22.x', Handler: 'index.handler', MemorySize: 256, Timeout: 5, Files: code('three'), Description: 'saved' });
    expect(await engine.lambda.invoke({ FunctionName: 'r', Qualifier: '3' })).toMatchObject({ Payload: '"three"', ExecutedVersion: '3' });
    expect(await engine.lambda.getFunctionConfiguration({ FunctionName: 'r', Qualifier: '3' })).toMatchObject({ MemorySize: 256, Description: 'saved', Version: '3' });
    await engine.lambda.updateFunctionCode({ FunctionName: 'r', Files: code('next') });
    expect((await engine.lambda.publishVersion({ FunctionName: 'r' })).Version).toBe('4');
    await expect(engine.lambda.importVersion({ FunctionName: 'r', Version: '3', Runtime: 'nodejs22.x', Handler: 'index.handler', MemorySize: 128, Timeout: 3, Files: code('x') })).rejects.toMatchObject({ code: 'ResourceConflictException' });
  });
});
