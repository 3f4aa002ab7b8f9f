// The ranges and periods a chart offers, and the window a choice covers.
import { describe, expect, it } from 'vitest';
import { defaultPeriod, periodAfterRangeChange, periodsFor, windowAt } from './metrics-range';

describe('metric ranges', () => {
  it('offers only periods shorter than the range', () => {
    expect(periodsFor('15m')).toEqual([60, 300]);
    expect(periodsFor('1h')).toEqual([60, 300]);
    expect(periodsFor('3h')).toEqual([60, 300, 3600]);
    expect(periodsFor('1d')).toEqual([60, 300, 3600]);
  });

  it('keeps a period the new range allows and falls back to its default otherwise', () => {
    expect(periodAfterRangeChange('12h', 60)).toBe(60);
    expect(periodAfterRangeChange('15m', 3600)).toBe(60);
    expect(defaultPeriod('3h')).toBe(300);
  });

  it('ends the window with the period now falls in, aligned to the period', () => {
    const now = Date.UTC(2026, 0, 1, 10, 7, 30);
    expect(windowAt(now, '15m', 60)).toEqual({ start: Date.UTC(2026, 0, 1, 9, 53), end: Date.UTC(2026, 0, 1, 10, 8), period: 60 });
    expect(windowAt(now, '1h', 300)).toEqual({ start: Date.UTC(2026, 0, 1, 9, 10), end: Date.UTC(2026, 0, 1, 10, 10), period: 300 });
  });
});
