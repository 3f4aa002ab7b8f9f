// One metric's periods in time order, one minute each, with a fixed retention: the newest
// PERIODS_PER_SERIES periods are kept and older ones fall off.
import { Period } from './period';
import { PERIOD_MS, type Dimension } from './types';

/**
 * One day of one-minute periods per metric (at most 1440 Period objects). CloudWatch keeps
 * one-minute data for 15 days; a tab keeps a day, which at ×3600 fast-forward is 24 seconds of watching.
 */
export const PERIODS_PER_SERIES = 1440;

export class Series {
  readonly periods: Period[] = [];
  /** Playground time of the last value; the store evicts the least recently written series first. */
  lastWrite = 0;
  /** Set by the store when the series was dropped to make room; writing brings it back. */
  evicted = false;

  constructor(
    readonly key: string,
    readonly namespace: string,
    readonly name: string,
    readonly dimensions: readonly Dimension[],
  ) {}

  /** The period holding `time`, made if missing. Writes at the newest minute cost one comparison. */
  periodAt(time: number): Period {
    const start = time - (((time % PERIOD_MS) + PERIOD_MS) % PERIOD_MS);
    const periods = this.periods;
    const last = periods[periods.length - 1];
    if (last && last.start === start) return last;
    if (!last || last.start < start) {
      const period = new Period(start);
      periods.push(period);
      if (periods.length > PERIODS_PER_SERIES) periods.shift();
      return period;
    }
    // An older minute (PutMetricData with a past Timestamp): binary search, insert in order.
    let lo = 0;
    let hi = periods.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (periods[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    if (periods[lo]?.start === start) return periods[lo]!;
    const period = new Period(start);
    periods.splice(lo, 0, period);
    if (periods.length > PERIODS_PER_SERIES) periods.shift();
    return period;
  }

  /**
   * Periods of `periodMs` (a multiple of a minute) from `start` (inclusive) to `end` (exclusive),
   * each combining its one-minute periods; periods with no data are left out, as CloudWatch leaves them out.
   */
  aggregate(start: number, end: number, periodMs: number): Period[] {
    const out: Period[] = [];
    let current: Period | undefined;
    for (const minute of this.periods) {
      if (minute.start < start || minute.start >= end || minute.count === 0) continue;
      const bucket = start + Math.floor((minute.start - start) / periodMs) * periodMs;
      if (!current || current.start !== bucket) out.push((current = new Period(bucket)));
      current.merge(minute);
    }
    return out;
  }
}
