import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../errors';
import { matchRoute, parseRouteKey } from './routes';

const routes = [
  'GET /pets/dog/1',
  'GET /pets/dog/{id}',
  'GET /pets/{proxy+}',
  'ANY /{proxy+}',
  'POST /items',
  'ANY /items/{id}',
  'GET /items/{id}',
  'GET /files/{path+}',
  'GET /',
  '$default',
];

describe('route selection', () => {
  it('follows the priority example of the HTTP API guide', () => {
    expect(matchRoute(routes, 'GET', '/pets/dog/1')).toEqual({ routeKey: 'GET /pets/dog/1', pathParameters: {} });
    expect(matchRoute(routes, 'GET', '/pets/dog/2')).toEqual({ routeKey: 'GET /pets/dog/{id}', pathParameters: { id: '2' } });
    expect(matchRoute(routes, 'GET', '/pets/cat/1')).toEqual({ routeKey: 'GET /pets/{proxy+}', pathParameters: { proxy: 'cat/1' } });
    expect(matchRoute(routes, 'POST', '/pets/dog/1')).toEqual({ routeKey: 'ANY /{proxy+}', pathParameters: { proxy: 'pets/dog/1' } });
  });

  it('prefers literal segments over variables, and variables over greedy ones, whatever the order', () => {
    const shuffled = ['GET /{proxy+}', 'GET /a/{x}', 'GET /a/b'];
    expect(matchRoute(shuffled, 'GET', '/a/b')?.routeKey).toBe('GET /a/b');
    expect(matchRoute(shuffled, 'GET', '/a/c')?.routeKey).toBe('GET /a/{x}');
    expect(matchRoute(shuffled, 'GET', '/a/b/c')?.routeKey).toBe('GET /{proxy+}');
    expect(matchRoute(['GET /{a}/b', 'GET /a/{b}'], 'GET', '/a/b')?.routeKey).toBe('GET /a/{b}');
  });

  it('prefers any full match over a greedy match, and the longer greedy prefix among greedy ones', () => {
    expect(matchRoute(['GET /a/b/{proxy+}', 'GET /{x}/{y}/{z}'], 'GET', '/a/b/c')?.routeKey).toBe('GET /{x}/{y}/{z}');
    expect(matchRoute(['GET /a/{proxy+}', 'GET /a/b/{proxy+}'], 'GET', '/a/b/c')?.routeKey).toBe('GET /a/b/{proxy+}');
  });

  it('prefers a named method over ANY for the same path', () => {
    expect(matchRoute(routes, 'GET', '/items/7')?.routeKey).toBe('GET /items/{id}');
    expect(matchRoute(routes, 'DELETE', '/items/7')?.routeKey).toBe('ANY /items/{id}');
    expect(matchRoute(routes, 'get', '/items/7')?.routeKey).toBe('GET /items/{id}');
  });

  it('captures the rest of the path in a greedy variable, which needs at least one character', () => {
    expect(matchRoute(routes, 'GET', '/files/a/b/c.txt')?.pathParameters).toEqual({ path: 'a/b/c.txt' });
    expect(matchRoute(['GET /files/{path+}'], 'GET', '/files/')).toBeUndefined();
    expect(matchRoute(['GET /files/{path+}'], 'GET', '/files')).toBeUndefined();
  });

  it('URL-decodes path variables after splitting, so an encoded slash stays inside one value', () => {
    expect(matchRoute(routes, 'GET', '/items/a%20b')?.pathParameters).toEqual({ id: 'a b' });
    expect(matchRoute(routes, 'GET', '/items/a%2Fb')).toEqual({ routeKey: 'GET /items/{id}', pathParameters: { id: 'a/b' } });
    expect(matchRoute(routes, 'GET', '/files/%E2%9C%93/x%20y')?.pathParameters).toEqual({ path: '✓/x y' });
    expect(matchRoute(routes, 'GET', '/items/100%')?.pathParameters).toEqual({ id: '100%' });
  });

  it('matches literal segments case-sensitively and the root path only to a root route', () => {
    expect(matchRoute(['GET /Items'], 'GET', '/items')).toBeUndefined();
    expect(matchRoute(routes, 'GET', '/')).toEqual({ routeKey: 'GET /', pathParameters: {} });
    expect(matchRoute(['ANY /{proxy+}'], 'GET', '/')).toBeUndefined();
  });

  it('falls back to $default only when no other route matches, and otherwise finds nothing', () => {
    const withDefault = ['POST /items', 'GET /items/{id}', '$default'];
    expect(matchRoute(withDefault, 'PUT', '/items')).toEqual({ routeKey: '$default', pathParameters: {} });
    expect(matchRoute(withDefault, 'GET', '/items/1/extra')?.routeKey).toBe('$default');
    expect(matchRoute(routes, 'PUT', '/items')?.routeKey).toBe('ANY /{proxy+}');
    expect(matchRoute(['$default', 'ANY /{proxy+}'], 'PUT', '/x')?.routeKey).toBe('ANY /{proxy+}');
    expect(matchRoute(['POST /items'], 'GET', '/items')).toBeUndefined();
    expect(matchRoute([], 'GET', '/')).toBeUndefined();
  });

  it('rejects route keys that CreateRoute rejects, with BadRequestException', () => {
    for (const key of ['GET', 'FETCH /a', 'GET a', 'GET /{proxy+}/x', 'GET /a-{id}', 'GET /a//b']) {
      expect(() => parseRouteKey(key), key).toThrow(ServiceError);
      try {
        parseRouteKey(key);
      } catch (e) {
        expect((e as ServiceError).code).toBe('BadRequestException');
      }
    }
    expect(parseRouteKey('ANY /a/{b}/{c+}').segments.map((s) => s.kind)).toEqual(['literal', 'param', 'greedy']);
  });
});
