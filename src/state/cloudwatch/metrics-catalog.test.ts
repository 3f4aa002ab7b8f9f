// The pickers' view of the store: qualifiers with data, custom namespaces, window totals.
import { describe, expect, it } from 'vitest';
import { Emitter } from '../../engine/events';
import type { EngineEvent } from '../../engine/engine-events';
import { createCloudWatch } from '../../engine/metrics/cloudwatch';
import { customMetrics, customNamespaces, qualifiersOf, windowTotal } from './metrics-catalog';

function setup() {
  const now = Date.UTC(2026, 0, 1, 12, 0, 30);
  const cw = createCloudWatch({ now: () => now, events: new Emitter<EngineEvent>() });
  const add = (ns: string, name: string, dims: Array<{ Name: string; Value: string }>, value = 1) => cw.store.add(cw.store.series(ns, name, dims), value);
  return { cw, add, now };
}

describe('metrics catalog', () => {
  it('lists the versions and aliases a function has metrics for', () => {
    const { cw, add } = setup();
    const fn = { Name: 'FunctionName', Value: 'f' };
    add('AWS/Lambda', 'Invocations', [fn]);
    add('AWS/Lambda', 'Invocations', [fn, { Name: 'Resource', Value: 'f:live' }]);
    add('AWS/Lambda', 'Invocations', [fn, { Name: 'Resource', Value: 'f:live' }, { Name: 'ExecutedVersion', Value: '2' }]);
    add('AWS/Lambda', 'Invocations', [fn, { Name: 'Resource', Value: 'f:10' }]);
    add('AWS/Lambda', 'Invocations', [fn, { Name: 'Resource', Value: 'f:2' }]);
    add('AWS/Lambda', 'Invocations', [{ Name: 'FunctionName', Value: 'g' }, { Name: 'Resource', Value: 'g:1' }]);
    expect(qualifiersOf(cw, 'f')).toEqual(['2', '10', 'live']);
  });

  it('finds custom namespaces and groups their metrics by name', () => {
    const { cw, add } = setup();
    add('AWS/Lambda', 'Invocations', []);
    add('Shop', 'Orders', [{ Name: 'Service', Value: 'cart' }]);
    add('Shop', 'Orders', [{ Name: 'Service', Value: 'checkout' }]);
    add('Shop', 'Latency', []);
    add('Game', 'Score', []);
    expect(customNamespaces(cw)).toEqual(['Game', 'Shop']);
    const shop = customMetrics(cw, 'Shop');
    expect([...shop.keys()]).toEqual(['Latency', 'Orders']);
    expect(shop.get('Orders')?.length).toBe(2);
  });

  it('totals a statistic over the window', () => {
    const { cw, add, now } = setup();
    add('Shop', 'Orders', [], 3);
    add('Shop', 'Orders', [], 4);
    const window = { start: now - 3600_000, end: now + 60_000, period: 60 as const };
    expect(windowTotal(cw.series, { Namespace: 'Shop', MetricName: 'Orders' }, window)).toBe(7);
    expect(windowTotal(cw.series, { Namespace: 'Shop', MetricName: 'Orders' }, window, 'SampleCount')).toBe(2);
    expect(windowTotal(cw.series, { Namespace: 'Shop', MetricName: 'None' }, window)).toBe(0);
  });
});
