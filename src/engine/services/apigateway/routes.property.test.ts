// Route selection against a naive reference written from the HTTP API guide ("Routing API
// requests"): each route becomes a regular expression; of the routes whose method and expression
// match, a full match beats a greedy `{proxy+}` one, then literal beats `{param}` beats greedy segment
// by segment, then a named method beats ANY; `$default` only when nothing else matches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../testing/property-runs';
import { matchRoute, type RouteMatch } from './routes';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const decode = (raw: string) => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

function referenceMatch(keys: readonly string[], method: string, path: string): RouteMatch | undefined {
  const candidates: Array<{ key: string; rank: string; params: Record<string, string> }> = [];
  for (const key of keys) {
    if (key === '$default') continue;
    const [routeMethod, routePath] = key.split(' ') as [string, string];
    if (routeMethod !== 'ANY' && routeMethod !== method.toUpperCase()) continue;
    const names: string[] = [];
    let rank = '';
    const source = routePath === '/' ? '/' : routePath.split('/').slice(1).map((segment) => {
      const variable = /^\{(.+?)(\+?)\}$/.exec(segment);
      if (!variable) {
        rank += 'a';
        return `/${escape(segment)}`;
      }
      names.push(variable[1]!);
      rank += variable[2] ? 'c' : 'b';
      return variable[2] ? '/(.+)' : '/([^/]+)';
    }).join('');
    const found = new RegExp(`^${source}$`, 's').exec(path);
    if (!found) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, decode(found[i + 1]!)]));
    candidates.push({ key, rank: `${rank.includes('c') ? 1 : 0}${rank}${routeMethod === 'ANY' ? 1 : 0}`, params });
  }
  // A stable sort: among equally specific routes the one listed first wins.
  candidates.sort((x, y) => (x.rank < y.rank ? -1 : x.rank > y.rank ? 1 : 0));
  const best = candidates[0];
  if (best) return { routeKey: best.key, pathParameters: best.params };
  return keys.includes('$default') ? { routeKey: '$default', pathParameters: {} } : undefined;
}

const literal = fc.constantFrom('a', 'b', 'pets', 'A');
const param = fc.constantFrom('{x}', '{y}', '{id}');
const routePath = fc
  .tuple(fc.array(fc.oneof(literal, param), { maxLength: 3 }), fc.option(fc.constantFrom('{proxy+}', '{rest+}'), { nil: undefined }))
  .map(([segments, greedy]) => `/${[...segments, ...(greedy ? [greedy] : [])].join('/')}`);
const routeKey = fc.tuple(fc.constantFrom('ANY', 'GET', 'POST', 'DELETE'), routePath).map(([m, p]) => `${m} ${p}`);
const routeKeys = fc
  .tuple(fc.uniqueArray(routeKey, { maxLength: 8 }), fc.boolean(), fc.nat())
  .map(([keys, withDefault, at]) => (withDefault ? [...keys.slice(0, at % (keys.length + 1)), '$default', ...keys.slice(at % (keys.length + 1))] : keys));
const pathSegment = fc.constantFrom('a', 'b', 'pets', 'A', '', 'a%20b', 'x%2Fy', '%E2%9C%93', '100%', 'a+b', '%');
const requestPath = fc.array(pathSegment, { maxLength: 5 }).map((segments) => `/${segments.join('/')}`);
const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'get', 'Post');

describe('route selection (properties)', () => {
  it('picks what the naive reference picks, for any routes, method and path', () => {
    fc.assert(
      fc.property(routeKeys, method, requestPath, (keys, m, path) => {
        expect(matchRoute(keys, m, path)).toEqual(referenceMatch(keys, m, path));
      }),
      runs(500),
    );
  });

  it('does not depend on the order routes were created in, unless two are equally specific', () => {
    fc.assert(
      fc.property(routeKeys, method, requestPath, fc.nat(), (keys, m, path, seed) => {
        const shuffled = [...keys].sort((x, y) => ((x.length * 31 + seed) % 7) - ((y.length * 31 + seed) % 7) || x.localeCompare(y));
        const a = matchRoute(keys, m, path);
        const b = matchRoute(shuffled, m, path);
        // Equally specific matches (e.g. `GET /{x}` and `GET /{y}`) go to the one listed first.
        const shape = (key: string | undefined) => key?.replace(/\{[^}+]+\}/g, '{}').replace(/\{[^}]+\+\}/g, '{+}');
        if (shape(a?.routeKey) === shape(b?.routeKey)) expect(shape(b?.routeKey)).toBe(shape(a?.routeKey));
        else expect(b).toEqual(a);
      }),
      runs(300),
    );
  });

  it('never falls back to $default while another route matches, and answers nothing without one', () => {
    fc.assert(
      fc.property(routeKeys, method, requestPath, (keys, m, path) => {
        const withoutDefault = keys.filter((k) => k !== '$default');
        const specific = matchRoute(withoutDefault, m, path);
        const result = matchRoute(keys, m, path);
        if (specific) expect(result).toEqual(specific);
        else expect(result).toEqual(keys.includes('$default') ? { routeKey: '$default', pathParameters: {} } : undefined);
      }),
      runs(300),
    );
  });
});
