// The list of files the service worker keeps for offline use, written into sw.js at build time
// (empty under `npm run dev`, where nothing is precached), and the name of its versioned cache.

/** One file of the build, as the service worker fetches and caches it. */
export interface PrecacheEntry {
  /** Path on the playground's origin, e.g. `/assets/index-BfV60nQ3.js`. */
  url: string;
  /** Content hash: a file whose revision is unchanged is copied from the previous cache, not downloaded. */
  revision: string;
  /** Size in bytes, for the build's report. */
  size: number;
  /**
   * The URL has a content hash in it (Vite's assets/ folder), so the browser's HTTP cache may
   * answer; files with fixed names (index.html, public files) are revalidated with the server.
   */
  immutable: boolean;
}

/** What the build hands the service worker. */
export interface PrecacheManifest {
  /** Hash of every entry's URL and revision: names the cache, so each build has its own. */
  version: string;
  entries: PrecacheEntry[];
  /** The app's page, answered from the cache to navigations to the app; absent when nothing is precached. */
  navigationFallback?: string;
}

/** Under `npm run dev` files change on every save: nothing is cached, so nothing can go stale. */
export const EMPTY_MANIFEST: PrecacheManifest = { version: 'dev', entries: [] };

/** Every cache of ours starts with this; caches with other names are never touched. */
export const PRECACHE_PREFIX = 'playground-precache-';

export const precacheCacheName = (manifest: PrecacheManifest) => `${PRECACHE_PREFIX}${manifest.version}`;

/** The response header that records which revision of a file a cached response holds. */
export const REVISION_HEADER = 'x-playground-precache-revision';
