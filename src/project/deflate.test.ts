import { afterEach, describe, expect, it, vi } from 'vitest';
import { deflateRaw, inflateRaw, sha256Prefix } from './deflate';

const abc = new TextEncoder().encode('abc');

describe('deflate and checksums', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes the first 8 hex digits of SHA-256, with or without crypto.subtle', async () => {
    expect(await sha256Prefix(abc)).toBe('ba7816bf');
    // Plain-http pages (a workshop on a LAN address) have no crypto.subtle.
    vi.stubGlobal('crypto', {});
    expect(await sha256Prefix(abc)).toBe('ba7816bf');
  });

  it('inflates what it deflated, and refuses output beyond the stated size', async () => {
    const text = new TextEncoder().encode('x'.repeat(100_000));
    const packed = await deflateRaw(text);
    expect(packed.length).toBeLessThan(1_000);
    expect(await inflateRaw(packed, 100_000)).toEqual(text);
    await expect(inflateRaw(packed, 99_999)).rejects.toThrow(RangeError);
    await expect(inflateRaw(packed.subarray(0, packed.length - 2), 100_000)).rejects.toThrow();
  });
});
