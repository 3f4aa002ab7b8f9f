import { describe, expect, it } from 'vitest';
import { Timeout, createTimerTracker } from './timers';

describe('timer tracker', () => {
  it('is idle once every referenced timer fired or was cleared', async () => {
    const { timers, whenIdle } = createTimerTracker();
    const order: string[] = [];
    timers.setTimeout(() => order.push('a'), 10);
    const b = timers.setTimeout(() => order.push('b'), 5);
    timers.clearTimeout(b);
    await whenIdle();
    expect(order).toEqual(['a']);
  });

  it('returns Node-like handles: unref stops holding the loop, the handle works as a number', async () => {
    const { timers, whenIdle } = createTimerTracker();
    let fired = false;
    const handle = timers.setTimeout(() => (fired = true), 10_000);
    expect(handle).toBeInstanceOf(Timeout);
    expect(handle.hasRef()).toBe(true);
    expect(handle.unref()).toBe(handle);
    expect(handle.hasRef()).toBe(false);
    await whenIdle();
    expect(fired).toBe(false);
    timers.clearTimeout(Number(handle));
    expect(handle.ref().hasRef()).toBe(false);
  });

  it('an interval holds the loop until cleared', async () => {
    const { timers, whenIdle } = createTimerTracker();
    let ticks = 0;
    const interval = timers.setInterval(() => {
      if (++ticks === 3) timers.clearInterval(interval);
    }, 2);
    await whenIdle();
    expect(ticks).toBe(3);
  });

  it('refresh restarts a timeout', async () => {
    const { timers, whenIdle } = createTimerTracker();
    const started = Date.now();
    let firedAt = 0;
    const handle = timers.setTimeout(() => (firedAt = Date.now()), 40);
    await new Promise((r) => setTimeout(r, 25));
    handle.refresh();
    await whenIdle();
    expect(firedAt - started).toBeGreaterThanOrEqual(60);
  });
});
