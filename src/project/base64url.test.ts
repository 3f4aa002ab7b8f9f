import { describe, expect, it } from 'vitest';
import { base64urlToBytes, bytesToBase64url } from './base64url';

describe('base64url', () => {
  it('writes base64url without padding and refuses other alphabets', () => {
    const bytes = new Uint8Array([251, 255, 191, 0, 1]);
    expect(bytesToBase64url(bytes)).toBe('-_-_AAE');
    expect(base64urlToBytes('-_-_AAE')).toEqual(bytes);
    expect(base64urlToBytes('+/+/AAE')).toBeUndefined();
    expect(base64urlToBytes('A')).toBeUndefined();
  });

  it('converts large inputs in chunks', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 256);
    expect(base64urlToBytes(bytesToBase64url(bytes))).toEqual(bytes);
  });
});
