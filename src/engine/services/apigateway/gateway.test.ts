import { beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../errors';
import { ManualClock } from '../../testing/fake-ports';
import { ApiRegistry } from './api-registry';
import { Gateway, type GatewayRequest, type RequestTrace } from './gateway';
import { utf8 } from './request';
import type { InvokeInput } from '../../lambda/types';

/** Functions as plain JS: a result, a thrown error (FunctionError), or a Lambda refusal. */
type FakeFunction = (event: Record<string, unknown>, input: InvokeInput) => unknown;

let clock: ManualClock;
let registry: ApiRegistry;
let gateway: Gateway;
let functions: Record<string, FakeFunction>;
let served: RequestTrace[];

beforeEach(() => {
  clock = new ManualClock();
  registry = new ApiRegistry(() => {}, () => clock.now());
  functions = {};
  served = [];
  gateway = new Gateway({
    registry,
    clock,
    served: (trace) => served.push(trace),
    invoke: async (input) => {
      const fn = functions[input.FunctionName];
      if (!fn) throw new ServiceError('ResourceNotFoundException', `Function not found: ${input.FunctionName}`, 404);
      try {
        const result = await fn(JSON.parse(input.Payload!) as Record<string, unknown>, input);
        return { output: { StatusCode: 200, ExecutedVersion: '$LATEST', Payload: JSON.stringify(result ?? null) } };
      } catch (error) {
        if (error instanceof ServiceError) throw error;
        return { output: { StatusCode: 200, ExecutedVersion: '$LATEST', FunctionError: 'Unhandled' as const, Payload: JSON.stringify({ errorType: 'Error', errorMessage: (error as Error).message }) } };
      }
    },
  });
});

const send = async (path: string, init: Partial<GatewayRequest> = {}) => {
  const [p, q = ''] = path.split('?');
  const trace = await gateway.handle({ method: 'GET', path: p!, query: q, headers: [], ...init });
  return trace!;
};
const text = (trace: RequestTrace) => utf8.decode(trace.response.body);
const header = (trace: RequestTrace, name: string) => trace.response.headers.find(([n]) => n.toLowerCase() === name)?.[1];

describe('HTTP APIs', () => {
  it('routes to the function, with path parameters, and answers with its response', async () => {
    const api = registry.createApi({ name: 'items', kind: 'http' });
    registry.createRoute(api.id, { routeKey: 'GET /items/{id}', target: { functionName: 'get' } });
    functions.get = (event) => ({ statusCode: 200, body: JSON.stringify((event as { pathParameters: unknown }).pathParameters) });
    const trace = await send(`/${api.id}/items/42`);
    expect(trace.response.statusCode).toBe(200);
    expect(text(trace)).toBe('{"id":"42"}');
    expect(trace.routeKey).toBe('GET /items/{id}');
    expect(trace.integration?.event).toMatchObject({ version: '2.0', rawPath: '/items/42', routeKey: 'GET /items/{id}' });
    expect(header(trace, 'apigw-requestid')).toBe(trace.requestId);
    expect(served).toEqual([trace]);
  });

  it('answers 404 Not Found when no route matches, without invoking anything', async () => {
    const api = registry.createApi({ name: 'items', kind: 'http' });
    registry.createRoute(api.id, { routeKey: 'GET /items', target: { functionName: 'get' } });
    const trace = await send(`/${api.id}/nothing`);
    expect(trace.response.statusCode).toBe(404);
    expect(text(trace)).toBe('{"message":"Not Found"}');
    expect(trace.integration).toBeUndefined();
    expect(trace.note).toContain('No route matches GET /nothing');
  });

  it('returns undefined for an id no API has, so another tab may answer', async () => {
    expect(await gateway.handle({ method: 'GET', path: '/nope/x', query: '', headers: [] })).toBeUndefined();
  });

  it('serves a named stage with its variables and keeps the stage in rawPath', async () => {
    const api = registry.createApi({ name: 'a', kind: 'http' });
    registry.createStage(api.id, { name: 'dev', variables: { table: 'dev-items' } });
    registry.createRoute(api.id, { routeKey: 'ANY /{proxy+}', target: { functionName: 'f' } });
    functions.f = (event) => event;
    const trace = await send(`/${api.id}/dev/a/b`);
    const event = JSON.parse(text(trace)) as Record<string, unknown>;
    expect(event).toMatchObject({ rawPath: '/dev/a/b', stageVariables: { table: 'dev-items' }, pathParameters: { proxy: 'a/b' } });
    expect((event.requestContext as { stage: string }).stage).toBe('dev');
    // Without the stage prefix the request falls to the $default stage.
    const root = JSON.parse(text(await send(`/${api.id}/a/b`))) as { rawPath: string };
    expect(root.rawPath).toBe('/a/b');
  });

  it('resolves ${stageVariables.x} in the integration target', async () => {
    const api = registry.createApi({ name: 'a', kind: 'http' });
    registry.updateStage(api.id, '$default', { alias: 'live' });
    registry.createRoute(api.id, { routeKey: '$default', target: { functionName: 'f', qualifier: '${stageVariables.alias}' } });
    functions.f = (_event, input) => input.Qualifier;
    // A bare string result is the body itself on payload 2.0.
    expect(text(await send(`/${api.id}/x`))).toBe('live');
  });

  it('gives 502 for a function error and for malformed results, saying why', async () => {
    const api = registry.createApi({ name: 'a', kind: 'http' });
    registry.createRoute(api.id, { routeKey: 'GET /boom', target: { functionName: 'boom' } });
    registry.createRoute(api.id, { routeKey: 'GET /bad', target: { functionName: 'bad' } });
    functions.boom = () => {
      throw new Error('boom');
    };
    functions.bad = () => ({ statusCode: 200, body: { not: 'a string' } });
    const boom = await send(`/${api.id}/boom`);
    expect([boom.response.statusCode, text(boom)]).toEqual([502, '{"message":"Internal Server Error"}']);
    expect(boom.note).toContain('returned an error');
    const bad = await send(`/${api.id}/bad`);
    expect(bad.response.statusCode).toBe(502);
    expect(bad.note).toContain('`body` must be a string');
  });

  it('turns a throttle or a missing function into 500, and a slow function into 503 after 30 s', async () => {
    const api = registry.createApi({ name: 'a', kind: 'http' });
    registry.createRoute(api.id, { routeKey: 'GET /gone', target: { functionName: 'gone' } });
    registry.createRoute(api.id, { routeKey: 'GET /busy', target: { functionName: 'busy' } });
    registry.createRoute(api.id, { routeKey: 'GET /slow', target: { functionName: 'slow' } });
    functions.busy = () => {
      throw new ServiceError('TooManyRequestsException', 'Rate Exceeded.', 429, { Reason: 'ConcurrentInvocationLimitExceeded' });
    };
    functions.slow = () => new Promise(() => {});
    const gone = await send(`/${api.id}/gone`);
    expect([gone.response.statusCode, text(gone)]).toEqual([500, '{"message":"Internal Server Error"}']);
    expect(gone.note).toContain('ResourceNotFoundException');
    const busy = await send(`/${api.id}/busy`);
    expect(busy.response.statusCode).toBe(500);
    expect(busy.note).toContain('throttled');
    const pending = send(`/${api.id}/slow`);
    await Promise.resolve();
    clock.advance(29_999);
    let settled = false;
    void pending.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(settled).toBe(false);
    clock.advance(1);
    const slow = await pending;
    expect([slow.response.statusCode, text(slow)]).toEqual([503, '{"message":"Service Unavailable"}']);
  });

  it('answers a CORS preflight itself and adds CORS headers to responses', async () => {
    const api = registry.createApi({
      name: 'a', kind: 'http',
      cors: { allowOrigins: ['https://app.example'], allowMethods: ['GET', 'POST'], allowHeaders: ['content-type'], exposeHeaders: ['x-total'], maxAge: 300 },
    });
    registry.createRoute(api.id, { routeKey: 'POST /items', target: { functionName: 'f' } });
    functions.f = () => ({ statusCode: 201, headers: { 'Access-Control-Allow-Origin': '*' }, body: 'ok' });
    const preflight = await send(`/${api.id}/items`, {
      method: 'OPTIONS',
      headers: [['Origin', 'https://app.example'], ['Access-Control-Request-Method', 'POST'], ['Access-Control-Request-Headers', 'Content-Type']],
    });
    expect(preflight.response.statusCode).toBe(204);
    expect(header(preflight, 'access-control-allow-origin')).toBe('https://app.example');
    expect(header(preflight, 'access-control-allow-methods')).toBe('GET,POST');
    expect(header(preflight, 'access-control-allow-headers')).toBe('content-type');
    expect(header(preflight, 'access-control-max-age')).toBe('300');
    expect(preflight.integration).toBeUndefined();

    const post = await send(`/${api.id}/items`, { method: 'POST', headers: [['Origin', 'https://app.example']] });
    expect(post.response.statusCode).toBe(201);
    // The function's own CORS header is replaced by the configuration's.
    expect(post.response.headers.filter(([n]) => n.toLowerCase() === 'access-control-allow-origin')).toEqual([['access-control-allow-origin', 'https://app.example']]);
    expect(header(post, 'access-control-expose-headers')).toBe('x-total');

    const stranger = await send(`/${api.id}/items`, {
      method: 'OPTIONS', headers: [['Origin', 'https://evil.example'], ['Access-Control-Request-Method', 'POST']],
    });
    expect(header(stranger, 'access-control-allow-origin')).toBeUndefined();
  });

  it('runs a simple-response authorizer and passes its context to the integration', async () => {
    const api = registry.createApi({ name: 'a', kind: 'http' });
    const auth = registry.createAuthorizer(api.id, {
      name: 'token', target: { functionName: 'auth' }, identitySources: ['$request.header.Authorization'], enableSimpleResponses: true,
    });
    registry.createRoute(api.id, { routeKey: 'GET /me', target: { functionName: 'me' }, authorizerId: auth.id });
    functions.auth = (event) => {
      const { headers } = event as { headers: Record<string, string> };
      return { isAuthorized: headers.authorization === 'let-me-in', context: { user: 'ada' } };
    };
    functions.me = (event) => ({ statusCode: 200, body: JSON.stringify((event as { requestContext: { authorizer: unknown } }).requestContext.authorizer) });

    const none = await send(`/${api.id}/me`);
    expect([none.response.statusCode, text(none)]).toEqual([401, '{"message":"Unauthorized"}']);
    expect(none.authorizer).toBeUndefined();

    const wrong = await send(`/${api.id}/me`, { headers: [['Authorization', 'nope']] });
    expect([wrong.response.statusCode, text(wrong)]).toEqual([403, '{"message":"Forbidden"}']);
    expect(wrong.authorizer?.event).toMatchObject({ version: '2.0', type: 'REQUEST', identitySource: ['nope'] });
    expect(wrong.authorizer?.event.routeArn).toBe(`arn:aws:execute-api:us-east-1:123456789012:${api.id}/$default/GET/me`);

    const ok = await send(`/${api.id}/me`, { headers: [['Authorization', 'let-me-in']] });
    expect(ok.response.statusCode).toBe(200);
    expect(JSON.parse(text(ok))).toEqual({ lambda: { user: 'ada' } });
  });

  it('gives 500 when the authorizer fails or answers in the wrong shape', async () => {
    const api = registry.createApi({ name: 'a', kind: 'http' });
    const auth = registry.createAuthorizer(api.id, { name: 't', target: { functionName: 'auth' }, identitySources: [], enableSimpleResponses: true });
    registry.createRoute(api.id, { routeKey: 'GET /x', target: { functionName: 'x' }, authorizerId: auth.id });
    functions.auth = () => ({ allowed: true });
    const trace = await send(`/${api.id}/x`);
    expect([trace.response.statusCode, text(trace)]).toEqual([500, '{"message":"Internal Server Error"}']);
    expect(trace.note).toContain('isAuthorized');
  });
});

describe('REST APIs', () => {
  it('builds a 1.0 event, requires statusCode, and answers a missing route with 403', async () => {
    const api = registry.createApi({ name: 'shop', kind: 'rest' });
    registry.createRoute(api.id, { routeKey: 'GET /items/{id}', target: { functionName: 'f' } });
    functions.f = (event) => ({ body: JSON.stringify(event) });
    const bad = await send(`/${api.id}/prod/items/7?a=1&a=2`);
    expect([bad.response.statusCode, text(bad)]).toEqual([502, '{"message": "Internal server error"}']);
    expect(bad.note).toContain('`statusCode` is missing');
    expect(bad.integration?.event).toMatchObject({
      resource: '/items/{id}', path: '/items/7', httpMethod: 'GET',
      multiValueQueryStringParameters: { a: ['1', '2'] }, queryStringParameters: { a: '2' }, pathParameters: { id: '7' },
    });
    expect(header(bad, 'x-amzn-requestid')).toBe(bad.requestId);

    const missing = await send(`/${api.id}/prod/other`);
    expect([missing.response.statusCode, text(missing)]).toEqual([403, '{"message":"Missing Authentication Token"}']);
    const noStage = await send(`/${api.id}/staging/items/7`);
    expect([noStage.response.statusCode, text(noStage)]).toEqual([403, '{"message":"Forbidden"}']);
  });

  it('checks the x-api-key header on routes that require a key', async () => {
    const api = registry.createApi({ name: 'shop', kind: 'rest' });
    const key = registry.createApiKey(api.id, { name: 'partner' });
    expect(key.value).toMatch(/^[A-Za-z0-9]{40}$/);
    registry.createRoute(api.id, { routeKey: 'GET /items', target: { functionName: 'f' }, apiKeyRequired: true });
    functions.f = (event) => ({ statusCode: 200, body: JSON.stringify((event as { requestContext: { identity: unknown } }).requestContext.identity) });
    const without = await send(`/${api.id}/prod/items`);
    expect([without.response.statusCode, text(without)]).toEqual([403, '{"message":"Forbidden"}']);
    const wrong = await send(`/${api.id}/prod/items`, { headers: [['x-api-key', 'x'.repeat(40)]] });
    expect(wrong.response.statusCode).toBe(403);
    const right = await send(`/${api.id}/prod/items`, { headers: [['X-API-Key', key.value]] });
    expect(right.response.statusCode).toBe(200);
    expect(JSON.parse(text(right))).toMatchObject({ apiKey: key.value, apiKeyId: key.id });
  });

  it('evaluates an IAM-policy authorizer: explicit deny wins, context reaches requestContext.authorizer', async () => {
    const api = registry.createApi({ name: 'shop', kind: 'rest' });
    const auth = registry.createAuthorizer(api.id, {
      name: 'policy', target: { functionName: 'auth' }, identitySources: ['method.request.header.Authorization'], enableSimpleResponses: false,
    });
    registry.createRoute(api.id, { routeKey: 'ANY /{proxy+}', target: { functionName: 'f' }, authorizerId: auth.id });
    functions.auth = (event) => {
      const { methodArn, headers } = event as { methodArn: string; headers: Record<string, string> };
      if (headers.Authorization === 'fail') throw new Error('Unauthorized');
      const base = methodArn.split('/').slice(0, 2).join('/');
      return {
        principalId: 'user-1',
        policyDocument: {
          Version: '2012-10-17',
          Statement: [
            { Action: 'execute-api:Invoke', Effect: 'Allow', Resource: `${base}/*` },
            { Action: 'execute-api:Invoke', Effect: 'Deny', Resource: `${base}/DELETE/*` },
          ],
        },
        context: { tier: 'gold', level: 3 },
      };
    };
    functions.f = (event) => ({ statusCode: 200, body: JSON.stringify((event as { requestContext: { authorizer: unknown } }).requestContext.authorizer) });
    const allowed = await send(`/${api.id}/prod/orders/1`, { headers: [['Authorization', 'token']] });
    expect(allowed.response.statusCode).toBe(200);
    expect(JSON.parse(text(allowed))).toMatchObject({ principalId: 'user-1', tier: 'gold', level: 3 });
    expect(allowed.authorizer?.event).toMatchObject({ type: 'REQUEST', httpMethod: 'GET', path: '/orders/1' });

    const denied = await send(`/${api.id}/prod/orders/1`, { method: 'DELETE', headers: [['Authorization', 'token']] });
    expect([denied.response.statusCode, text(denied)]).toEqual([403, '{"Message":"User is not authorized to access this resource with an explicit deny"}']);

    const unauthorized = await send(`/${api.id}/prod/orders/1`, { headers: [['Authorization', 'fail']] });
    expect([unauthorized.response.statusCode, text(unauthorized)]).toEqual([401, '{"message":"Unauthorized"}']);
  });

  it('passes base64 bodies for binary media types and decodes base64 results only for them', async () => {
    const api = registry.createApi({ name: 'img', kind: 'rest', binaryMediaTypes: ['image/*'] });
    registry.createRoute(api.id, { routeKey: 'POST /echo', target: { functionName: 'echo' } });
    functions.echo = (event) => {
      const { body, isBase64Encoded, headers } = event as { body: string; isBase64Encoded: boolean; headers: Record<string, string> };
      return { statusCode: 200, headers: { 'Content-Type': headers['Content-Type'] }, body, isBase64Encoded };
    };
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    const image = await send(`/${api.id}/prod/echo`, { method: 'POST', headers: [['Content-Type', 'image/png']], body: png });
    expect(image.integration?.event).toMatchObject({ isBase64Encoded: true, body: 'iVBORwD/' });
    expect(image.response.body).toEqual(png);
    const textBody = await send(`/${api.id}/prod/echo`, { method: 'POST', headers: [['Content-Type', 'text/plain']], body: utf8.encode('hi') });
    expect(textBody.integration?.event).toMatchObject({ isBase64Encoded: false, body: 'hi' });
  });

  it('times out after 29 s with 504', async () => {
    const api = registry.createApi({ name: 'slow', kind: 'rest' });
    registry.createRoute(api.id, { routeKey: 'GET /', target: { functionName: 'slow' } });
    functions.slow = () => new Promise(() => {});
    const pending = send(`/${api.id}/prod/`);
    await Promise.resolve();
    clock.advance(29_000);
    const trace = await pending;
    expect([trace.response.statusCode, text(trace)]).toEqual([504, '{"message": "Endpoint request timed out"}']);
  });
});

describe('function URLs', () => {
  it('invoke their function for any path with a 2.0 event on the lambda-url domain', async () => {
    const api = registry.createApi({ name: 'url', kind: 'url', target: { functionName: 'f', qualifier: 'live' } });
    expect(api.id).toMatch(/^[a-z0-9]{32}$/);
    functions.f = (event, input) => ({ event, qualifier: input.Qualifier });
    const trace = await send(`/${api.id}/any/path?x=1`, { method: 'POST' });
    const body = JSON.parse(text(trace)) as { event: Record<string, unknown>; qualifier: string };
    expect(trace.response.statusCode).toBe(200);
    expect(body.qualifier).toBe('live');
    expect(body.event).toMatchObject({ rawPath: '/any/path', rawQueryString: 'x=1', routeKey: '$default' });
    expect((body.event.requestContext as { domainName: string }).domainName).toBe(`${api.id}.lambda-url.us-east-1.on.aws`);
  });

  it('pass a throttle through as 429', async () => {
    const api = registry.createApi({ name: 'url', kind: 'url', target: { functionName: 'busy' } });
    functions.busy = () => {
      throw new ServiceError('TooManyRequestsException', 'Rate Exceeded.', 429);
    };
    expect((await send(`/${api.id}/`)).response.statusCode).toBe(429);
  });
});

it('strips the body of a HEAD response', async () => {
  const api = registry.createApi({ name: 'a', kind: 'http' });
  registry.createRoute(api.id, { routeKey: 'ANY /x', target: { functionName: 'f' } });
  functions.f = () => ({ statusCode: 200, body: 'payload' });
  const trace = await send(`/${api.id}/x`, { method: 'HEAD' });
  expect(trace.response.statusCode).toBe(200);
  expect(trace.response.body.length).toBe(0);
});
