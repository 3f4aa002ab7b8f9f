import { describe, expect, it } from 'vitest';
import { toResponse, toWireReply, toWireRequest } from './wire-codec';

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

describe('a request becomes a wire request', () => {
  it('keeps method, absolute URL, headers and body', async () => {
    const headers = new Headers([['content-type', 'application/json'], ['x-tag', 'a'], ['x-tag', 'b']]);
    const wire = await toWireRequest(new Request('https://p.test/_api/abc/prod/items?q=1&q=2', { method: 'PUT', headers, body: '{"a":1}' }), 'api');
    expect(wire).toMatchObject({ kind: 'api', method: 'PUT', url: 'https://p.test/_api/abc/prod/items?q=1&q=2' });
    // The Fetch API itself joins repeated request headers.
    expect(wire.headers).toEqual([['content-type', 'application/json'], ['x-tag', 'a, b']]);
    expect(new TextDecoder().decode(wire.body!)).toBe('{"a":1}');
  });

  it('has a null body for GET and HEAD, and an empty one for a bodiless POST', async () => {
    expect((await toWireRequest(new Request('https://p.test/_site/x/'), 'site')).body).toBeNull();
    expect((await toWireRequest(new Request('https://p.test/_api/x', { method: 'HEAD' }), 'api')).body).toBeNull();
    expect((await toWireRequest(new Request('https://p.test/_api/x', { method: 'POST' }), 'api')).body?.byteLength).toBe(0);
  });
});

describe('a wire response becomes a response', () => {
  it('keeps status, headers (repeats included) and body', async () => {
    const response = toResponse({ status: 201, headers: [['Content-Type', 'text/plain'], ['x-a', '1'], ['x-a', '2'], ['content-length', '5']], body: bytes('hello') });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(response.headers.get('x-a')).toBe('1, 2');
    expect(response.headers.get('content-length')).toBe('5');
    expect(await response.text()).toBe('hello');
  });

  it('has a null body for 204, 205 and 304, whatever the tab sent', async () => {
    for (const status of [204, 205, 304]) {
      const response = toResponse({ status, headers: [['content-length', '3']], body: bytes('abc') });
      expect(response.status).toBe(status);
      expect(response.body).toBeNull();
      expect(response.headers.has('content-length')).toBe(false);
    }
  });

  it('drops headers HTTP cannot carry, connection headers and a wrong length', async () => {
    const response = toResponse({
      status: 200,
      headers: [['bad name', 'x'], ['x-ok', 'fine'], ['x-split', 'a\nb'], ['transfer-encoding', 'chunked'], ['connection', 'close'], ['content-length', '99']],
      body: bytes('abc'),
    });
    expect([...response.headers]).toEqual([['x-ok', 'fine']]);
    expect(await response.text()).toBe('abc');
  });
});

describe("a tab's reply is checked", () => {
  it('accepts well-formed replies', () => {
    const body = bytes('x');
    expect(toWireReply({ handled: false })).toEqual({ handled: false });
    expect(toWireReply({ handled: true, response: { status: 599, headers: [['a', 'b']], body } })).toEqual({ handled: true, response: { status: 599, headers: [['a', 'b']], body } });
  });

  it('names what is wrong with a malformed one', () => {
    const body = bytes('x');
    expect(toWireReply(undefined)).toMatch(/handled/);
    expect(toWireReply({ handled: 'yes' })).toMatch(/handled/);
    expect(toWireReply({ handled: true })).toBe('a handled reply has no response');
    expect(toWireReply({ handled: true, response: { status: 101, headers: [], body } })).toBe('status 101 is not an integer from 200 to 599');
    expect(toWireReply({ handled: true, response: { status: 200.5, headers: [], body } })).toMatch(/not an integer/);
    expect(toWireReply({ handled: true, response: { status: 200, headers: { a: 'b' }, body } })).toMatch(/headers/);
    expect(toWireReply({ handled: true, response: { status: 200, headers: [['a', 1]], body } })).toMatch(/headers/);
    expect(toWireReply({ handled: true, response: { status: 200, headers: [], body: new Uint8Array(1) } })).toBe('the body is not an ArrayBuffer');
  });
});
