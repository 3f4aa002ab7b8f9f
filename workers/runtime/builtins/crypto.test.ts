import * as nodeCrypto from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { createTimerTracker } from '../timers';
import { Buffer } from './buffer';
import { createCrypto } from './crypto';

const crypto = createCrypto(createTimerTracker().timers);
const ALGORITHMS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];

describe('createHash', () => {
  it.each(ALGORITHMS)('%s matches node:crypto for strings, encodings and chained updates', (algorithm) => {
    const ours = crypto.createHash(algorithm).update('héllo ').update('776f726c64', 'hex').update(Buffer.from([1, 2, 3])).digest('hex');
    const node = nodeCrypto.createHash(algorithm).update('héllo ').update('776f726c64', 'hex').update(new Uint8Array([1, 2, 3])).digest('hex');
    expect(ours).toBe(node);
  });

  it.each(['hex', 'base64', 'base64url', 'latin1', 'binary'] as const)('digest(%s) matches node:crypto', (encoding) => {
    const input = 'The quick brown fox jumps over the lazy dog';
    expect(crypto.createHash('sha256').update(input).digest(encoding)).toBe(nodeCrypto.createHash('sha256').update(input).digest(encoding as 'hex'));
  });

  it('digest() without an encoding returns a Buffer of the digest bytes', () => {
    const digest = crypto.createHash('sha1').update('x').digest();
    expect(Buffer.isBuffer(digest)).toBe(true);
    expect([...(digest as Buffer)]).toEqual([...nodeCrypto.createHash('sha1').update('x').digest()]);
  });

  it('accepts latin1 and base64 input encodings, typed arrays and DataViews', () => {
    const bytes = new Uint16Array([0x1234, 0xabcd]);
    const view = new DataView(bytes.buffer);
    expect(crypto.createHash('md5').update('ÿþ', 'latin1').update('AAEC', 'base64').update(bytes).update(view).digest('hex')).toBe(
      nodeCrypto.createHash('md5').update('ÿþ', 'latin1').update('AAEC', 'base64').update(bytes).update(view).digest('hex'),
    );
  });

  it('accepts OpenSSL-style names case-insensitively', () => {
    const expected = nodeCrypto.createHash('sha256').update('a').digest('hex');
    for (const name of ['SHA256', 'sha-256', 'RSA-SHA256']) expect(crypto.createHash(name).update('a').digest('hex')).toBe(expected);
  });

  it('refuses unknown digests and non-binary data as Node does', () => {
    expect(() => crypto.createHash('whirlpool')).toThrow('Digest method not supported');
    expect(() => crypto.createHash('sha256').update(42 as unknown as string)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });

  it('a second digest() or an update after it throws ERR_CRYPTO_HASH_FINALIZED', () => {
    const hash = crypto.createHash('sha256');
    hash.digest();
    expect(() => hash.digest()).toThrow(expect.objectContaining({ code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' }));
    expect(() => hash.update('x')).toThrow(expect.objectContaining({ code: 'ERR_CRYPTO_HASH_FINALIZED' }));
  });

  it('copy() continues independently from the same state', () => {
    const hash = crypto.createHash('sha512').update('abc');
    const copy = hash.copy();
    expect(copy.update('def').digest('hex')).toBe(nodeCrypto.createHash('sha512').update('abcdef').digest('hex'));
    expect(hash.digest('hex')).toBe(nodeCrypto.createHash('sha512').update('abc').digest('hex'));
  });

  it('is a Transform stream: piping data in yields the digest', async () => {
    const hash = crypto.createHash('md5');
    hash.setEncoding('hex');
    const chunks: string[] = [];
    hash.on('data', (chunk: string) => chunks.push(chunk));
    await pipeline(Readable.from(['part one, ', 'part two']), hash);
    expect(chunks.join('')).toBe(nodeCrypto.createHash('md5').update('part one, part two').digest('hex'));
  });

  it('crypto.hash() is the one-shot form, hex by default', () => {
    expect(crypto.hash('sha1', 'abc')).toBe(nodeCrypto.createHash('sha1').update('abc').digest('hex'));
    expect(crypto.hash('sha256', 'abc', 'base64')).toBe(nodeCrypto.createHash('sha256').update('abc').digest('base64'));
  });

  it('getHashes() lists every digest createHash accepts', () => {
    expect(crypto.getHashes()).toEqual(ALGORITHMS);
    for (const name of crypto.getHashes()) expect(nodeCrypto.getHashes()).toContain(name);
  });
});

describe('createHmac', () => {
  it.each(ALGORITHMS)('%s matches node:crypto with string and Buffer keys', (algorithm) => {
    expect(crypto.createHmac(algorithm, 'secret').update('message').digest('hex')).toBe(nodeCrypto.createHmac(algorithm, 'secret').update('message').digest('hex'));
    const key = Buffer.from('00112233445566778899', 'hex');
    expect(crypto.createHmac(algorithm, key).update('a').update('b').digest('base64')).toBe(
      nodeCrypto.createHmac(algorithm, new Uint8Array(key)).update('a').update('b').digest('base64'),
    );
  });

  it('hashes keys longer than the block size first, as RFC 2104 says', () => {
    const key = 'k'.repeat(200);
    expect(crypto.createHmac('sha256', key).update('x').digest('hex')).toBe(nodeCrypto.createHmac('sha256', key).update('x').digest('hex'));
  });

  it('signs like AWS Signature V4 derives its keys (chained HMACs on Buffers)', () => {
    const chain = (create: (key: unknown) => { update(data: string): { digest(): unknown } }) =>
      ['20261121', 'us-east-1', 's3', 'aws4_request'].reduce<unknown>((key, part) => create(key).update(part).digest(), 'AWS4secret');
    const ours = chain((key) => crypto.createHmac('sha256', key)) as Buffer;
    const node = chain((key) => nodeCrypto.createHmac('sha256', key as string)) as globalThis.Buffer;
    expect(ours.toString('hex')).toBe(node.toString('hex'));
  });

  it('a second digest() is empty rather than an error, as in Node', () => {
    const hmac = crypto.createHmac('sha1', 'k');
    hmac.digest();
    expect(hmac.digest('hex')).toBe('');
    expect(() => crypto.createHmac('nope', 'k')).toThrow(expect.objectContaining({ code: 'ERR_CRYPTO_INVALID_DIGEST' }));
  });
});

describe('randomness', () => {
  it('randomBytes returns a Buffer of the requested size, and differs between calls', () => {
    const a = crypto.randomBytes(32);
    expect(Buffer.isBuffer(a)).toBe(true);
    expect(a.length).toBe(32);
    expect(a.equals(crypto.randomBytes(32))).toBe(false);
    expect(crypto.randomBytes(100_000).length).toBe(100_000);
  });

  it('randomBytes calls back asynchronously on the runtime timers', async () => {
    const tracker = createTimerTracker();
    const ours = createCrypto(tracker.timers);
    let sync = true;
    const result = new Promise<Buffer>((resolve, reject) => ours.randomBytes(8, (error, buf) => (error ? reject(error) : resolve(buf!))));
    const seen = result.then((buf) => ({ sync, buf }));
    sync = false;
    const { sync: wasSync, buf } = await seen;
    expect(wasSync).toBe(false);
    expect(buf.length).toBe(8);
    await tracker.whenIdle();
  });

  it('randomBytes validates its size like Node', () => {
    expect(() => crypto.randomBytes(-1)).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => crypto.randomBytes('8' as unknown as number)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });

  it('randomInt stays in [min, max) and covers the range', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = crypto.randomInt(3, 8) as number;
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThan(8);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
    expect(crypto.randomInt(1)).toBe(0);
  });

  it('randomInt rejects empty and oversized ranges like Node', () => {
    expect(() => crypto.randomInt(5, 5)).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => crypto.randomInt(0, 2 ** 49)).toThrow(expect.objectContaining({ code: 'ERR_OUT_OF_RANGE' }));
    expect(() => crypto.randomInt(1.5)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });

  it('randomInt with a callback answers asynchronously', async () => {
    const n = await new Promise<number>((resolve) => crypto.randomInt(10, (_error: unknown, value?: number) => resolve(value!)));
    expect(n).toBeGreaterThanOrEqual(0);
    expect(n).toBeLessThan(10);
  });

  it('randomUUID gives distinct RFC 4122 version 4 ids', () => {
    const ids = new Set(Array.from({ length: 50 }, () => crypto.randomUUID()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('randomFillSync fills only the requested window', () => {
    const buf = Buffer.alloc(16);
    crypto.randomFillSync(buf, 4, 8);
    expect([...buf.subarray(0, 4), ...buf.subarray(12)]).toEqual(new Array(8).fill(0));
    expect(buf.subarray(4, 12).some((byte) => byte !== 0)).toBe(true);
  });

  it('getRandomValues fills a typed array in place', () => {
    const array = new Uint32Array(8);
    expect(crypto.getRandomValues(array)).toBe(array);
    expect(array.some((n) => n !== 0)).toBe(true);
  });
});

describe('the rest of the module', () => {
  it('timingSafeEqual compares bytes and insists on equal lengths', () => {
    expect(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc'))).toBe(true);
    expect(crypto.timingSafeEqual(Buffer.from('abc'), new Uint8Array([97, 98, 100]))).toBe(false);
    expect(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab'))).toThrow(
      expect.objectContaining({ code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', message: 'Input buffers must have the same byte length' }),
    );
    expect(() => crypto.timingSafeEqual('a', 'a')).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });

  it('webcrypto and subtle are the platform Web Crypto', async () => {
    expect(crypto.webcrypto).toBe(globalThis.crypto);
    expect(crypto.subtle).toBe(globalThis.crypto.subtle);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc'));
    expect(Buffer.from(digest).toString('hex')).toBe(nodeCrypto.createHash('sha256').update('abc').digest('hex'));
  });

  it('APIs the browser cannot provide exist but fail with ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', () => {
    const module = crypto as unknown as Record<string, () => unknown>;
    expect(typeof module.createCipheriv).toBe('function');
    expect(() => module.createCipheriv!()).toThrow(expect.objectContaining({ code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM' }));
    expect(() => module.pbkdf2Sync!()).toThrow(/pbkdf2Sync/);
  });
});
