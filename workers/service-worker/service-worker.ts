// The service worker's event handlers: take control at once, and give each fetch to the
// first route that owns it (APIs and sites now; an offline precache can be one more route).
import { PLAYGROUND_CLAIM } from '../../src/platform/http-wire';
import { httpRoute } from './http-route';
import type { ExtendableEventLike, ExtendableMessageEventLike, FetchEventLike, FetchRoute, ServiceWorkerScope } from './scope';

export function createServiceWorker(scope: ServiceWorkerScope, routes: readonly FetchRoute[] = [httpRoute(scope)]) {
  return {
    // A new version replaces the old one at once and controls pages already open, so the first
    // page load can use its API URLs without a reload.
    install(event: ExtendableEventLike) {
      event.waitUntil(scope.skipWaiting());
    },
    activate(event: ExtendableEventLike) {
      event.waitUntil(scope.clients.claim());
    },
    /** A tab that is not controlled (a hard reload bypasses the worker) asks to be claimed. */
    message(event: ExtendableMessageEventLike) {
      const data = event.data as { type?: unknown } | null;
      if (data?.type === PLAYGROUND_CLAIM) event.waitUntil(scope.clients.claim());
    },
    /** Requests no route owns are left alone, so the browser fetches them from the network. */
    fetch(event: FetchEventLike) {
      for (const route of routes) {
        const response = route(event.request);
        if (response) return event.respondWith(response);
      }
    },
  };
}

/** Attaches the handlers to the worker's global scope. */
export function listen(scope: ServiceWorkerScope): void {
  const worker = createServiceWorker(scope);
  scope.addEventListener('install', (event) => worker.install(event));
  scope.addEventListener('activate', (event) => worker.activate(event));
  scope.addEventListener('message', (event) => worker.message(event));
  scope.addEventListener('fetch', (event) => worker.fetch(event));
}
