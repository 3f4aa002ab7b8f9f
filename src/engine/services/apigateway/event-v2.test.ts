import { describe, expect, it } from 'vitest';
import { buildEventV2, isTextContentType } from './event-v2';
import { fromBase64, utf8, type ApiRequest } from './request';
import { keysOf, loadSample, omit } from './test-samples';

const base: ApiRequest = {
  method: 'GET',
  path: '/',
  query: '',
  headers: [],
  body: undefined,
  sourceIp: '203.0.113.9',
  stage: '$default',
  apiId: 'abc123',
  routeKey: '$default',
  pathParameters: {},
  stageVariables: {},
  requestId: 'req-1',
  time: Date.UTC(2026, 10, 21, 9, 5, 7, 123),
};

// Every comparison leaves out what identifies a caller or an authorizer; the samples are
// otherwise compared whole, keys included (toStrictEqual also rejects extra undefined keys).
const AUTH = ['requestContext.authentication', 'requestContext.authorizer'];

describe('payload 2.0 event against the official samples', () => {
  it('aws-lambda-go apigw-v2-request-no-authorizer: every field, time formatting included', () => {
    const sample = loadSample('aws-lambda-go/apigw-v2-request-no-authorizer.json');
    const event = buildEventV2({
      ...base,
      headers: Object.entries(sample.headers as Record<string, string>),
      sourceIp: '1.2.3.4',
      apiId: 'aaaaaaaaaa',
      // The sample was captured in us-west-2; the playground's own region is us-east-1.
      domainName: 'aaaaaaaaaa.execute-api.us-west-2.amazonaws.com',
      requestId: 'LV7fzho-PHcEJPw=',
      time: 1587481701067,
    });
    expect(keysOf(event)).toEqual(keysOf(sample));
    expect(keysOf(event.requestContext)).toEqual(keysOf(omit(sample, AUTH).requestContext));
    expect(JSON.parse(JSON.stringify(event))).toStrictEqual(omit(sample, AUTH));
  });

  it('aws-lambda-go lambda-urls-request: cookies, joined headers and query values, text body', () => {
    const sample = loadSample('aws-lambda-go/lambda-urls-request.json');
    const event = buildEventV2({
      ...base,
      method: 'POST',
      path: '/my/path',
      query: 'parameter1=value1&parameter1=value2&parameter2=value',
      // The sample's body is text but it lists no content type; a text type is added here and
      // removed from the comparison below, since a body's encoding follows its content type.
      headers: [['header1', 'value1'], ['header2', 'value1'], ['Cookie', 'cookie1; cookie2'], ['header2', 'value2'], ['Content-Type', 'text/plain']],
      body: utf8.encode('Hello from client!'),
      sourceIp: '123.123.123.123',
      apiId: '<urlid>',
      domainName: '<url-id>.lambda-url.us-west-2.on.aws',
      requestId: 'id',
      time: 1583348638390,
    });
    const actual = omit(JSON.parse(JSON.stringify(event)), [
      'headers.content-type',
      // Function URL events carry routeKey and stage `$default` (Lambda guide's payload
      // example); this sample leaves them out.
      'routeKey', 'requestContext.routeKey', 'requestContext.stage',
      // The sample's time and timeEpoch disagree (timeEpoch is 4 Mar); time is checked elsewhere.
      'requestContext.time',
      // The sample names a user agent without sending a User-Agent header.
      'requestContext.http.userAgent',
    ]);
    expect(event.routeKey).toBe('$default');
    expect(actual).toStrictEqual(omit(sample, [...AUTH, 'requestContext.time', 'requestContext.http.userAgent']));
  });

  it('aws-sam-cli HttpApi: base64 body, path parameters, stage variables (header names lower-cased)', () => {
    const sample = loadSample('aws-sam-cli/HttpApi.json');
    const event = buildEventV2({
      ...base,
      method: 'POST',
      path: '/path/to/resource',
      query: 'parameter1=value1&parameter1=value2&parameter2=value',
      headers: [['Header1', 'value1'], ['Header2', 'value1'], ['Header2', 'value2'], ['Cookie', 'cookie1'], ['Cookie', 'cookie2']],
      body: fromBase64(sample.body as string),
      sourceIp: '192.168.0.1/32',
      apiId: 'api-id',
      domainName: 'id.execute-api.us-east-1.amazonaws.com',
      pathParameters: { parameter1: 'value1' },
      stageVariables: { stageVariable1: 'value1', stageVariable2: 'value2' },
      requestId: 'id',
      time: 1583348638390,
    });
    // Real HTTP APIs lower-case header names; this hand-written sample does not.
    const expected = omit(sample, [...AUTH, 'requestContext.time', 'requestContext.http.userAgent']) as Record<string, unknown>;
    expected.headers = Object.fromEntries(Object.entries(expected.headers as object).map(([k, v]) => [k.toLowerCase(), v]));
    const actual = omit(JSON.parse(JSON.stringify(event)), ['requestContext.time', 'requestContext.http.userAgent']);
    expect(actual).toStrictEqual(expected);
  });
});

describe('payload 2.0 event rules', () => {
  it('lower-cases header names and joins repeats with a comma, in arrival order', () => {
    const event = buildEventV2({ ...base, headers: [['X-A', '1'], ['x-a', '2'], ['X-B', 'b'], ['User-Agent', 'curl/8'], ['X-A', '3']] });
    expect(event.headers).toEqual({ 'x-a': '1,2,3', 'x-b': 'b', 'user-agent': 'curl/8' });
    expect(event.requestContext.http.userAgent).toBe('curl/8');
  });

  it('moves cookies out of the headers into an array, omitted when there are none', () => {
    const event = buildEventV2({ ...base, headers: [['cookie', 'a=1; b=2'], ['Cookie', 'c=3']] });
    expect(event.cookies).toEqual(['a=1', 'b=2', 'c=3']);
    expect(event.headers).toEqual({});
    expect('cookies' in buildEventV2(base)).toBe(false);
  });

  it('decodes query values, joins repeated keys, keeps the raw string, omits empty maps', () => {
    const event = buildEventV2({ ...base, query: 'q=a%20b&q=c&flag&x=%E2%9C%93' });
    expect(event.rawQueryString).toBe('q=a%20b&q=c&flag&x=%E2%9C%93');
    expect(event.queryStringParameters).toEqual({ q: 'a b,c', flag: '', x: '✓' });
    const empty = buildEventV2(base);
    expect(['queryStringParameters', 'pathParameters', 'stageVariables', 'body'].filter((k) => k in empty)).toEqual([]);
    expect(empty.isBase64Encoded).toBe(false);
  });

  it('formats the request time in UTC like API Gateway access logs', () => {
    const event = buildEventV2(base);
    expect(event.requestContext.time).toBe('21/Nov/2026:09:05:07 +0000');
    expect(event.requestContext.timeEpoch).toBe(base.time);
    expect(event.requestContext.domainName).toBe('abc123.execute-api.us-east-1.amazonaws.com');
    expect(event.requestContext.domainPrefix).toBe('abc123');
    expect(event.requestContext.accountId).toBe('123456789012');
  });

  it('keeps a named stage in rawPath and http.path', () => {
    const event = buildEventV2({ ...base, stage: 'prod', path: '/items/1', routeKey: 'GET /items/{id}' });
    expect(event.rawPath).toBe('/prod/items/1');
    expect(event.requestContext.http.path).toBe('/prod/items/1');
    expect(event.requestContext.stage).toBe('prod');
  });

  it('passes text bodies as-is and base64-encodes binary ones', () => {
    const json = buildEventV2({ ...base, method: 'POST', headers: [['Content-Type', 'application/json; charset=utf-8']], body: utf8.encode('{"ü":1}') });
    expect(json.body).toBe('{"ü":1}');
    expect(json.isBase64Encoded).toBe(false);
    const png = buildEventV2({ ...base, method: 'POST', headers: [['content-type', 'image/png']], body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]) });
    expect(png.body).toBe('iVBORwD/');
    expect(png.isBase64Encoded).toBe(true);
    expect(buildEventV2({ ...base, body: new Uint8Array() }).body).toBeUndefined();
  });

  it('classifies content types as text or binary', () => {
    for (const t of ['text/plain', 'text/html; charset=utf-8', 'application/json', 'application/vnd.api+json', 'application/xml', 'image/svg+xml', 'application/javascript', 'application/yaml']) {
      expect(isTextContentType(t), t).toBe(true);
    }
    for (const t of [undefined, '', 'image/png', 'application/octet-stream', 'multipart/form-data; boundary=x', 'application/pdf']) {
      expect(isTextContentType(t), String(t)).toBe(false);
    }
  });
});
