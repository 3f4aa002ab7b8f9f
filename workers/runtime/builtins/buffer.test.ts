import { Buffer as NodeBuffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { Buffer, createBufferModule } from './buffer';

describe('buffer', () => {
  it('is the npm Buffer the browser bundle ships, not the one Node tests run on', () => {
    expect(Buffer).not.toBe(NodeBuffer);
  });

  it.each(['', 'f', 'fo', 'foo', 'foob', '\u00ff\u00fe\u00fd binary?>', 'ünïcödé ✓'])('base64url encodes %j like Node', (text) => {
    expect(Buffer.from(text).toString('base64url')).toBe(NodeBuffer.from(text).toString('base64url'));
  });

  it('decodes base64url (unpadded, with - and _) like Node', () => {
    const encoded = NodeBuffer.from([0xfb, 0xff, 0xbf, 0x00, 0x3e]).toString('base64url');
    expect(encoded).toMatch(/[-_]/);
    expect([...Buffer.from(encoded, 'base64url')]).toEqual([0xfb, 0xff, 0xbf, 0x00, 0x3e]);
    expect(Buffer.byteLength(encoded, 'base64url')).toBe(NodeBuffer.byteLength(encoded, 'base64url'));
    expect(Buffer.isEncoding('base64url')).toBe(true);
    expect(Buffer.isEncoding('BASE64URL')).toBe(true);
  });

  it('decodes a JWT segment the way handlers do', () => {
    const payload = NodeBuffer.from(JSON.stringify({ sub: 'user-1', scope: 'a b' })).toString('base64url');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toEqual({ sub: 'user-1', scope: 'a b' });
  });

  it('write() and toString(start, end) accept base64url too', () => {
    const buf = Buffer.alloc(6);
    // Node's three-argument form: write(string, offset, encoding).
    expect((buf.write as (...args: unknown[]) => number)('_-_-', 1, 'base64url')).toBe(3);
    const node = NodeBuffer.alloc(6);
    node.write('_-_-', 1, 'base64url');
    expect([...buf]).toEqual([...node]);
    expect(buf.toString('base64url', 1, 4)).toBe('_-_-');
  });

  it('keeps the other encodings working', () => {
    for (const encoding of ['hex', 'base64', 'latin1', 'utf8', 'utf16le', 'ascii'] as const) {
      expect(Buffer.from('héllo', encoding === 'hex' ? 'utf8' : encoding).toString(encoding)).toBe(
        NodeBuffer.from('héllo', encoding === 'hex' ? 'utf8' : encoding).toString(encoding),
      );
    }
    expect(Buffer.from('68656c6c6f', 'hex').toString()).toBe('hello');
    expect(() => Buffer.from('x', 'nope')).toThrow(/Unknown encoding/);
  });

  it('has the module shape of node:buffer', () => {
    const module = createBufferModule();
    expect(module.Buffer).toBe(Buffer);
    expect(module.kMaxLength).toBeGreaterThan(0);
    expect(module.constants.MAX_LENGTH).toBe(module.kMaxLength);
    expect(module.atob('aGk=')).toBe('hi');
    expect(module.btoa('hi')).toBe('aGk=');
    expect(module.Blob).toBe(globalThis.Blob);
  });

  it('isUtf8 and isAscii judge bytes as Node does', () => {
    const { isUtf8, isAscii } = createBufferModule();
    expect(isUtf8(Buffer.from('ünï'))).toBe(true);
    expect(isUtf8(new Uint8Array([0xc3]))).toBe(false);
    expect(isAscii(Buffer.from('plain'))).toBe(true);
    expect(isAscii(Buffer.from('ünï'))).toBe(false);
  });

  it('prints like a Node Buffer', () => {
    expect((Buffer.from('hi') as unknown as { inspect(): string }).inspect()).toBe('<Buffer 68 69>');
  });
});

describe('utf-8 decoding', () => {
  it.each([
    [0x68, 0xc3, 0xa9],
    [0xe0, 0xa4],
    [0xff, 0xfe, 0x41],
    [0xef, 0xbb, 0xbf, 0x41],
    [0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f],
    [0xed, 0xa0, 0x80],
  ])('decodes %j as Node does, broken sequences included', (...bytes) => {
    expect(Buffer.from(bytes).toString()).toBe(NodeBuffer.from(bytes).toString());
    expect(Buffer.from(bytes).toString('utf8')).toBe(NodeBuffer.from(bytes).toString('utf8'));
  });

  it('honours start and end like Node', () => {
    const bytes = [0x61, 0x62, 0xc3, 0xa9, 0x63];
    for (const [start, end] of [[1, 4], [2, 3], [-5, 99], [4, 2], [undefined, 2], [10, undefined]] as const) {
      expect(Buffer.from(bytes).toString('utf-8', start, end)).toBe(NodeBuffer.from(bytes).toString('utf-8', start, end));
    }
  });
});
