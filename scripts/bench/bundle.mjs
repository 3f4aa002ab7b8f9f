// The build's main chunk (the entry script index.html loads) and what it preloads, gzipped as served.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Earlier sizes of the main chunk (gzip, KB), printed beside today's. */
export const PREVIOUS_MAIN_CHUNK = {
  'before the i18n, gallery and lessons work (2026-12-07, as Vite printed it)': 92,
  'before lazy-loading the function tabs and the SDK dispatcher (2026-12-07, measured as here)': 101.4,
};

export function mainChunk(dist) {
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no entry script in ${dist}/index.html`);
  const gzip = (path) => gzipSync(readFileSync(`${dist}/${path}`)).length;
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);
  return { file: entry, gzip: gzip(entry), preloads: preloads.length, firstPaintGzip: gzip(entry) + preloads.reduce((sum, p) => sum + gzip(p), 0) };
}
