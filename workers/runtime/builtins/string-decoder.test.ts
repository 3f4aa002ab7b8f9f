import { describe, expect, it } from 'vitest';
import { createStringDecoder } from './string-decoder';

// Under Node the package's `require('buffer')` is Node's own, so chunks are made with it here;
// in the browser bundle both are the npm Buffer (bundle.test.ts runs that build).
const { Buffer } = globalThis;

const { StringDecoder } = createStringDecoder();

describe('string_decoder', () => {
  it('holds back a multi-byte character split across chunks', () => {
    const bytes = Buffer.from('€uro ✓');
    const decoder = new StringDecoder('utf8');
    const text = [decoder.write(bytes.subarray(0, 1)), decoder.write(bytes.subarray(1, 5)), decoder.write(bytes.subarray(5)), decoder.end()];
    expect(text[0]).toBe('');
    expect(text.join('')).toBe('€uro ✓');
  });

  it('decodes base64 in groups of three bytes and hex', () => {
    const base64 = new StringDecoder('base64');
    expect(base64.write(Buffer.from('ab')) + base64.write(Buffer.from('c')) + base64.end()).toBe(Buffer.from('abc').toString('base64'));
    expect(new StringDecoder('hex').write(Buffer.from([0xde, 0xad]))).toBe('dead');
  });

  it('ends an incomplete character with a replacement character, as Node does', () => {
    const decoder = new StringDecoder('utf8');
    decoder.write(Buffer.from([0xe2, 0x82]));
    expect(decoder.end()).toBe('\ufffd');
  });
});
