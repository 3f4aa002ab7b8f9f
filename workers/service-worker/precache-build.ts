// Build time (Node, called from vite.config.ts): turns the files of a Vite build into the
// precache manifest that sw.js carries, so the service worker can keep the whole app offline.
import { createHash } from 'node:crypto';
import type { PrecacheEntry, PrecacheManifest } from './precache-manifest';

/** A file the build writes, from the bundle or the public folder. */
export interface BuildFile {
  /** Path relative to the output folder, with forward slashes, e.g. `assets/index-BfV60nQ3.js`. */
  fileName: string;
  source: string | Uint8Array;
}

export interface ManifestOptions {
  /** Vite's `base`, e.g. `/`. */
  base: string;
  /** Vite's `build.assetsDir`, whose file names carry a content hash. */
  assetsDir: string;
  /** The service worker's own files, which must not precache themselves. */
  exclude: readonly string[];
}

const hash = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * Left out: source maps (only DevTools wants them, and they are larger than the code), Vite's
 * own build manifests, and the service worker itself (the browser fetches it to look for updates).
 */
function wanted(fileName: string, exclude: readonly string[]): boolean {
  return !fileName.endsWith('.map') && !fileName.startsWith('.vite/') && !exclude.includes(fileName);
}

export function buildPrecacheManifest(files: readonly BuildFile[], options: ManifestOptions): PrecacheManifest {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const assets = `${options.assetsDir.replace(/^\/+|\/+$/g, '')}/`;
  const seen = new Set<string>();
  const entries: PrecacheEntry[] = [];
  for (const file of files) {
    if (!wanted(file.fileName, options.exclude) || seen.has(file.fileName)) continue;
    seen.add(file.fileName);
    const size = typeof file.source === 'string' ? Buffer.byteLength(file.source) : file.source.byteLength;
    entries.push({ url: base + file.fileName, revision: hash(file.source).slice(0, 16), size, immutable: file.fileName.startsWith(assets) });
  }
  entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const version = hash(entries.map((e) => `${e.url} ${e.revision}`).join('\n')).slice(0, 12);
  const index = entries.find((e) => e.url === `${base}index.html`);
  return { version, entries, ...(index ? { navigationFallback: index.url } : {}) };
}
