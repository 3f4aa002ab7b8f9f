// Removes what would let handler code reach beyond its own environment. All environments share
// the isolation frame's opaque origin, so a BroadcastChannel would connect one function's
// environments to another's; Lambda environments have no such channel.

export function lockDownWorkerScope(): void {
  const scope = globalThis as { WorkerGlobalScope?: unknown; BroadcastChannel?: unknown };
  if (!scope.WorkerGlobalScope) return;
  delete scope.BroadcastChannel;
}
