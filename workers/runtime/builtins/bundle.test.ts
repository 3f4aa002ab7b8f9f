// The browser build of the built-ins, run where Node's own globals are absent, as in the runtime worker.
import nodeCrypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTimerTracker } from '../timers';
import type { createBuiltins as CreateBuiltins } from './index';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let built: esbuild.BuildResult<{ write: false; metafile: true }>;
let modules: Record<string, any>;
let tracker: ReturnType<typeof createTimerTracker>;
let context: vm.Context;

beforeAll(async () => {
  // esbuild-wasm may already be running in this test process.
  await esbuild.initialize({}).catch(() => undefined);
  built = await esbuild.build({
    stdin: { contents: "export * from './workers/runtime/builtins/index.ts';", resolveDir: root, loader: 'ts' },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'builtinsBundle',
    logLevel: 'silent',
  });
  // A worker-like global: web platform APIs, none of Node's (no process, Buffer, require, setTimeout of its own).
  context = vm.createContext({
    TextEncoder, TextDecoder, URL, URLSearchParams, crypto: globalThis.crypto, queueMicrotask, console, AbortController,
    AbortSignal, Event, EventTarget, Blob, File, atob, btoa, performance,
  });
  const bundle = vm.runInContext(`${built.outputFiles[0]!.text};builtinsBundle`, context) as { createBuiltins: typeof CreateBuiltins };
  tracker = createTimerTracker();
  modules = bundle.createBuiltins({ timers: tracker.timers, memoryLimitInMB: 128 }) as Record<string, any>;
}, 60_000);

describe('the browser bundle', () => {
  it('ships the npm ports, not the heavy packages it avoids', () => {
    const inputs = Object.keys(built.metafile.inputs);
    for (const expected of ['node_modules/buffer/index.js', 'node_modules/readable-stream/lib/stream.js', 'node_modules/process/browser.js']) expect(inputs).toContain(expected);
    for (const avoided of ['node_modules/qs/', 'node_modules/util/', 'node_modules/url/', 'node_modules/get-intrinsic/']) {
      expect(inputs.filter((input) => input.startsWith(avoided))).toEqual([]);
    }
  });

  it('hashes like node:crypto', () => {
    for (const algorithm of ['md5', 'sha1', 'sha256', 'sha512']) {
      expect(modules.crypto.createHash(algorithm).update('payload', 'utf8').digest('hex')).toBe(nodeCrypto.createHash(algorithm).update('payload', 'utf8').digest('hex'));
    }
    expect(modules.crypto.createHmac('sha256', 'key').update('x').digest('base64url')).toBe(nodeCrypto.createHmac('sha256', 'key').update('x').digest('base64url'));
  });

  it('Buffer speaks base64url and decodes UTF-8 as Node does', () => {
    const { Buffer } = modules.buffer;
    expect(Buffer.from('hello?>').toString('base64url')).toBe(globalThis.Buffer.from('hello?>').toString('base64url'));
    expect(Buffer.from([0xe0, 0xa4, 0x41]).toString()).toBe(globalThis.Buffer.from([0xe0, 0xa4, 0x41]).toString());
  });

  it('runs a stream pipeline through a hash without a global setTimeout', async () => {
    const { Readable } = modules.stream;
    const hash = modules.crypto.createHash('sha1');
    await modules['stream/promises'].pipeline(Readable.from(['a', 'b', 'c']), hash);
    expect(hash.read().toString('hex')).toBe(nodeCrypto.createHash('sha1').update('abc').digest('hex'));
  });

  it('resolves paths against /var/task without a global process', () => {
    expect(modules.path.resolve('data.json')).toBe('/var/task/data.json');
    expect(modules.url.pathToFileURL('x.txt').href).toBe('file:///var/task/x.txt');
  });

  it('formats, parses and asserts', async () => {
    expect(modules.util.format('%s has %d items', 'cart', 3)).toBe('cart has 3 items');
    // Made inside the bundle's realm: object-inspect tells plain objects by the realm's Object.
    const value = vm.runInContext('({ n: 1 })', context) as Record<string, unknown>;
    value.buf = modules.buffer.Buffer.from('hi');
    expect(modules.util.inspect(value)).toBe('{ n: 1, buf: <Buffer 68 69> }');
    expect(modules.url.parse('https://x.com/a?b=1', true).query.b).toBe('1');
    expect(modules.querystring.stringify({ a: [1, 2] })).toBe('a=1&a=2');
    expect(() => modules.assert.deepStrictEqual({ a: 1 }, { a: 2 })).toThrow(/strictly deep-equal/);
    expect(modules.os.hostname()).toMatch(/^169\.254\./);
    await expect(modules['timers/promises'].setTimeout(1, 'ok')).resolves.toBe('ok');
    await tracker.whenIdle();
  });

  it('emits events and iterates them', async () => {
    const EventEmitter = modules.events;
    const emitter = new EventEmitter();
    const once = EventEmitter.once(emitter, 'ready');
    emitter.emit('ready', 42);
    await expect(once).resolves.toEqual([42]);
  });
});
