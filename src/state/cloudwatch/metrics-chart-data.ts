// Turns metric series into what a chart draws: one x axis of period starts across the window, a
// column of values (null where CloudWatch has no datapoint) per line, and the plain datapoints each
// line has, which the chart also exposes as a table for screen readers and tests.
import type { SeriesData, SeriesQuery } from '../../engine/metrics/metric-store';
import type { MetricIdentity } from '../../engine/metrics/types';
import type { Window } from './metrics-range';

export type ChartUnit = 'count' | 'ms' | 'percent';

/** One plotted line: a metric's statistic. */
export interface LineSpec {
  label: string;
  metric: MetricIdentity;
  stat: string;
}

/** One chart: its lines, or with `successRate`, Errors (lines[0]) beside the success rate derived from Invocations (lines[1]). */
export interface ChartSpec {
  id: string;
  title: string;
  unit: ChartUnit;
  lines: LineSpec[];
  successRate?: { label: string };
}

/** A drawn line's datapoints (epoch ms on the playground clock) and the axis it is read on. */
export interface ChartSeries {
  label: string;
  unit: ChartUnit;
  timestamps: number[];
  values: number[];
}

export interface ChartData {
  id: string;
  title: string;
  unit: ChartUnit;
  /** Period starts in seconds (uPlot's time unit), every period of the window. */
  x: number[];
  /** One column per series, aligned with x; null where the series has no datapoint. */
  ys: Array<Array<number | null>>;
  series: ChartSeries[];
  /** No series has a datapoint in the window. */
  empty: boolean;
}

export type ReadSeries = (metric: MetricIdentity, query: SeriesQuery) => SeriesData;

/** The success rate per period, as the Lambda console computes it: 100 − 100 × Errors / Invocations. */
export function successRate(errors: SeriesData, invocations: SeriesData): SeriesData {
  const errorsAt = new Map(errors.timestamps.map((t, i) => [t, errors.values[i]!]));
  const out: SeriesData = { timestamps: [], values: [] };
  invocations.timestamps.forEach((t, i) => {
    const count = invocations.values[i]!;
    if (count <= 0) return;
    out.timestamps.push(t);
    out.values.push(100 - (100 * (errorsAt.get(t) ?? 0)) / count);
  });
  return out;
}

export function chartData(spec: ChartSpec, window: Window, read: ReadSeries): ChartData {
  const step = window.period * 1000;
  const times: number[] = [];
  for (let t = window.start; t < window.end; t += step) times.push(t);
  const query = (line: LineSpec) => read(line.metric, { start: window.start, end: window.end, period: window.period, stat: line.stat });
  let series: ChartSeries[];
  if (spec.successRate) {
    const [errorsLine, invocationsLine] = spec.lines;
    const errors = query(errorsLine!);
    const rate = successRate(errors, query(invocationsLine!));
    series = [
      { label: errorsLine!.label, unit: 'count', ...errors },
      { label: spec.successRate.label, unit: 'percent', ...rate },
    ];
  } else {
    series = spec.lines.map((line) => ({ label: line.label, unit: spec.unit, ...query(line) }));
  }
  const index = new Map(times.map((t, i) => [t, i]));
  const ys = series.map((s) => {
    const column: Array<number | null> = times.map(() => null);
    s.timestamps.forEach((t, i) => {
      const at = index.get(t);
      if (at !== undefined) column[at] = s.values[i]!;
    });
    return column;
  });
  return {
    id: spec.id, title: spec.title, unit: spec.unit, x: times.map((t) => t / 1000), ys, series,
    empty: series.every((s) => s.values.length === 0),
  };
}
