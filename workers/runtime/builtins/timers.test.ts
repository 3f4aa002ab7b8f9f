import { describe, expect, it } from 'vitest';
import { createTimerTracker } from '../timers';
import { createTimers, createTimersPromises } from './timers';

function setup() {
  const tracker = createTimerTracker();
  const promises = createTimersPromises(tracker.timers);
  return { tracker, promises, timers: createTimers(tracker.timers, () => promises) };
}

describe('timers', () => {
  it('are the runtime\'s tracked timers, with promises attached', () => {
    const { tracker, timers, promises } = setup();
    expect(timers.setTimeout).toBe(tracker.timers.setTimeout);
    expect(timers.clearInterval).toBe(tracker.timers.clearInterval);
    expect(timers.promises).toBe(promises);
  });
});

describe('timers/promises', () => {
  it('setTimeout resolves with the value after the delay', async () => {
    const { promises } = setup();
    const started = Date.now();
    await expect(promises.setTimeout(20, 'done')).resolves.toBe('done');
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });

  it('a pending timer keeps the runtime\'s event loop busy until it fires', async () => {
    const { promises, tracker } = setup();
    let fired = false;
    void promises.setTimeout(30).then(() => (fired = true));
    await tracker.whenIdle();
    expect(fired).toBe(true);
  });

  it('setImmediate resolves with its value', async () => {
    const { promises } = setup();
    await expect(promises.setImmediate('now')).resolves.toBe('now');
  });

  it('an abort signal rejects with AbortError and clears the timer', async () => {
    const { promises, tracker } = setup();
    const controller = new AbortController();
    const pending = promises.setTimeout(10_000, 'never', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', code: 'ABORT_ERR' });
    await tracker.whenIdle();
    await expect(promises.setTimeout(1, 'x', { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('setInterval yields on every tick until the loop breaks, then stops the interval', async () => {
    const { promises, tracker } = setup();
    const seen: string[] = [];
    for await (const value of promises.setInterval(5, 'tick')) {
      seen.push(value);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['tick', 'tick', 'tick']);
    await tracker.whenIdle();
  });

  it('scheduler.wait waits like setTimeout', async () => {
    const { promises } = setup();
    await expect(promises.scheduler.wait(1)).resolves.toBeUndefined();
    await expect(promises.scheduler.yield()).resolves.toBeUndefined();
  });
});
