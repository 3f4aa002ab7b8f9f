import { describe, expect, it } from 'vitest';
import { fitsInBytes, formatBytes, isRelativePath } from './limits';

describe('limits', () => {
  it('accepts relative paths as Lambda does and refuses the rest', () => {
    for (const ok of ['index.mjs', 'src/app.ts', '.env', 'a/b/c.d.ts']) expect(isRelativePath(ok), ok).toBe(true);
    for (const bad of ['', '/etc/passwd', '../x', 'a//b', 'a/', 'a\\b', 'a\0b', 'x'.repeat(257)]) expect(isRelativePath(bad), bad).toBe(false);
  });

  it('measures text in UTF-8 bytes, encoding only when the length cannot tell', () => {
    expect(fitsInBytes('abc', 3)).toBe(true);
    expect(fitsInBytes('abcd', 3)).toBe(false);
    expect(fitsInBytes('가', 3)).toBe(true);
    expect(fitsInBytes('가가', 5)).toBe(false);
    expect(fitsInBytes('😀', 4)).toBe(true);
  });

  it('formats sizes for messages', () => {
    expect([formatBytes(900), formatBytes(2048), formatBytes(2.5 * 1024 * 1024)]).toEqual(['900 bytes', '2 KB', '2.5 MB']);
  });
});
