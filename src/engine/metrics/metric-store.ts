// The metric store: every metric of the account as one-minute periods on the playground clock,
// with bounded retention, queries by statistic and period, and coalesced change notices for charts.
import { Series } from './series';
import { metricKey, type Dimension, type MetricIdentity } from './types';

/**
 * At most this many metrics (distinct namespace + name + dimensions). A new metric past the cap
 * evicts the least recently written one. With PERIODS_PER_SERIES and EXACT_VALUE_CAP this bounds
 * the store's memory whatever a handler publishes.
 */
export const MAX_SERIES = 2000;

/** A series as a chart draws it: ascending timestamps (epoch ms, playground clock) and values. */
export interface SeriesData {
  timestamps: number[];
  values: number[];
}

export interface SeriesQuery {
  /** Epoch ms on the playground clock, start inclusive, end exclusive. */
  start: number;
  end: number;
  /** Seconds: 60, 300, 3600, … (a multiple of 60). */
  period: number;
  /** `SampleCount`, `Sum`, `Minimum`, `Maximum`, `Average`, or a percentile such as `p90`. */
  stat: string;
}

export class MetricStore {
  #series = new Map<string, Series>();
  #dirty = new Set<string>();
  #flushScheduled = false;
  #listeners = new Set<(keys: ReadonlySet<string>) => void>();

  /** @param now the playground clock: metrics follow its pauses and fast-forwards. */
  constructor(
    readonly now: () => number,
    private readonly maxSeries = MAX_SERIES,
  ) {}

  /** The series of a metric, made if new. Recorders keep the handle so the invoke path skips the key. */
  series(namespace: string, name: string, dimensions: readonly Dimension[] = []): Series {
    const key = metricKey(namespace, name, dimensions);
    let series = this.#series.get(key);
    if (!series) {
      series = new Series(key, namespace, name, dimensions.map((d) => ({ Name: d.Name, Value: d.Value })));
      this.#adopt(series);
    }
    return series;
  }

  /** Adds one value (or one value `count` times) at playground time `time` (now when left out). */
  add(series: Series, value: number, count = 1, time = this.now(), unit?: string): void {
    if (series.evicted) this.#adopt(series);
    const period = series.periodAt(time);
    period.add(value, count);
    if (unit !== undefined) period.unit ??= unit;
    if (time > series.lastWrite) series.lastWrite = time;
    this.#changed(series.key);
  }

  /** Adds a StatisticSet (PutMetricData's StatisticValues). */
  addSet(series: Series, set: { SampleCount: number; Sum: number; Minimum: number; Maximum: number }, time = this.now(), unit?: string): void {
    if (series.evicted) this.#adopt(series);
    const period = series.periodAt(time);
    period.addSet(set);
    if (unit !== undefined) period.unit ??= unit;
    if (time > series.lastWrite) series.lastWrite = time;
    this.#changed(series.key);
  }

  /** The stored series of a metric, if any (queries never create one). */
  find(metric: MetricIdentity): Series | undefined {
    return this.#series.get(metricKey(metric.Namespace, metric.MetricName, metric.Dimensions));
  }

  /** A metric's statistic per period, oldest first; periods without data are left out. */
  query(metric: MetricIdentity, q: SeriesQuery): SeriesData {
    const data: SeriesData = { timestamps: [], values: [] };
    const series = this.find(metric);
    if (!series) return data;
    for (const period of series.aggregate(q.start, q.end, q.period * 1000)) {
      const value = period.stat(q.stat);
      if (value === undefined) continue;
      data.timestamps.push(period.start);
      data.values.push(value);
    }
    return data;
  }

  /** Every stored series, for ListMetrics. */
  all(): IterableIterator<Series> {
    return this.#series.values();
  }

  /**
   * Calls `listener` with the keys of the metrics written since the last call, at most once per
   * microtask however many values arrived: a chart re-queries the series it shows. Returns an unsubscribe.
   */
  onChange(listener: (keys: ReadonlySet<string>) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Forgets every metric (a project switch). */
  clear(): void {
    for (const series of this.#series.values()) series.evicted = true;
    this.#series.clear();
    this.#changed('*');
  }

  #adopt(series: Series): void {
    if (this.#series.size >= this.maxSeries) {
      let oldest: Series | undefined;
      for (const s of this.#series.values()) if (!oldest || s.lastWrite < oldest.lastWrite) oldest = s;
      if (oldest) {
        oldest.evicted = true;
        this.#series.delete(oldest.key);
      }
    }
    series.evicted = false;
    this.#series.set(series.key, series);
  }

  #changed(key: string): void {
    if (this.#listeners.size === 0) return;
    this.#dirty.add(key);
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    queueMicrotask(() => {
      this.#flushScheduled = false;
      const keys = this.#dirty;
      this.#dirty = new Set();
      for (const listener of this.#listeners) {
        try {
          listener(keys);
        } catch (error) {
          console.error('metric listener failed', error);
        }
      }
    });
  }
}
