import { expect, it } from 'vitest';
import { coalesce } from './coalesce';

it('folds calls made during a run into exactly one more run, and every caller waits for it', async () => {
  const seen: number[] = [];
  let value = 0;
  let release: () => void = () => {};
  const run = coalesce(async () => {
    seen.push(value);
    if (seen.length === 1) await new Promise<void>((resolve) => (release = resolve));
  });
  const first = run();
  await Promise.resolve();
  await Promise.resolve();
  value = 1;
  const second = run();
  value = 2;
  const third = run();
  release();
  await Promise.all([first, second, third]);
  expect(seen).toEqual([0, 2]);
  await run();
  expect(seen).toEqual([0, 2, 2]);
});

it('recovers after a failed run', async () => {
  let fail = true;
  const run = coalesce(async () => {
    if (fail) throw new Error('boom');
  });
  await expect(run()).rejects.toThrow('boom');
  fail = false;
  await expect(run()).resolves.toBeUndefined();
});
