// The build's main chunk (the entry script index.html loads) and what it preloads, gzipped as served.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * Earlier sizes (gzip, kB), printed beside today's: the main chunk alone, or `{ main, withPreloads }`
 * when the chunks it preloads were measured too (the first load is both).
 */
export const PREVIOUS_MAIN_CHUNK = {
  'before the i18n, gallery and lessons work (2026-12-07, as Vite printed it)': 92,
  'before lazy-loading the function tabs and the SDK dispatcher (2026-12-07, measured as here)': 101.4,
  'before the interface-language work (e1030d2, measured as here)': { main: 91.3, withPreloads: 174.8 },
};

/**
 * The first load of the build before the interface-language work (e1030d2), measured with
 * `node scripts/bench/first-load.mjs --compare <that build>` on 2026-12-07 (same machine, visits
 * alternating with this branch's build): what it fetched before it was interactive, and when.
 */
export const BEFORE_I18N_FIRST_LOAD = { files: 59, kB: 370, interactiveMs: 2337, sameRunInteractiveMs: [1349, 1407] };

/** One earlier figure as the bench prints it: `92 kB` or `91.3 kB, 174.8 kB with preloads`. */
export function previousSize(value) {
  return typeof value === 'number' ? `${value} kB` : `${value.main} kB, ${value.withPreloads} kB with preloads`;
}

export function mainChunk(dist) {
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no entry script in ${dist}/index.html`);
  const gzip = (path) => gzipSync(readFileSync(`${dist}/${path}`)).length;
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);
  // What the entry imports statically (the app itself), apart from the lazily loaded chunks index.html
  // fetches beside it because the first screen needs them (the project reader, the editor).
  const statics = new Set();
  const visit = (path) => {
    for (const [, name] of readFileSync(`${dist}/${path}`, 'utf8').matchAll(/(?:^|[;}\n])import[^"']*from\s*["']\.\/([^"']+\.js)["']/g)) {
      const file = path.replace(/[^/]+$/, '') + name;
      if (!statics.has(file)) (statics.add(file), visit(file));
    }
  };
  visit(entry);
  return {
    file: entry, gzip: gzip(entry), preloads: preloads.length,
    firstPaintGzip: gzip(entry) + preloads.reduce((sum, p) => sum + gzip(p), 0),
    withStaticImportsGzip: gzip(entry) + [...statics].reduce((sum, p) => sum + gzip(p), 0),
  };
}
