// Percentiles against a naive nearest-rank reference, and the histogram's documented 2% bound past the cap.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Distribution, EXACT_VALUE_CAP } from './distribution';
import { Period } from './period';

/** The reference: sort every sample and take rank ⌈p/100 × N⌉. */
function naive(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('Distribution', () => {
  it('gives the nearest-rank percentile of small sets exactly', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 60 }), fc.constantFrom(0, 1, 50, 90, 99, 99.9, 100), (values, p) => {
        const d = new Distribution();
        for (const v of values) d.add(v);
        expect(d.percentile(p, Math.min(...values), Math.max(...values))).toBe(naive(values, p));
      }),
    );
  });

  it('weights a value by its count as if it had been added that many times', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 30 }), fc.constantFrom(50, 90, 99), (pairs, p) => {
        const d = new Distribution();
        const expanded: number[] = [];
        for (const [v, c] of pairs) {
          d.add(v, c);
          for (let i = 0; i < c; i++) expanded.push(v);
        }
        expect(d.percentile(p, Math.min(...expanded), Math.max(...expanded))).toBe(naive(expanded, p));
      }),
    );
  });

  it('stays within 2% of the exact percentile once past the cap, with bounded entries', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.5, max: 30_000, noNaN: true }), { minLength: EXACT_VALUE_CAP + 1, maxLength: 2000 }), fc.constantFrom(50, 90, 99), (values, p) => {
        const d = new Distribution();
        for (const v of values) d.add(v);
        expect(d.exact).toBe(false);
        expect(d.values.length).toBe(0);
        const exact = naive(values, p);
        expect(Math.abs(d.percentile(p, Math.min(...values), Math.max(...values))! - exact)).toBeLessThanOrEqual(exact * 0.02);
      }),
      { numRuns: 30 },
    );
  });
});

describe('Period', () => {
  it('keeps SampleCount, Sum, Minimum, Maximum and Average of its values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 50 }), (values) => {
        const period = new Period(0);
        for (const v of values) period.add(v);
        expect(period.stat('SampleCount')).toBe(values.length);
        expect(period.stat('Sum')).toBe(values.reduce((a, b) => a + b, 0));
        expect(period.stat('Minimum')).toBe(Math.min(...values));
        expect(period.stat('Maximum')).toBe(Math.max(...values));
        expect(period.stat('Average')).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
        expect(period.stat('p90')).toBe(naive(values, 90));
      }),
    );
  });

  it('merges into the same statistics as one period holding every value', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 6 }), (groups) => {
        const merged = new Period(0);
        const whole = new Period(0);
        for (const group of groups) {
          const part = new Period(0);
          for (const v of group) {
            part.add(v);
            whole.add(v);
          }
          merged.merge(part);
        }
        for (const stat of ['SampleCount', 'Sum', 'Minimum', 'Maximum', 'p50', 'p90', 'p99']) expect(merged.stat(stat)).toBe(whole.stat(stat));
      }),
    );
  });

  it('gives no percentile once a statistic set was added, but keeps the basic statistics', () => {
    const period = new Period(0);
    period.add(5);
    period.addSet({ SampleCount: 3, Sum: 30, Minimum: 2, Maximum: 20 });
    expect(period.stat('SampleCount')).toBe(4);
    expect(period.stat('Sum')).toBe(35);
    expect(period.stat('Minimum')).toBe(2);
    expect(period.stat('Maximum')).toBe(20);
    expect(period.stat('p50')).toBeUndefined();
  });

  it('reads percentile names as CloudWatch writes them', () => {
    const period = new Period(0);
    for (let i = 1; i <= 100; i++) period.add(i);
    expect(period.stat('p50')).toBe(50);
    expect(period.stat('p99.9')).toBe(100);
    expect(period.stat('p0')).toBe(1);
    expect(period.stat('p101')).toBeUndefined();
    expect(period.stat('Median')).toBeUndefined();
  });
});
