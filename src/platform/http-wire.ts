// The HTTP messages the service worker and a playground tab exchange. Plain data with no DOM
// types, so the service worker, the page bridge, the engine and Node tests all share them.

import { API_PATH_PREFIX } from '../engine/services/apigateway/definitions';

/** Paths on the playground's origin under which simulated APIs and static sites get URLs. */
export { API_PATH_PREFIX };
export const SITE_PATH_PREFIX = '/_site/';

/** Whether a request is for a simulated API (`/_api/…`) or a static site (`/_site/…`). */
export type WireKind = 'api' | 'site';

/**
 * A request as the service worker received it. `url` is absolute; `headers` are in the order
 * the Fetch API iterates them, which joins repeated names with ", " except `set-cookie`.
 * `body` is null for GET and HEAD.
 */
export interface WireRequest {
  kind: WireKind;
  method: string;
  url: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

/** A response for the service worker to return. Its body is ignored for 204, 205 and 304. */
export interface WireResponse {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

/** A tab's answer: `handled: false` when it does not know the path (e.g. another project is open). */
export type WireReply = { handled: false } | { handled: true; response: WireResponse };

/** Message type the service worker posts to a tab, with a MessagePort for the WireReply. */
export const PLAYGROUND_HTTP = 'playground-http';

/** What the service worker posts to each playground tab. The reply goes to `event.ports[0]`. */
export interface PlaygroundHttpMessage {
  type: typeof PLAYGROUND_HTTP;
  request: WireRequest;
}

/**
 * What a tab posts on the reply port the moment a request arrives, before answering: the service
 * worker then knows the tab is alive and waits for it alone (asking another tab as well could
 * run the function twice), however long the function takes.
 */
export const PLAYGROUND_ACK = 'playground-ack';

/**
 * Message type a tab posts to the service worker when it is not controlled although a worker
 * is active (a hard reload bypasses the worker), asking it to `clients.claim()` the tab.
 */
export const PLAYGROUND_CLAIM = 'playground-claim';

/** Which kind of endpoint a path belongs to, if any. */
export function wireKind(pathname: string): WireKind | undefined {
  if (pathname.startsWith(API_PATH_PREFIX)) return 'api';
  if (pathname.startsWith(SITE_PATH_PREFIX)) return 'site';
  return undefined;
}

/** A JSON response, the shape API Gateway uses for its own errors (`{"message": …}`). */
export function jsonWireResponse(status: number, value: unknown, headers: [string, string][] = []): WireResponse {
  const body = new TextEncoder().encode(JSON.stringify(value)).buffer as ArrayBuffer;
  return { status, headers: [['content-type', 'application/json'], ...headers], body };
}
