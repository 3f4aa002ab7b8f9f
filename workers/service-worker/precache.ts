// The offline copy of the app: filled on install into a cache named for the build, read by the
// precache route, and the caches of older builds removed once a new version takes over.
import { PRECACHE_PREFIX, precacheCacheName, REVISION_HEADER, type PrecacheEntry, type PrecacheManifest } from './precache-manifest';
import type { CacheLike, ServiceWorkerScope } from './scope';

type PrecacheScope = Pick<ServiceWorkerScope, 'caches' | 'fetch'>;

/** Downloads at once: enough to keep the connection busy, few enough not to starve the page's own loads. */
const CONCURRENCY = 6;

/** A copy of `response` that records its revision and is not marked as redirected. */
function withRevision(response: Response, revision: string): Response {
  const headers = new Headers(response.headers);
  headers.set(REVISION_HEADER, revision);
  // A fresh Response also drops `redirected`: Chromium refuses a redirected response as the
  // answer to a navigation, and hosts that redirect /index.html to / are common. The body
  // streams through, so the 14 MB esbuild.wasm is never held in memory whole.
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

const hasRevision = (response: Response | undefined, revision: string): response is Response =>
  response?.headers.get(REVISION_HEADER) === revision;

/** Runs `task` for every item, at most `limit` at a time; rejects with the first failure. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const run = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
}

/** Caches of earlier builds, newest first as CacheStorage lists them in creation order. */
async function olderCaches(scope: PrecacheScope, current: string): Promise<CacheLike[]> {
  const names = (await scope.caches.keys()).filter((name) => name.startsWith(PRECACHE_PREFIX) && name !== current).reverse();
  return Promise.all(names.map((name) => scope.caches.open(name)));
}

async function fetchEntry(scope: PrecacheScope, entry: PrecacheEntry): Promise<Response> {
  // index.html and public files keep their names across builds: ask the server, never a stale HTTP cache.
  const response = await scope.fetch(entry.url, { cache: entry.immutable ? 'default' : 'no-cache', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`could not download ${entry.url} for offline use (HTTP ${response.status})`);
  return response;
}

/**
 * Fills this build's cache with every file of the manifest. Unchanged files (same revision) are
 * taken from this cache (an earlier attempt) or an older build's cache rather than downloaded.
 * Rejects if any file cannot be fetched, which fails the install: a worker with a partial
 * cache never becomes active, so it never serves; a later attempt resumes where this one stopped.
 */
export async function fillPrecache(scope: PrecacheScope, manifest: PrecacheManifest): Promise<void> {
  if (manifest.entries.length === 0) return;
  const name = precacheCacheName(manifest);
  const cache = await scope.caches.open(name);
  const older = await olderCaches(scope, name);
  await eachLimited(manifest.entries, CONCURRENCY, async (entry) => {
    if (hasRevision(await cache.match(entry.url), entry.revision)) return;
    for (const old of older) {
      const previous = await old.match(entry.url);
      if (hasRevision(previous, entry.revision)) return cache.put(entry.url, previous);
    }
    await cache.put(entry.url, withRevision(await fetchEntry(scope, entry), entry.revision));
  });
}

/** Deletes the caches of other builds; caches not named by the playground are left alone. */
export async function deleteOldPrecaches(scope: Pick<ServiceWorkerScope, 'caches'>, manifest: PrecacheManifest): Promise<string[]> {
  const current = precacheCacheName(manifest);
  const stale = (await scope.caches.keys()).filter((name) => name.startsWith(PRECACHE_PREFIX) && name !== current);
  await Promise.all(stale.map((name) => scope.caches.delete(name)));
  return stale;
}

/** This build's cached copy of `url`, if there is one. */
export async function cachedResponse(scope: Pick<ServiceWorkerScope, 'caches'>, manifest: PrecacheManifest, url: string): Promise<Response | undefined> {
  const cache = await scope.caches.open(precacheCacheName(manifest));
  return cache.match(url);
}

const isQuotaError = (error: unknown) => (error as { name?: unknown } | null)?.name === 'QuotaExceededError';

/**
 * Fills the cache as fillPrecache does, except when the browser has no room for the build
 * (quota, e.g. a small private-mode allowance): then the playground works online only, rather
 * than not at all — failing the install would fail it again on every visit, and the API URLs
 * need this worker. Resolves whether the offline copy is complete.
 */
export async function precacheIfRoom(scope: PrecacheScope, manifest: PrecacheManifest): Promise<boolean> {
  try {
    await fillPrecache(scope, manifest);
    return true;
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    console.warn('Serverless Playground: the browser has no room to keep the playground for offline use; it works online only.', error);
    await scope.caches.delete(precacheCacheName(manifest));
    return false;
  }
}
