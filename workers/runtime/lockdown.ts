// Removes what would let handler code reach beyond its own environment, and works around what
// the sandbox itself would otherwise do to it. All environments share the isolation frame's
// opaque origin, so a BroadcastChannel would connect one function's environments to another's,
// and a nested worker would start with a fresh global that still has one; Lambda environments
// have neither.

/** The parts of a worker's global scope the lockdown touches. */
export interface LockableScope {
  WorkerGlobalScope?: unknown;
  origin?: string;
  IDBFactory?: { prototype: object };
}

/** Chromium's own message for the denied call, so handler code sees the same error. */
const DATABASES_DENIED = "Failed to execute 'databases' on 'IDBFactory': Access to the IndexedDB API is denied in this context.";

export function lockDownWorkerScope(scope: LockableScope = globalThis as LockableScope): void {
  if (!scope.WorkerGlobalScope) return;
  for (const name of ['BroadcastChannel', 'Worker', 'SharedWorker']) delete (scope as Record<string, unknown>)[name];
  if (scope.origin === 'null') denyIndexedDbListing(scope.IDBFactory);
}

/**
 * In an opaque origin IndexedDB is denied. Chromium's `indexedDB.databases()` then rejects the
 * promise it returns with a SecurityError, but also rejects an internal promise no script can
 * reach (with `undefined`, a few milliseconds later); the worker reports that one as unhandled,
 * and the runtime would end the environment for a rejection the handler caught. So the call is
 * answered here with the same SecurityError, without the browser's internal promise.
 */
function denyIndexedDbListing(factory: LockableScope['IDBFactory']): void {
  if (!factory || typeof (factory.prototype as { databases?: unknown }).databases !== 'function') return;
  const { databases } = {
    databases(): Promise<never> {
      return Promise.reject(new DOMException(DATABASES_DENIED, 'SecurityError'));
    },
  };
  // The descriptor a Web IDL operation has.
  Object.defineProperty(factory.prototype, 'databases', { value: databases, writable: true, enumerable: true, configurable: true });
}
