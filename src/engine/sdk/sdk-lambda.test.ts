// The in-sandbox SDK's Lambda client, and the words for SDK packages the playground does not simulate.
import { afterEach, describe, expect, it } from 'vitest';
import { sdkAccount } from './test-support';

let account: Awaited<ReturnType<typeof sdkAccount>> | undefined;
afterEach(() => account?.dispose());

async function setup(options: Parameters<typeof sdkAccount>[0] = {}) {
  account = await sdkAccount(options);
  return account;
}

describe('Lambda from a handler', () => {
  it('invokes another function synchronously (Payload bytes) and as an Event (202)', async () => {
    const a = await setup();
    await a.deploy('adder', { 'index.mjs': `export const handler = async (event) => { console.log('adding'); return { sum: event.a + event.b }; };` });
    await a.deploy('caller', {
      'index.mjs': `import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
const lambda = new LambdaClient({});
export const handler = async () => {
  const sync = await lambda.send(new InvokeCommand({ FunctionName: 'adder', Payload: JSON.stringify({ a: 2, b: 3 }), LogType: 'Tail' }));
  const bytes = await lambda.send(new InvokeCommand({ FunctionName: 'adder', Payload: new TextEncoder().encode('{"a":1,"b":1}') }));
  const event = await lambda.send(new InvokeCommand({ FunctionName: 'adder', InvocationType: 'Event', Payload: '{"a":0,"b":0}' }));
  return {
    status: sync.StatusCode, metaStatus: sync.$metadata.httpStatusCode, version: sync.ExecutedVersion, isBytes: sync.Payload instanceof Uint8Array,
    result: JSON.parse(new TextDecoder().decode(sync.Payload)), viaAdapter: bytes.Payload.transformToString(), error: sync.FunctionError ?? null,
    tail: Buffer.from(sync.LogResult, 'base64').toString().includes('adding'), requestId: sync.$metadata.requestId,
    eventStatus: event.StatusCode, eventPayloadLength: event.Payload.length,
  };
};`,
    });
    const { result } = await a.run('caller');
    expect(result).toMatchObject({
      status: 200, metaStatus: 200, version: '$LATEST', isBytes: true, result: { sum: 5 }, viaAdapter: '{"sum":2}', error: null, eventStatus: 202, eventPayloadLength: 0,
    });
    await a.settle();
    expect(a.sdkInvocations.map((i) => [i.input.FunctionName, i.input.InvocationType ?? 'RequestResponse', i.input.Payload])).toEqual([
      ['adder', 'RequestResponse', '{"a":2,"b":3}'],
      ['adder', 'RequestResponse', '{"a":1,"b":1}'],
      ['adder', 'Event', '{"a":0,"b":0}'],
    ]);
    expect(a.sdkInvocations[0]!.caller).toMatchObject({ functionName: 'caller', version: '$LATEST' });
    expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports a failed function with FunctionError and a missing one as ResourceNotFoundException', async () => {
    const a = await setup();
    await a.deploy('broken', { 'index.mjs': `export const handler = async () => { throw new TypeError('bad'); };` });
    await a.deploy('caller', {
      'index.mjs': `import { LambdaClient, InvokeCommand, ResourceNotFoundException } from '@aws-sdk/client-lambda';
const lambda = new LambdaClient({});
export const handler = async () => {
  const failed = await lambda.send(new InvokeCommand({ FunctionName: 'broken' }));
  const missing = await lambda.send(new InvokeCommand({ FunctionName: 'nobody' })).catch((e) => e);
  return { functionError: failed.FunctionError, payload: JSON.parse(Buffer.from(failed.Payload).toString()).errorType,
    missing: { name: missing.name, status: missing.$metadata.httpStatusCode, modeled: missing instanceof ResourceNotFoundException, type: missing.Type, message: missing.message } };
};`,
    });
    const { result } = await a.run('caller');
    expect(result).toEqual({
      functionError: 'Unhandled', payload: 'TypeError',
      missing: { name: 'ResourceNotFoundException', status: 404, modeled: true, type: 'User', message: 'Function not found: arn:aws:lambda:us-east-1:123456789012:function:nobody' },
    });
  });
});

describe('SDK packages the playground does not simulate', () => {
  it('@aws-sdk/client-kinesis fails at INIT with Runtime.ImportModuleError naming it and what is simulated', async () => {
    const a = await setup();
    await a.deploy('app', { 'index.mjs': `import { KinesisClient } from '@aws-sdk/client-kinesis';\nexport const handler = async () => new KinesisClient({});` });
    const { record } = await a.run('app');
    expect(record.error?.errorType).toBe('Runtime.ImportModuleError');
    expect(record.error?.errorMessage).toBe(
      "Error: Cannot find module '@aws-sdk/client-kinesis': Lambda's runtime includes it, but this playground simulates only @aws-sdk/client-s3, @aws-sdk/client-lambda, @aws-sdk/client-dynamodb, @aws-sdk/lib-dynamodb, @aws-sdk/util-dynamodb, @aws-sdk/client-sqs, @aws-sdk/client-sns, @aws-sdk/client-eventbridge, @aws-sdk/client-cloudwatch and @aws-sdk/client-cloudwatch-logs (and @aws-sdk/util-stream-node)",
    );
  });

  it('aws-sdk (v2) fails at INIT, saying Node.js 18+ runtimes ship only v3', async () => {
    const a = await setup();
    await a.deploy('app', { 'index.js': `const AWS = require('aws-sdk');\nexports.handler = async () => new AWS.S3();` });
    const { record } = await a.run('app');
    expect(record.error?.errorType).toBe('Runtime.ImportModuleError');
    expect(record.error?.errorMessage).toContain("Cannot find module 'aws-sdk': the Node.js 18 and later Lambda runtimes include only the AWS SDK for JavaScript v3");
  });
});
