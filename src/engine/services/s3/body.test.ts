import { describe, expect, it } from 'vitest';
import { etagOf, toBlob } from './body';

describe('request bodies', () => {
  it('gives the ETag S3 gives: the quoted MD5 hex of the bytes', async () => {
    // The MD5 of nothing is the eTag in the aws-lambda-go sample event.
    expect(await etagOf(toBlob(undefined))).toBe('"d41d8cd98f00b204e9800998ecf8427e"');
    expect(await etagOf(toBlob('hello world'))).toBe('"5eb63bbbe01eeed093cb22bb8f5acdc3"');
    expect(await etagOf(toBlob(new TextEncoder().encode('hello world')))).toBe('"5eb63bbbe01eeed093cb22bb8f5acdc3"');
  });

  it('hashes a multi-chunk body the same as node:crypto', async () => {
    const { createHash } = await import('node:crypto');
    const bytes = new Uint8Array(3 * 1024 * 1024 + 7).map((_, i) => (i * 31) & 0xff);
    const expected = createHash('md5').update(bytes).digest('hex');
    expect(await etagOf(new Blob([bytes, bytes]))).toBe(`"${createHash('md5').update(bytes).update(bytes).digest('hex')}"`);
    expect(await etagOf(toBlob(bytes))).toBe(`"${expected}"`);
  });

  it('hashes bodies on either side of the size where hashing moves to WebAssembly the same', async () => {
    const { createHash } = await import('node:crypto');
    for (const size of [256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 7 + size) & 0xff);
      expect(await etagOf(toBlob(bytes))).toBe(`"${createHash('md5').update(bytes).digest('hex')}"`);
    }
  });

  it('hashes bytes in hand the same as the Blob made from them', async () => {
    const { createHash } = await import('node:crypto');
    for (const size of [0, 11, 256 * 1024 - 1, 256 * 1024, 3 * 1024 * 1024 + 5]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 13 + size) & 0xff);
      const expected = `"${createHash('md5').update(bytes).digest('hex')}"`;
      expect(await etagOf(bytes)).toBe(expected);
      expect(await etagOf(toBlob(bytes))).toBe(expected);
    }
  });

  it('keeps a Blob as it is (no copy) and encodes strings as UTF-8', async () => {
    const blob = new Blob(['x']);
    expect(toBlob(blob)).toBe(blob);
    expect(toBlob('é').size).toBe(2);
    expect(() => toBlob(42 as never)).toThrow('Body must be');
  });
});
