import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip, rootOf, textOf, writeZip } from './zip-archive';

describe('zip archives', () => {
  it('reads text files back, skipping folders and operating-system clutter', () => {
    const bytes = zipSync({ 'a.txt': strToU8('한국어 ✓'), 'dir/': new Uint8Array(), '__MACOSX/._a.txt': strToU8('x'), 'dir/.DS_Store': strToU8('x') });
    const read = readZip(bytes);
    expect(read.ok && [...read.files.keys()]).toEqual(['a.txt']);
    expect(read.ok && textOf(read.files.get('a.txt')!)).toBe('한국어 ✓');
    expect(readZip(writeZip({ 'b/c.js': 'x' }))).toMatchObject({ ok: true });
  });

  it('refuses an archive with too many entries before unpacking it', () => {
    const many = Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`f${i}`, new Uint8Array()]));
    expect(readZip(zipSync(many, { level: 0 }))).toEqual({ ok: false, message: 'This zip is too large to open here: more than 20,000 files or 200 MB once unpacked.' });
  });

  it('tells binary from text, and finds a project inside one folder', () => {
    expect(textOf(new Uint8Array([0xff, 0xd8, 0xff]))).toBeUndefined();
    const files = new Map([['shop/project.json', new Uint8Array()], ['shop/site/a', new Uint8Array()]]);
    expect(rootOf(files, ['project.json'])).toBe('shop/');
    expect(rootOf(new Map([['project.json', new Uint8Array()]]), ['project.json'])).toBe('');
    expect(rootOf(new Map([['a/project.json', new Uint8Array()], ['b/project.json', new Uint8Array()]]), ['project.json'])).toBeUndefined();
  });
});
