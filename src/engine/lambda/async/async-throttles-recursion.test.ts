// Asynchronous invocation: throttles, recursion detection, the time scale and the queues' lifecycle.
import { afterEach, describe, expect, it } from 'vitest';
import { functionArn } from '../../ids';
import { asyncHarness, flush, logText, recordsAt, runsOf } from './test-harness';

let harness: ReturnType<typeof asyncHarness>;
afterEach(() => harness?.engine.dispose());

function setup() {
  harness = asyncHarness();
  return harness;
}

describe('throttles', () => {
  it('retries throttled events with backoff from 1 s, without using up retries', async () => {
    const h = setup();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let first = true;
    await h.deploy('busy', async () => {
      if (first) {
        first = false;
        await gate;
      }
      return 'done';
    }, { Timeout: 60 });
    await h.engine.lambda.putFunctionConcurrency({ FunctionName: 'busy', ReservedConcurrentExecutions: 1 });
    await h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'busy', MaximumRetryAttempts: 0 });
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await h.engine.lambda.invokeAsync({ FunctionName: 'busy', Payload: String(i) })).requestId);
    await flush();
    const second = ids[1]!;
    const delays = () => h.notices('busy', 'retry-scheduled').filter((n) => n.requestId === second).map((n) => [n.reason, n.delayMs]);
    expect(delays()).toEqual([['throttle', 1000]]);
    expect(h.engine.lambda.getEventQueue('busy').find((e) => e.requestId === second)).toMatchObject({
      status: 'retrying', attempts: 0, throttles: 1, lastError: 'TooManyRequestsException (ReservedFunctionConcurrentInvocationLimitExceeded)',
    });
    await h.advance(1_000, 100);
    await h.advance(2_000, 100);
    expect(delays()).toEqual([['throttle', 1000], ['throttle', 2000], ['throttle', 4000]]);
    expect(h.events.filter((e) => e.type === 'throttle').length).toBeGreaterThanOrEqual(6);

    open();
    await flush();
    // Both throttled events come back together at 7 s: one runs, the other backs off 8 s more.
    await h.advance(20_000, 500);
    expect(h.engine.lambda.getEventQueue('busy')).toEqual([]);
    expect(h.notices('busy', 'succeeded').map((n) => n.requestId).sort()).toEqual([...ids].sort());
    expect(h.notices('busy', 'failed')).toEqual([]);
    expect(runsOf(h, 'busy')).toHaveLength(3);
  });

  it('with reserved concurrency 0 sends events to the on-failure destination without retries', async () => {
    const h = setup();
    await h.deploy('dlq', () => null);
    await h.deploy('off', () => 'never');
    await h.engine.lambda.putFunctionConcurrency({ FunctionName: 'off', ReservedConcurrentExecutions: 0 });
    await h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'off', DestinationConfig: { OnFailure: { Destination: functionArn('dlq') } } });
    await h.engine.lambda.invokeAsync({ FunctionName: 'off', Payload: '{"k":1}' });
    await flush();
    await flush();
    expect(runsOf(h, 'off')).toEqual([]);
    const [record] = recordsAt(h, 'dlq');
    expect(record).toMatchObject({ requestContext: { condition: 'ZeroReservedConcurrency', approximateInvokeCount: 0 }, requestPayload: { k: 1 } });
    expect(record).not.toHaveProperty('responseContext');
  });
});

describe('recursive loop detection', () => {
  it('stops a chain after 16 invocations, logs RecursiveInvocationException and sends the event on failure', async () => {
    const h = setup();
    const counts: number[] = [];
    await h.deploy('dlq', () => null);
    await h.deploy('loop', async (event, request) => {
      counts.push(h.engine.lambda.chainOf(request.requestId)!.count);
      const depth = (event as { depth: number }).depth;
      await h.engine.lambda.invokeAsync({ FunctionName: 'loop', Payload: JSON.stringify({ depth: depth + 1 }) }, { parentRequestId: request.requestId });
      return depth;
    });
    await h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'loop', DestinationConfig: { OnFailure: { Destination: functionArn('dlq') } } });
    await h.engine.lambda.invokeAsync({ FunctionName: 'loop', Payload: '{"depth":0}' });
    for (let i = 0; i < 40; i++) await flush();

    expect(runsOf(h, 'loop')).toHaveLength(16);
    expect(counts).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const [dropped] = h.notices('loop', 'dropped');
    expect(dropped).toMatchObject({ condition: 'RecursiveInvocationException', attempt: 0, chain: { count: 16 } });
    expect(h.engine.lambda.getEventQueue('loop')).toEqual([]);
    const log = logText(h, 'loop');
    expect(log).toContain(
      "RecursiveInvocationException: Lambda has detected your function being invoked in a recursive loop with other AWS resources and stopped your function's invocation.",
    );
    expect(log).toContain('would have been invocation 17 of the chain');
    const [record] = recordsAt(h, 'dlq');
    expect(record).toMatchObject({ requestContext: { condition: 'RecursiveInvocationException', approximateInvokeCount: 0 }, requestPayload: { depth: 16 } });
    expect(record).not.toHaveProperty('responseContext');
    // The destination's delivery starts a chain of its own rather than being stopped as well.
    expect(runsOf(h, 'dlq')).toHaveLength(1);
  });

  it('refuses a synchronous call that would be the 17th of its chain', async () => {
    const h = setup();
    await h.deploy('f', () => 1);
    const parentChain = { originId: 'o', count: 16 };
    await expect(h.engine.lambda.invoke({ FunctionName: 'f' }, { parentChain })).rejects.toMatchObject({
      code: 'RecursiveInvocationException', statusCode: 400,
    });
    expect((await h.engine.lambda.invoke({ FunctionName: 'f' }, { parentChain: { originId: 'o', count: 15 } })).StatusCode).toBe(200);
    await expect(h.engine.lambda.invoke({ FunctionName: 'f' }, { parentChain: { originId: '', count: -1 } })).rejects.toMatchObject({ code: 'InvalidParameterValueException' });
  });

  it('continues the chain of a caller that names its chain explicitly (as a worker bridge would)', async () => {
    const h = setup();
    await h.deploy('f', () => 1);
    await h.engine.lambda.invokeAsync({ FunctionName: 'f' }, { parentChain: { originId: 'origin-1', count: 5 }, origin: 's3:ObjectCreated:Put on bucket photos' });
    expect(h.engine.lambda.getEventQueue('f')[0]).toMatchObject({ origin: 's3:ObjectCreated:Put on bucket photos', chain: { originId: 'origin-1', count: 5 } });
    await flush();
    expect(h.notices('f', 'succeeded')[0]?.chain).toMatchObject({ originId: 'origin-1', count: 5 });
  });
});

describe('the async time scale', () => {
  it('shortens retry waits and event ages, leaving function timeouts alone', async () => {
    const h = setup();
    await h.deploy('flaky', () => {
      throw new Error('boom');
    });
    expect(h.engine.lambda.getAsyncTimeScale()).toBe(1);
    h.engine.lambda.setAsyncTimeScale(60);
    const start = h.clock.now();
    await h.engine.lambda.invokeAsync({ FunctionName: 'flaky' });
    await flush();
    const queued = h.engine.lambda.getEventQueue('flaky')[0]!;
    expect(queued).toMatchObject({ nextAttemptInMs: 60_000, nextAttemptAt: start + 1_000 });
    await h.advance(3_000, 100);
    expect(runsOf(h, 'flaky').map((r) => r.time - start)).toEqual([0, 1_000, 3_000]);
    expect(h.notices('flaky', 'failed')).toHaveLength(1);

    await expect(async () => h.engine.lambda.setAsyncTimeScale(0)).rejects.toMatchObject({ code: 'InvalidParameterValueException' });
  });

  it('measures MaximumEventAgeInSeconds on the scaled clock', async () => {
    const h = setup();
    await h.deploy('flaky', () => {
      throw new Error('boom');
    });
    await h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'flaky', MaximumEventAgeInSeconds: 60 });
    h.engine.lambda.setAsyncTimeScale(600);
    const start = h.clock.now();
    await h.engine.lambda.invokeAsync({ FunctionName: 'flaky' });
    await flush();
    await h.advance(200, 10);
    expect(h.notices('flaky', 'dropped')[0]).toMatchObject({ condition: 'EventAgeExceeded' });
    expect(h.notices('flaky', 'dropped')[0]!.time - start).toBe(100);
  });
});

describe('lifecycle', () => {
  it('deleting a function drops its queue and its settings', async () => {
    const h = setup();
    await h.deploy('flaky', () => {
      throw new Error('boom');
    });
    await h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'flaky', MaximumRetryAttempts: 1 });
    await h.engine.lambda.invokeAsync({ FunctionName: 'flaky' });
    await flush();
    expect(h.engine.lambda.getEventQueue('flaky')).toHaveLength(1);
    await h.engine.lambda.deleteFunction({ FunctionName: 'flaky' });
    expect(h.engine.lambda.getEventQueue('flaky')).toEqual([]);
    expect(h.notices('flaky', 'dropped')[0]).toMatchObject({ condition: 'FunctionDeleted' });
    await h.advance(5 * 60_000, 10_000);
    expect(runsOf(h, 'flaky')).toHaveLength(1);
    await h.deploy('flaky', () => 1);
    await expect(h.engine.lambda.getFunctionEventInvokeConfig({ FunctionName: 'flaky' })).rejects.toMatchObject({ code: 'ResourceNotFoundException' });
  });

  it('dispose stops the poller: no retry runs afterwards', async () => {
    const h = setup();
    await h.deploy('flaky', () => {
      throw new Error('boom');
    });
    await h.engine.lambda.invokeAsync({ FunctionName: 'flaky' });
    await flush();
    h.engine.dispose();
    await h.advance(5 * 60_000, 10_000);
    expect(runsOf(h, 'flaky')).toHaveLength(1);
  });
});
