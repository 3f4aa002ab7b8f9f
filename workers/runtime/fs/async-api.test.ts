// Callback and promise forms, FileHandle, and promise rejections compared against Node.
import * as nodeFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileSystem } from './index';

type NodeFs = typeof import('node:fs');
type NodePromises = typeof import('node:fs/promises');

function setup() {
  const system = createFileSystem({ taskFiles: { 'index.js': 'exports.handler = 1;' }, capacityBytes: 1024 * 1024 });
  return { fs: system.fs as unknown as NodeFs, promises: system.promises as unknown as NodePromises, raw: system };
}

/** Calls a callback-style function and resolves with every argument its callback got. */
function callback(fn: (...args: unknown[]) => void, ...args: unknown[]): Promise<unknown[]> {
  return new Promise((resolve) => fn(...args, (...results: unknown[]) => resolve(results)));
}

function shape(error: unknown, root: string) {
  const e = error as Record<string, unknown>;
  const local = (value: unknown) => (typeof value === 'string' ? value.split(root).join('/tmp') : value);
  return { code: e.code, errno: e.errno, syscall: e.syscall, path: local(e.path), message: local(e.message) };
}

describe('callback forms', () => {
  it('calls back after returning, with (null, result)', async () => {
    const { fs } = setup();
    let calledSynchronously = true;
    const done = new Promise<unknown[]>((resolve) => fs.writeFile('/tmp/a.txt', 'abc', (...args) => resolve(args)));
    calledSynchronously = false;
    expect(await done).toEqual([null]);
    expect(calledSynchronously).toBe(false);
    expect(await callback(fs.readFile as never, '/tmp/a.txt', 'utf8')).toEqual([null, 'abc']);
    expect(await callback(fs.mkdir as never, '/tmp/x/y', { recursive: true })).toEqual([null, '/tmp/x']);
    expect(await callback(fs.readdir as never, '/tmp')).toEqual([null, ['a.txt', 'x']]);
    const [error, stats] = await callback(fs.stat as never, '/tmp/a.txt');
    expect(error).toBeNull();
    expect((stats as nodeFs.Stats).size).toBe(3);
    expect(await callback(fs.exists as never, '/tmp/a.txt')).toEqual([true]);
    expect(await callback(fs.exists as never, '/tmp/nope')).toEqual([false]);
  });

  it('passes errors to the callback instead of throwing', async () => {
    const { fs } = setup();
    const [error] = await callback(fs.readFile as never, '/tmp/missing.txt');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: 'ENOENT', errno: -2, syscall: 'open', path: '/tmp/missing.txt' });
    const [rofs] = await callback(fs.writeFile as never, '/var/task/x.txt', 'x');
    expect((rofs as Error).message).toBe("EROFS: read-only file system, open '/var/task/x.txt'");
  });

  it('throws synchronously without a callback, as Node does', () => {
    const { fs } = setup();
    const expected = (() => {
      try {
        (nodeFs.readFile as unknown as (path: string) => void)('/tmp/x');
      } catch (error) {
        return error as Error;
      }
    })();
    expect(() => (fs.readFile as unknown as (path: string) => void)('/tmp/x')).toThrow(expected?.message);
    expect(expected?.message).toBe('The "cb" argument must be of type function. Received undefined');
  });

  it('read and write call back with the byte count and the buffer', async () => {
    const { fs } = setup();
    const [, fd] = await callback(fs.open as never, '/tmp/f', 'w+');
    const data = Buffer.from('hello');
    expect(await callback(fs.write as never, fd, data, 0, 5, 0)).toEqual([null, 5, data]);
    const target = Buffer.alloc(5);
    expect(await callback(fs.read as never, fd, target, 0, 5, 0)).toEqual([null, 5, target]);
    expect(target.toString()).toBe('hello');
    expect(await callback(fs.close as never, fd)).toEqual([null]);
  });
});

describe('promise forms', () => {
  const real = nodeFs.mkdtempSync(join(tmpdir(), 'fs-promise-'));
  afterAll(() => nodeFs.rmSync(real, { recursive: true, force: true }));

  it('are one object for fs.promises and fs/promises', () => {
    const { raw } = setup();
    expect(raw.fs.promises).toBe(raw.promises);
    expect((raw.promises as { constants: unknown }).constants).toBe(raw.fs.constants);
  });

  it('read, write, list, rename and remove', async () => {
    const { promises } = setup();
    await promises.mkdir('/tmp/dir/sub', { recursive: true });
    await promises.writeFile('/tmp/dir/a.json', JSON.stringify({ ok: true }));
    await promises.appendFile('/tmp/dir/a.json', '\n');
    expect(JSON.parse(await promises.readFile('/tmp/dir/a.json', 'utf8'))).toEqual({ ok: true });
    expect((await promises.readdir('/tmp/dir', { withFileTypes: true })).map((entry) => [entry.name, entry.isDirectory()]))
      .toEqual([['sub', true], ['a.json', false]]);
    await promises.rename('/tmp/dir/a.json', '/tmp/dir/sub/b.json');
    await promises.copyFile('/tmp/dir/sub/b.json', '/tmp/copy.json');
    expect((await promises.stat('/tmp/copy.json')).isFile()).toBe(true);
    await promises.access('/tmp/copy.json');
    await promises.rm('/tmp/dir', { recursive: true, force: true });
    await promises.unlink('/tmp/copy.json');
    expect(await promises.readdir('/tmp')).toEqual([]);
    expect(await promises.realpath('/tmp/../tmp')).toBe('/tmp');
  });

  it('reject with the same errors as Node’s fs/promises', async () => {
    const { promises } = setup();
    const ours = async (fn: (p: NodePromises, root: string) => Promise<unknown>) => fn(promises, '/tmp').then(() => undefined, (e: unknown) => shape(e, '/tmp'));
    const theirs = async (fn: (p: NodePromises, root: string) => Promise<unknown>) => fn(nodeFs.promises, real).then(() => undefined, (e: unknown) => shape(e, real));
    const cases: Array<(p: NodePromises, root: string) => Promise<unknown>> = [
      (p, r) => p.readFile(`${r}/missing.txt`),
      (p, r) => p.stat(`${r}/missing`),
      (p, r) => p.readFile(r),
      (p, r) => p.rmdir(`${r}/missing`),
      (p, r) => p.realpath(`${r}/missing`),
      (p, r) => p.open(`${r}/missing`),
      (p, r) => p.truncate(`${r}/missing`),
    ];
    for (const scenario of cases) expect(await ours(scenario)).toEqual(await theirs(scenario));
    const rejected = await promises.writeFile('/var/task/out.txt', 'x').catch((error: unknown) => error);
    expect(rejected).toMatchObject({ code: 'EROFS', errno: -30, syscall: 'open', path: '/var/task/out.txt' });
  });

  it('open gives a FileHandle with read, write, stat and close', async () => {
    const { promises } = setup();
    const handle = await promises.open('/tmp/h.txt', 'w+');
    expect(typeof handle.fd).toBe('number');
    expect((await handle.write('hello world')).bytesWritten).toBe(11);
    const buffer = Buffer.alloc(5);
    const { bytesRead } = await handle.read(buffer, 0, 5, 6);
    expect([bytesRead, buffer.toString()]).toEqual([5, 'world']);
    expect((await handle.stat()).size).toBe(11);
    await handle.truncate(5);
    await handle.close();
    expect(await promises.readFile('/tmp/h.txt', 'utf8')).toBe('hello');
    await expect(handle.close()).rejects.toMatchObject({ code: 'EBADF' });
    const reader = await promises.open('/tmp/h.txt');
    expect(await reader.readFile('utf8')).toBe('hello');
    expect(await promises.readFile(reader as never)).toHaveLength(0);
    await reader.close();
  });
});
