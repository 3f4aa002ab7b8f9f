// The fetch branch for the app itself: files of the build come from this build's cache (so the
// playground loads offline), and navigations to the app's pages get the cached index.html.
import { wireKind } from '../../src/platform/http-wire';
import { cachedResponse } from './precache';
import type { PrecacheManifest } from './precache-manifest';
import type { FetchRoute, ServiceWorkerScope } from './scope';

/**
 * A page of the single-page app: any path outside /_api/ and /_site/ (those belong to the
 * projects' APIs and sites) whose last segment has no file extension, e.g. `/` or `/?p=…`.
 * A navigation to a file that is not precached (`/sw.js`, `/robots.txt`) goes to the network.
 */
export function isAppPage(pathname: string): boolean {
  if (wireKind(pathname) !== undefined) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !last.includes('.');
}

export function precacheRoute(scope: Pick<ServiceWorkerScope, 'location' | 'caches' | 'fetch'>, manifest: PrecacheManifest): FetchRoute {
  const origin = scope.location.origin;
  const precached = new Set(manifest.entries.map((entry) => new URL(entry.url, origin).href));
  const fallback = manifest.navigationFallback && new URL(manifest.navigationFallback, origin).href;

  /** Cache first; the network when the cache has lost the file (e.g. storage was cleared). */
  async function fromCache(url: string, request: Request): Promise<Response> {
    try {
      const cached = await cachedResponse(scope, manifest, url);
      if (cached) return cached;
    } catch (error) {
      console.warn('Serverless Playground: the offline cache could not be read', error);
    }
    return scope.fetch(request);
  }

  return (request) => {
    if (request.method !== 'GET') return undefined;
    const url = new URL(request.url);
    if (url.origin !== origin) return undefined;
    const file = url.origin + url.pathname;
    // Built files are only ever requested without a query; one with a query is something else.
    if (url.search === '' && precached.has(file)) return fromCache(file, request);
    if (fallback && request.mode === 'navigate' && isAppPage(url.pathname)) return fromCache(fallback, request);
    return undefined;
  };
}
