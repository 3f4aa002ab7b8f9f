// The editor's TypeScript language service in its own worker, started on first use: TypeScript
// and the declarations it checks against are several megabytes, so they never load with the app.
import { wrap, type Remote } from 'comlink';
import type { TypeScriptService } from '../../workers/typescript/service';

export type TypeScriptRemote = Remote<TypeScriptService>;

let started: Promise<TypeScriptRemote> | undefined;

/** The one TypeScript worker, with its project built; a failed start may be retried. */
export function typeScriptWorker(): Promise<TypeScriptRemote> {
  started ??= (async () => {
    const worker = new Worker(new URL('../../workers/typescript.worker.ts', import.meta.url), { type: 'module', name: 'typescript' });
    const remote = wrap<TypeScriptService>(worker);
    try {
      await remote.initialize();
      return remote;
    } catch (error) {
      worker.terminate();
      throw error;
    }
  })().catch((error: unknown) => {
    started = undefined;
    throw error;
  });
  return started;
}
