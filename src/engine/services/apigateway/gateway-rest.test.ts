import { beforeEach, describe, expect, it } from 'vitest';
import { gatewayKit, header, text } from './gateway-test-kit';
import { utf8 } from './request';

let kit: ReturnType<typeof gatewayKit>;
beforeEach(() => {
  kit = gatewayKit();
});

describe('REST APIs', () => {
  it('builds a 1.0 event, requires statusCode, and answers a missing route with 403', async () => {
    const api = kit.registry.createApi({ name: 'shop', kind: 'rest' });
    kit.registry.createRoute(api.id, { routeKey: 'GET /items/{id}', target: { functionName: 'f' } });
    kit.functions.f = (event) => ({ body: JSON.stringify(event) });
    const bad = await kit.send(`/${api.id}/prod/items/7?a=1&a=2`);
    expect([bad.response.statusCode, text(bad)]).toEqual([502, '{"message": "Internal server error"}']);
    expect(bad.note).toContain('`statusCode` is missing');
    expect(bad.integration?.event).toMatchObject({
      resource: '/items/{id}', path: '/items/7', httpMethod: 'GET',
      multiValueQueryStringParameters: { a: ['1', '2'] }, queryStringParameters: { a: '2' }, pathParameters: { id: '7' },
    });
    expect(header(bad, 'x-amzn-requestid')).toBe(bad.requestId);

    const missing = await kit.send(`/${api.id}/prod/other`);
    expect([missing.response.statusCode, text(missing)]).toEqual([403, '{"message":"Missing Authentication Token"}']);
    const noStage = await kit.send(`/${api.id}/staging/items/7`);
    expect([noStage.response.statusCode, text(noStage)]).toEqual([403, '{"message":"Forbidden"}']);
  });

  it('checks the x-api-key header on routes that require a key', async () => {
    const api = kit.registry.createApi({ name: 'shop', kind: 'rest' });
    const key = kit.registry.createApiKey(api.id, { name: 'partner' });
    expect(key.value).toMatch(/^[A-Za-z0-9]{40}$/);
    kit.registry.createRoute(api.id, { routeKey: 'GET /items', target: { functionName: 'f' }, apiKeyRequired: true });
    kit.functions.f = (event) => ({ statusCode: 200, body: JSON.stringify((event as { requestContext: { identity: unknown } }).requestContext.identity) });
    const without = await kit.send(`/${api.id}/prod/items`);
    expect([without.response.statusCode, text(without)]).toEqual([403, '{"message":"Forbidden"}']);
    const wrong = await kit.send(`/${api.id}/prod/items`, { headers: [['x-api-key', 'x'.repeat(40)]] });
    expect(wrong.response.statusCode).toBe(403);
    const right = await kit.send(`/${api.id}/prod/items`, { headers: [['X-API-Key', key.value]] });
    expect(right.response.statusCode).toBe(200);
    expect(JSON.parse(text(right))).toMatchObject({ apiKey: key.value, apiKeyId: key.id });
  });

  it('evaluates an IAM-policy authorizer: explicit deny wins, context reaches requestContext.authorizer', async () => {
    const api = kit.registry.createApi({ name: 'shop', kind: 'rest' });
    const auth = kit.registry.createAuthorizer(api.id, {
      name: 'policy', target: { functionName: 'auth' }, identitySources: ['method.request.header.Authorization'], enableSimpleResponses: false,
    });
    kit.registry.createRoute(api.id, { routeKey: 'ANY /{proxy+}', target: { functionName: 'f' }, authorizerId: auth.id });
    kit.functions.auth = (event) => {
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
    kit.functions.f = (event) => ({ statusCode: 200, body: JSON.stringify((event as { requestContext: { authorizer: unknown } }).requestContext.authorizer) });
    const allowed = await kit.send(`/${api.id}/prod/orders/1`, { headers: [['Authorization', 'token']] });
    expect(allowed.response.statusCode).toBe(200);
    expect(JSON.parse(text(allowed))).toMatchObject({ principalId: 'user-1', tier: 'gold', level: '3' });
    expect(allowed.authorizer?.event).toMatchObject({ type: 'REQUEST', httpMethod: 'GET', path: '/orders/1' });

    const denied = await kit.send(`/${api.id}/prod/orders/1`, { method: 'DELETE', headers: [['Authorization', 'token']] });
    expect([denied.response.statusCode, text(denied)]).toEqual([403, '{"Message":"User is not authorized to access this resource with an explicit deny"}']);

    const unauthorized = await kit.send(`/${api.id}/prod/orders/1`, { headers: [['Authorization', 'fail']] });
    expect([unauthorized.response.statusCode, text(unauthorized)]).toEqual([401, '{"message":"Unauthorized"}']);
  });

  it('passes base64 bodies for binary media types and decodes base64 results only for them', async () => {
    const api = kit.registry.createApi({ name: 'img', kind: 'rest', binaryMediaTypes: ['image/*'] });
    kit.registry.createRoute(api.id, { routeKey: 'POST /echo', target: { functionName: 'echo' } });
    kit.functions.echo = (event) => {
      const { body, isBase64Encoded, headers } = event as { body: string; isBase64Encoded: boolean; headers: Record<string, string> };
      return { statusCode: 200, headers: { 'Content-Type': headers['Content-Type'] }, body, isBase64Encoded };
    };
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    const image = await kit.send(`/${api.id}/prod/echo`, { method: 'POST', headers: [['Content-Type', 'image/png'], ['Accept', 'image/png, */*']], body: png });
    expect(image.integration?.event).toMatchObject({ isBase64Encoded: true, body: 'iVBORwD/' });
    expect(image.response.body).toEqual(png);
    // Without a binary first Accept type, the client receives the base64 text itself.
    const asText = await kit.send(`/${api.id}/prod/echo`, { method: 'POST', headers: [['Content-Type', 'image/png'], ['Accept', 'text/html, image/png']], body: png });
    expect(text(asText)).toBe('iVBORwD/');
    const textBody = await kit.send(`/${api.id}/prod/echo`, { method: 'POST', headers: [['Content-Type', 'text/plain']], body: utf8.encode('hi') });
    expect(textBody.integration?.event).toMatchObject({ isBase64Encoded: false, body: 'hi' });
  });

  it('times out after 29 s with 504', async () => {
    const api = kit.registry.createApi({ name: 'slow', kind: 'rest' });
    kit.registry.createRoute(api.id, { routeKey: 'GET /', target: { functionName: 'slow' } });
    kit.functions.slow = () => new Promise(() => {});
    const pending = kit.send(`/${api.id}/prod/`);
    await Promise.resolve();
    kit.clock.advance(29_000);
    const trace = await pending;
    expect([trace.response.statusCode, text(trace)]).toEqual([504, '{"message": "Endpoint request timed out"}']);
  });

  it('runs the authorizer before checking the API key, as API Gateway checks usage plans last', async () => {
    const api = kit.registry.createApi({ name: 'both', kind: 'rest' });
    const auth = kit.registry.createAuthorizer(api.id, { name: 'p', target: { functionName: 'auth' }, identitySources: [], enableSimpleResponses: false });
    kit.registry.createRoute(api.id, { routeKey: 'GET /x', target: { functionName: 'f' }, apiKeyRequired: true, authorizerId: auth.id });
    kit.functions.auth = () => ({ principalId: 'p', policyDocument: { Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: '*' }] } });
    const trace = await kit.send(`/${api.id}/prod/x`);
    expect(trace.response.statusCode).toBe(403);
    expect(trace.authorizer?.decision).toBe('allow');
    expect(trace.note).toContain('API key');
  });

  it('adds the headers API Gateway forwards (Host, X-Forwarded-*, X-Amzn-Trace-Id) unless the client sent them', async () => {
    const api = kit.registry.createApi({ name: 'h', kind: 'rest' });
    kit.registry.createRoute(api.id, { routeKey: 'GET /h', target: { functionName: 'f' } });
    kit.functions.f = (event) => ({ statusCode: 200, body: JSON.stringify(event.headers) });
    const headers = JSON.parse(text(await kit.send(`/${api.id}/prod/h`, { headers: [['X-Forwarded-Proto', 'http']], sourceIp: '198.51.100.7' }))) as Record<string, string>;
    expect(headers).toMatchObject({ Host: `${api.id}.execute-api.us-east-1.amazonaws.com`, 'X-Forwarded-For': '198.51.100.7', 'X-Forwarded-Port': '443', 'X-Forwarded-Proto': 'http' });
    expect(headers['X-Amzn-Trace-Id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
  });
});
