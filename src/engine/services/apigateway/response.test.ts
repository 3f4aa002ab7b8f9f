import { describe, expect, it } from 'vitest';
import { mapResponse, mapResponseExplained, type HttpResponse, type PayloadFormat } from './response';
import { utf8 } from './request';
import { loadSample } from './test-samples';

const run = (format: PayloadFormat, result: unknown) => mapResponse(format, { Payload: JSON.stringify(result) });
const text = (response: HttpResponse) => utf8.decode(response.body);

const REST_500 = '{"message": "Internal server error"}';
const HTTP_500 = '{"message":"Internal Server Error"}';

describe('payload 1.0 responses (REST APIs)', () => {
  it('maps the official aws-lambda-go apigw-response sample', () => {
    const sample = loadSample('aws-lambda-go/apigw-response.json');
    const response = run('1.0', sample);
    expect(response.statusCode).toBe(sample.statusCode);
    expect(text(response)).toBe(sample.body);
    // Each name is in both maps; the merge keeps it once, from multiValueHeaders.
    const headers = Object.entries(sample.headers as Record<string, string>);
    expect(response.headers).toHaveLength(headers.length);
    for (const header of headers) expect(response.headers).toContainEqual(header);
  });

  it('honours statusCode, headers and a string body', () => {
    const response = run('1.0', { statusCode: 201, headers: { 'Content-Type': 'text/plain', 'X-Count': 3 }, body: 'made' });
    expect(response).toEqual({ statusCode: 201, headers: [['Content-Type', 'text/plain'], ['X-Count', '3']], body: utf8.encode('made') });
  });

  it('merges multiValueHeaders, whose values replace a header of the same name', () => {
    const response = run('1.0', {
      statusCode: 200,
      headers: { 'X-One': 'a', 'Set-Cookie': 'ignored=1' },
      multiValueHeaders: { 'set-cookie': ['a=1', 'b=2'] },
    });
    expect(response.headers).toEqual([['X-One', 'a'], ['set-cookie', 'a=1'], ['set-cookie', 'b=2']]);
  });

  it('decodes a base64 body when isBase64Encoded is true, and sends an empty body when none is given', () => {
    expect(run('1.0', { statusCode: 200, body: 'AQL6', isBase64Encoded: true }).body).toEqual(new Uint8Array([1, 2, 250]));
    expect(run('1.0', { statusCode: 200, body: 'AQL6', isBase64Encoded: false }).body).toEqual(utf8.encode('AQL6'));
    expect(run('1.0', { statusCode: 204 }).body).toEqual(new Uint8Array());
  });

  it('answers 502 with REST wording when statusCode is missing or not a valid integer', () => {
    for (const result of [{ body: 'hi' }, { statusCode: '200' }, { statusCode: 200.5 }, { statusCode: 42 }, 'hello', null, [1], 7]) {
      const response = run('1.0', result);
      expect(response.statusCode, JSON.stringify(result)).toBe(502);
      expect(text(response)).toBe(REST_500);
    }
  });

  it('answers 502 when the body is not a string or headers are malformed', () => {
    for (const result of [
      { statusCode: 200, body: { a: 1 } },
      { statusCode: 200, headers: { a: { b: 1 } } },
      { statusCode: 200, multiValueHeaders: { a: 'not-a-list' } },
      { statusCode: 200, body: '%%%', isBase64Encoded: true },
    ]) {
      expect(run('1.0', result).statusCode, JSON.stringify(result)).toBe(502);
    }
  });

  it('answers 502 with REST wording for a function error, whatever the payload', () => {
    const response = mapResponse('1.0', { Payload: JSON.stringify({ statusCode: 200, body: 'x' }), FunctionError: 'Unhandled' });
    expect(response).toEqual({ statusCode: 502, headers: [['content-type', 'application/json']], body: utf8.encode(REST_500) });
  });
});

describe('payload 2.0 responses (HTTP APIs, function URLs)', () => {
  it('treats a result without statusCode as a 200 JSON response carrying the result', () => {
    const response = run('2.0', { message: 'hi', statusText: 'x' });
    expect(response).toEqual({ statusCode: 200, headers: [['content-type', 'application/json']], body: utf8.encode('{"message":"hi","statusText":"x"}') });
    expect(text(run('2.0', [1, 2]))).toBe('[1,2]');
    expect(text(run('2.0', 42))).toBe('42');
    expect(text(mapResponse('2.0', { Payload: 'null' }))).toBe('null');
  });

  it('sends a string result as its text, not as a quoted JSON string', () => {
    const response = run('2.0', 'Hello from Lambda!');
    expect(response.statusCode).toBe(200);
    expect(response.headers).toEqual([['content-type', 'application/json']]);
    expect(text(response)).toBe('Hello from Lambda!');
  });

  it('honours statusCode, headers, body and isBase64Encoded of a structured result', () => {
    expect(run('2.0', { statusCode: 404, headers: { 'content-type': 'text/plain' }, body: 'none' })).toEqual({
      statusCode: 404,
      headers: [['content-type', 'text/plain']],
      body: utf8.encode('none'),
    });
    expect(run('2.0', { statusCode: 200, body: 'AQL6', isBase64Encoded: true }).body).toEqual(new Uint8Array([1, 2, 250]));
  });

  it('turns each cookie into its own set-cookie header', () => {
    const response = run('2.0', { statusCode: 200, headers: { 'x-a': '1' }, cookies: ['a=1; Path=/', 'b=2; HttpOnly'] });
    expect(response.headers).toEqual([['x-a', '1'], ['set-cookie', 'a=1; Path=/'], ['set-cookie', 'b=2; HttpOnly']]);
  });

  it('ignores multiValueHeaders, which payload 2.0 does not define', () => {
    expect(run('2.0', { statusCode: 200, multiValueHeaders: { 'x-a': ['1', '2'] } }).headers).toEqual([]);
  });

  it('answers 502 with HTTP API wording for a malformed structured result or a function error', () => {
    for (const result of [{ statusCode: 'abc' }, { statusCode: 200, body: 5 }, { statusCode: 200, cookies: 'a=1' }]) {
      const response = run('2.0', result);
      expect(response.statusCode, JSON.stringify(result)).toBe(502);
      expect(text(response)).toBe(HTTP_500);
    }
    const failed = mapResponse('2.0', { Payload: '{"errorType":"Error","errorMessage":"boom","trace":[]}', FunctionError: 'Unhandled' });
    expect(failed.statusCode).toBe(502);
    expect(text(failed)).toBe(HTTP_500);
  });

  it('answers 502 when the payload is not JSON at all', () => {
    expect(mapResponse('2.0', { Payload: 'not json' }).statusCode).toBe(502);
    expect(text(mapResponse('1.0', { Payload: '' }))).toBe(REST_500);
  });
});

describe('why a result was refused', () => {
  const problem = (format: PayloadFormat, result: unknown) => mapResponseExplained(format, { Payload: JSON.stringify(result) }).problem;

  it('names the field that is wrong, for every malformed shape', () => {
    expect(problem('1.0', { body: 'x' })).toBe('`statusCode` is missing');
    expect(problem('1.0', { statusCode: '200' })).toBe('`statusCode` must be an integer from 100 to 599');
    expect(problem('1.0', 'text')).toBe('payload format 1.0 needs an object with `statusCode`');
    expect(problem('1.0', { statusCode: 200, body: { a: 1 } })).toBe('`body` must be a string, not object (use JSON.stringify)');
    expect(problem('1.0', { statusCode: 200, body: [1] })).toBe('`body` must be a string, not an array (use JSON.stringify)');
    expect(problem('1.0', { statusCode: 200, headers: 'x' })).toBe('`headers` must be an object of strings');
    expect(problem('1.0', { statusCode: 200, headers: { a: null } })).toBe('header `a` must be a string, number or boolean');
    expect(problem('1.0', { statusCode: 200, multiValueHeaders: { a: 'x' } })).toBe('`multiValueHeaders.a` must be an array');
    expect(problem('1.0', { statusCode: 200, multiValueHeaders: { a: [{}] } })).toBe('`multiValueHeaders.a` must hold strings, numbers or booleans');
    expect(problem('2.0', { statusCode: 200, body: '***', isBase64Encoded: true })).toBe('`body` is flagged isBase64Encoded but is not valid base64');
    expect(problem('2.0', { statusCode: 200, cookies: [1] })).toBe('`cookies` must be an array of strings');
    expect(mapResponseExplained('2.0', { Payload: '{', FunctionError: undefined }).problem).toBe('the function result is not JSON');
    expect(mapResponseExplained('2.0', { Payload: '{}', FunctionError: 'Unhandled' }).problem).toBe('the function returned an error');
    expect(problem('2.0', { statusCode: 201 })).toBeUndefined();
  });

  it('lets a REST API keep a base64 body as text when its content type is not binary', () => {
    const options = { decodeBase64: (type: string | undefined) => type === 'image/png' };
    const png = mapResponseExplained('1.0', { Payload: JSON.stringify({ statusCode: 200, headers: { 'Content-Type': 'image/png' }, body: 'AQL6', isBase64Encoded: true }) }, options);
    expect(png.response.body).toEqual(new Uint8Array([1, 2, 250]));
    const json = mapResponseExplained('1.0', { Payload: JSON.stringify({ statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: 'AQL6', isBase64Encoded: true }) }, options);
    expect(text(json.response)).toBe('AQL6');
  });
});
