// Path-based synchronous calls: the read-only file system outside /tmp, and /tmp itself.
import * as nodeFs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TASK, caught, makeFs } from './test-support';


describe('the read-only file system outside /tmp', () => {
  it('reads the function code under /var/task, also by relative path', () => {
    const fs = makeFs();
    expect(fs.readFileSync('/var/task/index.mjs', 'utf8')).toBe(TASK['index.mjs']);
    expect(fs.readFileSync('lib/util.ts', 'utf8')).toBe(TASK['lib/util.ts']);
    expect(fs.readFileSync('./lib/../index.mjs').toString()).toBe(TASK['index.mjs']);
    expect(fs.readdirSync('/var/task').sort()).toEqual(['index.mjs', 'lib']);
    expect(fs.statSync('/var/task/lib').isDirectory()).toBe(true);
    expect(fs.statSync('/var/task/index.mjs').size).toBe(Buffer.byteLength(TASK['index.mjs']));
    expect(fs.existsSync('/var/task/lib/util.ts')).toBe(true);
    expect(fs.readdirSync('/')).toEqual(expect.arrayContaining(['tmp', 'var', 'opt', 'etc']));
  });

  it('refuses writes with EROFS, in Node’s words', () => {
    const fs = makeFs();
    const error = caught(() => fs.writeFileSync('/var/task/x.txt', 'x'));
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe("EROFS: read-only file system, open '/var/task/x.txt'");
    expect(error).toMatchObject({ code: 'EROFS', errno: -30, syscall: 'open', path: '/var/task/x.txt' });
    expect(caught(() => fs.writeFileSync('x.txt', 'x')).message).toBe("EROFS: read-only file system, open 'x.txt'");
    expect(caught(() => fs.writeFileSync('/etc/hosts.new', 'x')).code).toBe('EROFS');
    expect(caught(() => fs.appendFileSync('/var/task/index.mjs', 'x')).code).toBe('EROFS');
    expect(caught(() => fs.openSync('/var/task/index.mjs', 'r+')).code).toBe('EROFS');
    expect(caught(() => fs.mkdirSync('/var/task/new')).message).toBe("EROFS: read-only file system, mkdir '/var/task/new'");
    expect(caught(() => fs.mkdirSync('/var/task/a/b', { recursive: true })).code).toBe('EROFS');
    expect(caught(() => fs.unlinkSync('/var/task/index.mjs')).message).toBe("EROFS: read-only file system, unlink '/var/task/index.mjs'");
    expect(caught(() => fs.rmSync('/var/task/lib', { recursive: true })).message).toBe("EROFS: read-only file system, rmdir '/var/task/lib'");
    expect(caught(() => fs.accessSync('/var/task/index.mjs', fs.constants.W_OK)).code).toBe('EROFS');
    expect(caught(() => fs.mkdtempSync('scratch-')).message).toBe("EROFS: read-only file system, mkdtemp 'scratch-XXXXXX'");
    expect(caught(() => fs.rmdirSync('/tmp')).code).toBe('EROFS');
    expect(fs.readFileSync('/var/task/index.mjs', 'utf8')).toBe(TASK['index.mjs']);
  });

  it('keeps existence errors ahead of EROFS, as Linux does', () => {
    const fs = makeFs();
    expect(caught(() => fs.mkdirSync('/var/task')).code).toBe('EEXIST');
    expect(fs.mkdirSync('/var/task', { recursive: true })).toBeUndefined();
    expect(caught(() => fs.readFileSync('/var/task/missing.js')).code).toBe('ENOENT');
    expect(caught(() => fs.writeFileSync('/nowhere/x.txt', 'x')).code).toBe('ENOENT');
    expect(caught(() => fs.writeFileSync('/var/task/index.mjs', 'x', { flag: 'wx' })).code).toBe('EEXIST');
    expect(() => fs.rmSync('/var/task/missing', { force: true })).not.toThrow();
  });

  it('fails renames across mounts with EXDEV and copies code into /tmp', () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/a.txt', 'a');
    expect(caught(() => fs.renameSync('/tmp/a.txt', '/var/task/a.txt')).message)
      .toBe("EXDEV: cross-device link not permitted, rename '/tmp/a.txt' -> '/var/task/a.txt'");
    expect(caught(() => fs.renameSync('/var/task/index.mjs', '/var/task/main.mjs')).code).toBe('EROFS');
    fs.copyFileSync('/var/task/index.mjs', '/tmp/index.mjs');
    expect(fs.readFileSync('/tmp/index.mjs', 'utf8')).toBe(TASK['index.mjs']);
    expect(caught(() => fs.copyFileSync('/tmp/a.txt', '/var/task/a.txt')).code).toBe('EROFS');
  });
});

describe('/tmp', () => {
  it('starts empty and writable', () => {
    const fs = makeFs();
    expect(fs.readdirSync('/tmp')).toEqual([]);
    fs.accessSync('/tmp', fs.constants.W_OK);
    expect(fs.statSync('/tmp').isDirectory()).toBe(true);
  });

  it('writes and reads strings, Buffers, typed arrays and DataViews in every encoding', () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/a.txt', 'héllo');
    const buffer = fs.readFileSync('/tmp/a.txt');
    expect(Buffer.isBuffer(buffer)).toBe(true);
    expect(buffer.toString('utf8')).toBe('héllo');
    expect(fs.readFileSync('/tmp/a.txt', 'utf-8')).toBe('héllo');
    expect(fs.readFileSync('/tmp/a.txt', { encoding: 'base64' })).toBe(Buffer.from('héllo').toString('base64'));
    expect(fs.readFileSync('/tmp/a.txt', 'hex')).toBe(Buffer.from('héllo').toString('hex'));
    fs.writeFileSync('/tmp/b.bin', 'aGk=', 'base64');
    expect(fs.readFileSync('/tmp/b.bin', 'latin1')).toBe('hi');
    fs.writeFileSync('/tmp/c.bin', 'ff00', { encoding: 'hex' });
    expect([...fs.readFileSync('/tmp/c.bin')]).toEqual([255, 0]);
    fs.writeFileSync('/tmp/d.bin', new Uint8Array([1, 2, 3]));
    fs.writeFileSync('/tmp/e.bin', new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2));
    expect([...fs.readFileSync('/tmp/d.bin')]).toEqual([1, 2, 3]);
    expect([...fs.readFileSync('/tmp/e.bin')]).toEqual([8, 7]);
    expect(fs.readFileSync('/tmp/e.bin', 'binary')).toBe('\x08\x07');
    expect(fs.readFileSync('/tmp/a.txt', 'ascii')).toBe(Buffer.from('héllo').toString('ascii'));
  });

  it('returns a copy: changing a read Buffer leaves the file alone', () => {
    const fs = makeFs();
    const source = Buffer.from('abc');
    fs.writeFileSync('/tmp/a', source);
    source[0] = 0x7a;
    const read = fs.readFileSync('/tmp/a');
    read[1] = 0x7a;
    expect(fs.readFileSync('/tmp/a', 'utf8')).toBe('abc');
  });

  it('honours flags a, wx and appendFile', () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/log', 'one\n');
    fs.appendFileSync('/tmp/log', 'two\n');
    fs.writeFileSync('/tmp/log', 'three\n', { flag: 'a' });
    expect(fs.readFileSync('/tmp/log', 'utf8')).toBe('one\ntwo\nthree\n');
    fs.writeFileSync('/tmp/new', 'x', { flag: 'wx' });
    expect(caught(() => fs.writeFileSync('/tmp/new', 'y', { flag: 'wx' })).message).toBe("EEXIST: file already exists, open '/tmp/new'");
    fs.appendFileSync('/tmp/fresh', 'made');
    expect(fs.readFileSync('/tmp/fresh', 'utf8')).toBe('made');
  });

  it('resolves relative paths against /var/task', () => {
    const fs = makeFs();
    fs.writeFileSync('../../tmp/rel.txt', 'r');
    expect(fs.readFileSync('/tmp/rel.txt', 'utf8')).toBe('r');
    expect(fs.realpathSync('../../tmp/rel.txt')).toBe('/tmp/rel.txt');
    expect(fs.realpathSync('.')).toBe('/var/task');
    expect(caught(() => fs.realpathSync('missing')).message).toBe("ENOENT: no such file or directory, lstat '/var/task/missing'");
  });

  it('accepts Buffer and file: URL paths', () => {
    const fs = makeFs();
    fs.writeFileSync(Buffer.from('/tmp/b.txt'), 'b');
    expect(fs.readFileSync(new URL('file:///tmp/b.txt'), 'utf8')).toBe('b');
    expect(caught(() => fs.readFileSync({} as never)).message).toBe(
      'The "path" argument must be of type string or an instance of Buffer or URL. Received an instance of Object',
    );
    expect(caught(() => fs.readFileSync(12_345)).message).toBe('EBADF: bad file descriptor, fstat');
  });

  it('mkdir recursive returns the first directory created, as Node does', () => {
    const fs = makeFs();
    expect(fs.mkdirSync('/tmp/a/b/c', { recursive: true })).toBe('/tmp/a');
    expect(fs.mkdirSync('/tmp/a/b/c', { recursive: true })).toBeUndefined();
    expect(fs.mkdirSync('/tmp/a/b/c/d/e', { recursive: true })).toBe('/tmp/a/b/c/d');
    expect(fs.mkdirSync('../../tmp/x/y', { recursive: true })).toBe('../../tmp/x');
    expect(fs.mkdirSync('/tmp/plain')).toBeUndefined();
    expect(fs.statSync('/tmp/a/b/c/d/e').isDirectory()).toBe(true);
    expect(fs.statSync('/tmp/plain').mode & 0o777).toBe(0o755);
  });

  it('mkdtemp makes a fresh directory with six random characters', () => {
    const fs = makeFs();
    const made = fs.mkdtempSync('/tmp/job-');
    expect(made).toMatch(/^\/tmp\/job-[A-Za-z0-9]{6}$/);
    expect(fs.statSync(made).isDirectory()).toBe(true);
    expect(fs.mkdtempSync('/tmp/job-')).not.toBe(made);
  });

  it('readdir lists names, Dirents, and whole trees', () => {
    const fs = makeFs();
    fs.mkdirSync('/tmp/d/sub', { recursive: true });
    fs.writeFileSync('/tmp/d/a.txt', 'a');
    fs.writeFileSync('/tmp/d/sub/b.txt', 'b');
    expect(fs.readdirSync('/tmp/d').sort()).toEqual(['a.txt', 'sub']);
    const dirents = fs.readdirSync('/tmp/d', { withFileTypes: true });
    const file = dirents.find((entry) => entry.name === 'a.txt');
    const dir = dirents.find((entry) => entry.name === 'sub');
    expect([file?.isFile(), file?.isDirectory(), file?.isSymbolicLink()]).toEqual([true, false, false]);
    expect([dir?.isFile(), dir?.isDirectory()]).toEqual([false, true]);
    expect(Object.keys(file ?? {})).toEqual(['name', 'parentPath', 'path']);
    expect(file?.parentPath).toBe('/tmp/d');
    expect(fs.readdirSync('/tmp/d', { recursive: true }).sort()).toEqual(['a.txt', 'sub', 'sub/b.txt']);
  });

  it('stat gives Node’s Stats fields', () => {
    const fs = makeFs();
    const before = Date.now();
    fs.writeFileSync('/tmp/s.txt', '12345');
    const stats = fs.statSync('/tmp/s.txt');
    expect(Object.keys(stats)).toEqual(Object.keys(nodeFs.statSync(import.meta.filename)));
    expect(stats).toBeInstanceOf(fs.Stats);
    expect(stats.size).toBe(5);
    expect(stats.isFile()).toBe(true);
    expect(stats.isDirectory()).toBe(false);
    expect(stats.mode).toBe(0o100644);
    expect(stats.mtime).toBeInstanceOf(Date);
    expect(stats.mtimeMs).toBeGreaterThanOrEqual(before);
    expect(stats.mtime.getTime()).toBe(stats.mtimeMs);
    for (const key of ['atime', 'ctime', 'birthtime'] as const) expect(stats[key]).toBeInstanceOf(Date);
    expect(fs.lstatSync('/tmp').isDirectory()).toBe(true);
    expect(fs.statSync('/tmp/none', { throwIfNoEntry: false })).toBeUndefined();
  });

  it('exists and access', () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/e', '');
    expect(fs.existsSync('/tmp/e')).toBe(true);
    expect(fs.existsSync('/tmp/e/')).toBe(false);
    expect(fs.existsSync('/tmp/none')).toBe(false);
    expect(fs.existsSync('')).toBe(false);
    expect(() => fs.accessSync('/tmp/e', fs.constants.R_OK | fs.constants.W_OK)).not.toThrow();
    expect(caught(() => fs.accessSync('/var/task/index.mjs', fs.constants.X_OK)).code).toBe('EACCES');
  });

  it('renames files and directories, replacing what was there', () => {
    const fs = makeFs();
    fs.mkdirSync('/tmp/src/inner', { recursive: true });
    fs.writeFileSync('/tmp/src/inner/f.txt', 'f');
    fs.renameSync('/tmp/src', '/tmp/dst');
    expect(fs.existsSync('/tmp/src')).toBe(false);
    expect(fs.readFileSync('/tmp/dst/inner/f.txt', 'utf8')).toBe('f');
    fs.writeFileSync('/tmp/old', 'new content');
    fs.writeFileSync('/tmp/target', 'old content');
    fs.renameSync('/tmp/old', '/tmp/target');
    expect(fs.readFileSync('/tmp/target', 'utf8')).toBe('new content');
    fs.mkdirSync('/tmp/emptydir');
    fs.renameSync('/tmp/dst', '/tmp/emptydir');
    expect(fs.readdirSync('/tmp/emptydir')).toEqual(['inner']);
  });

  it('removes with unlink, rmdir and rm (recursive, force)', () => {
    const fs = makeFs();
    fs.mkdirSync('/tmp/tree/a/b', { recursive: true });
    fs.writeFileSync('/tmp/tree/a/b/f', 'f');
    fs.writeFileSync('/tmp/file', 'f');
    fs.unlinkSync('/tmp/file');
    expect(fs.existsSync('/tmp/file')).toBe(false);
    fs.rmSync('/tmp/tree', { recursive: true });
    expect(fs.readdirSync('/tmp')).toEqual([]);
    fs.rmSync('/tmp/nothing', { force: true });
    fs.mkdirSync('/tmp/e');
    fs.rmdirSync('/tmp/e');
    fs.writeFileSync('/tmp/g', 'g');
    fs.rmSync('/tmp/g');
    expect(fs.readdirSync('/tmp')).toEqual([]);
  });

  it('truncates and copies', () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/t', 'abcdef');
    fs.truncateSync('/tmp/t', 3);
    expect(fs.readFileSync('/tmp/t', 'utf8')).toBe('abc');
    fs.truncateSync('/tmp/t', 5);
    expect([...fs.readFileSync('/tmp/t')]).toEqual([97, 98, 99, 0, 0]);
    fs.truncateSync('/tmp/t');
    expect(fs.statSync('/tmp/t').size).toBe(0);
    fs.writeFileSync('/tmp/c1', 'copy me');
    fs.copyFileSync('/tmp/c1', '/tmp/c2');
    fs.writeFileSync('/tmp/c1', 'changed');
    expect(fs.readFileSync('/tmp/c2', 'utf8')).toBe('copy me');
  });

  it('chmod and utimes change metadata in /tmp only', () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/bin', '#!/bin/sh');
    fs.chmodSync('/tmp/bin', 0o755);
    expect(fs.statSync('/tmp/bin').mode).toBe(0o100755);
    fs.utimesSync('/tmp/bin', 1_000, new Date(2_000_000));
    expect(fs.statSync('/tmp/bin').mtimeMs).toBe(2_000_000);
    expect(fs.statSync('/tmp/bin').atimeMs).toBe(1_000_000);
    expect(caught(() => fs.chmodSync('/var/task/index.mjs', 0o777)).code).toBe('EROFS');
  });
});
