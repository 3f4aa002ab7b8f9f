// The fetch branch for /_api/ and /_site/ on the playground's own origin: the request goes to
// a playground tab, which runs the simulated API Gateway or serves the project's files.
import { wireKind, type WireKind } from '../../src/platform/http-wire';
import { badGatewayResponse, gatewayJson, noTabResponse, notFoundResponse, timeoutResponse } from './gateway-responses';
import type { FetchRoute, ServiceWorkerScope } from './scope';
import { askTabs, playgroundTabs, TAB_TIMEOUTS, type TabTimeouts } from './tab-broker';
import { toResponse, toWireRequest } from './wire-codec';

export interface HttpRouteOptions {
  /** How long one tab may take to answer before the next is asked (default 35 s). */
  timeouts?: TabTimeouts;
}

export function httpRoute(scope: Pick<ServiceWorkerScope, 'location' | 'clients'>, options: HttpRouteOptions = {}): FetchRoute {
  const origin = scope.location.origin;
  const timeouts = options.timeouts ?? TAB_TIMEOUTS;

  async function serve(request: Request, kind: WireKind): Promise<Response> {
    const tabs = await playgroundTabs(scope.clients, origin);
    if (tabs.length === 0) return noTabResponse(request, origin);
    const outcome = await askTabs(tabs, await toWireRequest(request, kind), timeouts);
    switch (outcome.type) {
      case 'handled':
        return toResponse(outcome.response);
      case 'invalid':
        console.warn(`Serverless Playground: a tab sent a malformed reply for ${request.method} ${request.url}: ${outcome.reason}`);
        return badGatewayResponse();
      case 'timeout':
        return timeoutResponse();
      case 'unhandled':
        return notFoundResponse(request, kind);
      case 'no-tabs':
        return noTabResponse(request, origin);
    }
  }

  return (request) => {
    const url = new URL(request.url);
    if (url.origin !== origin) return undefined;
    const kind = wireKind(url.pathname);
    if (!kind) return undefined;
    return serve(request, kind).catch((error: unknown) => {
      console.error('Serverless Playground: the service worker could not serve', request.url, error);
      return gatewayJson(500, 'Internal server error');
    });
  };
}
