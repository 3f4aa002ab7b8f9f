// The ephemeral-storage limit: ENOSPC at the edge, old content intact, space freed on delete.
import { describe, expect, it } from 'vitest';
import { createFileSystem } from './index';
import { caught, type NodeFs } from './test-support';

const CAPACITY = 1000;

function setup() {
  const system = createFileSystem({ taskFiles: { 'big.txt': 'z'.repeat(5000) }, capacityBytes: CAPACITY });
  return { ...system, fs: system.fs as unknown as NodeFs };
}


describe('ephemeral storage capacity', () => {
  it('fills /tmp exactly to the limit, then fails with ENOSPC and keeps the old content', () => {
    const { fs, usage } = setup();
    fs.writeFileSync('/tmp/a', 'a'.repeat(600));
    fs.writeFileSync('/tmp/b', 'b'.repeat(400));
    expect(usage()).toEqual({ bytes: 1000, files: 2 });
    const error = caught(() => fs.writeFileSync('/tmp/b', 'B'.repeat(401)));
    expect(error.message).toBe('ENOSPC: no space left on device, write');
    expect(error).toMatchObject({ code: 'ENOSPC', errno: -28, syscall: 'write' });
    expect(error.path).toBeUndefined();
    expect(fs.readFileSync('/tmp/b', 'utf8')).toBe('b'.repeat(400));
    expect(caught(() => fs.appendFileSync('/tmp/a', 'x')).code).toBe('ENOSPC');
    expect(fs.readFileSync('/tmp/a', 'utf8')).toBe('a'.repeat(600));
    expect(caught(() => fs.writeFileSync('/tmp/c', 'c')).code).toBe('ENOSPC');
    expect(fs.existsSync('/tmp/c')).toBe(false);
    expect(usage()).toEqual({ bytes: 1000, files: 2 });
  });

  it('counts a replacement by its size difference and frees space on delete', () => {
    const { fs, usage } = setup();
    fs.writeFileSync('/tmp/a', 'a'.repeat(1000));
    fs.writeFileSync('/tmp/a', 'A'.repeat(1000));
    fs.writeFileSync('/tmp/a', 'A'.repeat(10));
    expect(usage().bytes).toBe(10);
    fs.writeFileSync('/tmp/b', 'b'.repeat(990));
    fs.unlinkSync('/tmp/b');
    fs.mkdirSync('/tmp/d');
    fs.writeFileSync('/tmp/d/c', 'c'.repeat(990));
    fs.rmSync('/tmp/d', { recursive: true });
    fs.renameSync('/tmp/a', '/tmp/renamed');
    expect(usage()).toEqual({ bytes: 10, files: 1 });
  });

  it('stops descriptor writes and copies at the limit', () => {
    const { fs } = setup();
    const fd = fs.openSync('/tmp/s', 'w');
    fs.writeSync(fd, Buffer.alloc(999));
    expect(caught(() => fs.writeSync(fd, Buffer.alloc(2))).message).toBe('ENOSPC: no space left on device, write');
    expect(fs.fstatSync(fd).size).toBe(999);
    fs.closeSync(fd);
    expect(caught(() => fs.copyFileSync('/var/task/big.txt', '/tmp/big.txt')).message)
      .toBe("ENOSPC: no space left on device, copyfile '/var/task/big.txt' -> '/tmp/big.txt'");
    expect(caught(() => fs.truncateSync('/tmp/s', 2000)).code).toBe('ENOSPC');
  });

  it('does not count the function code against /tmp', () => {
    const { fs, usage } = setup();
    expect(fs.statSync('/var/task/big.txt').size).toBe(5000);
    expect(usage()).toEqual({ bytes: 0, files: 0 });
  });
});
