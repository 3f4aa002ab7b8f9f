import nodeQuerystring from 'node:querystring';
import { describe, expect, it } from 'vitest';
import { createQuerystring } from './querystring';

const querystring = createQuerystring();

describe('querystring.parse', () => {
  it.each([
    'a=1&b=2', 'a&&b', '&', '=', '=x', 'a=1&a=2&a=3', 'a=%zz', 'a=50%', '__proto__=1&constructor=2', 'a[b]=1', 'a=b=c',
    '+a+=+b+', 'a=%E0%A4%A', '%=%', 'name=J%C3%BCrgen&city=M%C3%BCnchen', 'email=a%40b.com&msg=hello+world%21', '',
  ])('parse(%j) matches Node', (input) => {
    expect(querystring.parse(input)).toEqual(nodeQuerystring.parse(input));
  });

  it('returns a null-prototype object, so keys like __proto__ are plain data', () => {
    const parsed = querystring.parse('__proto__=x&toString=y');
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(parsed.__proto__).toBe('x');
  });

  it('honours custom separators, maxKeys and a custom decoder like Node', () => {
    expect(querystring.parse('a:1;b:2', ';', ':')).toEqual(nodeQuerystring.parse('a:1;b:2', ';', ':'));
    expect(querystring.parse('a=1&&b=2&a=3&c=4', null, null, { maxKeys: 2 })).toEqual(nodeQuerystring.parse('a=1&&b=2&a=3&c=4', undefined, undefined, { maxKeys: 2 }));
    expect(querystring.parse('a=1&b=2', null, null, { maxKeys: 0 })).toEqual(nodeQuerystring.parse('a=1&b=2', undefined, undefined, { maxKeys: 0 }));
    const upper = { decodeURIComponent: (s: string) => s.toUpperCase() };
    expect(querystring.parse('a=x%20y', null, null, upper)).toEqual(nodeQuerystring.parse('a=x%20y', undefined, undefined, upper));
  });
});

describe('querystring.stringify', () => {
  it.each([
    { a: [1, 2], b: true, c: null, d: undefined, e: {}, f: 1n, g: NaN, 'h i': 'j k' },
    { email: 'a@b.com', msg: "it's ~fine* (really)!", unicode: 'ünï ✓' },
    {},
  ])('stringify case %# matches Node', (input) => {
    expect(querystring.stringify(input)).toBe(nodeQuerystring.stringify(input as never));
  });

  it('honours separators and a custom encoder, and ignores non-objects', () => {
    expect(querystring.stringify({ a: 1, b: 2 }, ';', ':')).toBe(nodeQuerystring.stringify({ a: 1, b: 2 }, ';', ':'));
    const encode = { encodeURIComponent: (s: string) => s.toUpperCase() };
    expect(querystring.stringify({ a: 'x y' }, null, null, encode)).toBe(nodeQuerystring.stringify({ a: 'x y' }, undefined, undefined, encode));
    expect(querystring.stringify('x')).toBe(nodeQuerystring.stringify('x' as never));
  });

  it('round-trips API Gateway form bodies', () => {
    const body = { user: 'José', note: 'a&b=c', tags: ['x', 'y'] };
    expect(querystring.parse(querystring.stringify(body))).toEqual(body);
  });
});

describe('escape and unescape', () => {
  it('match Node, including malformed escapes', () => {
    expect(querystring.escape("a b&c/d?é'")).toBe(nodeQuerystring.escape("a b&c/d?é'"));
    for (const input of ['%41%42', '%zz%41', 'a+b', '%E0%A4%A']) expect(querystring.unescape(input)).toBe(nodeQuerystring.unescape(input));
    const nodeUnescapeBuffer = (nodeQuerystring as unknown as { unescapeBuffer(text: string): Uint8Array }).unescapeBuffer;
    expect([...querystring.unescapeBuffer('a%20b%zz%')]).toEqual([...nodeUnescapeBuffer('a%20b%zz%')]);
    expect(querystring.decode).toBe(querystring.parse);
    expect(querystring.encode).toBe(querystring.stringify);
  });
});
