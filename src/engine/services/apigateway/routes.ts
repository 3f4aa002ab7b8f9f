// Route selection as HTTP APIs do it: the most specific route for a method and path wins.
import { ServiceError } from '../../errors';

/** A route that matched a request, with its path variables already URL-decoded. */
export interface RouteMatch {
  routeKey: string;
  pathParameters: Record<string, string>;
}

/** One segment of a route path: literal text, a `{name}` variable, or a trailing greedy `{name+}`. */
type Segment = { kind: 'literal'; text: string } | { kind: 'param'; name: string } | { kind: 'greedy'; name: string };

/** A route key split into its method (`ANY` included) and path segments. */
interface ParsedRoute {
  key: string;
  method: string;
  segments: Segment[];
}

const METHOD = /^(ANY|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;
// Variables are whole segments on API Gateway: `/items/{id}` is allowed, `/items/id-{id}` is not.
const VARIABLE = /^\{([A-Za-z0-9._-]+)(\+?)\}$/;

const badRouteKey = (key: string, why: string) =>
  new ServiceError('BadRequestException', `Invalid route key: '${key}'. ${why}`, 400);

/** Parses `METHOD /path` (or `$default`), rejecting the keys CreateRoute would reject. */
export function parseRouteKey(key: string): ParsedRoute {
  if (key === '$default') return { key, method: 'ANY', segments: [] };
  const match = /^(\S+) (\/\S*)$/.exec(key);
  if (!match || !METHOD.test(match[1]!)) throw badRouteKey(key, "Expected '$default' or '<METHOD> /<path>'.");
  const parts = match[2]! === '/' ? [] : match[2]!.slice(1).split('/');
  const segments = parts.map((part, i): Segment => {
    const variable = VARIABLE.exec(part);
    if (!variable) {
      if (part === '' || part.includes('{') || part.includes('}')) throw badRouteKey(key, 'Path variables must be whole segments.');
      return { kind: 'literal', text: part };
    }
    if (variable[2] !== '+') return { kind: 'param', name: variable[1]! };
    if (i !== parts.length - 1) throw badRouteKey(key, 'A greedy path variable must be the last segment.');
    return { kind: 'greedy', name: variable[1]! };
  });
  return { key, method: match[1]!, segments };
}

function decode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // A malformed escape reaches the function as sent rather than failing the request.
  }
}

/** Path variables when `route` matches the raw path segments, otherwise undefined. */
function matchPath(route: ParsedRoute, parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < route.segments.length; i++) {
    const segment = route.segments[i]!;
    if (segment.kind === 'greedy') {
      const rest = parts.slice(i).join('/');
      if (rest === '') return undefined; // `{proxy+}` needs at least one character to capture.
      params[segment.name] = decode(rest);
      return params;
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (segment.kind === 'literal') {
      if (segment.text !== part) return undefined;
    } else {
      if (part === '') return undefined;
      params[segment.name] = decode(part);
    }
  }
  return parts.length === route.segments.length ? params : undefined;
}

const RANK = { literal: 0, param: 1, greedy: 2 } as const;

/**
 * Negative when `a` is more specific. A route without a greedy variable beats any greedy one
 * (AWS: "full match" before "greedy path variable"); then, segment by segment, literal beats
 * `{param}` beats `{proxy+}`; then a named method beats ANY.
 */
function compareSpecificity(a: ParsedRoute, b: ParsedRoute): number {
  const greedyA = a.segments.some((s) => s.kind === 'greedy');
  const greedyB = b.segments.some((s) => s.kind === 'greedy');
  if (greedyA !== greedyB) return greedyA ? 1 : -1;
  const n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const diff = RANK[a.segments[i]!.kind] - RANK[b.segments[i]!.kind];
    if (diff !== 0) return diff;
  }
  // Both greedy with equal prefixes: the longer literal prefix is the more specific one.
  if (a.segments.length !== b.segments.length) return b.segments.length - a.segments.length;
  return (a.method === 'ANY' ? 1 : 0) - (b.method === 'ANY' ? 1 : 0);
}

/**
 * Picks the route API Gateway would invoke for `method` and the raw (still URL-encoded) `path`.
 * `$default` catches only what no other route matches; with no match at all the result is
 * undefined, which API Gateway answers with 404 `{"message":"Not Found"}`.
 */
export function matchRoute(routeKeys: readonly string[], method: string, path: string): RouteMatch | undefined {
  const upper = method.toUpperCase();
  const parts = path === '/' || path === '' ? [] : path.replace(/^\//, '').split('/');
  let best: { route: ParsedRoute; params: Record<string, string> } | undefined;
  for (const key of routeKeys) {
    if (key === '$default') continue;
    const route = parseRouteKey(key);
    if (route.method !== 'ANY' && route.method !== upper) continue;
    const params = matchPath(route, parts);
    if (params && (!best || compareSpecificity(route, best.route) < 0)) best = { route, params };
  }
  if (best) return { routeKey: best.route.key, pathParameters: best.params };
  return routeKeys.includes('$default') ? { routeKey: '$default', pathParameters: {} } : undefined;
}
