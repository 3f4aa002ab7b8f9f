// CORS as HTTP APIs and function URLs apply it: the gateway answers preflights itself and adds
// the CORS headers to every response, replacing any the function set.
import { headerValue } from './request';
import type { CorsDef } from './definitions';
import type { HttpResponse } from './response';

/** The origin to allow for `origin`, or undefined when the configuration does not allow it. */
function allowedOrigin(cors: CorsDef, origin: string | undefined): string | undefined {
  if (!origin) return undefined;
  if (cors.allowOrigins.includes('*')) return '*';
  return cors.allowOrigins.some((o) => o.toLowerCase() === origin.toLowerCase()) ? origin : undefined;
}

const allows = (list: readonly string[], value: string) => list.includes('*') || list.some((v) => v.toLowerCase() === value.toLowerCase());

/** Whether a request is a CORS preflight: OPTIONS with an Origin and Access-Control-Request-Method. */
export function isPreflight(method: string, headers: readonly [string, string][]): boolean {
  return (
    method.toUpperCase() === 'OPTIONS' &&
    headerValue(headers, 'origin') !== undefined &&
    headerValue(headers, 'access-control-request-method') !== undefined
  );
}

/**
 * The gateway's answer to a preflight: 204 with the allowed methods and headers when the origin,
 * method and headers are allowed; a 204 without CORS headers otherwise, so the browser refuses.
 */
export function preflightResponse(cors: CorsDef, headers: readonly [string, string][]): HttpResponse {
  const origin = allowedOrigin(cors, headerValue(headers, 'origin'));
  const method = headerValue(headers, 'access-control-request-method') ?? '';
  const requested = (headerValue(headers, 'access-control-request-headers') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  const out: [string, string][] = [];
  if (origin && allows(cors.allowMethods, method) && requested.every((h) => allows(cors.allowHeaders, h))) {
    out.push(['access-control-allow-origin', origin]);
    out.push(['access-control-allow-methods', cors.allowMethods.join(',')]);
    // A wildcard is echoed as the headers asked for, so credentialed requests work too.
    const allowHeaders = cors.allowHeaders.includes('*') ? requested : cors.allowHeaders;
    if (allowHeaders.length > 0) out.push(['access-control-allow-headers', allowHeaders.join(',').toLowerCase()]);
    if (cors.maxAge !== undefined) out.push(['access-control-max-age', String(cors.maxAge)]);
    if (cors.allowCredentials) out.push(['access-control-allow-credentials', 'true']);
  }
  return { statusCode: 204, headers: out, body: new Uint8Array() };
}

/** The response with CORS headers for the request's origin; the function's own CORS headers are dropped. */
export function withCorsHeaders(cors: CorsDef, requestHeaders: readonly [string, string][], response: HttpResponse): HttpResponse {
  const headers = response.headers.filter(([name]) => !name.toLowerCase().startsWith('access-control-'));
  const origin = allowedOrigin(cors, headerValue(requestHeaders, 'origin'));
  if (origin) {
    headers.push(['access-control-allow-origin', origin]);
    if (cors.exposeHeaders.length > 0) headers.push(['access-control-expose-headers', cors.exposeHeaders.join(',')]);
    if (cors.allowCredentials) headers.push(['access-control-allow-credentials', 'true']);
  }
  return { ...response, headers };
}
