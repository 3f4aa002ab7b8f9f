import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../testing/fake-ports';
import { ScaledClock } from './scaled-clock';

describe('ScaledClock', () => {
  it('runs scale times faster than its base, timers included', () => {
    const base = new ManualClock();
    const clock = new ScaledClock(base);
    const start = clock.now();
    clock.setScale(60);
    const fired: number[] = [];
    clock.setTimer(60_000, () => fired.push(base.now()));
    base.advance(999);
    expect(fired).toEqual([]);
    base.advance(1);
    expect(fired).toEqual([start + 1_000]);
    expect(clock.now() - start).toBe(60_000);
    expect(clock.baseTimeOf(clock.now() + 120_000)).toBe(base.now() + 2_000);
  });

  it('keeps its time continuous and re-arms pending timers when the scale changes', () => {
    const base = new ManualClock();
    const clock = new ScaledClock(base);
    const start = clock.now();
    let fired = false;
    clock.setTimer(120_000, () => (fired = true));
    base.advance(60_000);
    clock.setScale(60);
    expect(clock.now() - start).toBe(60_000);
    // The remaining minute now takes a second.
    base.advance(999);
    expect(fired).toBe(false);
    base.advance(1);
    expect(fired).toBe(true);
  });

  it('cancels timers, and all of them on dispose', () => {
    const base = new ManualClock();
    const clock = new ScaledClock(base);
    let count = 0;
    const cancel = clock.setTimer(10, () => count++);
    clock.setTimer(20, () => count++);
    cancel();
    clock.dispose();
    base.advance(100);
    expect(count).toBe(0);
  });

  it('refuses scales outside 1–3600', () => {
    const clock = new ScaledClock(new ManualClock());
    for (const bad of [0, 0.5, 3601, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => clock.setScale(bad)).toThrow(/from 1 to 3600/);
    }
    expect(clock.scale).toBe(1);
  });
});
