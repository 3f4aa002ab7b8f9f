// Asynchronous invocation: the 202 answer, retries, event age and the on-success destination.
import { afterEach, describe, expect, it } from 'vitest';
import { functionArn } from '../../ids';
import { asyncHarness, flush, logText, recordsAt, runsOf } from './test-harness';

let harness: ReturnType<typeof asyncHarness>;
afterEach(() => harness?.engine.dispose());

function setup() {
  harness = asyncHarness();
  return harness;
}

describe('Invoke with InvocationType Event', () => {
  it('answers 202 at once, queues the event, then runs it through the synchronous path', async () => {
    const h = setup();
    await h.deploy('worker', (event) => ({ got: event }));
    const { output, requestId } = await h.engine.lambda.invokeWithRecord({ FunctionName: 'worker', InvocationType: 'Event', Payload: '{"n":1}' });
    expect(output).toEqual({ StatusCode: 202, Payload: '' });
    const queue = h.engine.lambda.getEventQueue('worker');
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ requestId, origin: 'Invoke', attempts: 0, maximumRetryAttempts: 2, maximumEventAgeInSeconds: 21600 });
    expect(h.runs).toHaveLength(0);

    await flush();
    expect(runsOf(h, 'worker')).toEqual([expect.objectContaining({ requestId, payload: '{"n":1}' })]);
    expect(h.engine.lambda.getEventQueue('worker')).toEqual([]);
    expect(h.notices('worker').map((n) => n.kind)).toEqual(['queued', 'attempt', 'succeeded']);
    const invocation = h.events.find((e) => e.type === 'invocation');
    expect(invocation).toMatchObject({ record: { requestId, status: 'success', payload: '{"got":{"n":1}}' } });
    expect(h.events.some((e) => e.type === 'async-queue-changed' && e.functionName === 'worker')).toBe(true);
    // START/END/REPORT are written as for any invocation.
    expect(logText(h, 'worker')).toContain(`START RequestId: ${requestId} Version: $LATEST`);
  });

  it('checks the function, the JSON and the 1 MB limit before queueing', async () => {
    const h = setup();
    await h.deploy('worker', () => null);
    await expect(h.engine.lambda.invokeAsync({ FunctionName: 'nope' })).rejects.toMatchObject({ code: 'ResourceNotFoundException', statusCode: 404 });
    await expect(h.engine.lambda.invokeAsync({ FunctionName: 'worker', Qualifier: 'live' })).rejects.toMatchObject({ code: 'ResourceNotFoundException' });
    await expect(h.engine.lambda.invokeAsync({ FunctionName: 'worker', Payload: '{oops' })).rejects.toMatchObject({ code: 'InvalidRequestContentException' });
    const big = JSON.stringify({ data: 'x'.repeat(1024 * 1024) });
    await expect(h.engine.lambda.invoke({ FunctionName: 'worker', InvocationType: 'Event', Payload: big })).rejects.toMatchObject({
      code: 'RequestTooLargeException',
      statusCode: 413,
      message: `${big.length} byte payload is too large for the Event invocation type (limit 1048576 bytes)`,
    });
    // Just under the limit is accepted.
    const fits = JSON.stringify({ data: 'x'.repeat(1024 * 1024 - 20) });
    expect((await h.engine.lambda.invokeAsync({ FunctionName: 'worker', Payload: fits })).output.StatusCode).toBe(202);
    expect(h.engine.lambda.getEventQueue('worker')).toHaveLength(1);
  });
});

describe('retries after function errors', () => {
  it('retries twice, a minute then two minutes later, then sends RetriesExhausted to the on-failure destination', async () => {
    const h = setup();
    await h.deploy('dlq', () => null);
    await h.deploy('flaky', () => {
      throw new Error('boom');
    });
    await h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'flaky', DestinationConfig: { OnFailure: { Destination: functionArn('dlq') } } });
    const start = h.clock.now();
    const { requestId } = await h.engine.lambda.invokeAsync({ FunctionName: 'flaky', Payload: '{"order":7}' });
    await flush();
    expect(runsOf(h, 'flaky')).toHaveLength(1);
    expect(h.engine.lambda.getEventQueue('flaky')[0]).toMatchObject({ status: 'retrying', attempts: 1, nextAttemptInMs: 60_000, lastError: 'Error: boom' });

    await h.advance(59_000);
    expect(runsOf(h, 'flaky')).toHaveLength(1);
    await h.advance(1_000);
    expect(runsOf(h, 'flaky')).toHaveLength(2);
    await h.advance(119_000);
    expect(runsOf(h, 'flaky')).toHaveLength(2);
    await h.advance(1_000);
    await flush();

    const runs = runsOf(h, 'flaky');
    expect(runs.map((r) => r.time - start)).toEqual([0, 60_000, 180_000]);
    expect(new Set(runs.map((r) => r.requestId))).toEqual(new Set([requestId]));
    expect(h.engine.lambda.getEventQueue('flaky')).toEqual([]);
    expect(h.notices('flaky').map((n) => n.kind)).toEqual(['queued', 'attempt', 'retry-scheduled', 'attempt', 'retry-scheduled', 'attempt', 'failed']);
    expect(h.notices('flaky', 'retry-scheduled').map((n) => [n.reason, n.delayMs])).toEqual([['function-error', 60_000], ['function-error', 120_000]]);
    expect(h.notices('flaky', 'failed')[0]).toMatchObject({ condition: 'RetriesExhausted', attempt: 3, destination: functionArn('dlq') });

    const [record] = recordsAt(h, 'dlq');
    expect(Object.keys(record!)).toEqual(['version', 'timestamp', 'requestContext', 'requestPayload', 'responseContext', 'responsePayload']);
    expect(record).toEqual({
      version: '1.0',
      timestamp: new Date(start + 180_000).toISOString(),
      requestContext: { requestId, functionArn: `${functionArn('flaky')}:$LATEST`, condition: 'RetriesExhausted', approximateInvokeCount: 3 },
      requestPayload: { order: 7 },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      responsePayload: { errorType: 'Error', errorMessage: 'boom', trace: [] },
    });
    expect(logText(h, 'flaky')).toContain(`Event failed all 3 attempts (RetriesExhausted): RequestId: ${requestId}`);
    expect(logText(h, 'flaky')).toContain(`sent to OnFailure destination ${functionArn('dlq')}`);
  });

  it('with MaximumRetryAttempts 0 fails after one run', async () => {
    const h = setup();
    await h.deploy('dlq', () => null);
    await h.deploy('once', () => {
      throw new TypeError('bad input');
    });
    await h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'once', MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: functionArn('dlq') } } });
    await h.engine.lambda.invokeAsync({ FunctionName: 'once' });
    await flush();
    await flush();
    await h.advance(10 * 60_000, 10_000);
    expect(runsOf(h, 'once')).toHaveLength(1);
    expect(recordsAt(h, 'dlq')[0]?.requestContext).toMatchObject({ condition: 'RetriesExhausted', approximateInvokeCount: 1 });
    expect(recordsAt(h, 'dlq')[0]?.responsePayload).toMatchObject({ errorType: 'TypeError', errorMessage: 'bad input' });
  });

  it('a timeout is a function error and is retried too', async () => {
    const h = setup();
    await h.deploy('slow', () => new Promise(() => {}), { Timeout: 1 });
    await h.engine.lambda.invokeAsync({ FunctionName: 'slow' });
    await flush();
    await h.advance(1_000, 500);
    expect(h.notices('slow', 'retry-scheduled')[0]).toMatchObject({ reason: 'function-error', error: expect.stringContaining('Sandbox.Timedout') });
  });
});

describe('maximum event age', () => {
  it('drops an event older than MaximumEventAgeInSeconds with EventAgeExceeded', async () => {
    const h = setup();
    await h.deploy('dlq', () => null);
    await h.deploy('flaky', () => {
      throw new Error('boom');
    });
    await h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'flaky', MaximumEventAgeInSeconds: 90, DestinationConfig: { OnFailure: { Destination: functionArn('dlq') } } });
    const start = h.clock.now();
    await h.engine.lambda.invokeAsync({ FunctionName: 'flaky', Payload: '{"a":1}' });
    await flush();
    await h.advance(60_000);
    expect(runsOf(h, 'flaky')).toHaveLength(2);
    // The next retry would be at 180 s; the event reaches its maximum age at 90 s and leaves the queue.
    await h.advance(30_000);
    await flush();
    expect(runsOf(h, 'flaky')).toHaveLength(2);
    expect(h.engine.lambda.getEventQueue('flaky')).toEqual([]);
    const dropped = h.notices('flaky', 'dropped')[0];
    expect(dropped).toMatchObject({ condition: 'EventAgeExceeded', attempt: 2 });
    expect(dropped!.time - start).toBe(90_000);
    expect(recordsAt(h, 'dlq')[0]).toMatchObject({
      requestContext: { condition: 'EventAgeExceeded', approximateInvokeCount: 2 },
      requestPayload: { a: 1 },
      responseContext: { functionError: 'Unhandled' },
    });
    expect(logText(h, 'flaky')).toContain('is older than MaximumEventAgeInSeconds (90 s) (EventAgeExceeded)');
  });
});

describe('on-success destination', () => {
  it('receives the Success record with the response', async () => {
    const h = setup();
    await h.deploy('audit', () => null);
    await h.deploy('ok', (event) => ({ ok: true, event }));
    await h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'ok', DestinationConfig: { OnSuccess: { Destination: functionArn('audit') } } });
    const { requestId } = await h.engine.lambda.invokeAsync({ FunctionName: 'ok', Payload: '{"x":2}' });
    await flush();
    await flush();
    const [record] = recordsAt(h, 'audit');
    expect(record).toEqual({
      version: '1.0',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      requestContext: { requestId, functionArn: `${functionArn('ok')}:$LATEST`, condition: 'Success', approximateInvokeCount: 1 },
      requestPayload: { x: 2 },
      responseContext: { statusCode: 200, executedVersion: '$LATEST' },
      responsePayload: { ok: true, event: { x: 2 } },
    });
    // The destination's own event says where it came from.
    expect(h.notices('audit', 'queued')[0]?.origin).toBe('Lambda destination (OnSuccess) of ok');
  });

  it('logs a delivery that fails (the destination was deleted since)', async () => {
    const h = setup();
    await h.deploy('audit', () => null);
    await h.deploy('ok', () => 1);
    await h.engine.lambda.putFunctionEventInvokeConfig({ FunctionName: 'ok', DestinationConfig: { OnSuccess: { Destination: functionArn('audit') } } });
    await h.engine.lambda.deleteFunction({ FunctionName: 'audit' });
    await h.engine.lambda.invokeAsync({ FunctionName: 'ok' });
    await flush();
    await flush();
    expect(logText(h, 'ok')).toContain(`to OnSuccess destination ${functionArn('audit')}: ResourceNotFoundException: Function not found`);
  });
});
