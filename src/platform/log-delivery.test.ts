import { describe, expect, it } from 'vitest';
import { createLogDelivery } from './log-delivery';

describe('log delivery', () => {
  it('waits until the counted lines have arrived, in order', async () => {
    const seen: string[] = [];
    const delivery = createLogDelivery<string>((line) => seen.push(line));
    delivery.receive('a');
    let done = false;
    const waiting = delivery.until(3).then(() => (done = true));
    delivery.receive('b');
    await Promise.resolve();
    expect(done).toBe(false);
    delivery.receive('c');
    await waiting;
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('does not hang forever if a line never comes', async () => {
    const delivery = createLogDelivery<string>(() => {});
    const started = Date.now();
    await delivery.until(1, 30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});
