import nodeUrl from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPath } from './path';
import { createUrl } from './url';

const url = createUrl(createPath().resolve);
const fields = (value: object) => ({ ...value });

const URLS = [
  'https://user:pa%20ss@Example.COM:8443/p/a/t/h?query=string&a=1&a=2#hash',
  'http://example.com',
  'http://example.com/',
  '/just/a/path?x=1',
  '/path with spaces/?q=a b',
  '//no-protocol.example.com/x',
  'mailto:someone@example.com',
  'javascript:alert(1)',
  'http://[::1]:3000/ipv6?x',
  'http://mañana.com/ünï',
  'file:///var/task/index.js',
  'http://a@b@c/',
  "http://x.com/it's{a}|test^",
  'HTTP://EXAMPLE.com/Case',
  'relative/path.html',
  '?only=query',
  '#only-hash',
  'http://x.com:/empty-port',
  'https://execute-api.us-east-1.amazonaws.com/prod/items/42?expand=true',
  's3://my-bucket/key/with/slashes.txt',
  'http://x.com\\back\\slash?q=\\',
  '  http://trim.me/  ',
  '/a@b',
  'http://x.com/a@b?c@d',
  'http://user@host',
  'http://x.com/?a=%zz&b=50%',
  'http://x.com:8080',
  'http://a.b$c.d/x',
  'http://a.b c.d/x',
  'http://a_b.c+d/x',
  `http://${'y'.repeat(300)}/z`,
  'HTTP://X.COM?q#h',
  'http://x.com/é?é=é',
  'tel:+1-555-0100',
  'http://x.com/a?b',
];

describe('url.parse', () => {
  it.each(URLS)('parse(%j) has the fields Node gives', (input) => {
    expect(fields(url.parse(input))).toEqual(fields(nodeUrl.parse(input)));
  });

  it.each(URLS)('parse(%j, true) parses the query as Node does', (input) => {
    expect(fields(url.parse(input, true))).toEqual(fields(nodeUrl.parse(input, true)));
  });

  it('parse with slashesDenoteHost reads //host as a host', () => {
    expect(fields(url.parse('//cdn.example.com/a.js', false, true))).toEqual(fields(nodeUrl.parse('//cdn.example.com/a.js', false, true)));
  });

  it('rejects a non-string like Node', () => {
    expect(() => url.parse(42)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });
});

describe('url.format', () => {
  it.each(URLS)('format(parse(%j)) round-trips as in Node', (input) => {
    expect(url.format(url.parse(input))).toBe(nodeUrl.format(nodeUrl.parse(input)));
  });

  it.each([
    { protocol: 'https', hostname: 'example.com', pathname: '/a b', query: { q: 'x y', list: ['1', '2'] } },
    { protocol: 'http:', host: 'example.com:8080', pathname: 'no-slash', hash: 'frag', search: 'a=1' },
    { protocol: 'mailto', pathname: 'me@example.com' },
    { pathname: '/only?#', search: '?has#hash' },
    { protocol: 'file', pathname: '/tmp/x' },
  ])('format(%j) matches Node', (object) => {
    expect(url.format(object)).toBe(nodeUrl.format(object as nodeUrl.UrlObject));
  });

  it('formats a WHATWG URL, with the options Node has', () => {
    const value = new URL('https://u:p@example.com/a?b=1#c');
    expect(url.format(value)).toBe(nodeUrl.format(value));
    expect(url.format(value, { auth: false, fragment: false, search: false })).toBe(nodeUrl.format(value, { auth: false, fragment: false, search: false }));
  });
});

describe('url.resolve', () => {
  it.each([
    ['/one/two/three', 'four'],
    ['http://example.com/', '/one'],
    ['http://example.com/one', '/two'],
    ['http://example.com/a/b/c', '../d'],
    ['http://example.com/a/b/c', '../../../../d'],
    ['http://example.com/a/b/', './'],
    ['http://example.com/a?x=1', '?y=2'],
    ['http://example.com/a#x', '#y'],
    ['http://example.com/a', '//other.com/b'],
    ['http://example.com/a', 'https://secure.com'],
    ['http://example.com/a', 'mailto:x@y.z'],
    ['mailto:local1@domain1', 'local2@domain2'],
    ['a/b/c', '../../../d'],
    ['a/b', '.'],
    ['http://example.com/a/b', ''],
    ['https://user:pw@host.com/x', 'y'],
    ['http://example.com', 'https:/path'],
  ])('resolve(%j, %j) matches Node', (from, to) => {
    expect(url.resolve(from, to)).toBe(nodeUrl.resolve(from, to));
  });

  it('resolveObject gives Node\'s fields', () => {
    expect(fields(url.resolveObject('http://example.com/a/b', '../c?d=1') as object)).toEqual(fields((nodeUrl as unknown as { resolveObject(from: string, to: string): object }).resolveObject('http://example.com/a/b', '../c?d=1')));
  });
});

describe('WHATWG URL and file URLs', () => {
  it('URL and URLSearchParams are the platform classes', () => {
    expect(url.URL).toBe(globalThis.URL);
    expect(url.URLSearchParams).toBe(globalThis.URLSearchParams);
  });

  it.each(['file:///var/task/a%20b.txt', 'file:///tmp/%E2%9C%93', 'file://localhost/etc/passwd', new URL('file:///x/y')])('fileURLToPath(%s) matches Node', (input) => {
    expect(url.fileURLToPath(input)).toBe(nodeUrl.fileURLToPath(input));
  });

  it('fileURLToPath refuses what Node refuses', () => {
    expect(() => url.fileURLToPath('https://x.com/a')).toThrow(expect.objectContaining({ code: 'ERR_INVALID_URL_SCHEME' }));
    expect(() => url.fileURLToPath('file://host/a')).toThrow(expect.objectContaining({ code: 'ERR_INVALID_FILE_URL_HOST' }));
    expect(() => url.fileURLToPath('file:///a%2Fb')).toThrow(expect.objectContaining({ code: 'ERR_INVALID_FILE_URL_PATH' }));
  });

  it.each(['/var/task/a b.txt', '/tmp/100%?#.txt', '/tmp/dir/', '/tmp/ünï'])('pathToFileURL(%j) matches Node', (path) => {
    expect(url.pathToFileURL(path).href).toBe(nodeUrl.pathToFileURL(path).href);
  });

  it('pathToFileURL resolves relative paths against /var/task', () => {
    expect(url.pathToFileURL('data/x.json').href).toBe('file:///var/task/data/x.json');
  });

  it('domainToASCII punycodes like Node', () => {
    expect(url.domainToASCII('español.com')).toBe(nodeUrl.domainToASCII('español.com'));
  });

  it('urlToHttpOptions gives what http.request takes', () => {
    const value = new URL('https://a:b@example.com:8443/p?q=1#h');
    expect(url.urlToHttpOptions(value)).toEqual({ ...nodeUrl.urlToHttpOptions(value) });
  });
});
