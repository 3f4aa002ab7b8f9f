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
   * is kept (a peak must not vanish); a count equal to the last one adds nothing.
   */
  record(inFlight: number, time = Date.now()): void {
    const last = this.samples.at(-1);
    if (last && time - last.time < BUCKET_MS) {
      if (inFlight > last.inFlight) this.samples = [...this.samples.slice(0, -1), { time: last.time, inFlight }];
      else this.#settled = inFlight;
      return;
    }
    // A bucket that ended lower than its peak starts the next one at where it ended.
    const points = this.#settled !== undefined && last && this.#settled !== last.inFlight ? [{ time: last.time + BUCKET_MS, inFlight: this.#settled }] : [];
    this.#settled = undefined;
    if (last && last.inFlight === inFlight && points.length === 0) return;
    this.samples = [...this.samples.filter((s) => s.time > time - WINDOW_MS), ...points, { time, inFlight }];
  }

  #settled: number | undefined;

  throttle(functionName: string, reason: string, time = Date.now()): void {
    this.throttles = [...this.throttles.filter((t) => t.time > time - WINDOW_MS), { time, functionName, reason }];
  }
}
