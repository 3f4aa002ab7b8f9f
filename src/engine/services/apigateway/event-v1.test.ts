import { describe, expect, it } from 'vitest';
import { buildEventV1, isBinaryMediaType } from './event-v1';
import { fromBase64, utf8, type ApiRequest } from './request';
import { matchRoute } from './routes';
import { keysOf, loadSample, omit } from './test-samples';

const base: ApiRequest = {
  method: 'GET',
  path: '/',
  query: '',
  headers: [],
  body: undefined,
  sourceIp: '203.0.113.9',
  stage: 'prod',
  apiId: 'abc123',
  routeKey: 'GET /',
  pathParameters: {},
  stageVariables: {},
  requestId: 'req-1',
  time: Date.UTC(2026, 10, 21, 9, 5, 7),
};
const details = { resourceId: 'r1', extendedRequestId: 'ext-1' };

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('payload 1.0 event against the official samples', () => {
  it('aws-lambda-go apigw-request: every field that identifies no caller, keys included', () => {
    const sample = loadSample('aws-lambda-go/apigw-request.json');
    const route = matchRoute(['POST /{proxy+}'], 'POST', '/hello/world')!;
    const event = buildEventV1(
      {
        ...base,
        method: 'POST',
        path: '/hello/world',
        query: 'name=me',
        headers: Object.entries(sample.headers as Record<string, string>),
        body: utf8.encode(sample.body as string),
        sourceIp: '192.168.196.186',
        stage: 'testStage',
        apiId: 'gy415nuibc',
        domainName: 'gy415nuibc.execute-api.us-east-2.amazonaws.com',
        routeKey: route.routeKey,
        pathParameters: route.pathParameters,
        stageVariables: { stageVariableName: 'stageVariableValue' },
        requestId: 'deef4878-7910-11e6-8f14-25afc3e9ae33',
        time: 1589522469693,
      },
      { resourceId: 'roq9wj', extendedRequestId: 'TWegAcC4EowCHnA=' },
    );
    // Left out: the authorizer and the identity this sample's caller authenticated with, its
    // account id, a domainPrefix that contradicts its domainName, and a requestContext.path
    // without the stage (the sample came through a custom domain; see the SAM sample below).
    const skip = ['requestContext.authorizer', 'requestContext.identity', 'requestContext.accountId', 'requestContext.domainPrefix', 'requestContext.path'];
    // This older sample predates isBase64Encoded, which every 1.0 event now carries.
    expect(keysOf(event)).toEqual(keysOf({ ...sample, isBase64Encoded: false }));
    expect(keysOf(event.requestContext)).toEqual(keysOf(omit(sample, ['requestContext.authorizer']).requestContext));
    expect(omit(json(event), skip)).toStrictEqual({ ...omit(sample, skip), isBase64Encoded: false });
    const identity = (sample.requestContext as { identity: Record<string, unknown> }).identity;
    expect(event.requestContext.identity.sourceIp).toBe(identity.sourceIp);
    expect(event.requestContext.identity.userAgent).toBe(identity.userAgent);
    expect(event.requestContext.path).toBe('/testStage/hello/world');
  });

  it('aws-sam-cli AwsProxy: identity, stage path and a base64 body', () => {
    const sample = loadSample('aws-sam-cli/AwsProxy.json');
    const route = matchRoute(['POST /{proxy+}'], 'POST', '/path/to/resource')!;
    const headers = Object.entries(sample.multiValueHeaders as Record<string, string[]>).flatMap(([n, vs]) => vs.map((v): [string, string] => [n, v]));
    const event = buildEventV1(
      {
        ...base,
        method: 'POST',
        path: '/path/to/resource',
        query: 'foo=bar',
        headers,
        body: fromBase64(sample.body as string),
        sourceIp: '127.0.0.1',
        stage: 'prod',
        apiId: '1234567890',
        routeKey: route.routeKey,
        pathParameters: route.pathParameters,
        stageVariables: { baz: 'qux' },
        requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
        time: 1428582896000,
      },
      { resourceId: '123456', extendedRequestId: 'x', binaryMediaTypes: ['*/*'] },
    );
    // Left out: the sample's Host header contradicts its multiValueHeaders, its proxy value has
    // a leading slash that real greedy captures lack (compare the aws-lambda-go sample), and
    // it predates domainName, domainPrefix and extendedRequestId.
    const extra = ['requestContext.domainName', 'requestContext.domainPrefix', 'requestContext.extendedRequestId'];
    const skip = ['headers.Host', 'pathParameters'];
    expect(keysOf(event)).toEqual(keysOf(sample));
    expect(keysOf(event.requestContext.identity)).toEqual(keysOf((sample.requestContext as { identity: object }).identity));
    expect(omit(json(event), [...skip, ...extra])).toStrictEqual(omit(sample, skip));
    expect(event.headers!.Host).toBe('0123456789.execute-api.us-east-1.amazonaws.com');
    expect(event.pathParameters).toEqual({ proxy: 'path/to/resource' });
  });
});

describe('payload 1.0 event rules', () => {
  it('keeps header case, lets the last value win in headers and keeps every value in multiValueHeaders', () => {
    const event = buildEventV1({ ...base, headers: [['X-Tag', 'a'], ['Accept', '*/*'], ['X-Tag', 'b']] }, details);
    expect(event.headers).toEqual({ 'X-Tag': 'b', Accept: '*/*' });
    expect(event.multiValueHeaders).toEqual({ 'X-Tag': ['a', 'b'], Accept: ['*/*'] });
  });

  it('decodes query values: last wins in the single map, all kept in the multi-value map', () => {
    const event = buildEventV1({ ...base, query: 'a=1&a=2&b=x%20y&constructor=c' }, details);
    expect(event.queryStringParameters).toEqual({ a: '2', b: 'x y', constructor: 'c' });
    expect(event.multiValueQueryStringParameters).toEqual({ a: ['1', '2'], b: ['x y'], constructor: ['c'] });
  });

  it('sends null, not an empty map, for absent headers, query, path parameters, stage variables and body', () => {
    const event = buildEventV1(base, details);
    for (const key of ['headers', 'multiValueHeaders', 'queryStringParameters', 'multiValueQueryStringParameters', 'pathParameters', 'stageVariables', 'body'] as const) {
      expect(event[key], key).toBeNull();
    }
    expect(event.isBase64Encoded).toBe(false);
    expect(event.requestContext.identity.userAgent).toBeNull();
  });

  it('describes the resource, the stage path and the request time', () => {
    const event = buildEventV1({ ...base, method: 'delete', path: '/items/7', routeKey: 'ANY /items/{id}', pathParameters: { id: '7' } }, details);
    expect(event.resource).toBe('/items/{id}');
    expect(event.requestContext.resourcePath).toBe('/items/{id}');
    expect(event.httpMethod).toBe('DELETE');
    expect(event.requestContext.httpMethod).toBe('DELETE');
    expect(event.path).toBe('/items/7');
    expect(event.requestContext.path).toBe('/prod/items/7');
    expect(event.requestContext.requestTime).toBe('21/Nov/2026:09:05:07 +0000');
    expect(event.requestContext.domainName).toBe('abc123.execute-api.us-east-1.amazonaws.com');
    expect(event.requestContext.accountId).toBe('123456789012');
  });

  it('base64-encodes a body only when its content type is one of the binary media types', () => {
    const png = { ...base, method: 'POST', headers: [['Content-Type', 'image/png']] as [string, string][], body: new Uint8Array([1, 2, 250]) };
    expect(buildEventV1(png, { ...details, binaryMediaTypes: ['image/*'] })).toMatchObject({ body: 'AQL6', isBase64Encoded: true });
    // Without binary media types REST APIs pass every body as text.
    const text = buildEventV1({ ...png, body: utf8.encode('hi') }, details);
    expect(text).toMatchObject({ body: 'hi', isBase64Encoded: false });
    expect(isBinaryMediaType('image/png; q=1', ['image/png'])).toBe(true);
    expect(isBinaryMediaType('text/plain', ['image/*'])).toBe(false);
    expect(isBinaryMediaType(undefined, ['image/*'])).toBe(false);
    expect(isBinaryMediaType(undefined, ['*/*'])).toBe(true);
  });
});
