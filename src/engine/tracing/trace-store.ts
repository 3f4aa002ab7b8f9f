// The recent traces, bounded (oldest dropped first) so a burst or a loop cannot grow memory, with
// one change notification per tick however many hops were recorded in it.
import type { TraceHop, TraceRecord } from './types';

/** How many traces are kept by default. */
export const MAX_TRACES = 500;
/** Hops kept per trace: a recursive loop is stopped by Lambda after 16 invocations, SDK calls are not. */
export const MAX_HOPS = 1000;

export class TraceStore {
  #traces = new Map<string, TraceRecord>();
  #listeners = new Set<() => void>();
  #scheduled = false;
  /** Bumped on every change, so a view can tell whether what it shows is current. */
  revision = 0;

  constructor(readonly maxTraces = MAX_TRACES, readonly maxHops = MAX_HOPS) {}

  get size(): number {
    return this.#traces.size;
  }

  get(id: string): TraceRecord | undefined {
    return this.#traces.get(id);
  }

  /** The trace with this id, created (and the oldest dropped past the limit) when new. */
  open(id: string, start: number): TraceRecord {
    let trace = this.#traces.get(id);
    if (trace) return trace;
    trace = { id, start, end: start, hops: [], error: false, fault: false, throttled: false, truncated: false };
    this.#traces.set(id, trace);
    if (this.#traces.size > this.maxTraces) this.#traces.delete(this.#traces.keys().next().value!);
    this.changed();
    return trace;
  }

  /** Adds a hop to a trace; false when the trace holds as many hops as it may. */
  add(trace: TraceRecord, hop: TraceHop): boolean {
    if (trace.hops.length >= this.maxHops) {
      trace.truncated = true;
      return false;
    }
    trace.hops.push(hop);
    this.settle(trace, hop);
    return true;
  }

  /** Folds a hop's times and status into its trace (after it was added or finished). */
  settle(trace: TraceRecord, hop: TraceHop): void {
    if (hop.start < trace.start) trace.start = hop.start;
    const end = hop.end ?? hop.start;
    if (end > trace.end) trace.end = end;
    if (hop.status === 'error') trace.error = true;
    else if (hop.status === 'fault') trace.fault = true;
    else if (hop.status === 'throttled') trace.throttled = true;
    this.changed();
  }

  /** Newest first. */
  list(): TraceRecord[] {
    return [...this.#traces.values()].reverse();
  }

  clear(): void {
    this.#traces.clear();
    this.changed();
  }

  /** Called at most once per tick after changes. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  changed(): void {
    this.revision++;
    if (this.#scheduled || this.#listeners.size === 0) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      for (const listener of this.#listeners) {
        try {
          listener();
        } catch (error) {
          console.error('trace listener failed', error);
        }
      }
    });
  }
}
