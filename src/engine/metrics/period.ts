// One period of one metric: the five basic statistics plus the values for percentiles, and how
// periods combine into longer ones (five minutes, an hour) without going back to raw values.
import { Distribution } from './distribution';

export class Period {
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  /** Undefined once a StatisticSet was added: its values are unknown, so no percentile can be given. */
  dist: Distribution | undefined = new Distribution();
  unit: string | undefined;

  /** @param start epoch ms of the period's first instant, a multiple of its length. */
  constructor(readonly start: number) {}

  add(value: number, count = 1): void {
    this.count += count;
    this.sum += value * count;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    this.dist?.add(value, count);
  }

  /** PutMetricData's StatisticValues: the aggregate is known, the values are not. */
  addSet(set: { SampleCount: number; Sum: number; Minimum: number; Maximum: number }): void {
    this.count += set.SampleCount;
    this.sum += set.Sum;
    if (set.Minimum < this.min) this.min = set.Minimum;
    if (set.Maximum > this.max) this.max = set.Maximum;
    this.dist = undefined;
  }

  merge(other: Period): void {
    this.count += other.count;
    this.sum += other.sum;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
    if (this.dist && other.dist) this.dist.merge(other.dist);
    else this.dist = undefined;
    this.unit ??= other.unit;
  }

  /** A statistic by CloudWatch's name (`SampleCount` … `Maximum`, `p50`, `p99.9`); undefined when it cannot be known. */
  stat(name: string): number | undefined {
    if (this.count === 0) return undefined;
    switch (name) {
      case 'SampleCount':
        return this.count;
      case 'Sum':
        return this.sum;
      case 'Minimum':
        return this.min;
      case 'Maximum':
        return this.max;
      case 'Average':
        return this.sum / this.count;
    }
    const p = percentileOf(name);
    return p === undefined ? undefined : this.dist?.percentile(p, this.min, this.max);
  }
}

/** `p90` → 90, `p99.9` → 99.9; undefined for anything else (CloudWatch accepts p0.0 to p100). */
export function percentileOf(stat: string): number | undefined {
  const match = /^p(\d{1,2}(?:\.\d{1,10})?|100(?:\.0{1,10})?)$/.exec(stat);
  if (!match) return undefined;
  const p = Number(match[1]);
  return p >= 0 && p <= 100 ? p : undefined;
}
