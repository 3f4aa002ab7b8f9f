// The store: one-minute periods on the given clock, re-aggregation, retention caps and change notices.
import { describe, expect, it } from 'vitest';
import { MetricStore } from './metric-store';
import { PERIODS_PER_SERIES } from './series';

const MIN = 60_000;
const fn = [{ Name: 'FunctionName', Value: 'hello' }];
const metric = { Namespace: 'AWS/Lambda', MetricName: 'Duration', Dimensions: fn };

function storeAt(start = 10 * 60 * MIN) {
  let now = start;
  const store = new MetricStore(() => now);
  return { store, advance: (ms: number) => (now += ms), now: () => now };
}

describe('MetricStore', () => {
  it('aggregates values into one-minute periods of the clock it is given', () => {
    const { store, advance } = storeAt();
    const series = store.series('AWS/Lambda', 'Duration', fn);
    store.add(series, 10);
    store.add(series, 30);
    advance(MIN);
    store.add(series, 5);
    const q = { start: 0, end: Infinity, period: 60, stat: 'Sum' };
    expect(store.query(metric, q)).toEqual({ timestamps: [600 * MIN, 601 * MIN], values: [40, 5] });
    expect(store.query(metric, { ...q, stat: 'Maximum' }).values).toEqual([30, 5]);
  });

  it('re-aggregates minutes into five-minute and hour periods aligned to the start time', () => {
    const { store, advance } = storeAt();
    const series = store.series('AWS/Lambda', 'Duration', fn);
    for (let i = 0; i < 12; i++) {
      store.add(series, i);
      advance(MIN);
    }
    const five = store.query(metric, { start: 600 * MIN, end: 700 * MIN, period: 300, stat: 'SampleCount' });
    expect(five).toEqual({ timestamps: [600 * MIN, 605 * MIN, 610 * MIN], values: [5, 5, 2] });
    expect(store.query(metric, { start: 600 * MIN, end: 700 * MIN, period: 300, stat: 'Maximum' }).values).toEqual([4, 9, 11]);
    expect(store.query(metric, { start: 600 * MIN, end: 660 * MIN, period: 3600, stat: 'Average' }).values).toEqual([5.5]);
  });

  it('treats dimensions in any order as the same metric, and different dimensions as another', () => {
    const { store } = storeAt();
    const a = store.series('AWS/Lambda', 'Invocations', [{ Name: 'FunctionName', Value: 'f' }, { Name: 'Resource', Value: 'f:live' }]);
    const b = store.series('AWS/Lambda', 'Invocations', [{ Name: 'Resource', Value: 'f:live' }, { Name: 'FunctionName', Value: 'f' }]);
    const c = store.series('AWS/Lambda', 'Invocations', [{ Name: 'FunctionName', Value: 'f' }]);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('keeps a fixed number of periods per series', () => {
    const { store, advance } = storeAt();
    const series = store.series('AWS/Lambda', 'Duration', fn);
    for (let i = 0; i < PERIODS_PER_SERIES + 10; i++) {
      store.add(series, 1);
      advance(MIN);
    }
    expect(series.periods.length).toBe(PERIODS_PER_SERIES);
    expect(series.periods[0]!.start).toBe(610 * MIN);
  });

  it('evicts the least recently written metric past its series cap, and revives a handle written again', () => {
    let now = 0;
    const store = new MetricStore(() => now, 2);
    const a = store.series('N', 'a');
    store.add(a, 1);
    now += 1;
    const b = store.series('N', 'b');
    store.add(b, 1);
    now += 1;
    store.add(store.series('N', 'c'), 1);
    expect([...store.all()].map((s) => s.name).sort()).toEqual(['b', 'c']);
    now += 1;
    store.add(a, 2);
    expect([...store.all()].map((s) => s.name).sort()).toEqual(['a', 'c']);
  });

  it('files a value with a past time into its own minute, in order', () => {
    const { store } = storeAt();
    const series = store.series('AWS/Lambda', 'Duration', fn);
    store.add(series, 1);
    store.add(series, 2, 1, 590 * MIN + 5);
    store.add(series, 3, 1, 595 * MIN);
    expect(store.query(metric, { start: 0, end: Infinity, period: 60, stat: 'Sum' })).toEqual({ timestamps: [590 * MIN, 595 * MIN, 600 * MIN], values: [2, 3, 1] });
  });

  it('tells listeners once per burst of writes which metrics changed', async () => {
    const { store } = storeAt();
    const seen: string[][] = [];
    store.onChange((keys) => seen.push([...keys]));
    const series = store.series('AWS/Lambda', 'Duration', fn);
    for (let i = 0; i < 100; i++) store.add(series, i);
    await Promise.resolve();
    expect(seen).toEqual([[series.key]]);
  });
});
