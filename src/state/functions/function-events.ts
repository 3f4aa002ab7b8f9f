// Keeps the function views in step with the engine: new builds' diagnostics, each invocation's
// result, live environments and throttles, and a refresh of the list when functions change.
import type { Engine } from '../../engine/engine';
import type { ConcurrencyMonitor } from './concurrency-monitor.svelte';
import type { FunctionView } from './function-view.svelte';

/** What the events update. */
export interface FunctionEventTargets {
  find(name: string): FunctionView | undefined;
  refresh(): void;
  readEnvironments(view: FunctionView): void;
  concurrency: ConcurrencyMonitor;
}

export function followFunctionEvents(engine: Engine, targets: FunctionEventTargets): () => void {
  const changed = new Set<string>();
  // Environment changes come several per invocation; the UI reads them once per burst.
  const environmentsChanged = (functionName: string) => {
    targets.concurrency.record(engine.environments.inFlight());
    if (changed.add(functionName).size > 1) return;
    queueMicrotask(() => {
      for (const name of changed) {
        const view = targets.find(name);
        if (view) targets.readEnvironments(view);
      }
      changed.clear();
    });
  };
  return engine.events.on((event) => {
    if (event.type === 'functions-changed') targets.refresh();
    else if (event.type === 'build') {
      const view = targets.find(event.functionName);
      if (view) view.diagnostics = event.result.diagnostics;
    } else if (event.type === 'invocation') {
      const view = targets.find(event.record.functionName);
      if (view) view.lastResult = event.record;
      environmentsChanged(event.record.functionName);
    } else if (event.type === 'environments-changed') {
      environmentsChanged(event.functionName);
    } else if (event.type === 'throttle') {
      targets.concurrency.throttle(event.functionName, event.reason, event.time);
    }
  });
}
