import { MessageChannel } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Compiler } from '../../src/engine/ports';
import { nodeCompiler } from '../testing/in-process-ports';
import type { SdkCall } from '../../src/engine/sdk/types';
import { answerSdkCall } from '../../src/platform/sdk-calls';
import { serveRuntime, type EnvironmentMessage } from './protocol';
import { createRuntime } from './runtime';

let compiler: Compiler;
beforeAll(async () => {
  compiler = await nodeCompiler();
});

describe('host ↔ environment protocol', () => {
  it('delivers log lines on the reply port, before the reply they belong to', async () => {
    const built = await compiler.compile({ files: { 'index.mjs': "console.log('init');\nexport const handler = async () => { console.log('a'); console.log('b'); return 1; };" }, entryModule: 'index.mjs', target: 'node22' });
    if (!built.ok) throw new Error('compile failed');
    const { port1, port2 } = new MessageChannel();
    serveRuntime(port2 as unknown as MessagePort, createRuntime());
    const seen: string[] = [];
    const replies = new Map<number, (v: unknown) => void>();
    port1.on('message', (message: EnvironmentMessage) => {
      if (message.type === 'logs') seen.push(message.lines.map((line) => line.message).join('+'));
      else if (message.type === 'reply') {
        seen.push(`reply ${message.id}`);
        replies.get(message.id)?.(message.result);
      }
    });
    const call = (id: number, message: object) => new Promise((resolve) => (replies.set(id, resolve), port1.postMessage({ ...message, id })));
    const init = { code: built.code, map: built.map, handler: 'index.handler', runtime: 'nodejs22.x', functionName: 'f', functionVersion: '$LATEST', memoryLimitInMB: 128, logGroupName: 'g', logStreamName: 's', environment: {}, taskFiles: {}, ephemeralStorageMB: 512 };
    expect(await call(1, { method: 'init', request: init })).toMatchObject({ status: 'ok' });
    expect(await call(2, { method: 'invoke', request: { requestId: 'r', payload: '{}', invokedFunctionArn: 'arn', deadline: Date.now() + 3000 } })).toMatchObject({ status: 'ok', payload: '1' });
    // One message per batch: the lines of a phase that ran without waiting arrive together.
    expect(seen).toEqual(['init', 'reply 1', 'a+b', 'reply 2']);
    port1.close();
  });

  it('carries SDK calls out as sdk-call and answers back as sdk-result, bytes and Blobs included', async () => {
    const code = `const { S3Client, PutObjectCommand, GetObjectCommand } = require('@aws-sdk/client-s3');
const { Readable } = require('stream');
const s3 = new S3Client({});
exports.handler = async () => {
  await s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: Readable.from(['str', 'eam']) }));
  const got = await s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
  return { text: await got.Body.transformToString(), modified: got.LastModified.toISOString() };
};`;
    const built = await compiler.compile({ files: { 'index.js': code }, entryModule: 'index.js', target: 'node22' });
    if (!built.ok) throw new Error('compile failed');
    const { port1, port2 } = new MessageChannel();
    serveRuntime(port2 as unknown as MessagePort, createRuntime());
    const calls: SdkCall[] = [];
    const replies = new Map<number, (v: unknown) => void>();
    let stored: Uint8Array | undefined;
    port1.on('message', (message: EnvironmentMessage) => {
      if (message.type === 'reply') replies.get(message.id)?.(message.result);
      else if (message.type === 'sdk-call') {
        // The host's end, as worker-sandbox.ts wires it.
        answerSdkCall(message, async (call) => {
          calls.push(call);
          if (call.operation === 'PutObject') {
            stored = call.input.Body as Uint8Array;
            return { ok: true, output: { ETag: '"e"', $metadata: { httpStatusCode: 200 } } };
          }
          return { ok: true, output: { Body: new Blob([stored as Uint8Array<ArrayBuffer>]), LastModified: new Date(Date.UTC(2026, 0, 2)), $metadata: { httpStatusCode: 200 } } };
        }, (id, result) => port1.postMessage({ id, method: 'sdk-result', result }));
      }
    });
    const call = (id: number, message: object) => new Promise((resolve) => (replies.set(id, resolve), port1.postMessage({ ...message, id })));
    const init = { code: built.code, map: built.map, handler: 'index.handler', runtime: 'nodejs22.x', functionName: 'f', functionVersion: '$LATEST', memoryLimitInMB: 128, logGroupName: 'g', logStreamName: 's', environment: {}, taskFiles: {}, ephemeralStorageMB: 512 };
    expect(await call(1, { method: 'init', request: init })).toMatchObject({ status: 'ok' });
    const result = await call(2, { method: 'invoke', request: { requestId: 'r', payload: '{}', invokedFunctionArn: 'arn', deadline: Date.now() + 3000 } });
    expect(result).toMatchObject({ status: 'ok', payload: JSON.stringify({ text: 'stream', modified: '2026-01-02T00:00:00.000Z' }) });
    expect(calls.map((c) => [c.service, c.operation, c.region])).toEqual([['s3', 'PutObject', 'us-east-1'], ['s3', 'GetObject', 'us-east-1']]);
    // The collected stream travelled as one Uint8Array (transferred: it was the SDK's own copy).
    expect(stored).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(stored)).toBe('stream');
    port1.close();
  });
});
