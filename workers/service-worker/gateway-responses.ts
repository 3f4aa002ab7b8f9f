// Responses the service worker makes itself when no tab answers: JSON for code, a small
// self-contained page for a person. All carry a header that tells them from function responses.
import type { WireKind } from '../../src/platform/http-wire';

/** Marks a response the service worker made, not one from a function or a project file. */
export const GATEWAY_HEADER = 'x-playground-origin';
export const GATEWAY_HEADER_VALUE = 'service-worker';

const baseHeaders = (contentType: string) => ({
  'content-type': contentType,
  'cache-control': 'no-store',
  [GATEWAY_HEADER]: GATEWAY_HEADER_VALUE,
});

export function gatewayJson(status: number, message: string): Response {
  return new Response(JSON.stringify({ message }), { status, headers: baseHeaders('application/json') });
}

function gatewayHtml(status: number, html: string): Response {
  return new Response(html, { status, headers: baseHeaders('text/html; charset=utf-8') });
}

/** A navigation or anything that accepts HTML gets a page; fetch() from code gets JSON. */
export function wantsHtml(request: Request): boolean {
  return request.mode === 'navigate' || (request.headers.get('accept') ?? '').includes('text/html');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// Inline styles only: this page must render with no network and no playground tab.
function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
:root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
main { max-width: 34rem; margin: 2rem; padding: 2rem 2.25rem; border: 1px solid color-mix(in srgb, CanvasText 18%, transparent); border-radius: 12px; }
h1 { font-size: 1.35rem; margin: 0 0 1rem; }
p { line-height: 1.55; margin: 0 0 0.9rem; }
code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
a.button { display: inline-block; margin-top: 0.4rem; padding: 0.55rem 1rem; border-radius: 8px; background: #e8590c; color: #fff; text-decoration: none; font-weight: 600; }
small { opacity: 0.7; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/** 503: nothing can serve the request because no playground tab is open in this browser. */
export function noTabResponse(request: Request, origin: string): Response {
  if (!wantsHtml(request)) {
    return gatewayJson(503, `No Serverless Playground tab is open to serve this API. Open ${origin}/ and try again.`);
  }
  const path = new URL(request.url).pathname;
  return gatewayHtml(503, page('No playground tab is open', `<p>APIs and sites of Serverless Playground are served by an open playground tab: the tab runs your functions and answers requests for addresses like <code>${escapeHtml(path)}</code>. No such tab is open in this browser right now.</p>
<p><a class="button" href="/" target="_blank" rel="noopener">Open the playground</a></p>
<p><small>Then open the project that has this API or site, and reload this page.</small></p>`));
}

/** 404: tabs are open, but none has this API route or site file (API Gateway's own body for an API). */
export function notFoundResponse(request: Request, kind: WireKind): Response {
  if (kind === 'api') return gatewayJson(404, 'Not Found');
  const path = new URL(request.url).pathname;
  return gatewayHtml(404, page('Not Found', `<p>No open playground tab serves <code>${escapeHtml(path)}</code>.</p>
<p><small>Check that the project with this site is open in a playground tab and that the file exists.</small></p>`));
}

/** 504: a tab took too long, as API Gateway answers when an integration times out. */
export function timeoutResponse(): Response {
  return gatewayJson(504, 'Endpoint request timed out');
}

/** 502: a tab's reply was malformed, as API Gateway answers for a malformed integration response. */
export function badGatewayResponse(): Response {
  return gatewayJson(502, 'Internal server error');
}
