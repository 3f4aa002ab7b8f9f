// A build plugin: index.html preloads the lazily loaded chunks every first visit needs before it is
// usable (the project reader, the code editor), so the browser fetches them beside the main chunk
// instead of one after another once the app's code has run. They stay out of the main chunk.
import type { Plugin, Rolldown } from 'vite';

/** The chunk files to preload for the given source modules: their chunks and what those import, minus what the page loads already. */
export function preloadFiles(bundle: Rolldown.OutputBundle, modules: string[], loaded: Set<string>): string[] {
  const chunks = Object.values(bundle).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files: string[] = [];
  const visit = (fileName: string) => {
    if (loaded.has(fileName) || files.includes(fileName)) return;
    const chunk = byName.get(fileName);
    if (!chunk) return;
    files.push(fileName);
    chunk.imports.forEach(visit);
  };
  for (const module of modules) {
    const chunk = chunks.find((c) => c.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(module)));
    if (!chunk) throw new Error(`startup preloads: no chunk holds ${module}`);
    visit(chunk.fileName);
  }
  return files;
}

/** `modules`: source paths (from the project root) of lazily loaded modules the first load always needs. */
export function startupPreloads(modules: string[]): Plugin {
  let base = '/';
  return {
    name: 'playground-startup-preloads',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return undefined;
        // What the page loads already: the entry and the chunks index.html preloads.
        const loaded = new Set([...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!.slice(base.length)));
        return preloadFiles(ctx.bundle, modules, loaded).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
