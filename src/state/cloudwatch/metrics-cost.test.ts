// Cost card numbers against the Lambda pricing page's worked figures.
import { describe, expect, it } from 'vitest';
import { formatUsd, functionCostCard, monthlyRequests, projectCost } from './metrics-cost';

describe('function cost card', () => {
  it('turns a rate per second into a 730-hour month', () => {
    expect(monthlyRequests(1, 'second')).toBe(2_628_000);
    expect(monthlyRequests(5000, 'month')).toBe(5000);
    expect(monthlyRequests(-1, 'second')).toBe(0);
  });

  it('bills the last and average durations rounded up to the millisecond, as GB-seconds of the memory', () => {
    const card = functionCostCard({ memoryMB: 512, lastDurationMs: 99.2, averageDurationMs: 120.01, monthlyInvocations: 0 });
    expect(card.last).toEqual({ durationMs: 99.2, billedMs: 100, gbSeconds: 0.05 });
    expect(card.average?.billedMs).toBe(121);
    expect(card.average?.gbSeconds).toBeCloseTo(0.0605, 10);
  });

  it('prices the pricing page example: 3 million invocations of 120 ms at 1536 MB on x86 and arm64', () => {
    // AWS's example (x86): 3M × 0.12 s × 1.5 GB = 540,000 GB-s; less 400,000 free = 140,000 × $0.0000166667 = $2.33;
    // requests 3M less 1M free = 2M × $0.20/M = $0.40; total $2.73.
    const card = functionCostCard({ memoryMB: 1536, averageDurationMs: 120, monthlyInvocations: 3_000_000 });
    const x86 = card.architectures.find((a) => a.architecture === 'x86_64')!;
    const arm = card.architectures.find((a) => a.architecture === 'arm64')!;
    expect(x86.monthlyAfterFreeTierUsd).toBeCloseTo(2.73, 2);
    expect(x86.monthlyUsd).toBeCloseTo(540_000 * 0.0000166667 + 0.6, 6);
    expect(x86.perInvocationUsd).toBeCloseTo(0.18 * 0.0000166667 + 0.0000002, 12);
    expect(arm.monthlyUsd).toBeLessThan(x86.monthlyUsd);
    expect(arm.monthlyAfterFreeTierUsd).toBeCloseTo(140_000 * 0.0000133334 + 0.4, 6);
  });

  it('has nothing to price before any invocation', () => {
    expect(functionCostCard({ memoryMB: 128, monthlyInvocations: 100 }).architectures).toEqual([]);
  });
});

describe('project cost', () => {
  it('runs the busiest resource at the chosen rate and the others in the proportions seen', () => {
    const cost = projectCost(
      [
        { name: 'api-fn', memoryMB: 1024, architecture: 'x86_64', invocations: 100, durationSumMs: 10_000 },
        { name: 'worker', memoryMB: 128, architecture: 'arm64', invocations: 50, durationSumMs: 500 },
      ],
      [{ name: 'shop', kind: 'http', requests: 100 }],
      2_000_000,
    );
    expect(cost.scale).toBe(20_000);
    expect(cost.functions.map((f) => f.requestsPerMonth)).toEqual([2_000_000, 1_000_000]);
    // api-fn: 2M × 0.1 s × 1 GB = 200,000 GB-s.
    expect(cost.functions[0]!.gbSecondsPerMonth).toBeCloseTo(200_000, 6);
    expect(cost.apis[0]).toMatchObject({ name: 'shop', requestsPerMonth: 2_000_000, usd: 2 });
    expect(cost.totalAfterFreeTierUsd).toBeLessThan(cost.totalUsd);
  });

  it('costs nothing when nothing ran', () => {
    expect(projectCost([{ name: 'idle', memoryMB: 128, architecture: 'x86_64', invocations: 0, durationSumMs: 0 }], [], 1000)).toMatchObject({ scale: 0, totalUsd: 0 });
  });
});

describe('formatUsd', () => {
  it('shows cents, and enough digits for a fraction of a cent', () => {
    expect(formatUsd(2.731)).toBe('$2.73');
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(0.0000002)).toBe('$0.0000002');
    expect(formatUsd(0.00000320001)).toBe('$0.0000032');
  });
});
