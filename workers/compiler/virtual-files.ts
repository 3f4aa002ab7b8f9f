// An esbuild plugin that serves a function's files from memory as if they sat in /var/task,
// and leaves bare imports (npm packages, Node built-ins, the AWS SDK) for the runtime's require.
import type { Plugin } from 'esbuild-wasm';

export const TASK_ROOT = '/var/task';

const LOADERS: Record<string, 'ts' | 'tsx' | 'js' | 'jsx' | 'json' | 'text'> = {
  ts: 'ts', mts: 'ts', cts: 'ts', tsx: 'tsx', js: 'js', mjs: 'js', cjs: 'js', jsx: 'jsx', json: 'json', txt: 'text',
};
const RESOLVE_EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.mts', '.cts', '.jsx', '.json'];

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** Candidates for a relative import, including TypeScript's `./util.js` meaning `./util.ts`. */
function candidates(base: string): string[] {
  const out = [base, ...RESOLVE_EXTENSIONS.map((ext) => base + ext), ...RESOLVE_EXTENSIONS.map((ext) => `${base}/index${ext}`)];
  const jsLike = /\.(m|c)?js$/.exec(base);
  if (jsLike) out.push(base.slice(0, -jsLike[0].length) + `.${jsLike[1] ?? ''}ts`, base.slice(0, -jsLike[0].length) + '.tsx');
  return out;
}

export function virtualFiles(files: Record<string, string>): Plugin {
  return {
    name: 'virtual-files',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return { path: `${TASK_ROOT}/${normalize(args.path)}`, namespace: 'file' };
        const relative = args.path.startsWith('./') || args.path.startsWith('../') || args.path.startsWith('/');
        if (!relative) return { path: args.path, external: true };
        const importerDir = args.importer.slice(TASK_ROOT.length + 1).split('/').slice(0, -1).join('/');
        const base = args.path.startsWith('/') ? normalize(args.path.replace(TASK_ROOT, '')) : normalize(`${importerDir}/${args.path}`);
        const found = candidates(base).find((candidate) => Object.hasOwn(files, candidate));
        if (found) return { path: `${TASK_ROOT}/${found}`, namespace: 'file' };
        return { errors: [{ text: `Could not resolve "${args.path}"`, detail: { importPath: args.path } }] };
      });
      build.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        const path = args.path.slice(TASK_ROOT.length + 1);
        const contents = Object.hasOwn(files, path) ? files[path] : undefined;
        if (contents === undefined) return { errors: [{ text: `No file named "${path}"` }] };
        const ext = path.split('.').pop() ?? '';
        return { contents, loader: LOADERS[ext] ?? 'js', resolveDir: `${TASK_ROOT}/${path.split('/').slice(0, -1).join('/')}`.replace(/\/$/, '') };
      });
    },
  };
}
