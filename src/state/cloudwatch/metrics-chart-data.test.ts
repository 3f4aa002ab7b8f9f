// Series → chart data: the x axis of every period, null gaps, the success rate, and chart specs over a real store.
import { describe, expect, it } from 'vitest';
import { MetricStore } from '../../engine/metrics/metric-store';
import { chartData, successRate } from './metrics-chart-data';
import { functionCharts } from './metrics-function-charts';
import { functionDashboardCharts, customMetricChart } from './metrics-dashboard-charts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 1, 12, 0);

function store() {
  let now = T0;
  const s = new MetricStore(() => now);
  const add = (name: string, value: number, dims: Array<{ Name: string; Value: string }>, at = now) => s.add(s.series('AWS/Lambda', name, dims), value, 1, at);
  return { s, add, at: (ms: number) => (now = T0 + ms) };
}

describe('chart data', () => {
  it('puts each datapoint on its period of the window and leaves the other periods empty', () => {
    const { s, add } = store();
    const fn = [{ Name: 'FunctionName', Value: 'hello' }];
    add('Invocations', 1, fn, T0);
    add('Invocations', 1, fn, T0 + 10);
    add('Invocations', 1, fn, T0 + 2 * MIN);
    const [invocations] = functionCharts('hello', 'all');
    const data = chartData(invocations!, { start: T0 - MIN, end: T0 + 3 * MIN, period: 60 }, (m, q) => s.query(m, q));
    expect(data.x).toEqual([T0 - MIN, T0, T0 + MIN, T0 + 2 * MIN].map((t) => t / 1000));
    expect(data.ys).toEqual([[null, 2, null, 1]]);
    expect(data.series[0]).toMatchObject({ timestamps: [T0, T0 + 2 * MIN], values: [2, 1] });
    expect(data.empty).toBe(false);
  });

  it('says a chart is empty when no line has a datapoint', () => {
    const { s } = store();
    const data = chartData(functionCharts('none', 'all')[1]!, { start: T0, end: T0 + MIN, period: 60 }, (m, q) => s.query(m, q));
    expect(data.empty).toBe(true);
    expect(data.series.map((x) => x.values)).toEqual([[], [], []]);
  });

  it('charts errors beside the success rate, per period with invocations', () => {
    const { s, add } = store();
    const fn = [{ Name: 'FunctionName', Value: 'f' }];
    for (let i = 0; i < 4; i++) add('Invocations', 1, fn, T0);
    add('Errors', 1, fn, T0);
    add('Errors', 0, fn, T0);
    add('Errors', 0, fn, T0);
    add('Errors', 0, fn, T0);
    const errors = functionCharts('f', 'all').find((c) => c.id === 'errors')!;
    const data = chartData(errors, { start: T0, end: T0 + MIN, period: 60 }, (m, q) => s.query(m, q));
    expect(data.series.map((x) => [x.unit, x.values])).toEqual([['count', [1]], ['percent', [75]]]);
    expect(successRate({ timestamps: [1, 2], values: [0, 3] }, { timestamps: [1, 2, 3], values: [0, 3, 2] })).toEqual({ timestamps: [2, 3], values: [0, 100] });
  });

  it('reads a version or alias through the Resource dimension', () => {
    const { s, add } = store();
    add('Invocations', 1, [{ Name: 'FunctionName', Value: 'f' }, { Name: 'Resource', Value: 'f:live' }], T0);
    add('Invocations', 1, [{ Name: 'FunctionName', Value: 'f' }], T0);
    add('Invocations', 1, [{ Name: 'FunctionName', Value: 'f' }], T0);
    const read = (q: string) => chartData(functionCharts('f', q)[0]!, { start: T0, end: T0 + MIN, period: 60 }, (m, qq) => s.query(m, qq)).series[0]!.values;
    expect(read('live')).toEqual([1]);
    expect(read('all')).toEqual([2]);
  });

  it('draws one line per function on the dashboard, and one per dimension set for a custom metric', () => {
    const { s, add } = store();
    add('Invocations', 1, [{ Name: 'FunctionName', Value: 'a' }], T0);
    add('Invocations', 1, [{ Name: 'FunctionName', Value: 'b' }], T0);
    add('Invocations', 1, [{ Name: 'FunctionName', Value: 'b' }], T0);
    const data = chartData(functionDashboardCharts(['a', 'b'])[0]!, { start: T0, end: T0 + MIN, period: 60 }, (m, q) => s.query(m, q));
    expect(data.series.map((x) => [x.label, x.values])).toEqual([['a', [1]], ['b', [2]]]);
    const custom = customMetricChart([{ Namespace: 'Shop', MetricName: 'Orders', Dimensions: [{ Name: 'Service', Value: 'cart' }] }], 'Sum');
    expect(custom?.lines.map((l) => l.label)).toEqual(['Service=cart']);
    expect(customMetricChart([], 'Sum')).toBeUndefined();
  });
});
