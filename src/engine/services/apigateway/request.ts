// The HTTP request API Gateway received, described plainly, and the helpers both payload formats share.
import { REGION } from '../../ids';

/** A request as it reached API Gateway, after route selection. */
export interface ApiRequest {
  method: string;
  /** The path after the stage, still URL-encoded, e.g. `/items/a%20b`. */
  path: string;
  /** The raw query string without `?`, e.g. `a=1&a=2`. */
  query: string;
  /** Headers in the order and case they were received; a name may repeat. */
  headers: [string, string][];
  body: Uint8Array | undefined;
  sourceIp: string;
  stage: string;
  apiId: string;
  /** The matched route, e.g. `GET /items/{id}` or `$default`. */
  routeKey: string;
  pathParameters: Record<string, string>;
  stageVariables: Record<string, string>;
  requestId: string;
  /** When the request arrived, in epoch milliseconds. */
  time: number;
  /** Overrides the execute-api host, e.g. `<url-id>.lambda-url.us-east-1.on.aws` for function URLs. */
  domainName?: string;
  /** What a Lambda authorizer allowed the request with; reaches `requestContext.authorizer`. */
  authorizer?: Record<string, unknown>;
  /** REST APIs: the API key the request was accepted with (`identity.apiKey`, `identity.apiKeyId`). */
  apiKey?: { id: string; value: string };
}

export function domainName(request: ApiRequest): string {
  return request.domainName ?? `${request.apiId}.execute-api.${REGION}.amazonaws.com`;
}

/** The first label of the host, which API Gateway reports as `domainPrefix`. */
export function domainPrefix(domain: string): string {
  return domain.split('.')[0]!;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** API Gateway's access-log time format, always UTC: `12/Mar/2020:19:03:58 +0000`. */
export function requestTime(epochMs: number): string {
  const d = new Date(epochMs);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** The last value of a header, matched case-insensitively, as HTTP APIs read `User-Agent`. */
export function headerValue(headers: readonly [string, string][], name: string): string | undefined {
  const lower = name.toLowerCase();
  let value: string | undefined;
  for (const [n, v] of headers) if (n.toLowerCase() === lower) value = v;
  return value;
}

function decodeComponent(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** Query parameters in order of appearance, decoded; `a` alone is `a` with an empty value. */
export function parseQuery(query: string): [string, string][] {
  if (query === '') return [];
  return query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? [decodeComponent(pair), ''] : [decodeComponent(pair.slice(0, eq)), decodeComponent(pair.slice(eq + 1))];
    });
}

/** Groups pairs by key, keeping every value in order. */
export function groupValues(pairs: readonly [string, string][]): Record<string, string[]> {
  // A Map, so names like `constructor` are plain keys rather than inherited properties.
  const groups = new Map<string, string[]>();
  for (const [k, v] of pairs) groups.set(k, [...(groups.get(k) ?? []), v]);
  return Object.fromEntries(groups);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked so large bodies don't overflow the argument limit of String.fromCharCode.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const utf8 = {
  decode: (bytes: Uint8Array) => new TextDecoder().decode(bytes),
  encode: (text: string) => new TextEncoder().encode(text),
};
