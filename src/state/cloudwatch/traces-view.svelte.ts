// The trace view's state: recent traces (newest first, optionally failed ones only), the selected
// trace as the engine has recorded it so far, and the selected hop with its log lines.
import type { Engine } from '../../engine/engine';
import type { TraceHop, TraceRecord } from '../../engine/tracing/types';
import { requestLogLines, traceRow, type TraceRow } from './traces-model';

/** How often the view follows the engine while a burst or a chain is running. */
const REFRESH_MS = 200;

export class TracesView {
  rows = $state.raw<TraceRow[]>([]);
  onlyFailed = $state(false);
  selectedId = $state<string | undefined>();
  /** A copy of the selected trace, refreshed as hops arrive. */
  selected = $state.raw<TraceRecord | undefined>();
  selectedHopId = $state<string | undefined>();
  readonly visible = $derived(this.onlyFailed ? this.rows.filter((r) => r.status !== 'ok') : this.rows);
  readonly selectedHop = $derived(this.selected?.hops.find((h) => h.id === this.selectedHopId));

  #timer: ReturnType<typeof setTimeout> | undefined;
  #stop: () => void;

  constructor(private readonly engine: Engine) {
    this.#refresh();
    this.#stop = engine.tracing.store.onChange(() => {
      this.#timer ??= setTimeout(() => {
        this.#timer = undefined;
        this.#refresh();
      }, REFRESH_MS);
    });
  }

  select(id: string | undefined): void {
    this.selectedId = id;
    this.selectedHopId = undefined;
    this.#refresh();
  }

  selectHop(id: string | undefined): void {
    this.selectedHopId = id;
  }

  /** The invocation a hop belongs to (itself, or the invocation an INIT or SDK call ran in). */
  invocationOf(hop: TraceHop): TraceHop | undefined {
    if (hop.kind === 'invocation' || hop.kind === 'throttle') return hop;
    const parent = this.selected?.hops.find((h) => h.id === hop.parentId);
    return parent?.kind === 'invocation' ? parent : undefined;
  }

  /** The log lines of the invocation behind a hop, from the function's log stream. */
  logLines(hop: TraceHop) {
    const invocation = this.invocationOf(hop);
    if (!invocation?.logGroup || !invocation.logStream || !invocation.requestId) return [];
    return requestLogLines(this.engine.logs.events(invocation.logGroup, invocation.logStream), invocation.requestId, invocation.coldStart);
  }

  clear(): void {
    this.engine.tracing.clear();
    this.select(undefined);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#stop();
  }

  #refresh(): void {
    const store = this.engine.tracing.store;
    this.rows = store.list().map(traceRow);
    const trace = this.selectedId ? store.get(this.selectedId) : undefined;
    this.selected = trace && { ...trace, hops: trace.hops.map((h) => ({ ...h })) };
  }
}
