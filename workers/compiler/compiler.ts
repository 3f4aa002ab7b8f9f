// The compiler factory: esbuild-wasm bundling a function's files into one CommonJS script
// with a source map. Runs in the compiler worker; unit tests call it directly in Node.
import * as esbuild from 'esbuild-wasm';
import type { CompileRequest, CompileResult, Diagnostic } from '../../src/engine/ports';
import { TASK_ROOT, virtualFiles } from './virtual-files';

export const BUNDLE_FILE = `${TASK_ROOT}/.bundle.js`;

/** Progress of the one-time download and compilation of esbuild.wasm. */
export type LoadProgress = (loadedBytes: number, totalBytes: number) => void;

function toDiagnostic(message: esbuild.Message, severity: Diagnostic['severity']): Diagnostic {
  const location = message.location;
  const diagnostic: Diagnostic = {
    file: location?.file.replace(/^\/?var\/task\//, '') ?? '',
    line: location?.line ?? 1,
    column: (location?.column ?? 0) + 1,
    message: message.text,
    severity,
  };
  const importPath = (message.detail as { importPath?: string } | undefined)?.importPath;
  if (importPath) diagnostic.importPath = importPath;
  return diagnostic;
}

/** Downloads esbuild.wasm with progress and compiles it while it streams in. */
async function fetchWasm(url: string, onProgress?: LoadProgress): Promise<WebAssembly.Module> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`Could not download the compiler (${url}: HTTP ${response.status})`);
  const total = Number(response.headers.get('content-length') ?? 0);
  let loaded = 0;
  const counted = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        onProgress?.(loaded, total);
        controller.enqueue(chunk);
      },
    }),
  );
  return WebAssembly.compileStreaming(new Response(counted, { headers: { 'content-type': 'application/wasm' } }));
}

export function createCompiler() {
  let loading: Promise<void> | undefined;

  return {
    /**
     * Initialises esbuild once. In the browser pass the URL of esbuild.wasm on the app's own
     * origin; in Node omit it (esbuild-wasm refuses `wasmURL` there and finds its own file).
     */
    load(wasmURL?: string, onProgress?: LoadProgress): Promise<void> {
      loading ??= (async () => {
        if (!wasmURL) return esbuild.initialize({});
        const wasmModule = await fetchWasm(wasmURL, onProgress);
        // We already are in a worker: esbuild must not start another one.
        await esbuild.initialize({ wasmModule, worker: false });
      })().catch((error: unknown) => {
        loading = undefined; // let a later attempt retry, e.g. after the network comes back
        throw error;
      });
      return loading;
    },

    async compile(request: CompileRequest): Promise<CompileResult> {
      if (!loading) throw new Error('The compiler is not loaded: call load() first.');
      await loading;
      try {
        const result = await esbuild.build({
          entryPoints: [request.entryModule],
          bundle: true,
          write: false,
          format: 'cjs',
          platform: 'node',
          target: request.target,
          outfile: BUNDLE_FILE,
          absWorkingDir: TASK_ROOT,
          sourcemap: 'external',
          sourcesContent: false,
          // Keep function names so stack traces read like the user's code.
          keepNames: true,
          // The bundle runs as a classic script, where a native import() cannot resolve anything:
          // lower `await import('x')` to the runtime's require, as Node would load it.
          supported: { 'dynamic-import': false },
          logLevel: 'silent',
          plugins: [virtualFiles(request.files)],
        });
        const code = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
        const map = result.outputFiles.find((f) => f.path.endsWith('.map'))?.text ?? '';
        return {
          ok: true,
          code: code.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n'),
          map,
          warnings: result.warnings.map((w) => toDiagnostic(w, 'warning')),
        };
      } catch (error) {
        const failure = error as esbuild.BuildFailure;
        if (!Array.isArray(failure.errors)) throw error;
        return {
          ok: false,
          errors: failure.errors.map((e) => toDiagnostic(e, 'error')),
          warnings: (failure.warnings ?? []).map((w) => toDiagnostic(w, 'warning')),
        };
      }
    },
  };
}

export type CompilerApi = ReturnType<typeof createCompiler>;
