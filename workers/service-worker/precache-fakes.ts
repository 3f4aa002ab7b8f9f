// Fakes for the precache's tests: Node 20 has Request and Response but no CacheStorage, so a
// small one in memory, and a network that serves a fixed set of files and records what it was asked.
import type { PrecacheEntry, PrecacheManifest } from './precache-manifest';
import type { CacheLike, CacheStorageLike } from './scope';
import { ORIGIN } from './test-fakes';

interface Stored {
  body: ArrayBuffer;
  init: ResponseInit;
  /** Kept as a real cache keeps a response's URL list: a redirected response stays redirected. */
  redirected: boolean;
}

const keyOf = (request: RequestInfo) => new URL(typeof request === 'string' ? request : request.url, ORIGIN).href;

/** A CacheStorage in memory. Like the real one, put() reads the whole body and match() returns a fresh copy. */
export function fakeCaches() {
  const stores = new Map<string, Map<string, Stored>>();
  const storage: CacheStorageLike & { stores: typeof stores; urls(name: string): string[] } = {
    stores,
    urls: (name) => [...(stores.get(name)?.keys() ?? [])].map((url) => new URL(url).pathname),
    async open(name) {
      let store = stores.get(name);
      if (!store) stores.set(name, (store = new Map()));
      const cache: CacheLike = {
        async match(request) {
          const hit = store.get(keyOf(request));
          if (!hit) return undefined;
          const response = new Response(hit.body.slice(0), hit.init);
          if (hit.redirected) Object.defineProperty(response, 'redirected', { value: true });
          return response;
        },
        async put(request, response) {
          const body = await response.arrayBuffer();
          const init = { status: response.status, statusText: response.statusText, headers: [...response.headers] };
          store.set(keyOf(request), { body, init, redirected: response.redirected });
        },
      };
      return cache;
    },
    async keys() {
      return [...stores.keys()];
    },
    async delete(name) {
      return stores.delete(name);
    },
  };
  return storage;
}

/** A network serving `files` (path → body); other paths get 404, paths in `failing` reject. */
export function fakeNetwork(files: Record<string, string>, failing: string[] = []) {
  const asked: { path: string; cache: RequestCache | undefined; mode: RequestMode }[] = [];
  const fetch = async (input: RequestInfo, init?: RequestInit): Promise<Response> => {
    const request = typeof input === 'string' ? undefined : input;
    const path = new URL(keyOf(input)).pathname;
    asked.push({ path, cache: init?.cache, mode: request?.mode ?? 'cors' });
    if (failing.includes(path)) throw new TypeError('Failed to fetch');
    const body = files[path];
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(body, { headers: { 'content-type': path.endsWith('.html') ? 'text/html' : 'text/javascript', 'x-from': 'network' } });
  };
  return { fetch, asked };
}

/** An entry whose revision is derived from its body, as the build does with a hash. */
export function entry(url: string, body: string, immutable = url.startsWith('/assets/')): PrecacheEntry {
  return { url, revision: `rev-${body}`, size: body.length, immutable };
}

export function manifest(version: string, entries: PrecacheEntry[], navigationFallback?: string): PrecacheManifest {
  return { version, entries, ...(navigationFallback ? { navigationFallback } : {}) };
}
