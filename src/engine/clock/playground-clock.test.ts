import { describe, expect, it } from 'vitest';
import { ManualClock } from '../testing/fake-ports';
import { PlaygroundClock } from './playground-clock';

function setup() {
  const base = new ManualClock();
  const clock = new PlaygroundClock(base);
  const fired: Array<[string, number]> = [];
  const at = (name: string, ms: number) => clock.setTimer(ms, () => fired.push([name, clock.now() - start]));
  const start = clock.now();
  return { base, clock, fired, at, start };
}

describe('the playground clock', () => {
  it('follows the base clock at scale 1, and runs a minute per second at 60', () => {
    const { base, clock, fired, at, start } = setup();
    at('retry', 60_000);
    base.advance(10_000);
    expect(clock.now() - start).toBe(10_000);
    clock.setScale(60);
    base.advance(1_000);
    // 10 s at real time, then 50 s of clock time in under a second of base time (never early;
    // late by less than one base millisecond's worth of clock time).
    expect(fired.map(([name]) => name)).toEqual(['retry']);
    expect(fired[0]![1]).toBeGreaterThanOrEqual(60_000);
    expect(fired[0]![1]).toBeLessThan(60_060);
    expect(clock.now() - start).toBe(70_000);
  });

  it('pauses: time stands still and nothing fires until it resumes', () => {
    const { base, clock, fired, at } = setup();
    at('job', 1_000);
    clock.pause();
    const frozen = clock.now();
    base.advance(5_000);
    expect(clock.now()).toBe(frozen);
    expect(fired).toEqual([]);
    clock.resume();
    base.advance(1_000);
    expect(fired.map(([name]) => name)).toEqual(['job']);
  });

  it('steps to the next timer, and advances through several in order, even while paused', () => {
    const { clock, fired, at } = setup();
    clock.pause();
    at('daily', 24 * 3_600_000);
    at('hourly', 3_600_000);
    expect(clock.state().nextTimerAt! - clock.now()).toBe(3_600_000);
    expect(clock.stepToNext()).toBeDefined();
    expect(fired).toEqual([['hourly', 3_600_000]]);
    // A timer set by a timer that falls due within the jump fires too.
    clock.setTimer(1_000, () => at('chained', 1_000));
    clock.advance(24 * 3_600_000);
    expect(fired.map(([name]) => name)).toEqual(['hourly', 'chained', 'daily']);
    expect(clock.stepToNext()).toBeUndefined();
  });

  it('arms a wait longer than setTimeout holds (2^31 - 1 ms) in steps, and fires it when due', () => {
    const base = new ManualClock();
    const asked: number[] = [];
    const recording = { now: () => base.now(), setTimer: (ms: number, fn: () => void) => (asked.push(ms), base.setTimer(ms, fn)) };
    const clock = new PlaygroundClock(recording);
    const start = clock.now();
    const fired: number[] = [];
    clock.setTimer(60 * 24 * 3_600_000, () => fired.push(clock.now() - start));
    expect(clock.state().nextTimerAt! - start).toBe(60 * 24 * 3_600_000);
    base.advance(59 * 24 * 3_600_000);
    expect(fired).toEqual([]);
    base.advance(24 * 3_600_000);
    expect(fired).toEqual([60 * 24 * 3_600_000]);
    expect(Math.max(...asked)).toBeLessThanOrEqual(2 ** 31 - 1);
  });

  it('refuses a scale out of range and a step backwards', () => {
    const { clock } = setup();
    expect(() => clock.setScale(0)).toThrow(/from 1 to 3600/);
    expect(() => clock.advance(-1)).toThrow(/only moves forward/);
  });
});
