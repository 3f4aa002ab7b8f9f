// Path-based synchronous calls: error shapes compared against Node on a real directory.
import * as nodeFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caught, makeFs, type NodeFs } from './test-support';


/** The parts of an error Node users look at, with the scenario's root written as /tmp. */
function shape(error: Record<string, unknown>, root: string) {
  const local = (value: unknown) => (typeof value === 'string' ? value.split(root).join('/tmp') : value);
  return {
    name: error.name, code: error.code, errno: error.errno, syscall: error.syscall,
    path: local(error.path), dest: local(error.dest), message: local(error.message),
  };
}

describe('errors match Node on a real directory', () => {
  const real = nodeFs.mkdtempSync(join(tmpdir(), 'fs-shape-'));
  afterAll(() => nodeFs.rmSync(real, { recursive: true, force: true }));

  const setup = (fs: NodeFs, root: string) => {
    fs.writeFileSync(`${root}/f.txt`, 'x');
    fs.mkdirSync(`${root}/d/sub`, { recursive: true });
    fs.writeFileSync(`${root}/d/sub/g.txt`, 'y');
    fs.mkdirSync(`${root}/empty`);
  };

  const scenarios: Record<string, (fs: NodeFs, root: string) => unknown> = {
    'readFile missing': (fs, r) => fs.readFileSync(`${r}/missing.txt`),
    'readFile directory': (fs, r) => fs.readFileSync(`${r}/d`),
    'readFile under a file': (fs, r) => fs.readFileSync(`${r}/f.txt/x`),
    'stat missing': (fs, r) => fs.statSync(`${r}/missing`),
    'lstat missing': (fs, r) => fs.lstatSync(`${r}/missing`),
    'stat file with trailing slash': (fs, r) => fs.statSync(`${r}/f.txt/`),
    'writeFile into a missing directory': (fs, r) => fs.writeFileSync(`${r}/nodir/x.txt`, 'x'),
    'writeFile over a directory': (fs, r) => fs.writeFileSync(`${r}/d`, 'x'),
    'writeFile with trailing slash': (fs, r) => fs.writeFileSync(`${r}/new.txt/`, 'x'),
    'writeFile wx on existing': (fs, r) => fs.writeFileSync(`${r}/f.txt`, 'x', { flag: 'wx' }),
    'writeFile an object': (fs, r) => fs.writeFileSync(`${r}/o.txt`, { a: 1 } as never),
    'writeFile a number': (fs, r) => fs.writeFileSync(`${r}/o.txt`, 5 as never),
    'readFile bad encoding': (fs, r) => fs.readFileSync(`${r}/f.txt`, 'foo' as never),
    'writeFile bad flag': (fs, r) => fs.writeFileSync(`${r}/f.txt`, 'x', { flag: 'zz' }),
    'mkdir existing': (fs, r) => fs.mkdirSync(`${r}/d`),
    'mkdir missing parent': (fs, r) => fs.mkdirSync(`${r}/zz/yy`),
    'mkdir recursive through a file': (fs, r) => fs.mkdirSync(`${r}/f.txt/a/b`, { recursive: true }),
    'mkdir recursive on a file': (fs, r) => fs.mkdirSync(`${r}/f.txt`, { recursive: true }),
    'readdir missing': (fs, r) => fs.readdirSync(`${r}/missing`),
    'readdir a file': (fs, r) => fs.readdirSync(`${r}/f.txt`),
    'rmdir non-empty': (fs, r) => fs.rmdirSync(`${r}/d`),
    'rmdir a file': (fs, r) => fs.rmdirSync(`${r}/f.txt`),
    'unlink a directory': (fs, r) => fs.unlinkSync(`${r}/d`),
    'unlink missing': (fs, r) => fs.unlinkSync(`${r}/missing`),
    'rm a directory without recursive': (fs, r) => fs.rmSync(`${r}/d`),
    'rm missing': (fs, r) => fs.rmSync(`${r}/missing`),
    'rename missing': (fs, r) => fs.renameSync(`${r}/missing`, `${r}/e`),
    'rename file over directory': (fs, r) => fs.renameSync(`${r}/f.txt`, `${r}/d`),
    'rename directory over file': (fs, r) => fs.renameSync(`${r}/d`, `${r}/f.txt`),
    'rename directory into itself': (fs, r) => fs.renameSync(`${r}/d`, `${r}/d/sub/x`),
    'rename directory over non-empty': (fs, r) => fs.renameSync(`${r}/empty`, `${r}/d`),
    'copyFile missing': (fs, r) => fs.copyFileSync(`${r}/missing`, `${r}/e`),
    'copyFile a directory': (fs, r) => fs.copyFileSync(`${r}/d`, `${r}/e`),
    'copyFile EXCL on existing': (fs, r) => fs.copyFileSync(`${r}/f.txt`, `${r}/d/sub/g.txt`, nodeFs.constants.COPYFILE_EXCL),
    'copyFile onto a directory': (fs, r) => fs.copyFileSync(`${r}/f.txt`, `${r}/d`),
    'truncate missing': (fs, r) => fs.truncateSync(`${r}/missing`),
    'truncate a directory': (fs, r) => fs.truncateSync(`${r}/d`),
    'access missing': (fs, r) => fs.accessSync(`${r}/missing`),
    'open missing': (fs, r) => fs.openSync(`${r}/missing`, 'r'),
    'realpath.native missing': (fs, r) => fs.realpathSync.native(`${r}/missing`),
    'mkdtemp in a missing directory': (fs, r) => fs.mkdtempSync(`${r}/nope/tmp-`),
    'close a bad descriptor': (fs) => fs.closeSync(999_999),
    'fstat a bad descriptor': (fs) => fs.fstatSync(999_999),
  };

  const ours = makeFs();
  setup(ours, '/tmp');
  setup(nodeFs, real);
  for (const [name, scenario] of Object.entries(scenarios)) {
    it(name, () => {
      const expected = shape(caught(() => scenario(nodeFs, real)), real);
      expect(shape(caught(() => scenario(ours, '/tmp')), '/tmp')).toEqual(expected);
    });
  }

  it('quotes a relative path as written, like Node', () => {
    const expected = shape(caught(() => nodeFs.readFileSync('no-such-file-in-cwd.txt')), real);
    expect(shape(caught(() => ours.readFileSync('no-such-file-in-cwd.txt')), '/tmp')).toEqual(expected);
    expect(expected.message).toBe("ENOENT: no such file or directory, open 'no-such-file-in-cwd.txt'");
  });
});
