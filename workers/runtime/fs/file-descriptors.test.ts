// Numeric descriptors: positions, flags, EBADF, and files unlinked while open.
import { describe, expect, it } from 'vitest';
import { createFileSystem } from './index';
import { caught, type NodeFs } from './test-support';

const makeFs = () => createFileSystem({ taskFiles: { 'index.js': 'exports.x = 1;' }, capacityBytes: 1024 * 1024 }).fs as unknown as NodeFs;


describe('numeric file descriptors', () => {
  it('writes, reads back with positions, and reports fstat', () => {
    const fs = makeFs();
    const fd = fs.openSync('/tmp/f.txt', 'w');
    expect(fs.writeSync(fd, 'hello ')).toBe(6);
    expect(fs.writeSync(fd, Buffer.from('xxworldxx'), 2, 5)).toBe(5);
    expect(fs.fstatSync(fd).size).toBe(11);
    fs.closeSync(fd);
    expect(fs.readFileSync('/tmp/f.txt', 'utf8')).toBe('hello world');

    const rfd = fs.openSync('/tmp/f.txt', 'r');
    const buffer = Buffer.alloc(5);
    expect(fs.readSync(rfd, buffer, 0, 5, null)).toBe(5);
    expect(buffer.toString()).toBe('hello');
    expect(fs.readSync(rfd, buffer, 0, 5, 6)).toBe(5);
    expect(buffer.toString()).toBe('world');
    // An explicit position does not move the file offset.
    expect(fs.readSync(rfd, buffer, { offset: 0, length: 1 })).toBe(1);
    expect(buffer.toString('utf8', 0, 1)).toBe(' ');
    expect(fs.readFileSync(rfd, 'utf8')).toBe('world');
    expect(fs.readSync(rfd, buffer, 0, 5, null)).toBe(0);
    fs.closeSync(rfd);
  });

  it('appends with "a" whatever the position, and writes at a position with "r+"', () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/log', 'start');
    const fd = fs.openSync('/tmp/log', 'a');
    fs.writeSync(fd, '+one', 0);
    fs.writeSync(fd, '+two');
    fs.closeSync(fd);
    expect(fs.readFileSync('/tmp/log', 'utf8')).toBe('start+one+two');
    const rw = fs.openSync('/tmp/log', 'r+');
    fs.writeSync(rw, 'S', 0);
    fs.ftruncateSync(rw, 5);
    fs.closeSync(rw);
    expect(fs.readFileSync('/tmp/log', 'utf8')).toBe('Start');
  });

  it('writeFileSync on a descriptor writes at its position', () => {
    const fs = makeFs();
    const fd = fs.openSync('/tmp/w', 'w+');
    fs.writeFileSync(fd, 'ab');
    fs.writeFileSync(fd, 'cd');
    fs.closeSync(fd);
    expect(fs.readFileSync('/tmp/w', 'utf8')).toBe('abcd');
  });

  it('"w" truncates at open, "wx" refuses an existing file', () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/t', 'old');
    fs.closeSync(fs.openSync('/tmp/t', 'w'));
    expect(fs.readFileSync('/tmp/t', 'utf8')).toBe('');
    expect(caught(() => fs.openSync('/tmp/t', 'wx')).message).toBe("EEXIST: file already exists, open '/tmp/t'");
  });

  it('refuses the wrong direction and closed descriptors with EBADF', () => {
    const fs = makeFs();
    fs.writeFileSync('/tmp/r', 'r');
    const fd = fs.openSync('/tmp/r', 'r');
    expect(caught(() => fs.writeSync(fd, 'x')).message).toBe('EBADF: bad file descriptor, write');
    fs.closeSync(fd);
    expect(caught(() => fs.closeSync(fd))).toMatchObject({ code: 'EBADF', errno: -9, syscall: 'close' });
    const wfd = fs.openSync('/tmp/w', 'w');
    expect(caught(() => fs.readSync(wfd, Buffer.alloc(1))).message).toBe('EBADF: bad file descriptor, read');
  });

  it('opens code read-only and keeps an unlinked file readable while open', () => {
    const fs = makeFs();
    const code = fs.openSync('/var/task/index.js', 'r');
    expect(fs.readFileSync(code, 'utf8')).toBe('exports.x = 1;');
    fs.writeFileSync('/tmp/gone', 'still here');
    const fd = fs.openSync('/tmp/gone', 'r');
    fs.unlinkSync('/tmp/gone');
    expect(fs.existsSync('/tmp/gone')).toBe(false);
    expect(fs.readFileSync(fd, 'utf8')).toBe('still here');
  });

  it('reading a directory descriptor is EISDIR', () => {
    const fs = makeFs();
    const fd = fs.openSync('/tmp', 'r');
    expect(fs.fstatSync(fd).isDirectory()).toBe(true);
    expect(caught(() => fs.readSync(fd, Buffer.alloc(1))).message).toBe('EISDIR: illegal operation on a directory, read');
  });
});
