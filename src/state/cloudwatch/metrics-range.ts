// The time ranges and periods a metrics chart offers, as the CloudWatch console offers them, and the
// window of playground time a choice covers (aligned to the period, ending with the current one).

export const RANGES = [
  { id: '15m', ms: 15 * 60_000 },
  { id: '1h', ms: 3600_000 },
  { id: '3h', ms: 3 * 3600_000 },
  { id: '12h', ms: 12 * 3600_000 },
  { id: '1d', ms: 24 * 3600_000 },
] as const;
export type RangeId = (typeof RANGES)[number]['id'];

/** Periods in seconds: one minute (the store's finest), five minutes, one hour. */
export const PERIODS = [60, 300, 3600] as const;
export type PeriodSeconds = (typeof PERIODS)[number];

/** A chart shows at most this many periods: more would be thinner than a pixel, and GetMetricStatistics refuses past 1,440. */
const MAX_POINTS = 1440;

export function rangeMs(range: RangeId): number {
  return RANGES.find((r) => r.id === range)!.ms;
}

/** The periods that make sense for a range: shorter than it, and not more points than a chart can show. */
export function periodsFor(range: RangeId): PeriodSeconds[] {
  const ms = rangeMs(range);
  return PERIODS.filter((p) => p * 1000 < ms && ms / (p * 1000) <= MAX_POINTS);
}

/** The console's automatic choice: one-minute periods up to an hour, five minutes up to a day. */
export function defaultPeriod(range: RangeId): PeriodSeconds {
  return rangeMs(range) <= 3600_000 ? 60 : 300;
}

/** Keeps a chosen period when the new range allows it, else the range's default. */
export function periodAfterRangeChange(range: RangeId, period: PeriodSeconds): PeriodSeconds {
  return periodsFor(range).includes(period) ? period : defaultPeriod(range);
}

export interface Window {
  /** Epoch ms on the playground clock: first period's start (inclusive) and the end (exclusive). */
  start: number;
  end: number;
  period: PeriodSeconds;
}

/** The periods ending with the one `now` falls in, as many as fill the range. */
export function windowAt(now: number, range: RangeId, period: PeriodSeconds): Window {
  const step = period * 1000;
  const end = Math.floor(now / step) * step + step;
  const count = Math.ceil(rangeMs(range) / step);
  return { start: end - count * step, end, period };
}
