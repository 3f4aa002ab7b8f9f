// Build configuration: Svelte app plus classic (IIFE) workers, because an execution
// environment must later start from a blob URL inside an opaque-origin iframe, where
// Chromium refuses module workers (DESIGN.md, "Platform facts").
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const SW_ENTRY = fileURLToPath(new URL('./workers/service-worker.ts', import.meta.url));

/** Bundles the service worker on its own into one classic script with no imports. */
async function bundleServiceWorker(dev: boolean): Promise<(Rolldown.OutputChunk | Rolldown.OutputAsset)[]> {
  const result = await build({
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    publicDir: false,
    logLevel: 'warn',
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

/**
 * Serves the service worker as /sw.js: a stable, unhashed URL at the root (its scope must
 * cover /_api/ and /_site/), and a classic script, which every browser can register.
 */
function serviceWorker(): Plugin {
  return {
    name: 'playground-service-worker',
    configureServer(server) {
      // Bundled per request: the browser fetches it only when checking for an update.
      server.middlewares.use(async (req, res, next) => {
        if (req.url?.split('?')[0] !== '/sw.js') return next();
        try {
          const chunk = (await bundleServiceWorker(true)).find((file) => file.type === 'chunk');
          res.setHeader('Content-Type', 'text/javascript');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(chunk?.code);
        } catch (error) {
          next(error);
        }
      });
    },
    async generateBundle() {
      if (this.environment.name !== 'client') return;
      for (const file of await bundleServiceWorker(false)) {
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.type === 'chunk' ? file.code : file.source });
      }
    },
  };
}

export default defineConfig({
  plugins: [svelte(), serviceWorker()],
  worker: { format: 'iife' },
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
});
