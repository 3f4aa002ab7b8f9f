// The Compiler port in the browser: esbuild-wasm in its own worker, started on first use,
// with esbuild.wasm served from the app's own origin so it works offline.
import type { Remote } from 'comlink';
import wasmURL from 'esbuild-wasm/esbuild.wasm?url';
import type { CompileRequest, CompileResult, Compiler } from '../engine/ports';
import type { CompilerApi } from '../../workers/compiler/compiler';

/** What the UI shows about the compiler. */
export type CompilerStatus =
  | { state: 'idle' }
  | { state: 'loading'; loadedBytes: number; totalBytes: number }
  | { state: 'ready'; loadMs: number }
  | { state: 'failed'; message: string };

export class WorkerCompiler implements Compiler {
  #remote: Remote<CompilerApi> | undefined;
  #ready: Promise<Remote<CompilerApi>> | undefined;
  #listeners = new Set<(status: CompilerStatus) => void>();
  status: CompilerStatus = { state: 'idle' };

  /** `startAfter`: the worker and esbuild.wasm load no earlier than this (a first load's first screen). */
  constructor(private readonly startAfter: Promise<unknown> = Promise.resolve()) {}

  onStatus(listener: (status: CompilerStatus) => void): () => void {
    this.#listeners.add(listener);
    listener(this.status);
    return () => this.#listeners.delete(listener);
  }

  /** Starts the worker and loads esbuild.wasm once; a failed load may be retried. */
  load(): Promise<Remote<CompilerApi>> {
    this.#ready ??= this.#start().catch((error: unknown) => {
      this.#ready = undefined;
      this.#remote = undefined;
      this.#set({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      throw error;
    });
    return this.#ready;
  }

  async compile(request: CompileRequest): Promise<CompileResult> {
    const remote = await this.load();
    return remote.compile(request);
  }

  async #start(): Promise<Remote<CompilerApi>> {
    await this.startAfter;
    const started = performance.now();
    this.#set({ state: 'loading', loadedBytes: 0, totalBytes: 0 });
    // The messaging library comes with the first compile, not with the page's first paint.
    const { proxy, wrap } = await import('comlink');
    const worker = new Worker(new URL('../../workers/compiler.worker.ts', import.meta.url), { type: 'module', name: 'compiler' });
    const remote = (this.#remote = wrap<CompilerApi>(worker));
    const absoluteWasmURL = new URL(wasmURL, location.href).href;
    let lastReport = 0;
    await remote.load(
      absoluteWasmURL,
      proxy((loadedBytes: number, totalBytes: number) => {
        // Progress arrives on its own channel and may land after load() has resolved.
        if (this.status.state !== 'loading') return;
        // Progress events are frequent; a few per second are enough for a progress bar.
        if (performance.now() - lastReport < 50 && loadedBytes < totalBytes) return;
        lastReport = performance.now();
        this.#set({ state: 'loading', loadedBytes, totalBytes });
      }),
    );
    this.#set({ state: 'ready', loadMs: performance.now() - started });
    return remote;
  }

  #set(status: CompilerStatus) {
    this.status = status;
    for (const listener of this.#listeners) listener(status);
  }
}
