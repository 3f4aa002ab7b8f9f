import { describe, expect, it } from 'vitest';
import { LogStore } from '../logs/log-store';
import { ManualClock, instantSandboxes } from '../testing/fake-ports';
import { EnvironmentPool } from './environment-pool';

function setup() {
  const clock = new ManualClock();
  const sandboxes = instantSandboxes();
  const stopped: string[] = [];
  const pool = new EnvironmentPool(sandboxes.factory, new LogStore(), clock, { stopped: (env) => stopped.push(env.id) });
  const target = (revision = 1, version = '$LATEST') => ({ name: 'fn', revision, version, logGroupName: '/aws/lambda/fn' });
  return { clock, pool, target, stats: sandboxes.stats, stopped };
}

describe('environment pool state machine', () => {
  it('cold, then warm reuse of the same idle environment', () => {
    const { pool, target } = setup();
    const first = pool.acquire(target());
    expect(first.cold).toBe(true);
    expect(first.env.state).toBe('busy');
    pool.release(first.env, 1);
    expect(first.env.state).toBe('idle');
    const second = pool.acquire(target());
    expect(second).toEqual({ env: first.env, cold: false });
  });

  it('one invocation per environment: a busy one makes the pool scale out', () => {
    const { pool, target } = setup();
    const a = pool.acquire(target());
    const b = pool.acquire(target());
    expect(b.cold).toBe(true);
    expect(b.env).not.toBe(a.env);
    expect(pool.busy((n) => n === 'fn')).toBe(2);
    pool.release(a.env, 1);
    expect(pool.busy(() => true)).toBe(1);
  });

  it('never reuses an environment of another revision or version', () => {
    const { pool, target, stats } = setup();
    const old = pool.acquire(target(1));
    pool.release(old.env, 1);
    expect(pool.acquire(target(2)).cold).toBe(true);
    expect(pool.acquire(target(1, '1')).cold).toBe(true);
    expect(stats.created).toBe(3);
  });

  it('an environment released after its revision changed stops instead of idling', () => {
    const { pool, target, stopped } = setup();
    const { env } = pool.acquire(target(1));
    pool.release(env, 2);
    expect(env.state).toBe('stopped');
    expect(stopped).toEqual([env.id]);
    expect(pool.list('fn')).toHaveLength(0);
  });

  it('reaps an environment idle for longer than the idle timeout, not one that was used meanwhile', () => {
    const { pool, target, clock } = setup();
    pool.idleTimeoutMs = 60_000;
    const a = pool.acquire(target());
    const b = pool.acquire(target());
    pool.release(a.env, 1);
    pool.release(b.env, 1);
    clock.advance(30_000);
    const reused = pool.acquire(target());
    clock.advance(40_000);
    pool.release(reused.env, 1);
    expect(pool.list('fn').map((e) => e.state)).toEqual(['idle']);
    expect(pool.list('fn')[0]).toBe(reused.env);
    clock.advance(60_000);
    expect(pool.list('fn')).toHaveLength(0);
  });

  it('recycle (retire) stops idle environments now and busy ones only when they finish', () => {
    const { pool, target, stats } = setup();
    const busy = pool.acquire(target());
    const idle = pool.acquire(target());
    pool.release(idle.env, 1);
    pool.retire('fn');
    expect(idle.env.state).toBe('stopped');
    expect(busy.env.state).toBe('busy');
    expect(stats.disposed).toBe(1);
  });
});
