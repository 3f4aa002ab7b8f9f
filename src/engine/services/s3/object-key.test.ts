import { describe, expect, it } from 'vitest';
import { checkKey, compareKeys, utf8Length } from './object-key';

describe('object keys', () => {
  it('limits keys to 1024 bytes of UTF-8, not characters', () => {
    expect(checkKey('a'.repeat(1024))).toHaveLength(1024);
    expect(() => checkKey('a'.repeat(1025))).toThrow(expect.objectContaining({ code: 'KeyTooLongError', message: 'Your key is too long', statusCode: 400 }));
    // 512 two-byte characters are exactly 1024 bytes; one more is too long.
    expect(utf8Length('é'.repeat(512))).toBe(1024);
    expect(() => checkKey('é'.repeat(513))).toThrow(expect.objectContaining({ code: 'KeyTooLongError', fields: { MaxSizeAllowed: 1024, Size: 1026 } }));
  });

  it('refuses an empty key', () => {
    expect(() => checkKey('')).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
    expect(() => checkKey(undefined)).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
  });

  it('orders keys by UTF-8 bytes, as S3 lists them', () => {
    const keys = ['b', 'a/b', 'a', '😀', '\uff5e', 'Z', 'a-b', 'é'];
    // UTF-8: 'Z' 5A < 'a' 61 < 'a-b' < 'a/b' < 'b' < 'é' C3A9 < '～' EFBD9E < '😀' F09F9880.
    expect([...keys].sort(compareKeys)).toEqual(['Z', 'a', 'a-b', 'a/b', 'b', 'é', '\uff5e', '😀']);
    // UTF-16 order (JavaScript's default) would put the emoji before U+FF5E.
    expect([...keys].sort()).not.toEqual([...keys].sort(compareKeys));
    expect(compareKeys('😀a', '😀b')).toBeLessThan(0);
    expect(compareKeys('same', 'same')).toBe(0);
  });
});
