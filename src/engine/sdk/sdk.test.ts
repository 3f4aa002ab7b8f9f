// The in-sandbox SDK's S3 client, served by the simulated S3 under the function's role.
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import type { SdkCaller } from './types';
import { sdkAccount } from './test-support';

let account: Awaited<ReturnType<typeof sdkAccount>> | undefined;
afterEach(() => account?.dispose());

async function setup(options: Parameters<typeof sdkAccount>[0] = {}) {
  account = await sdkAccount(options);
  await account.s3.createBucket({ Bucket: 'photos' });
  await account.s3.createBucket({ Bucket: 'thumbs' });
  return account;
}

const text = async (blob: Blob) => blob.text();

describe('S3 from a handler', () => {
  it('puts and gets objects as text, bytes and a web stream; the host stores them', async () => {
    const a = await setup();
    await a.deploy('app', {
      'index.mjs': `import { S3Client, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async () => {
  const put = await s3.send(new PutObjectCommand({ Bucket: 'photos', Key: 'note.txt', Body: 'héllo wörld', ContentType: 'text/plain' }));
  await s3.send(new PutObjectCommand({ Bucket: 'photos', Key: 'raw.bin', Body: Buffer.from([0, 1, 2, 254, 255]) }));
  const note = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'note.txt' }));
  const raw = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'raw.bin' }));
  const bytes = await raw.Body.transformToByteArray();
  const web = (await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'note.txt' }))).Body.transformToWebStream();
  let streamed = '';
  const decoder = new TextDecoder();
  for (const reader = web.getReader(); ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    streamed += decoder.decode(value, { stream: true });
  }
  return {
    putEtag: put.ETag, putStatus: put.$metadata.httpStatusCode,
    text: await note.Body.transformToString(), contentType: note.ContentType, length: note.ContentLength, etag: note.ETag,
    lastModifiedIsDate: note.LastModified instanceof Date, status: note.$metadata.httpStatusCode,
    bytes: Array.from(bytes), bytesIsUint8Array: bytes instanceof Uint8Array, streamed,
  };
};`,
    });
    const { record, result } = await a.run('app');
    expect(record.status).toBe('success');
    expect(result).toMatchObject({
      putStatus: 200, text: 'héllo wörld', contentType: 'text/plain', length: 13, lastModifiedIsDate: true, status: 200,
      bytes: [0, 1, 2, 254, 255], bytesIsUint8Array: true, streamed: 'héllo wörld',
    });
    expect(result.etag).toBe(result.putEtag);
    const stored = await a.s3.getObject({ Bucket: 'photos', Key: 'note.txt' });
    expect(await text(stored.Body)).toBe('héllo wörld');
    expect(stored.ContentType).toBe('text/plain');
    // Nothing but START/END/REPORT: the SDK logs nothing of its own, as on Lambda.
    expect(record.logLines.map((line) => line.split(' ')[0])).toEqual(['START', 'END', 'REPORT']);
  });

  it('makes a thumbnail: bytes read from one bucket are written to another with a content type', async () => {
    const a = await setup();
    await a.s3.putObject({ Bucket: 'photos', Key: 'a.jpg', Body: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), ContentType: 'image/jpeg' });
    await a.deploy('thumbnailer', {
      'index.ts': `import { S3Client, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async (event: { key: string }) => {
  const obj = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: event.key }));
  const bytes = await obj.Body!.transformToByteArray();
  await s3.send(new PutObjectCommand({ Bucket: 'thumbs', Key: event.key, Body: bytes.subarray(0, 4), ContentType: 'image/jpeg' }));
  return bytes.length;
};`,
    });
    const { result } = await a.run('thumbnailer', { key: 'a.jpg' });
    expect(result).toBe(7);
    const thumb = await a.s3.getObject({ Bucket: 'thumbs', Key: 'a.jpg' });
    expect(new Uint8Array(await thumb.Body.arrayBuffer())).toEqual(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
    expect(thumb.ContentType).toBe('image/jpeg');
  });

  it('reads a Body as a Node stream, and a Body transforms only once', async () => {
    const a = await setup();
    await a.s3.putObject({ Bucket: 'photos', Key: 'k', Body: 'stream me' });
    await a.deploy('app', {
      'index.js': `const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
const s3 = new S3Client();
exports.handler = async () => {
  const { Body } = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'k' }));
  const chunks = [];
  for await (const chunk of Body) chunks.push(chunk);
  const again = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'k' }));
  const first = await again.Body.transformToString('base64');
  const second = await again.Body.transformToString().catch((e) => e.message);
  return { streamed: Buffer.concat(chunks).toString(), chunkIsBytes: chunks[0] instanceof Uint8Array, first, second };
};`,
    });
    const { result } = await a.run('app');
    expect(result).toEqual({ streamed: 'stream me', chunkIsBytes: true, first: btoa('stream me'), second: 'The stream has already been transformed.' });
  });

  it('lists with a prefix and a delimiter', async () => {
    const a = await setup();
    for (const key of ['2026/01/a.jpg', '2026/01/b.jpg', '2026/02/c.jpg', '2026/readme.txt', 'other.txt']) {
      await a.s3.putObject({ Bucket: 'photos', Key: key, Body: key });
    }
    await a.deploy('app', {
      'index.mjs': `import { S3Client, ListObjectsV2Command } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async () => {
  const out = await s3.send(new ListObjectsV2Command({ Bucket: 'photos', Prefix: '2026/', Delimiter: '/' }));
  return { keys: out.Contents.map((c) => c.Key), prefixes: out.CommonPrefixes.map((p) => p.Prefix), count: out.KeyCount, dated: out.Contents[0].LastModified instanceof Date };
};`,
    });
    const { result } = await a.run('app');
    expect(result).toEqual({ keys: ['2026/readme.txt'], prefixes: ['2026/01/', '2026/02/'], count: 3, dated: true });
  });

  it('throws NoSuchKey as the SDK does: name, message, status 404, Code, instanceof the modeled class', async () => {
    const a = await setup();
    await a.deploy('app', {
      'index.mjs': `import { S3Client, GetObjectCommand, NoSuchKey, S3ServiceException } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async () => {
  try {
    await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'missing.jpg' }));
  } catch (e) {
    return { name: e.name, message: e.message, fault: e.$fault, metadata: e.$metadata, Code: e.Code, Key: e.Key,
      isError: e instanceof Error, isNoSuchKey: e instanceof NoSuchKey, isS3: e instanceof S3ServiceException, requestId: e.RequestId };
  }
};`,
    });
    const { result } = await a.run('app');
    expect(result).toMatchObject({
      name: 'NoSuchKey', message: 'The specified key does not exist.', fault: 'client', Code: 'NoSuchKey', Key: 'missing.jpg',
      metadata: { httpStatusCode: 404, attempts: 1, totalRetryDelay: 0 }, isError: true, isNoSuchKey: true, isS3: true,
    });
    expect((result.metadata as { requestId: string }).requestId).toBe(result.requestId);
    expect(result.requestId).toMatch(/^[0-9A-F]{16}$/);
  });

  it('an uncaught SDK error fails the invocation with the AWS code as errorType', async () => {
    const a = await setup();
    await a.deploy('app', {
      'index.mjs': `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
export const handler = async () => new S3Client({}).send(new GetObjectCommand({ Bucket: 'nope', Key: 'k' }));`,
    });
    const { record } = await a.run('app');
    expect(record.status).toBe('error');
    expect(record.error).toMatchObject({ errorType: 'NoSuchBucket', errorMessage: 'The specified bucket does not exist' });
  });

  it('asks IAM as the invocation that made the call, and a denial is AccessDenied 403 with its message', async () => {
    const asked: Array<{ caller: SdkCaller; action: string; resource: string }> = [];
    const message = 'User: arn:aws:sts::123456789012:assumed-role/app-role/app is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::thumbs/a.jpg" because no identity-based policy allows the s3:PutObject action';
    const a = await setup({
      authorize(caller, action, resource) {
        asked.push({ caller, action, resource });
        return action === 's3:PutObject' && resource.startsWith('arn:aws:s3:::thumbs/') ? new ServiceError('AccessDenied', message, 403) : undefined;
      },
    });
    await a.deploy('app', {
      'index.mjs': `import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async (event, context) => {
  await s3.send(new PutObjectCommand({ Bucket: 'photos', Key: 'a.jpg', Body: 'ok' }));
  try {
    await s3.send(new PutObjectCommand({ Bucket: 'thumbs', Key: 'a.jpg', Body: 'no' }));
  } catch (e) {
    return { requestId: context.awsRequestId, name: e.name, message: e.message, status: e.$metadata.httpStatusCode, fault: e.$fault, Code: e.Code };
  }
};`,
    }, { roleArn: 'arn:aws:iam::123456789012:role/app-role' });
    const { result } = await a.run('app');
    expect(result).toMatchObject({ name: 'AccessDenied', message, status: 403, fault: 'client', Code: 'AccessDenied' });
    expect(asked.map((q) => [q.action, q.resource])).toEqual([
      ['s3:PutObject', 'arn:aws:s3:::photos/a.jpg'],
      ['s3:PutObject', 'arn:aws:s3:::thumbs/a.jpg'],
    ]);
    expect(asked[0]!.caller).toEqual({ functionName: 'app', version: '$LATEST', roleArn: 'arn:aws:iam::123456789012:role/app-role', requestId: result.requestId });
    expect(await a.s3.listObjectsV2({ Bucket: 'thumbs' })).toMatchObject({ KeyCount: 0 });
  });

  it('refuses a call made after the invocation ended, and never runs it', async () => {
    const a = await setup();
    await a.deploy('app', {
      'index.mjs': `import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
let late;
export const handler = async (event) => {
  if (event.report) return late;
  setTimeout(() => s3.send(new PutObjectCommand({ Bucket: 'photos', Key: 'late', Body: 'x' })).then(() => (late = 'sent'), (e) => (late = e.message)), 20);
  return 'returned';
};`,
    });
    expect((await a.run('app')).result).toBe('returned');
    await new Promise((resolve) => setTimeout(resolve, 60));
    const { result } = await a.run('app', { report: true });
    expect(result).toMatch(/^PutObjectCommand was sent after invocation \S+ ended\. .*await every AWS SDK call before the handler returns\.$/);
    await expect(a.s3.headObject({ Bucket: 'photos', Key: 'late' })).rejects.toMatchObject({ code: 'NotFound' });
  });

  it("drops the answer to a call its invocation did not wait for, and the next invocation is not held by it", async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const a = await setup({ authorize: async (_caller, action) => (action === 's3:GetObject' ? slow.then(() => undefined) : undefined) });
    await a.s3.putObject({ Bucket: 'photos', Key: 'k', Body: 'v' });
    await a.deploy('app', {
      'index.js': `const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});
let answered = 'no';
exports.handler = (event, context, callback) => {
  if (event.report) return callback(null, answered);
  s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'k' })).then(() => (answered = 'yes'));
  // Not awaited, and the loop is not waited for: the invocation ends with the call in flight.
  context.callbackWaitsForEmptyEventLoop = false;
  callback(null, 'done');
};`,
    });
    expect((await a.run('app')).result).toBe('done');
    release();
    await new Promise((resolve) => setTimeout(resolve, 30));
    // A callback handler waits for the event loop: the abandoned call must not keep it busy.
    const { record, result } = await a.run('app', { report: true });
    expect(record.status).toBe('success');
    expect(result).toBe('no');
  });

  it('a callback handler answers only once its pending SDK call is done, as Node waits for the socket', async () => {
    const a = await setup();
    await a.deploy('app', {
      'index.js': `const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});
exports.handler = (event, context, callback) => {
  s3.send(new PutObjectCommand({ Bucket: 'photos', Key: 'cb', Body: 'x' })).then(() => console.log('stored'));
  callback(null, 'ok');
};`,
    });
    const { record } = await a.run('app');
    expect(record.payload).toBe('"ok"');
    const lines = record.logLines.map((line) => line.split('\t').at(-1)!.split(' ')[0]);
    expect(lines.indexOf('stored')).toBeGreaterThan(-1);
    expect(lines.indexOf('stored')).toBeLessThan(lines.indexOf('END'));
  });
});
