// Concurrent executions over the last minute, and throttles, for the account's chart.

export interface ConcurrencySample {
  time: number;
  inFlight: number;
}

export const WINDOW_MS = 60_000;

export class ConcurrencyMonitor {
  samples = $state.raw<ConcurrencySample[]>([]);
  throttles = $state.raw<Array<{ time: number; functionName: string; reason: string }>>([]);
  peak = $derived(this.samples.reduce((max, s) => Math.max(max, s.inFlight), 0));

  /** Records the current count; called on every environment change. */
  record(inFlight: number, time = Date.now()): void {
    const last = this.samples.at(-1);
    if (last && last.inFlight === inFlight && time - last.time < 1000) return;
    this.samples = [...this.samples.filter((s) => s.time > time - WINDOW_MS), { time, inFlight }];
  }

  throttle(functionName: string, reason: string, time = Date.now()): void {
    this.throttles = [...this.throttles.filter((t) => t.time > time - WINDOW_MS), { time, functionName, reason }];
  }
}
