import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPath } from './path';

const path = createPath();
const posix = nodePath.posix;

describe('path', () => {
  it.each([
    ['a', 'b', '../c'],
    ['/var/task', './src/../lib/index.js'],
    ['', ''],
    ['/tmp/', '/x//y/'],
  ])('join(%j, ...) matches Node', (...segments) => {
    expect(path.join(...segments)).toBe(posix.join(...segments));
  });

  it.each(['/a/b/../c/./d', 'a//b/', '', '../../x', '/..'])('normalize(%j) matches Node', (value) => {
    expect(path.normalize(value)).toBe(posix.normalize(value));
  });

  it.each(['/var/task/index.mjs', 'file.tar.gz', '/tmp/', '.env', 'dir/sub/'])('dirname, basename, extname and parse of %j match Node', (value) => {
    expect(path.dirname(value)).toBe(posix.dirname(value));
    expect(path.basename(value)).toBe(posix.basename(value));
    expect(path.basename(value, '.gz')).toBe(posix.basename(value, '.gz'));
    expect(path.extname(value)).toBe(posix.extname(value));
    expect(path.parse(value)).toEqual(posix.parse(value));
  });

  it('resolves relative paths against Lambda\'s working directory /var/task', () => {
    expect(path.resolve('data.json')).toBe('/var/task/data.json');
    expect(path.resolve()).toBe('/var/task');
    expect(path.resolve('a', '../b', 'c')).toBe(posix.resolve('/var/task', 'a', '../b', 'c'));
    expect(path.resolve('/tmp', 'x')).toBe('/tmp/x');
  });

  it('relative() works from relative paths too', () => {
    expect(path.relative('/var/task/a/b', '/var/task/c')).toBe(posix.relative('/var/task/a/b', '/var/task/c'));
    expect(path.relative('src', '/tmp/out')).toBe(posix.relative('/var/task/src', '/tmp/out'));
  });

  it('has the POSIX constants and a self-referencing posix', () => {
    expect(path.sep).toBe('/');
    expect(path.delimiter).toBe(':');
    expect(path.isAbsolute('/a')).toBe(true);
    expect(path.posix).toBe(path);
    expect(path.format({ dir: '/tmp', name: 'a', ext: '.txt' })).toBe(posix.format({ dir: '/tmp', name: 'a', ext: '.txt' }));
    expect(path.toNamespacedPath('/a')).toBe('/a');
  });

  it('rejects non-string segments like Node', () => {
    expect(() => path.join('a', 1 as unknown as string)).toThrow(TypeError);
  });
});
