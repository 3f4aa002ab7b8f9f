import { expect, it } from 'vitest';
import { TraceStore } from './trace-store';
import type { TraceHop } from './types';

const hop = (id: string, start: number, status: TraceHop['status'] = 'ok'): TraceHop => ({ id, kind: 'invocation', service: 'lambda', name: 'f', start, end: start + 5, status });

it('keeps the newest traces only, dropping the oldest past its limit', () => {
  const store = new TraceStore(3);
  for (let i = 0; i < 5; i++) store.open(`t${i}`, i);
  expect(store.size).toBe(3);
  expect(store.list().map((t) => t.id)).toEqual(['t4', 't3', 't2']);
  expect(store.get('t0')).toBeUndefined();
});

it('bounds the hops of one trace and says so', () => {
  const store = new TraceStore(10, 2);
  const trace = store.open('t', 0);
  expect([store.add(trace, hop('a', 0)), store.add(trace, hop('b', 1)), store.add(trace, hop('c', 2))]).toEqual([true, true, false]);
  expect(trace.hops.map((h) => h.id)).toEqual(['a', 'b']);
  expect(trace.truncated).toBe(true);
});

it('folds hop times and failures into the trace', () => {
  const store = new TraceStore();
  const trace = store.open('t', 100);
  store.add(trace, hop('a', 90));
  store.add(trace, hop('b', 120, 'error'));
  store.add(trace, hop('c', 130, 'throttled'));
  expect(trace).toMatchObject({ start: 90, end: 135, error: true, fault: false, throttled: true });
});

it('tells listeners once per tick, however many changes were made', async () => {
  const store = new TraceStore();
  let calls = 0;
  store.onChange(() => calls++);
  const trace = store.open('t', 0);
  for (let i = 0; i < 10; i++) store.add(trace, hop(`h${i}`, i));
  expect(calls).toBe(0);
  await Promise.resolve();
  expect(calls).toBe(1);
});
