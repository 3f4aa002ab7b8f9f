import { beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../errors';
import { gatewayKit, header, text } from './gateway-test-kit';

let kit: ReturnType<typeof gatewayKit>;
beforeEach(() => {
  kit = gatewayKit();
});

describe('HTTP APIs', () => {
  it('routes to the function, with path parameters, and answers with its response', async () => {
    const api = kit.registry.createApi({ name: 'items', kind: 'http' });
    kit.registry.createRoute(api.id, { routeKey: 'GET /items/{id}', target: { functionName: 'get' } });
    kit.functions.get = (event) => ({ statusCode: 200, body: JSON.stringify((event as { pathParameters: unknown }).pathParameters) });
    const trace = await kit.send(`/${api.id}/items/42`);
    expect(trace.response.statusCode).toBe(200);
    expect(text(trace)).toBe('{"id":"42"}');
    expect(trace.routeKey).toBe('GET /items/{id}');
    expect(trace.integration?.event).toMatchObject({ version: '2.0', rawPath: '/items/42', routeKey: 'GET /items/{id}' });
    expect(header(trace, 'apigw-requestid')).toBe(trace.requestId);
    expect(kit.served).toEqual([trace]);
  });

  it('answers 404 Not Found when no route matches, without invoking anything', async () => {
    const api = kit.registry.createApi({ name: 'items', kind: 'http' });
    kit.registry.createRoute(api.id, { routeKey: 'GET /items', target: { functionName: 'get' } });
    const trace = await kit.send(`/${api.id}/nothing`);
    expect(trace.response.statusCode).toBe(404);
    expect(text(trace)).toBe('{"message":"Not Found"}');
    expect(trace.integration).toBeUndefined();
    expect(trace.note).toContain('No route matches GET /nothing');
  });

  it('returns undefined for an id no API has, so another tab may answer', async () => {
    expect(await kit.gateway.handle({ method: 'GET', path: '/nope/x', query: '', headers: [] })).toBeUndefined();
  });

  it('serves a named stage with its variables and keeps the stage in rawPath', async () => {
    const api = kit.registry.createApi({ name: 'a', kind: 'http' });
    kit.registry.createStage(api.id, { name: 'dev', variables: { table: 'dev-items' } });
    kit.registry.createRoute(api.id, { routeKey: 'ANY /{proxy+}', target: { functionName: 'f' } });
    kit.functions.f = (event) => event;
    const trace = await kit.send(`/${api.id}/dev/a/b`);
    const event = JSON.parse(text(trace)) as Record<string, unknown>;
    expect(event).toMatchObject({ rawPath: '/dev/a/b', stageVariables: { table: 'dev-items' }, pathParameters: { proxy: 'a/b' } });
    expect((event.requestContext as { stage: string }).stage).toBe('dev');
    // Without the stage prefix the request falls to the $default stage.
    const root = JSON.parse(text(await kit.send(`/${api.id}/a/b`))) as { rawPath: string };
    expect(root.rawPath).toBe('/a/b');
  });

  it('resolves ${stageVariables.x} in the integration target', async () => {
    const api = kit.registry.createApi({ name: 'a', kind: 'http' });
    kit.registry.updateStage(api.id, '$default', { alias: 'live' });
    kit.registry.createRoute(api.id, { routeKey: '$default', target: { functionName: 'f', qualifier: '${stageVariables.alias}' } });
    kit.functions.f = (_event, input) => input.Qualifier;
    // A bare string result is the body itself on payload 2.0.
    expect(text(await kit.send(`/${api.id}/x`))).toBe('live');
  });

  it('gives 500 for a function error and for malformed results (HTTP APIs), saying why', async () => {
    const api = kit.registry.createApi({ name: 'a', kind: 'http' });
    kit.registry.createRoute(api.id, { routeKey: 'GET /boom', target: { functionName: 'boom' } });
    kit.registry.createRoute(api.id, { routeKey: 'GET /bad', target: { functionName: 'bad' } });
    kit.functions.boom = () => {
      throw new Error('boom');
    };
    kit.functions.bad = () => ({ statusCode: 200, body: { not: 'a string' } });
    const boom = await kit.send(`/${api.id}/boom`);
    expect([boom.response.statusCode, text(boom)]).toEqual([500, '{"message":"Internal Server Error"}']);
    expect(boom.note).toContain('returned an error');
    const bad = await kit.send(`/${api.id}/bad`);
    expect(bad.response.statusCode).toBe(500);
    expect(bad.note).toContain('`body` must be a string');
  });

  it('turns a throttle or a missing function into 500, and a slow function into 503 after 30 s', async () => {
    const api = kit.registry.createApi({ name: 'a', kind: 'http' });
    kit.registry.createRoute(api.id, { routeKey: 'GET /gone', target: { functionName: 'gone' } });
    kit.registry.createRoute(api.id, { routeKey: 'GET /busy', target: { functionName: 'busy' } });
    kit.registry.createRoute(api.id, { routeKey: 'GET /slow', target: { functionName: 'slow' } });
    kit.functions.busy = () => {
      throw new ServiceError('TooManyRequestsException', 'Rate Exceeded.', 429, { Reason: 'ConcurrentInvocationLimitExceeded' });
    };
    kit.functions.slow = () => new Promise(() => {});
    const gone = await kit.send(`/${api.id}/gone`);
    expect([gone.response.statusCode, text(gone)]).toEqual([500, '{"message":"Internal Server Error"}']);
    expect(gone.note).toContain('ResourceNotFoundException');
    const busy = await kit.send(`/${api.id}/busy`);
    expect(busy.response.statusCode).toBe(500);
    expect(busy.note).toContain('throttled');
    const pending = kit.send(`/${api.id}/slow`);
    await Promise.resolve();
    kit.clock.advance(29_999);
    let settled = false;
    void pending.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(settled).toBe(false);
    kit.clock.advance(1);
    const slow = await pending;
    expect([slow.response.statusCode, text(slow)]).toEqual([503, '{"message":"Service Unavailable"}']);
  });

  it('answers a CORS preflight itself and adds CORS headers to responses', async () => {
    const api = kit.registry.createApi({
      name: 'a', kind: 'http',
      cors: { allowOrigins: ['https://app.example'], allowMethods: ['GET', 'POST'], allowHeaders: ['content-type'], exposeHeaders: ['x-total'], maxAge: 300 },
    });
    kit.registry.createRoute(api.id, { routeKey: 'POST /items', target: { functionName: 'f' } });
    kit.functions.f = () => ({ statusCode: 201, headers: { 'Access-Control-Allow-Origin': '*' }, body: 'ok' });
    const preflight = await kit.send(`/${api.id}/items`, {
      method: 'OPTIONS',
      headers: [['Origin', 'https://app.example'], ['Access-Control-Request-Method', 'POST'], ['Access-Control-Request-Headers', 'Content-Type']],
    });
    expect(preflight.response.statusCode).toBe(204);
    expect(header(preflight, 'access-control-allow-origin')).toBe('https://app.example');
    expect(header(preflight, 'access-control-allow-methods')).toBe('GET,POST');
    expect(header(preflight, 'access-control-allow-headers')).toBe('content-type');
    expect(header(preflight, 'access-control-max-age')).toBe('300');
    expect(preflight.integration).toBeUndefined();

    const post = await kit.send(`/${api.id}/items`, { method: 'POST', headers: [['Origin', 'https://app.example']] });
    expect(post.response.statusCode).toBe(201);
    // The function's own CORS header is replaced by the configuration's.
    expect(post.response.headers.filter(([n]) => n.toLowerCase() === 'access-control-allow-origin')).toEqual([['access-control-allow-origin', 'https://app.example']]);
    expect(header(post, 'access-control-expose-headers')).toBe('x-total');

    const stranger = await kit.send(`/${api.id}/items`, {
      method: 'OPTIONS', headers: [['Origin', 'https://evil.example'], ['Access-Control-Request-Method', 'POST']],
    });
    expect(header(stranger, 'access-control-allow-origin')).toBeUndefined();
  });

  it('lets a $default route take preflights (it catches every method), so they reach the function', async () => {
    const api = kit.registry.createApi({ name: 'a', kind: 'http', cors: { allowOrigins: ['*'], allowMethods: ['*'], allowHeaders: [], exposeHeaders: [] } });
    kit.registry.createRoute(api.id, { routeKey: '$default', target: { functionName: 'f' } });
    kit.functions.f = (event) => ({ statusCode: 200, body: String((event.requestContext as { http: { method: string } }).http.method) });
    const trace = await kit.send(`/${api.id}/x`, { method: 'OPTIONS', headers: [['Origin', 'https://a.example'], ['Access-Control-Request-Method', 'PUT']] });
    expect([trace.response.statusCode, text(trace)]).toEqual([200, 'OPTIONS']);
    expect(header(trace, 'access-control-allow-origin')).toBe('*');
  });

  it('runs a simple-response authorizer and passes its context to the integration', async () => {
    const api = kit.registry.createApi({ name: 'a', kind: 'http' });
    const auth = kit.registry.createAuthorizer(api.id, {
      name: 'token', target: { functionName: 'auth' }, identitySources: ['$request.header.Authorization'], enableSimpleResponses: true,
    });
    kit.registry.createRoute(api.id, { routeKey: 'GET /me', target: { functionName: 'me' }, authorizerId: auth.id });
    kit.functions.auth = (event) => {
      const { headers } = event as { headers: Record<string, string> };
      return { isAuthorized: headers.authorization === 'let-me-in', context: { user: 'ada' } };
    };
    kit.functions.me = (event) => ({ statusCode: 200, body: JSON.stringify((event as { requestContext: { authorizer: unknown } }).requestContext.authorizer) });

    const none = await kit.send(`/${api.id}/me`);
    expect([none.response.statusCode, text(none)]).toEqual([401, '{"message":"Unauthorized"}']);
    expect(none.authorizer).toBeUndefined();

    const wrong = await kit.send(`/${api.id}/me`, { headers: [['Authorization', 'nope']] });
    expect([wrong.response.statusCode, text(wrong)]).toEqual([403, '{"message":"Forbidden"}']);
    expect(wrong.authorizer?.event).toMatchObject({ version: '2.0', type: 'REQUEST', identitySource: ['nope'] });
    expect(wrong.authorizer?.event.routeArn).toBe(`arn:aws:execute-api:us-east-1:123456789012:${api.id}/$default/GET/me`);

    const ok = await kit.send(`/${api.id}/me`, { headers: [['Authorization', 'let-me-in']] });
    expect(ok.response.statusCode).toBe(200);
    expect(JSON.parse(text(ok))).toEqual({ lambda: { user: 'ada' } });
  });

  it('gives 500 when the authorizer fails or answers in the wrong shape', async () => {
    const api = kit.registry.createApi({ name: 'a', kind: 'http' });
    const auth = kit.registry.createAuthorizer(api.id, { name: 't', target: { functionName: 'auth' }, identitySources: [], enableSimpleResponses: true });
    kit.registry.createRoute(api.id, { routeKey: 'GET /x', target: { functionName: 'x' }, authorizerId: auth.id });
    kit.functions.auth = () => ({ allowed: true });
    const trace = await kit.send(`/${api.id}/x`);
    expect([trace.response.statusCode, text(trace)]).toEqual([500, '{"message":"Internal Server Error"}']);
    expect(trace.note).toContain('isAuthorized');
  });
});

describe('function URLs', () => {
  it('invoke their function for any path with a 2.0 event on the lambda-url domain', async () => {
    const api = kit.registry.createApi({ name: 'url', kind: 'url', target: { functionName: 'f', qualifier: 'live' } });
    expect(api.id).toMatch(/^[a-z0-9]{32}$/);
    kit.functions.f = (event, input) => ({ event, qualifier: input.Qualifier });
    const trace = await kit.send(`/${api.id}/any/path?x=1`, { method: 'POST' });
    const body = JSON.parse(text(trace)) as { event: Record<string, unknown>; qualifier: string };
    expect(trace.response.statusCode).toBe(200);
    expect(body.qualifier).toBe('live');
    expect(body.event).toMatchObject({ rawPath: '/any/path', rawQueryString: 'x=1', routeKey: '$default' });
    expect((body.event.requestContext as { domainName: string }).domainName).toBe(`${api.id}.lambda-url.us-east-1.on.aws`);
  });

  it('pass a throttle through as 429', async () => {
    const api = kit.registry.createApi({ name: 'url', kind: 'url', target: { functionName: 'busy' } });
    kit.functions.busy = () => {
      throw new ServiceError('TooManyRequestsException', 'Rate Exceeded.', 429);
    };
    expect((await kit.send(`/${api.id}/`)).response.statusCode).toBe(429);
  });
});

it('strips the body of a HEAD response', async () => {
  const api = kit.registry.createApi({ name: 'a', kind: 'http' });
  kit.registry.createRoute(api.id, { routeKey: 'ANY /x', target: { functionName: 'f' } });
  kit.functions.f = () => ({ statusCode: 200, body: 'payload' });
  const trace = await kit.send(`/${api.id}/x`, { method: 'HEAD' });
  expect(trace.response.statusCode).toBe(200);
  expect(trace.response.body.length).toBe(0);
});
