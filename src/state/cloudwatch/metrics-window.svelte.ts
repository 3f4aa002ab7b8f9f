// The range, period and live refresh shared by a set of metric charts: re-reads the series when a
// metric they show changes (at most once per animation frame), and slides the window as time passes.
import type { Engine } from '../../engine/engine';
import type { MetricIdentity } from '../../engine/metrics/types';
import type { SeriesData, SeriesQuery } from '../../engine/metrics/metric-store';
import type { ChartSpec } from './metrics-chart-data';
import { periodAfterRangeChange, periodsFor, windowAt, type PeriodSeconds, type RangeId } from './metrics-range';

type CloudWatchApi = Engine['cloudwatch'];

/** How often the window slides without any new datapoint, so "the last 15 minutes" stays true. */
const SLIDE_MS = 10_000;

const nextFrame: (job: () => void) => unknown =
  typeof requestAnimationFrame === 'function' ? (job) => requestAnimationFrame(() => job()) : (job) => setTimeout(job, 16);

export class MetricsWindow {
  range = $state<RangeId>('1h');
  period = $state<PeriodSeconds>(60);
  /** The playground time the window ends at; moved by changes and by the slide timer. */
  now = $state(0);
  /** Bumped whenever the charts should read their series again. */
  version = $state(0);

  readonly periods = $derived(periodsFor(this.range));
  readonly window = $derived(windowAt(this.now, this.range, this.period));

  /** Keys of the metrics on screen: a change to another metric redraws nothing (undefined: any change redraws). */
  #watched: Set<string> | undefined = new Set<string>();
  #scheduled = false;

  constructor(readonly cloudwatch: CloudWatchApi) {
    this.now = cloudwatch.now();
  }

  setRange(range: RangeId): void {
    this.range = range;
    this.period = periodAfterRangeChange(range, this.period);
    this.refresh();
  }

  setPeriod(period: PeriodSeconds): void {
    if (this.periods.includes(period)) this.period = period;
    this.refresh();
  }

  /** The series reader the charts use. */
  read = (metric: MetricIdentity, query: SeriesQuery): SeriesData => this.cloudwatch.series(metric, query);

  /** The charts now on screen; their metrics are the ones whose changes redraw. */
  watch(specs: readonly ChartSpec[] | 'everything'): void {
    if (specs === 'everything') return void (this.#watched = undefined);
    this.#watched = new Set(specs.flatMap((s) => s.lines.map((l) => this.cloudwatch.keyOf(l.metric))));
  }

  /** Whether a change to these keys concerns the charts on screen (`*`: every metric was cleared). */
  concerns(keys: ReadonlySet<string>): boolean {
    if (keys.has('*') || !this.#watched) return true;
    for (const key of keys) if (this.#watched.has(key)) return true;
    return false;
  }

  /** Re-reads at the next frame; calls in between fold into one. */
  refresh(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    nextFrame(() => {
      this.#scheduled = false;
      this.now = this.cloudwatch.now();
      this.version++;
    });
  }

  /** Follows the store while the charts are on screen; returns the stop to call when they go. */
  start(): () => void {
    const off = this.cloudwatch.onChange((keys) => {
      if (this.concerns(keys)) this.refresh();
    });
    const timer = setInterval(() => this.refresh(), SLIDE_MS);
    return () => {
      off();
      clearInterval(timer);
    };
  }
}
