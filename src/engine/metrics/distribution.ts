// The values of one metric period, kept for percentiles: exactly up to a cap, then as a log-scale
// histogram, so a busy minute costs bounded memory however many invocations it holds.

/** Distinct values kept exactly per period; past this the period switches to the histogram. */
export const EXACT_VALUE_CAP = 256;

/**
 * Histogram bucket width: a bucket spans 2%, and its middle is within about 1% of any value in it, so a percentile read from
 * the histogram is within 1% of the exact one (then clamped to the period's Minimum and Maximum).
 * CloudWatch itself answers percentiles of large sets approximately, so this does not change what a chart shows.
 */
const GROWTH = 1.02;
const LOG_GROWTH = Math.log(GROWTH);

/** The bucket of a value: sign-aware, with zero in its own bucket. */
function bucketOf(value: number): number {
  if (value === 0) return 0;
  const index = Math.floor(Math.log(Math.abs(value)) / LOG_GROWTH) + 1_000_000;
  return value > 0 ? index : -index;
}

/** A representative of a bucket: its geometric middle (within 1% of every value in it). */
function valueOf(bucket: number): number {
  if (bucket === 0) return 0;
  const index = Math.abs(bucket) - 1_000_000;
  const middle = Math.exp((index + 0.5) * LOG_GROWTH);
  return bucket > 0 ? middle : -middle;
}

/**
 * Values with counts. `exact` holds parallel arrays of (value, count) until EXACT_VALUE_CAP entries;
 * then `histogram` (bucket → count) takes over for good. Counts are weights: PutMetricData's
 * `Values` + `Counts` add a value many times in one entry.
 */
export class Distribution {
  values: number[] = [];
  counts: number[] = [];
  histogram: Map<number, number> | undefined;

  add(value: number, count = 1): void {
    if (this.histogram) {
      const bucket = bucketOf(value);
      this.histogram.set(bucket, (this.histogram.get(bucket) ?? 0) + count);
      return;
    }
    this.values.push(value);
    this.counts.push(count);
    if (this.values.length > EXACT_VALUE_CAP) this.#toHistogram();
  }

  merge(other: Distribution): void {
    if (other.histogram) {
      if (!this.histogram) this.#toHistogram();
      for (const [bucket, count] of other.histogram) this.histogram!.set(bucket, (this.histogram!.get(bucket) ?? 0) + count);
      return;
    }
    for (let i = 0; i < other.values.length; i++) this.add(other.values[i]!, other.counts[i]!);
  }

  get exact(): boolean {
    return this.histogram === undefined;
  }

  #toHistogram(): void {
    const histogram = new Map<number, number>();
    for (let i = 0; i < this.values.length; i++) {
      const bucket = bucketOf(this.values[i]!);
      histogram.set(bucket, (histogram.get(bucket) ?? 0) + this.counts[i]!);
    }
    this.histogram = histogram;
    this.values = [];
    this.counts = [];
  }

  /**
   * The pN percentile by nearest rank: the smallest value with at least p% of the samples at or
   * below it (rank ⌈p/100 × N⌉), which is a value that was actually recorded, as CloudWatch's pN is.
   * `min`/`max` clamp the histogram's approximation to what was seen.
   */
  percentile(p: number, min: number, max: number): number | undefined {
    const pairs: Array<[number, number]> = this.histogram
      ? [...this.histogram].map(([bucket, count]) => [valueOf(bucket), count])
      : this.values.map((value, i) => [value, this.counts[i]!]);
    if (pairs.length === 0) return undefined;
    pairs.sort((a, b) => a[0] - b[0]);
    let total = 0;
    for (const [, count] of pairs) total += count;
    const rank = Math.max(1, Math.ceil((p / 100) * total));
    let seen = 0;
    for (const [value, count] of pairs) {
      seen += count;
      if (seen >= rank) return Math.min(max, Math.max(min, value));
    }
    return max;
  }
}
