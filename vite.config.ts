// Build configuration: Svelte app plus classic (IIFE) workers, because an execution
// environment must later start from a blob URL inside an opaque-origin iframe, where
// Chromium refuses module workers (DESIGN.md, "Platform facts").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { buildPrecacheManifest, type BuildFile } from './workers/service-worker/precache-build.js';
import { EMPTY_MANIFEST, type PrecacheManifest } from './workers/service-worker/precache-manifest.js';

const SW_ENTRY = fileURLToPath(new URL('./workers/service-worker.ts', import.meta.url));
const SW_FILES = ['sw.js', 'sw.js.map'];

/**
 * Bundles the service worker on its own into one classic script with no imports, with the list
 * of files to keep offline written into it (a new build therefore always means a new sw.js,
 * which is how the browser notices an update).
 */
async function bundleServiceWorker(dev: boolean, manifest: PrecacheManifest): Promise<(Rolldown.OutputChunk | Rolldown.OutputAsset)[]> {
  const result = await build({
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    publicDir: false,
    logLevel: 'warn',
    define: { __PLAYGROUND_PRECACHE__: JSON.stringify(manifest) },
    build: {
      write: false,
      target: 'es2022',
      // Readable in development, where its source map travels inside it.
      minify: !dev,
      sourcemap: dev ? 'inline' : true,
      rolldownOptions: { input: SW_ENTRY, output: { format: 'iife', entryFileNames: 'sw.js' } },
    },
  });
  return (Array.isArray(result) ? result : [result as Rolldown.RolldownOutput]).flatMap((r) => r.output);
}

/** The files of the public folder, which Vite copies into the build after bundling. */
function publicFiles(config: ResolvedConfig): BuildFile[] {
  if (!config.publicDir || !config.build.copyPublicDir || !existsSync(config.publicDir)) return [];
  const files: BuildFile[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) files.push({ fileName: prefix + entry.name, source: readFileSync(join(dir, entry.name)) });
    }
  };
  walk(config.publicDir, '');
  return files;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Serves the service worker as /sw.js: a stable, unhashed URL at the root (its scope must
 * cover /_api/ and /_site/), and a classic script, which every browser can register. In a build
 * it carries the precache manifest; under `npm run dev` an empty one, so nothing is cached.
 */
function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'playground-service-worker',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      // Bundled per request: the browser fetches it only when checking for an update.
      server.middlewares.use(async (req, res, next) => {
        if (req.url?.split('?')[0] !== '/sw.js') return next();
        try {
          const chunk = (await bundleServiceWorker(true, EMPTY_MANIFEST)).find((file) => file.type === 'chunk');
          res.setHeader('Content-Type', 'text/javascript');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(chunk?.code);
        } catch (error) {
          next(error);
        }
      });
    },
    generateBundle: {
      // Last, so index.html (emitted by Vite's HTML plugin) is in the bundle and every chunk's
      // code is final: the revisions are hashes of exactly what is written.
      order: 'post',
      async handler(_options, bundle) {
        if (this.environment.name !== 'client') return;
        const built = Object.values(bundle).map((file) => ({ fileName: file.fileName, source: file.type === 'chunk' ? file.code : file.source }));
        const manifest = buildPrecacheManifest([...built, ...publicFiles(config)], { base: config.base, assetsDir: config.build.assetsDir, exclude: SW_FILES });
        for (const file of await bundleServiceWorker(false, manifest)) {
          this.emitFile({ type: 'asset', fileName: file.fileName, source: file.type === 'chunk' ? file.code : file.source });
        }
        const bytes = manifest.entries.reduce((sum, entry) => sum + entry.size, 0);
        config.logger.info(`sw.js precaches ${manifest.entries.length} files (${megabytes(bytes)}), version ${manifest.version}`);
      },
    },
  };
}

export default defineConfig({
  plugins: [svelte(), serviceWorker()],
  worker: { format: 'iife' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'first-load-shared', tags: ['$initial'], minShareCount: 2 }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
