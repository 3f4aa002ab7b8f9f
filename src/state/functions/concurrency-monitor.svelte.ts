// Concurrent executions over the last minute, and throttles, for the account's chart.

export interface ConcurrencySample {
  time: number;
  inFlight: number;
}

export const WINDOW_MS = 60_000;
/** One sample per bucket is plenty for a 60-second chart, and keeps recording O(1) per invoke. */
export const BUCKET_MS = 100;

export class ConcurrencyMonitor {
  samples = $state.raw<ConcurrencySample[]>([]);
  throttles = $state.raw<Array<{ time: number; functionName: string; reason: string }>>([]);
  peak = $derived(this.samples.reduce((max, s) => Math.max(max, s.inFlight), 0));

  /**
   * Records the current count; called on environment changes. Within a bucket the highest count
   * is kept (a peak must not vanish) and where the count settled is written when the bucket ends.
   */
  record(inFlight: number, time = Date.now()): void {
    const last = this.samples.at(-1);
    if (last && time - last.time < BUCKET_MS) {
      if (inFlight > last.inFlight) this.samples = [...this.samples.slice(0, -1), { time: last.time, inFlight }];
      else {
        this.#settled = inFlight;
        this.#flushTimer ??= setTimeout(() => this.#flush(), BUCKET_MS);
      }
      return;
    }
    this.#flush();
    if (this.samples.at(-1)?.inFlight === inFlight) return;
    this.samples = [...this.samples.filter((s) => s.time > time - WINDOW_MS), { time, inFlight }];
  }

  /** Writes where the last bucket's count settled, if that differs from its peak. */
  #flush(): void {
    clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    const last = this.samples.at(-1);
    if (last && this.#settled !== undefined && this.#settled !== last.inFlight) {
      this.samples = [...this.samples, { time: last.time + BUCKET_MS, inFlight: this.#settled }];
    }
    this.#settled = undefined;
  }

  #flushTimer: ReturnType<typeof setTimeout> | undefined;
  #settled: number | undefined;

  throttle(functionName: string, reason: string, time = Date.now()): void {
    this.throttles = [...this.throttles.filter((t) => t.time > time - WINDOW_MS), { time, functionName, reason }];
  }
}
