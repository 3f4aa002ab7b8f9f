// Projecting a month from recorded metrics.
import { describe, expect, it } from 'vitest';
import { MetricStore } from '../metrics/metric-store';
import { estimateFromMetrics } from './estimate';

describe('estimateFromMetrics', () => {
  it('scales an hour of invocations to a 730-hour month at the recorded average duration', () => {
    const now = 1800_000;
    const store = new MetricStore(() => now);
    const dims = [{ Name: 'FunctionName', Value: 'f' }];
    for (const ms of [99.5, 100.4]) {
      store.add(store.series('AWS/Lambda', 'Invocations', dims), 1);
      store.add(store.series('AWS/Lambda', 'Duration', dims), ms);
    }
    const month = estimateFromMetrics(store, [{ name: 'f', memoryMB: 1024 }], 0, 3600_000, { freeTier: false });
    expect(month.requests).toBe(1460);
    // Average 99.95 ms is billed as 100 ms: 1460 × 0.1 GB-s.
    expect(month.gbSeconds.x86_64).toBeCloseTo(146, 9);
    expect(month.totalUsd).toBeCloseTo(146 * 0.0000166667 + 1460 * 0.0000002, 12);
  });
});
