import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { functionArn } from '../../engine/ids';
import type { AsyncEventNotice } from '../../engine/lambda/async/async-events';
import { AsyncEventLog, describeAsyncEvent, formatWait } from './async-event-log.svelte';
import { AsyncView, destinationArn, destinationName } from './async-view.svelte';
import { LOGGER, testEngine, until } from '../shared/state-test-engine';

let engine: Engine;
let log: AsyncEventLog;
let view: AsyncView;
let disconnect: () => void;
beforeEach(async () => {
  engine = await testEngine();
  log = new AsyncEventLog(engine);
  await engine.lambda.createFunction({ FunctionName: 'flaky', Code: { Files: { 'index.mjs': "export const handler = async () => { throw new Error('boom'); };" } } });
  await engine.lambda.createFunction({ FunctionName: 'dlq', Code: { Files: { 'index.mjs': LOGGER } } });
  view = new AsyncView(engine, 'flaky');
  disconnect = view.connect();
});
afterEach(() => {
  disconnect();
  engine.dispose();
});

describe('asynchronous tab', () => {
  it("shows Lambda's defaults until configured, saves the form, and resets to the defaults", async () => {
    await view.load();
    expect([view.retries, view.maxAgeSeconds, view.onFailure, view.configured]).toEqual([2, 21600, '', false]);
    view.retries = 1;
    view.maxAgeSeconds = 120;
    view.onFailure = 'dlq';
    expect(await view.save()).toBeUndefined();
    const stored = await engine.lambda.getFunctionEventInvokeConfig({ FunctionName: 'flaky' });
    expect(stored).toMatchObject({ MaximumRetryAttempts: 1, MaximumEventAgeInSeconds: 120, DestinationConfig: { OnFailure: { Destination: functionArn('dlq') }, OnSuccess: {} } });
    expect(view.configured).toBe(true);
    await view.reset();
    await expect(engine.lambda.getFunctionEventInvokeConfig({ FunctionName: 'flaky' })).rejects.toMatchObject({ code: 'ResourceNotFoundException' });
    expect([view.retries, view.maxAgeSeconds, view.onFailure]).toEqual([2, 21600, '']);
  });

  it("passes Lambda's refusals on: ranges, and a function as its own destination", async () => {
    view.retries = 3;
    expect(await view.save()).toMatch(/^ValidationException: 1 validation error detected: Value '3' at 'maximumRetryAttempts'/);
    view.retries = 0;
    view.onFailure = 'flaky';
    expect(await view.save()).toBe("InvalidParameterValueException: You can't specify the function as a destination for itself.");
  });

  it('lists the queue and every step of a failing event, retried at the time scale, then sent to on-failure', async () => {
    view.onFailure = 'dlq';
    await view.save();
    log.setTimeScale(600);
    expect(log.timeScale).toBe(600);
    let sawRetrying = false;
    const off = engine.events.on((e) => {
      if (e.type === 'async-queue-changed' && view.queue[0]?.status === 'retrying') sawRetrying = view.countdownMs(view.queue[0]) !== undefined;
    });
    expect(await view.sendEvent('{"n":1}')).toBeUndefined();
    const record = await until(() => engine.logs.events('/aws/lambda/dlq').find((e) => e.message.includes('EVENT '))?.message, 10_000);
    off();
    expect(sawRetrying).toBe(true);
    expect(JSON.parse(record.slice(record.indexOf('EVENT ') + 6))).toMatchObject({ requestContext: { condition: 'RetriesExhausted', approximateInvokeCount: 3 }, requestPayload: { n: 1 } });
    await until(() => view.queue.length === 0);
    const kinds = log.eventsOf('flaky').map((e) => e.kind).reverse();
    expect(kinds).toEqual(['queued', 'attempt', 'retry-scheduled', 'attempt', 'retry-scheduled', 'attempt', 'failed']);
    const retry = log.eventsOf('flaky').find((e) => e.kind === 'retry-scheduled' && e.attempt === 1)!;
    expect(describeAsyncEvent(retry)).toBe("Retry scheduled in 1 min (Lambda's time) because the function failed: Error: boom.");
    expect(describeAsyncEvent(log.eventsOf('flaky')[0]!)).toBe(`Failed: retries exhausted after 3 attempts (Error: boom); record sent to ${functionArn('dlq')}.`);
    expect(log.eventsOf('dlq').map((e) => e.origin)).toContain('Lambda destination (OnFailure) of flaky');
  });

  it('explains a recursion stop in words', () => {
    const stop: AsyncEventNotice = { type: 'async-event', functionName: 'f', kind: 'dropped', requestId: 'r', time: 0, origin: 'x', attempt: 0, chain: { originId: 'o', count: 17 }, condition: 'RecursiveInvocationException' };
    expect(describeAsyncEvent(stop)).toMatch(/^Lambda stopped a recursive loop: this event was invocation 17 of one chain \(after 16 invocations/);
    expect(formatWait(120_000)).toBe('2 min');
    expect(formatWait(4000)).toBe('4 s');
    expect(formatWait(21_600_000)).toBe('6 h');
    expect(formatWait(115_900)).toBe('1 min 56 s');
    expect(formatWait(119_800)).toBe('2 min');
  });

  it('shows destinations by function name and turns names back into ARNs', () => {
    expect(destinationName(functionArn('dlq', 'live'))).toBe('dlq:live');
    expect(destinationArn('dlq:live')).toBe(functionArn('dlq', 'live'));
    expect(destinationArn(' ')).toBe('');
    expect(destinationArn('arn:aws:sqs:us-east-1:123456789012:q')).toBe('arn:aws:sqs:us-east-1:123456789012:q');
  });
});
