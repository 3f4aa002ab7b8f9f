// Turns the request console's form into the request the gateway serves, shaped as a browser's
// fetch to the API's URL would reach the service worker.
import { apiPath, type ApiDef } from '../../engine/services/apigateway/definitions';
import type { GatewayRequest } from '../../engine/services/apigateway/gateway';
import { headerValue, utf8 } from '../../engine/services/apigateway/request';
import { t } from '../../i18n/i18n.svelte';

/** One header row of the form; rows without a name are ignored. */
export interface HeaderRow {
  name: string;
  value: string;
}

/** A file picked as the request body. */
export interface ConsoleFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export type ConsoleBody = { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'file'; file: ConsoleFile };

/** What the form holds. */
export interface ConsoleRequestForm {
  method: string;
  /** The stage to address; ignored for function URLs, and `$default` means no stage in the path. */
  stage?: string;
  /** The path after the stage with an optional query string, e.g. `/items/1?x=1`. */
  path: string;
  headers: readonly HeaderRow[];
  body: ConsoleBody;
}

export const CONSOLE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

// RFC 9110 token characters: what fetch() itself accepts in a method or header name.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const PREFIX = '/_api';

/** The content type the console adds when the body has none: JSON when the text parses as JSON. */
export function defaultContentType(body: ConsoleBody): string | undefined {
  if (body.kind === 'file') return body.file.type || 'application/octet-stream';
  if (body.kind === 'text' && body.text !== '') {
    try {
      JSON.parse(body.text);
      return 'application/json';
    } catch {
      return 'text/plain; charset=utf-8';
    }
  }
  return undefined;
}

/** Whether a method may carry a body: fetch() refuses one on GET and HEAD. */
export function bodyAllowed(method: string): boolean {
  const upper = method.trim().toUpperCase();
  return upper !== 'GET' && upper !== 'HEAD';
}

/** Builds the request, or says what in the form cannot be sent. */
export function buildGatewayRequest(api: Pick<ApiDef, 'id' | 'kind'>, form: ConsoleRequestForm): GatewayRequest | { error: string } {
  const method = form.method.trim().toUpperCase();
  if (!TOKEN.test(method)) return { error: t('apis.invalidMethod', form.method) };

  const typed = form.path.trim();
  const after = typed.startsWith('/') ? typed : `/${typed}`;
  // Resolved as a browser resolves a URL: unsafe characters percent-encoded, `%xx` kept, `#…` dropped.
  const base = apiPath(api, api.kind === 'url' ? undefined : form.stage);
  const url = new URL(`${base}${after}`, 'http://console.invalid');
  if (!url.pathname.startsWith(`${base}/`) && url.pathname !== base) return { error: t('apis.pathLeavesApi') };

  const headers: [string, string][] = [];
  for (const row of form.headers) {
    const name = row.name.trim();
    if (name === '') continue;
    if (!TOKEN.test(name)) return { error: t('apis.invalidHeaderName', name) };
    headers.push([name, row.value]);
  }
  // As with fetch(), GET and HEAD carry no body; the form says so beside the body field.
  const body = bodyAllowed(method) ? form.body : ({ kind: 'none' } as const);
  const contentType = defaultContentType(body);
  if (contentType && headerValue(headers, 'content-type') === undefined) headers.push(['content-type', contentType]);

  const request: GatewayRequest = { method, path: url.pathname.slice(PREFIX.length), query: url.search.slice(1), headers };
  if (body.kind === 'text' && body.text !== '') request.body = utf8.encode(body.text);
  else if (body.kind === 'file') request.body = body.file.bytes;
  return request;
}

/** The request line a person would see in DevTools, e.g. `GET /_api/abc/prod/items/1?x=1`. */
export function requestLine(request: GatewayRequest): string {
  return `${request.method} ${PREFIX}${request.path}${request.query ? `?${request.query}` : ''}`;
}
