// Answers what the service worker forwards from /_api/ and /_site/ URLs: API requests go to the
// gateway, site paths to the project's front-end files.
import type { ApiGatewayService } from '../engine/services/apigateway/service';
import type { SiteFiles } from '../state/site/site-files.svelte';
import { API_PATH_PREFIX, SITE_PATH_PREFIX, type WireReply, type WireRequest } from '../platform/http-wire';

// A copy: the bridge transfers the buffer, and the trace the console shows must keep its body.
const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

/**
 * Added to every API response on its way to the browser (not to the trace): a page a function
 * returns runs in an opaque origin, so handler code cannot reach the playground's storage through
 * it (DESIGN, "Isolation"), and a body is never sniffed into something its type does not say.
 */
const ISOLATION_HEADERS: [string, string][] = [
  ['content-security-policy', 'sandbox allow-scripts allow-forms allow-popups allow-modals'],
  ['x-content-type-options', 'nosniff'],
];

const NOT_STARTED_PAGE = `<!doctype html><meta charset="utf-8"><title>Front end not started</title>
<body style="font-family:system-ui,sans-serif;margin:2rem;max-width:40rem">
<h1>This front end has not been started</h1>
<p>Its scripts run on the playground's own origin, so the playground serves it only after you choose
<strong>Run the page</strong> in the playground's <em>Front end</em> view.</p></body>`;

/** Creates the handler the service-worker bridge calls for each forwarded request. */
export function createHttpHandler(apigateway: ApiGatewayService, site: SiteFiles) {
  return async (request: WireRequest): Promise<WireReply> => {
    const url = new URL(request.url);
    if (request.kind === 'site') {
      if (site.empty) return { handled: false };
      if (!site.previewing) {
        const body = toArrayBuffer(new TextEncoder().encode(NOT_STARTED_PAGE));
        return { handled: true, response: { status: 403, headers: [['content-type', 'text/html; charset=utf-8'], ['cache-control', 'no-store']], body } };
      }
      const file = site.serve(url.pathname.slice(SITE_PATH_PREFIX.length));
      if (!file) return { handled: false };
      const body = toArrayBuffer(new TextEncoder().encode(file.body));
      // Always fresh: the preview must show the last edit, never a cached copy.
      return { handled: true, response: { status: 200, headers: [['content-type', file.contentType], ['cache-control', 'no-store']], body } };
    }
    const trace = await apigateway.handle({
      method: request.method,
      // Keep the path as sent (still URL-encoded): API Gateway decodes path parameters itself.
      path: url.pathname.slice(API_PATH_PREFIX.length - 1),
      query: url.search.replace(/^\?/, ''),
      headers: request.headers,
      ...(request.body && request.body.byteLength > 0 ? { body: new Uint8Array(request.body) } : {}),
    });
    if (!trace) return { handled: false };
    const { statusCode, headers, body } = trace.response;
    return { handled: true, response: { status: statusCode, headers: [...headers, ...ISOLATION_HEADERS], body: toArrayBuffer(body) } };
  };
}
