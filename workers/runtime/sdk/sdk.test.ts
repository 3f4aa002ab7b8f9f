import { describe, expect, it } from 'vitest';
import type { SdkCall, SdkResult } from '../../../src/engine/sdk/types';
import { Stream } from '../builtins/stream';
import { toWireBody } from './body';
import { createSdkModules, createSdkTransport, missingSdkMessage } from './index';
import { sdkStreamMixin } from './stream-mixin';

/** A package as a handler sees it: untyped. */
type Module = Record<string, any>;

/** The SDK packages over a fake host that records each call and answers with `answer`. */
function sdk(answer: (call: SdkCall) => SdkResult = () => ({ ok: true, output: { $metadata: { httpStatusCode: 200 } } })) {
  const sent: Array<{ call: SdkCall; transfer: Transferable[] }> = [];
  let holds = 0;
  const transport = createSdkTransport(() => {
    holds++;
    return () => holds--;
  });
  transport.connect(async (call, transfer) => (sent.push({ call, transfer }), answer(call)));
  transport.open(1);
  const env = { AWS_REGION: 'us-east-1' };
  const modules = createSdkModules({ transport, defaultRegion: () => env.AWS_REGION });
  return {
    sent, transport, env, holds: () => holds,
    s3: modules['@aws-sdk/client-s3'] as Module,
    lambda: modules['@aws-sdk/client-lambda'] as Module,
  };
}

describe('request bodies', () => {
  it('sends text, Blobs and whole byte arrays as they are, and copies only what it may transfer', async () => {
    expect(await toWireBody('hé')).toEqual({ body: 'hé', transfer: [] });
    const blob = new Blob(['x']);
    expect((await toWireBody(blob)).body).toBe(blob);
    const whole = new Uint8Array([1, 2, 3]);
    expect(await toWireBody(whole)).toEqual({ body: whole, transfer: [] });
    // A view onto part of a buffer: copied alone (structured clone would copy the whole buffer), and that copy is ours to transfer.
    const part = new Uint8Array([9, 1, 2, 9]).subarray(1, 3);
    const wired = await toWireBody(part);
    expect(wired.body).toEqual(new Uint8Array([1, 2]));
    expect(wired.transfer).toEqual([(wired.body as Uint8Array).buffer]);
    expect((await toWireBody(new DataView(new Uint8Array([7, 8]).buffer))).body).toEqual(new Uint8Array([7, 8]));
    expect((await toWireBody(new Uint8Array([5]).buffer)).body).toEqual(new Uint8Array([5]));
  });

  it('reads web streams and Node Readables to the end', async () => {
    const web = new ReadableStream({ start: (c) => (c.enqueue(new Uint8Array([104, 105])), c.enqueue(new Uint8Array([33])), c.close()) });
    expect(new TextDecoder().decode((await toWireBody(web)).body as Uint8Array)).toBe('hi!');
    const node = await toWireBody(Stream.Readable.from(['ab', new Uint8Array([99])]));
    expect(new TextDecoder().decode(node.body as Uint8Array)).toBe('abc');
    expect(node.transfer).toHaveLength(1);
  });

  it('refuses what Node would refuse to write', async () => {
    await expect(toWireBody(42)).rejects.toThrow('The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. Received type number (42)');
    await expect(toWireBody({ a: 1 })).rejects.toThrow('Received an instance of Object');
  });
});

describe('the clients', () => {
  it('check path labels before sending, as the SDK serializers do', async () => {
    const { s3, sent } = sdk();
    const client = new s3.S3Client({});
    await expect(client.send(new s3.GetObjectCommand({ Bucket: 'b' }))).rejects.toThrow('No value provided for input HTTP label: Key.');
    await expect(client.send(new s3.GetObjectCommand({ Bucket: 'b', Key: '' }))).rejects.toThrow('Empty value provided for input HTTP label: Key.');
    expect(sent).toEqual([]);
  });

  it('send plain data with the region, and take a callback too', async () => {
    const { s3, sent, env } = sdk();
    const command = new s3.ListObjectsV2Command({ Bucket: 'b', Prefix: 'p/', onProgress: () => {} });
    expect(command.input.Prefix).toBe('p/');
    const output = await new Promise((resolve, reject) => new s3.S3Client().send(command, (e: unknown, out: unknown) => (e ? reject(e) : resolve(out))));
    expect(output).toEqual({ $metadata: { httpStatusCode: 200 } });
    env.AWS_REGION = 'eu-west-1';
    await new s3.S3Client({ credentials: { accessKeyId: 'x' } }).send(new s3.HeadBucketCommand({ Bucket: 'b' }));
    const pinned = new s3.S3Client({ region: async () => 'ap-south-1' });
    expect(await pinned.config.region()).toBe('ap-south-1');
    await pinned.send(new s3.HeadBucketCommand({ Bucket: 'b' }));
    expect(sent.map((s) => s.call)).toEqual([
      { service: 's3', operation: 'ListObjectsV2', input: { Bucket: 'b', Prefix: 'p/' }, region: 'us-east-1' },
      { service: 's3', operation: 'HeadBucket', input: { Bucket: 'b' }, region: 'eu-west-1' },
      { service: 's3', operation: 'HeadBucket', input: { Bucket: 'b' }, region: 'ap-south-1' },
    ]);
  });

  it('have aggregated classes, a paginator, and refuse commands they do not simulate or do not own', async () => {
    let page = 0;
    const { s3, lambda, sent } = sdk((call) =>
      call.operation === 'ListObjectsV2'
        ? { ok: true, output: { KeyCount: 1, IsTruncated: ++page < 3, NextContinuationToken: `t${page}`, $metadata: {} } }
        : { ok: true, output: { $metadata: {} } },
    );
    await new s3.S3().putObject({ Bucket: 'b', Key: 'k', Body: 'v' });
    const pages = [];
    for await (const p of s3.paginateListObjectsV2({ client: new s3.S3Client({}), pageSize: 10 }, { Bucket: 'b' })) pages.push(p.NextContinuationToken);
    expect(pages).toEqual(['t1', 't2', 't3']);
    expect(sent.map((s) => s.call.input.ContinuationToken)).toEqual([undefined, undefined, 't1', 't2']);
    expect(() => new s3.SelectObjectContentCommand({})).toThrow('SelectObjectContentCommand is not simulated by this playground: its @aws-sdk/client-s3 has CreateBucketCommand,');
    expect(() => new lambda.ListFunctionsCommand({})).toThrow('ListFunctionsCommand is not simulated by this playground: its @aws-sdk/client-lambda has InvokeCommand.');
    await expect(new lambda.LambdaClient({}).send(new s3.ListBucketsCommand({}))).rejects.toThrow('LambdaClient.send() takes a command of its own package, got ListBucketsCommand');
  });

  it('throw service errors as modeled exceptions carrying the response members', async () => {
    const { lambda } = sdk(() => ({
      ok: false,
      error: { name: 'TooManyRequestsException', message: 'Rate Exceeded.', statusCode: 429, requestId: 'r-1', fields: { Type: 'User', Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' } },
    }));
    const error = await new lambda.LambdaClient({}).send(new lambda.InvokeCommand({ FunctionName: 'f' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(lambda.TooManyRequestsException);
    expect(error).toBeInstanceOf(lambda.LambdaServiceException);
    expect(error).toMatchObject({
      name: 'TooManyRequestsException', message: 'Rate Exceeded.', $fault: 'client', Type: 'User', Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
      $metadata: { httpStatusCode: 429, requestId: 'r-1', attempts: 1, totalRetryDelay: 0 },
    });
    const server = sdk(() => ({ ok: false, error: { name: 'InternalError', message: 'x', statusCode: 500, requestId: 'r', fields: { Code: 'InternalError' } } }));
    const failure = await new server.s3.S3Client({}).send(new server.s3.ListBucketsCommand({})).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'InternalError', $fault: 'server', Code: 'InternalError' });
    expect(failure).toBeInstanceOf(server.s3.S3ServiceException);
    // Handlers' own tests build modeled errors as the SDK lets them.
    expect(new server.s3.NoSuchKey({ message: 'gone', $metadata: {} })).toMatchObject({ name: 'NoSuchKey', $fault: 'client', message: 'gone' });
  });

  it('turn Invoke payloads into text going out and into bytes coming back', async () => {
    const { lambda, sent } = sdk(() => ({ ok: true, output: { StatusCode: 200, Payload: new TextEncoder().encode('{"ok":true}'), $metadata: {} } }));
    const client = new lambda.LambdaClient({});
    const out = await client.send(new lambda.InvokeCommand({ FunctionName: 'f', Payload: new TextEncoder().encode('{"a":1}') }));
    expect(out.Payload).toBeInstanceOf(Uint8Array);
    expect(out.Payload.transformToString()).toBe('{"ok":true}');
    expect(sent[0]!.call.input).toEqual({ FunctionName: 'f', Payload: '{"a":1}' });
    await expect(client.send(new lambda.InvokeCommand({ FunctionName: 'f', Payload: { a: 1 } }))).rejects.toThrow('Received an instance of Object');
  });
});

describe('the transport', () => {
  it('refuses calls between invocations, holds the event loop while a call is out, and gives up on calls of past invocations', async () => {
    const answers: Array<(result: SdkResult) => void> = [];
    let holds = 0;
    const transport = createSdkTransport(() => (holds++, () => holds--));
    transport.connect(() => new Promise((resolve) => answers.push(resolve)));
    transport.open(1);
    const first = transport.call('s3', 'ListBuckets', {}, undefined);
    expect(holds).toBe(1);
    transport.close('req-1');
    await expect(transport.call('s3', 'PutObject', {}, undefined)).rejects.toThrow(/^PutObjectCommand was sent after invocation req-1 ended\./);
    let settled = false;
    void first.then(() => (settled = true));
    transport.open(2);
    expect(holds).toBe(0);
    answers[0]!({ ok: true, output: {} });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
  });
});

describe('util-stream-node and the packages that are not simulated', () => {
  it('sdkStreamMixin adds the transforms to a Readable and refuses anything else', async () => {
    const body = sdkStreamMixin(Stream.Readable.from([new Uint8Array([104, 105])]));
    expect(await body.transformToString('hex')).toBe('6869');
    expect(() => sdkStreamMixin('text')).toThrow('Unexpected stream implementation, expect Stream.Readable instance, got String');
    const web = sdkStreamMixin(Stream.Readable.from(['a', 'b'])).transformToWebStream();
    const reader = web.getReader();
    const chunks = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(new TextDecoder().decode(next.value));
    expect(chunks.join('')).toBe('ab');
  });

  it('names what is simulated when another AWS SDK package is required', () => {
    expect(missingSdkMessage('@aws-sdk/client-kinesis')).toMatch(/^Cannot find module '@aws-sdk\/client-kinesis': Lambda's runtime includes it, but this playground simulates only @aws-sdk\/client-s3, @aws-sdk\/client-lambda, @aws-sdk\/client-dynamodb/);
    expect(missingSdkMessage('aws-sdk/clients/s3')).toContain("include only the AWS SDK for JavaScript v3 (@aws-sdk/*), not v2 ('aws-sdk')");
    expect(missingSdkMessage('lodash')).toBeUndefined();
  });
});
