// The service worker's event handlers: keep the build for offline use, decide when a new version
// takes over, and give each fetch to the first route that owns it (APIs and sites, then the app).
import { PLAYGROUND_CLAIM } from '../../src/platform/http-wire';
import { httpRoute } from './http-route';
import { deleteOldPrecaches, precacheIfRoom } from './precache';
import { EMPTY_MANIFEST, type PrecacheManifest } from './precache-manifest';
import { precacheRoute } from './precache-route';
import type { ExtendableEventLike, ExtendableMessageEventLike, FetchEventLike, FetchRoute, ServiceWorkerScope } from './scope';
import { PLAYGROUND_SKIP_WAITING } from './update-messages';

export function createServiceWorker(
  scope: ServiceWorkerScope,
  manifest: PrecacheManifest = EMPTY_MANIFEST,
  routes: readonly FetchRoute[] = [httpRoute(scope), precacheRoute(scope, manifest)],
) {
  return {
    /**
     * Downloads the build first; a failed download fails the install (a browser without room for
     * it gets no offline copy instead). The first version takes over at once (and claims the open
     * pages on activate), so the first visit's API URLs work without a reload. A later version
     * waits: the open tabs run the old build, whose lazily loaded files it still serves, until a
     * tab asks it to take over (PLAYGROUND_SKIP_WAITING) and reloads. With nothing precached
     * (`npm run dev`) there is nothing to keep consistent: it takes over at once.
     */
    install(event: ExtendableEventLike) {
      const immediate = !scope.registration.active || manifest.entries.length === 0;
      event.waitUntil(
        precacheIfRoom(scope, manifest).then(() => {
          if (immediate) return scope.skipWaiting();
        }),
      );
    },
    activate(event: ExtendableEventLike) {
      event.waitUntil(Promise.all([scope.clients.claim(), deleteOldPrecaches(scope, manifest)]));
    },
    message(event: ExtendableMessageEventLike) {
      const data = event.data as { type?: unknown } | null;
      // A tab that is not controlled (a hard reload bypasses the worker) asks to be claimed.
      if (data?.type === PLAYGROUND_CLAIM) event.waitUntil(scope.clients.claim());
      // A tab whose person chose to reload into the waiting version.
      if (data?.type === PLAYGROUND_SKIP_WAITING) event.waitUntil(scope.skipWaiting());
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
export function listen(scope: ServiceWorkerScope, manifest: PrecacheManifest = EMPTY_MANIFEST): void {
  const worker = createServiceWorker(scope, manifest);
  scope.addEventListener('install', (event) => worker.install(event));
  scope.addEventListener('activate', (event) => worker.activate(event));
  scope.addEventListener('message', (event) => worker.message(event));
  scope.addEventListener('fetch', (event) => worker.fetch(event));
}
