import { beforeEach, describe, expect, it } from 'vitest';
import { ApiRegistry } from './api-registry';
import { apiPath } from './definitions';

let registry: ApiRegistry;
let changes: number;

beforeEach(() => {
  changes = 0;
  registry = new ApiRegistry(() => changes++, () => 1_700_000_000_000);
});

const target = { functionName: 'f' };

describe('creating APIs', () => {
  it('gives each kind its default stage and payload format', () => {
    const http = registry.createApi({ name: 'h', kind: 'http' });
    const rest = registry.createApi({ name: 'r', kind: 'rest', payloadFormat: '2.0' });
    const url = registry.createApi({ name: 'u', kind: 'url', target });
    expect(http).toMatchObject({ payloadFormat: '2.0', stages: [{ name: '$default', variables: {} }] });
    expect(http.id).toMatch(/^[a-z0-9]{10}$/);
    expect(rest).toMatchObject({ payloadFormat: '1.0', stages: [{ name: 'prod' }] });
    expect(url).toMatchObject({ payloadFormat: '2.0', routes: [{ routeKey: '$default', target }] });
    expect(registry.list()).toHaveLength(3);
    expect(changes).toBe(3);
    expect(apiPath(http, '$default')).toBe(`/_api/${http.id}`);
    expect(apiPath(rest, 'prod')).toBe(`/_api/${rest.id}/prod`);
  });

  it('refuses a function URL without a target and unknown kinds', () => {
    expect(() => registry.createApi({ name: 'u', kind: 'url' })).toThrow('needs the function');
    expect(() => registry.createApi({ name: 'x', kind: 'graphql' as never })).toThrow('Invalid API kind');
    expect(() => registry.createApi({ name: ' ', kind: 'http' })).toThrow('API name must be 1 to 128 characters');
  });

  it('reports an unknown API id as NotFoundException', () => {
    expect(() => registry.get('nope')).toThrow(expect.objectContaining({ code: 'NotFoundException', statusCode: 404 }));
  });
});

describe('routes', () => {
  it('rejects malformed and duplicate route keys the way CreateRoute does', () => {
    const api = registry.createApi({ name: 'h', kind: 'http' });
    registry.createRoute(api.id, { routeKey: 'GET /items/{id}', target });
    expect(() => registry.createRoute(api.id, { routeKey: 'GET /items/{id}', target })).toThrow('Route with key GET /items/{id} already exists');
    expect(() => registry.createRoute(api.id, { routeKey: 'FETCH /x', target })).toThrow("Invalid route key: 'FETCH /x'");
    expect(() => registry.createRoute(api.id, { routeKey: 'GET /{proxy+}/x', target })).toThrow('greedy path variable must be the last');
    expect(() => registry.createRoute(api.id, { routeKey: 'GET /x', target: { functionName: '' } })).toThrow('needs a function name');
  });

  it('keeps REST-only and HTTP-only features where they belong', () => {
    const http = registry.createApi({ name: 'h', kind: 'http' });
    const rest = registry.createApi({ name: 'r', kind: 'rest' });
    expect(() => registry.createRoute(rest.id, { routeKey: '$default', target })).toThrow("REST APIs have no '$default' route");
    expect(() => registry.createRoute(http.id, { routeKey: 'GET /', target, apiKeyRequired: true })).toThrow('Only REST API routes can require an API key');
    expect(() => registry.createApiKey(http.id, { name: 'k' })).toThrow('API keys belong to REST APIs');
    expect(() => registry.updateApi(rest.id, { cors: { allowOrigins: ['*'], allowMethods: [], allowHeaders: [], exposeHeaders: [] } })).toThrow('CORS');
    expect(() => registry.updateApi(rest.id, { payloadFormat: '2.0' })).toThrow('Only HTTP APIs');
  });

  it('updates and deletes routes without mutating the definitions readers hold', () => {
    const api = registry.createApi({ name: 'h', kind: 'http' });
    registry.createRoute(api.id, { routeKey: 'GET /a', target });
    const before = registry.get(api.id);
    registry.updateRoute(api.id, 'GET /a', { routeKey: 'POST /a', target: { functionName: 'g', qualifier: 'live' } });
    expect(before.routes[0]!.routeKey).toBe('GET /a');
    expect(registry.get(api.id).routes).toEqual([{ routeKey: 'POST /a', target: { functionName: 'g', qualifier: 'live' } }]);
    registry.deleteRoute(api.id, 'POST /a');
    expect(registry.get(api.id).routes).toEqual([]);
    expect(() => registry.deleteRoute(api.id, 'POST /a')).toThrow('Invalid Route identifier');
  });
});

describe('stages, keys, authorizers, CORS', () => {
  it('validates stage names and variables', () => {
    const api = registry.createApi({ name: 'r', kind: 'rest' });
    registry.createStage(api.id, { name: 'dev', variables: { table: 'items-dev' } });
    expect(() => registry.createStage(api.id, { name: 'dev', variables: {} })).toThrow('Stage already exists: dev');
    expect(() => registry.createStage(api.id, { name: '$default', variables: {} })).toThrow('Invalid stage name');
    expect(() => registry.createStage(api.id, { name: 'qa', variables: { 'bad-name': 'x' } })).toThrow("Invalid stage variable name 'bad-name'");
    expect(() => registry.updateStage(api.id, 'dev', { table: 'a"b' })).toThrow("Invalid value for stage variable 'table'");
  });

  it('creates API keys with AWS-sized values and refuses short ones', () => {
    const api = registry.createApi({ name: 'r', kind: 'rest' });
    expect(registry.createApiKey(api.id, { name: 'k' }).value).toHaveLength(40);
    expect(() => registry.createApiKey(api.id, { name: 'k2', value: 'short' })).toThrow('20 to 128');
  });

  it('checks identity sources per API kind and protects authorizers in use', () => {
    const http = registry.createApi({ name: 'h', kind: 'http' });
    const auth = registry.createAuthorizer(http.id, { name: 'a', target, identitySources: ['$request.header.Authorization'], enableSimpleResponses: true });
    expect(() => registry.createAuthorizer(http.id, { name: 'b', target, identitySources: ['method.request.header.X'], enableSimpleResponses: false })).toThrow('Invalid identity source');
    registry.createRoute(http.id, { routeKey: 'GET /me', target, authorizerId: auth.id });
    expect(() => registry.deleteAuthorizer(http.id, auth.id)).toThrow('route GET /me uses it');
    expect(() => registry.createRoute(http.id, { routeKey: 'GET /x', target, authorizerId: 'nope' })).toThrow('Invalid Authorizer identifier');
    const rest = registry.createApi({ name: 'r', kind: 'rest' });
    const restAuth = registry.createAuthorizer(rest.id, { name: 'p', target, identitySources: ['method.request.querystring.token'], enableSimpleResponses: true });
    expect(restAuth.enableSimpleResponses).toBe(false);
  });

  it('refuses credentials with a wildcard origin, as AWS does', () => {
    const api = registry.createApi({ name: 'h', kind: 'http' });
    expect(() => registry.updateApi(api.id, { cors: { allowOrigins: ['*'], allowMethods: ['GET'], allowHeaders: [], exposeHeaders: [], allowCredentials: true } })).toThrow('allowCredentials');
    registry.updateApi(api.id, { cors: { allowOrigins: ['*'], allowMethods: ['get'], allowHeaders: [], exposeHeaders: [] } });
    expect(registry.get(api.id).cors?.allowMethods).toEqual(['GET']);
    registry.updateApi(api.id, { cors: null });
    expect(registry.get(api.id).cors).toBeUndefined();
  });
});

describe('importing saved definitions', () => {
  it('restores an API under its id and rejects a damaged one with the reason', () => {
    const source = new ApiRegistry(() => {}, () => 0);
    const api = source.createApi({ name: 'h', kind: 'http' });
    source.createRoute(api.id, { routeKey: 'GET /a', target });
    registry.importApi(source.get(api.id));
    expect(registry.get(api.id)).toEqual(source.get(api.id));
    expect(() => registry.importApi(source.get(api.id))).toThrow('already exists');
    const damaged = { ...source.get(api.id), id: 'other1', routes: [{ routeKey: 'GET a', target }] };
    expect(() => registry.importApi(damaged)).toThrow('Invalid route key');
  });
});
