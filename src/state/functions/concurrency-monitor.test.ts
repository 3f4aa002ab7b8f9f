import { describe, expect, it } from 'vitest';
import { ConcurrencyMonitor } from './concurrency-monitor.svelte';

describe('concurrency monitor', () => {
  it('keeps the peak of a bucket and where it settled, with few samples for many changes', () => {
    const m = new ConcurrencyMonitor();
    const t0 = 1_000_000;
    for (let i = 0; i < 1000; i++) {
      m.record(1, t0 + i * 0.05);
      m.record(0, t0 + i * 0.05 + 0.01);
    }
    expect(m.samples.length).toBeLessThanOrEqual(3);
    expect(m.peak).toBe(1);
    // A burst peaks at 5 within one bucket and settles at 2: both stay visible, then the fall to 0.
    m.record(5, t0 + 200);
    m.record(2, t0 + 250);
    m.record(0, t0 + 400);
    expect(m.samples.slice(-3).map((s) => s.inFlight)).toEqual([5, 2, 0]);
    expect(m.peak).toBe(5);
  });

  it('shows the fall after a burst even when nothing else happens', async () => {
    const m = new ConcurrencyMonitor();
    m.record(3);
    m.record(0);
    expect(m.samples.at(-1)?.inFlight).toBe(3);
    await new Promise((r) => setTimeout(r, 150));
    expect(m.samples.at(-1)?.inFlight).toBe(0);
  });
});
