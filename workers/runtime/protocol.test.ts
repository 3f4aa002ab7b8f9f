import { MessageChannel } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Compiler } from '../../src/engine/ports';
import { nodeCompiler } from '../testing/in-process-ports';
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
      if (message.type === 'log') seen.push(message.line.message);
      else {
        seen.push(`reply ${message.id}`);
        replies.get(message.id)?.(message.result);
      }
    });
    const call = (id: number, message: object) => new Promise((resolve) => (replies.set(id, resolve), port1.postMessage({ ...message, id })));
    const init = { code: built.code, map: built.map, handler: 'index.handler', runtime: 'nodejs22.x', functionName: 'f', functionVersion: '$LATEST', memoryLimitInMB: 128, logGroupName: 'g', logStreamName: 's', environment: {}, taskFiles: {}, ephemeralStorageMB: 512 };
    expect(await call(1, { method: 'init', request: init })).toMatchObject({ status: 'ok' });
    expect(await call(2, { method: 'invoke', request: { requestId: 'r', payload: '{}', invokedFunctionArn: 'arn', deadline: Date.now() + 3000 } })).toMatchObject({ status: 'ok', payload: '1' });
    expect(seen).toEqual(['init', 'reply 1', 'a', 'b', 'reply 2']);
    port1.close();
  });
});
