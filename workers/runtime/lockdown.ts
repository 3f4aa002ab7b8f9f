// Removes what would let handler code reach beyond its own environment. All environments share
// the isolation frame's opaque origin, so a BroadcastChannel would connect one function's
// environments to another's, and a nested worker would start with a fresh global that still
// has one; Lambda environments have neither.

export function lockDownWorkerScope(): void {
  const scope = globalThis as Record<string, unknown>;
  if (!scope.WorkerGlobalScope) return;
  for (const name of ['BroadcastChannel', 'Worker', 'SharedWorker']) delete scope[name];
}
