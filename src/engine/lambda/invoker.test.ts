import { describe, expect, it } from 'vitest';
import { LogStore } from '../logs/log-store';
import type { SandboxInitResult, SandboxInvokeResult } from '../ports';
import { ManualClock } from '../testing/fake-ports';
import { EnvironmentPool } from './environment-pool';
import { INIT_LIMIT_MS, Invoker, type InvocationTarget } from './invoker';

/** A sandbox whose INIT the test finishes by hand. */
function slowInitSetup(timeoutSeconds: number) {
  const clock = new ManualClock();
  let finishInit!: (result: SandboxInitResult) => void;
  const pool = new EnvironmentPool({
    create: () => ({
      init: () => new Promise<SandboxInitResult>((resolve) => (finishInit = resolve)),
      invoke: async (): Promise<SandboxInvokeResult> => ({ status: 'ok', payload: '"done"', durationMs: 5, memoryUsedMB: 68 }),
      dispose: () => {},
    }),
  }, new LogStore(), clock);
  const target: InvocationTarget = {
    name: 'slow', version: '$LATEST', revision: 1, logGroupName: '/aws/lambda/slow', handler: 'index.handler', runtime: 'nodejs22.x',
    memorySizeMB: 128, timeoutSeconds, environment: {}, files: {}, ephemeralStorageMB: 512,
    build: { ok: true, code: '', map: '', diagnostics: [] }, currentRevision: () => 1,
  };
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return { clock, invoker: new Invoker(pool, clock), target, finish: (r: SandboxInitResult) => finishInit(r), flush };
}

describe('an INIT longer than 10 seconds', () => {
  it('carries on inside the invoke phase under the function timeout, as Lambda re-runs it there', async () => {
    const { clock, invoker, target, finish, flush } = slowInitSetup(60);
    const pending = invoker.invoke(target, '{}');
    await flush();
    clock.advance(INIT_LIMIT_MS);
    await flush();
    clock.advance(5_000);
    finish({ status: 'ok', initDurationMs: 15_000 });
    const record = await pending;
    expect(record.status).toBe('success');
    expect(record.payload).toBe('"done"');
    expect(record.logLines[0]).toBe('INIT_REPORT Init Duration: 10000.00 ms\tPhase: init\tStatus: timeout');
    expect(record.logLines[1]).toMatch(/^START RequestId: /);
    // The 5 s spent finishing INIT count towards the invocation, which has no Init Duration of its own.
    expect(record.durationMs).toBe(5_005);
    expect(record.logLines.at(-1)).not.toContain('Init Duration');
  });

  it('times out when INIT does not finish within the function timeout either', async () => {
    const { clock, invoker, target, flush } = slowInitSetup(3);
    const pending = invoker.invoke(target, '{}');
    await flush();
    clock.advance(INIT_LIMIT_MS);
    await flush();
    clock.advance(3_000);
    const record = await pending;
    expect(record.status).toBe('timeout');
    expect(record.logLines.filter((l) => l.startsWith('START'))).toHaveLength(1);
    expect(record.logLines.join('\n')).toMatch(/Task timed out after 3.00 seconds\nEND RequestId: \S+\nREPORT RequestId: \S+\tDuration: 3000.00 ms/);
  });
});

describe('an environment waiting for its worker to start', () => {
  it('does not spend INIT’s 10 seconds or the timeout on the wait: the limits count from the runtime being up', async () => {
    const clock = new ManualClock();
    let markStarted!: () => void;
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    const pool = new EnvironmentPool({
      create: () => ({
        started,
        // As in a worker: the INIT request waits in the port until the runtime is up.
        init: async (): Promise<SandboxInitResult> => started.then(() => ({ status: 'ok', initDurationMs: 40 })),
        invoke: async (): Promise<SandboxInvokeResult> => ({ status: 'ok', payload: '"done"', durationMs: 5, memoryUsedMB: 68 }),
        dispose: () => {},
      }),
    }, new LogStore(), clock);
    const target: InvocationTarget = {
      name: 'queued', version: '$LATEST', revision: 1, logGroupName: '/aws/lambda/queued', handler: 'index.handler', runtime: 'nodejs22.x',
      memorySizeMB: 128, timeoutSeconds: 3, environment: {}, files: {}, ephemeralStorageMB: 512,
      build: { ok: true, code: '', map: '', diagnostics: [] }, currentRevision: () => 1,
    };
    const flush = () => new Promise((r) => setTimeout(r, 0));
    const pending = new Invoker(pool, clock).invoke(target, '{}');
    await flush();
    clock.advance(INIT_LIMIT_MS + 5_000);
    await flush();
    markStarted();
    const record = await pending;
    expect(record.status).toBe('success');
    expect(record.logLines.at(-1)).toContain('Init Duration: 40.00 ms');
    expect(record.logLines.join('\n')).not.toContain('Status: timeout');
  });
});
