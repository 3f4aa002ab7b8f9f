import nodeCrypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ModuleNotFound } from '../errors';
import { createRequire } from '../node-globals';
import { createTimerTracker } from '../timers';
import { Buffer, createBuiltins } from './index';

function builtins() {
  return createBuiltins({ timers: createTimerTracker().timers, memoryLimitInMB: 256 });
}

const PROVIDED = [
  'assert', 'assert/strict', 'buffer', 'crypto', 'events', 'os', 'path', 'path/posix', 'querystring', 'stream',
  'stream/promises', 'string_decoder', 'timers', 'timers/promises', 'url', 'util', 'util/types',
];

describe('createBuiltins', () => {
  it('provides the modules handlers use, keyed by bare id', () => {
    expect(Object.keys(builtins()).sort()).toEqual([...PROVIDED].sort());
  });

  it('leaves out what a browser cannot be, and fs (built elsewhere)', () => {
    const modules = builtins();
    for (const id of ['fs', 'fs/promises', 'child_process', 'net', 'http', 'https', 'dns', 'tls', 'worker_threads', 'vm']) expect(id in modules).toBe(false);
  });

  it('creates each module only when first read, then returns the same object', () => {
    const modules = builtins();
    for (const id of PROVIDED) expect(typeof Object.getOwnPropertyDescriptor(modules, id)!.get).toBe('function');
    expect(modules.crypto).toBe(modules.crypto);
    expect(modules['path/posix']).toBe(modules.path);
    expect((modules.assert as { strict: unknown }).strict).toBe(modules['assert/strict']);
    expect((modules.util as { types: unknown }).types).toBe(modules['util/types']);
    expect((modules.timers as { promises: unknown }).promises).toBe(modules['timers/promises']);
  });

  it('gives each environment its own module objects', () => {
    expect(builtins().os).not.toBe(builtins().os);
  });

  it('exports the Buffer the buffer module carries, for the runtime\'s global', () => {
    expect((builtins().buffer as { Buffer: unknown }).Buffer).toBe(Buffer);
  });
});

describe('through the runtime\'s require', () => {
  const require = createRequire(builtins(), '/var/task/index.js');

  it('resolves bare and node: ids to the same module', () => {
    expect(require('node:crypto')).toBe(require('crypto'));
    expect(require('node:timers/promises')).toBe(require('timers/promises'));
  });

  it('serves a typical handler\'s imports', () => {
    const crypto = require('crypto') as typeof nodeCrypto;
    const { join } = require('node:path') as typeof import('node:path');
    const { format } = require('util') as typeof import('node:util');
    expect(crypto.createHash('sha256').update('event').digest('hex')).toBe(nodeCrypto.createHash('sha256').update('event').digest('hex'));
    expect(join('/tmp', 'out.json')).toBe('/tmp/out.json');
    expect(format('%s=%d', 'n', 1)).toBe('n=1');
  });

  it('still fails clearly for built-ins the playground does not provide', () => {
    expect(() => require('child_process')).toThrow(ModuleNotFound);
    expect(() => require('node:net')).toThrow(/not available/);
  });
});

describe('a compiled handler importing built-ins', () => {
  it('gets Node\'s default and named export shapes from ESM and CommonJS', async () => {
    const { nodeCompiler } = await import('../../testing/in-process-ports');
    const { evaluateBundle } = await import('../module-loader');
    const compiler = await nodeCompiler();
    const source = `
      import crypto, { createHash } from 'node:crypto';
      import EventEmitter, { once } from 'events';
      import path from 'path';
      import * as util from 'node:util';
      import { setTimeout as sleep } from 'node:timers/promises';
      import { Readable, pipeline } from 'stream';
      const qs = require('querystring');
      export const handler = async () => {
        const emitter = new EventEmitter();
        queueMicrotask(() => emitter.emit('go', 7));
        const [n] = await once(emitter, 'go');
        await sleep(1);
        return {
          same: crypto.createHash === createHash,
          digest: createHash('md5').update('x').digest('hex'),
          isEmitter: emitter instanceof EventEmitter,
          n,
          file: path.join('/tmp', 'a.txt'),
          text: util.format('%s-%d', 'a', 1),
          query: qs.stringify({ a: 1 }),
          streams: typeof Readable.from === 'function' && typeof pipeline === 'function',
        };
      };`;
    const built = await compiler.compile({ files: { 'index.mjs': source }, entryModule: 'index.mjs', target: 'node22' });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const tracker = createTimerTracker();
    const modules = createBuiltins({ timers: tracker.timers, memoryLimitInMB: 128 });
    const exports = evaluateBundle(built.code, {
      require: createRequire(modules, '/var/task/index.js'), filename: '/var/task/index.js', console, process: {}, timers: tracker.timers, Buffer, crypto: globalThis.crypto,
    });
    const result = await (exports.handler as () => Promise<unknown>)();
    expect(result).toEqual({
      same: true, digest: nodeCrypto.createHash('md5').update('x').digest('hex'), isEmitter: true, n: 7, file: '/tmp/a.txt', text: 'a-1', query: 'a=1', streams: true,
    });
  });
});
