// The charts' live window: redraws once per frame for the metrics on screen, follows range and period.
import { afterEach, describe, expect, it } from 'vitest';
import { Emitter } from '../../engine/events';
import type { EngineEvent } from '../../engine/engine-events';
import { createCloudWatch } from '../../engine/metrics/cloudwatch';
import type { Engine } from '../../engine/engine';
import { MetricsWindow } from './metrics-window.svelte';
import { functionCharts } from './metrics-function-charts';

const wait = (ms = 40) => new Promise((resolve) => setTimeout(resolve, ms));
let stop: (() => void) | undefined;
afterEach(() => stop?.());

function setup() {
  let now = Date.UTC(2026, 0, 1, 12, 0, 30);
  const cw = createCloudWatch({ now: () => now, events: new Emitter<EngineEvent>() });
  const view = new MetricsWindow(cw as unknown as Engine['cloudwatch']);
  stop = view.start();
  const put = (name: string, fn = 'hello') => cw.store.add(cw.store.series('AWS/Lambda', name, [{ Name: 'FunctionName', Value: fn }]), 1);
  return { cw, view, put, advance: (ms: number) => (now += ms) };
}

describe('metrics window', () => {
  it('redraws once for a burst of changes to a metric on screen, and not for others', async () => {
    const { view, put, advance } = setup();
    view.watch(functionCharts('hello', 'all'));
    const before = view.version;
    put('Invocations', 'other');
    await wait();
    expect(view.version).toBe(before);
    advance(60_000);
    for (let i = 0; i < 30; i++) put('Invocations');
    await wait();
    expect(view.version).toBe(before + 1);
    expect(view.window.end).toBe(Date.UTC(2026, 0, 1, 12, 2));
  });

  it('stops following the store once stopped', async () => {
    const { view, put } = setup();
    view.watch('everything');
    stop!();
    const before = view.version;
    put('Invocations');
    await wait();
    expect(view.version).toBe(before);
  });

  it('keeps the period within what the range offers', () => {
    const { view } = setup();
    view.setRange('12h');
    view.setPeriod(3600);
    expect(view.period).toBe(3600);
    view.setRange('15m');
    expect(view.period).toBe(60);
    view.setPeriod(3600);
    expect(view.period).toBe(60);
  });
});
