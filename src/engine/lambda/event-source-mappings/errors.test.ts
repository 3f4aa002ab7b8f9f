// Failing batches: retries that block the shard, throttles, bisection, MaximumRetryAttempts and
// MaximumRecordAgeInSeconds, the on-failure record, and records the stream no longer keeps.
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../errors';
import { esmHarness, fail, ok, STREAM_ARN, throttle, type EsmHarness } from './test-helpers';

let h: EsmHarness;
afterEach(() => h?.esm.dispose());
const setup = () => (h = esmHarness());
const seq = (n: number) => String(n * 100).padStart(6, '0');
const DLQ = 'arn:aws:sqs:us-east-1:123456789012:dlq';
const times = (from: number) => h.invocations.map((i) => i.time - from);

describe('function errors', () => {
  it('retries the same batch, 1 s then doubling up to 8 s, while the records behind it wait', async () => {
    setup();
    let failures = 6;
    h.setHandler(() => (failures-- > 0 ? fail() : ok()));
    const { UUID } = await h.map({ BatchSize: 1 });
    const start = h.clock.now();
    h.stream.putMany(2);
    await h.advance(250);
    expect(h.esm.state(UUID).shards[0]).toMatchObject({ status: 'retrying', blocked: true, retries: 1, nextAttemptAt: h.clock.now() + 1000, lastError: 'Error: boom' });
    expect((await h.esm.getEventSourceMapping({ UUID })).LastProcessingResult).toBe('PROBLEM: Function call failed');
    await h.advance(40_000);
    expect(times(start)).toEqual([250, 1250, 3250, 7250, 15_250, 23_250, 31_250, 31_250]);
    expect(h.batches()).toEqual([...Array(7).fill([seq(1)]), [seq(2)]]);
    expect(h.esm.state(UUID).shards[0]).toMatchObject({ status: 'idle', blocked: false, retries: 0, checkpoint: seq(2) });
    expect(h.notices('function-error')[0]).toMatchObject({ next: 'retry', nextAttemptAt: start + 1250, error: 'Error: boom', invocations: 1 });
  });

  it('after MaximumRetryAttempts, sends the on-failure record and goes on with the next records', async () => {
    setup();
    h.setHandler((_e, numbers) => (numbers.includes(seq(1)) ? fail() : ok()));
    await h.map({ BatchSize: 1, MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: DLQ } } });
    const first = h.stream.put();
    await h.advance(1000);
    h.stream.put();
    await h.advance(10_000);
    expect(h.batches()).toEqual([[seq(1)], [seq(1)], [seq(1)], [seq(2)]]);
    expect(h.deliveries).toHaveLength(1);
    const { destination, record, context } = h.deliveries[0]!;
    expect(destination).toBe(DLQ);
    // What an S3 destination also stores: the key's parts and the records themselves.
    expect(context).toEqual({ uuid: '00000000-0000-4000-8000-000000000001', shardId: 'shard-1', payload: { Records: [first.data] } });
    expect(record).toEqual({
      requestContext: { requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:worker', condition: 'RetryAttemptsExhausted', approximateInvokeCount: 3 },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      version: '1.0',
      timestamp: new Date(first.arrivalTime + 250 + 1000 + 2000).toISOString(),
      DDBStreamBatchInfo: {
        shardId: 'shard-1', startSequenceNumber: seq(1), endSequenceNumber: seq(1), approximateArrivalOfFirstRecord: '2026-11-21T12:00:00Z',
        approximateArrivalOfLastRecord: '2026-11-21T12:00:00Z', batchSize: 1, streamArn: STREAM_ARN,
      },
    });
    expect(h.notices('discarded')).toEqual([expect.objectContaining({ condition: 'RetryAttemptsExhausted', destination: DLQ, size: 1, invocations: 3 })]);
  });

  it('with MaximumRetryAttempts 0 gives up after one invocation, sending nothing without a destination', async () => {
    setup();
    h.setHandler(() => fail());
    const { UUID } = await h.map({ MaximumRetryAttempts: 0 });
    h.stream.putMany(3);
    await h.advance(5000);
    expect(h.batches()).toEqual([[seq(1), seq(2), seq(3)]]);
    expect(h.deliveries).toEqual([]);
    expect(h.esm.state(UUID).shards[0]).toMatchObject({ checkpoint: seq(3), blocked: false });
  });
});

describe('throttles and errors before the function runs', () => {
  it('retries them without using up MaximumRetryAttempts', async () => {
    setup();
    const answers = [throttle(), throttle(), throttle(), fail(), ok()];
    h.setHandler(() => answers.shift()!);
    await h.map({ MaximumRetryAttempts: 1 });
    h.stream.put();
    await h.advance(20_000);
    expect(h.invocations).toHaveLength(5);
    expect(h.deliveries).toEqual([]);
    expect(h.notices().map((n) => n.outcome)).toEqual(['throttled', 'throttled', 'throttled', 'function-error', 'ok']);
    expect(h.notices('throttled')[0]).toMatchObject({ error: 'TooManyRequestsException: Rate Exceeded.', invocations: 0 });
  });

  it('treats a rejected invoke (e.g. the function is gone) as a service error and retries', async () => {
    setup();
    let calls = 0;
    h.setHandler(() => {
      if (calls++ === 0) throw new ServiceError('ResourceNotFoundException', 'Function not found: worker', 404);
      return ok();
    });
    await h.map();
    h.stream.put();
    await h.advance(2000);
    expect(h.notices().map((n) => [n.outcome, n.error])).toEqual([['system-error', 'ResourceNotFoundException: Function not found: worker'], ['ok', undefined]]);
  });
});

describe('BisectBatchOnFunctionError', () => {
  it('splits a failing batch in two until the bad record is alone, without using up retries', async () => {
    setup();
    h.setHandler((_e, numbers) => (numbers.includes(seq(3)) ? fail() : ok()));
    await h.map({ BatchSize: 4, BisectBatchOnFunctionError: true, MaximumRetryAttempts: 1, DestinationConfig: { OnFailure: { Destination: DLQ } } });
    h.stream.putMany(5);
    await h.advance(5000);
    expect(h.batches()).toEqual([[seq(1), seq(2), seq(3), seq(4)], [seq(1), seq(2)], [seq(3), seq(4)], [seq(3)], [seq(3)], [seq(4)], [seq(5)]]);
    expect(h.deliveries.map((d) => d.record)).toEqual([
      expect.objectContaining({ requestContext: expect.objectContaining({ approximateInvokeCount: 4 }), DDBStreamBatchInfo: expect.objectContaining({ startSequenceNumber: seq(3), batchSize: 1 }) }),
    ]);
    expect(h.notices('function-error').map((n) => n.next)).toEqual(['bisect', 'bisect', 'retry', 'discard']);
  });
});

describe('record age and retention', () => {
  it('gives up on records older than MaximumRecordAgeInSeconds with RecordAgeExceeded and no responseContext', async () => {
    setup();
    h.setHandler(() => fail());
    await h.map({ MaximumRecordAgeInSeconds: 60, DestinationConfig: { OnFailure: { Destination: DLQ } } });
    h.stream.put();
    await h.advance(70_000);
    const ageOut = h.deliveries[0]!.record;
    expect(ageOut).toMatchObject({ requestContext: { condition: 'RecordAgeExceeded', approximateInvokeCount: h.invocations.length }, version: '1.0' });
    expect(ageOut).not.toHaveProperty('responseContext');
    expect(h.invocations.at(-1)!.time - h.invocations[0]!.time).toBeLessThanOrEqual(60_000);
  });

  it('sends records that are too old before any invocation with approximateInvokeCount 1', async () => {
    setup();
    h.stream.put();
    h.clock.advance(120_000);
    h.stream.put();
    await h.map({ MaximumRecordAgeInSeconds: 60, DestinationConfig: { OnFailure: { Destination: DLQ } } });
    await h.advance(250);
    expect(h.batches()).toEqual([[seq(2)]]);
    expect(h.deliveries[0]!.record).toMatchObject({ requestContext: { condition: 'RecordAgeExceeded', approximateInvokeCount: 1 }, DDBStreamBatchInfo: { startSequenceNumber: seq(1), batchSize: 1 } });
  });

  it('with the defaults, retries until the stream drops the records (24 h on DynamoDB), which are then lost', async () => {
    setup();
    h.stream.retentionMs = 60_000;
    h.setHandler((_e, numbers) => (numbers.includes(seq(1)) ? fail() : ok()));
    await h.map({ DestinationConfig: { OnFailure: { Destination: DLQ } } });
    h.stream.put();
    h.clock.advance(30_000);
    h.stream.put();
    await h.advance(70_000);
    expect(h.batches().at(-1)).toEqual([seq(2)]);
    expect(h.batches().filter((b) => b[0] === seq(1)).length).toBeGreaterThan(5);
    expect(h.deliveries).toEqual([]);
  });

  it('announces an on-failure record that could not be delivered', async () => {
    setup();
    h.setHandler(() => fail());
    h.failDeliveries('queue does not exist');
    const { UUID } = await h.map({ MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: DLQ } } });
    h.stream.put();
    await h.advance(500);
    expect(h.events).toContainEqual({ type: 'esm-destination-failed', uuid: UUID, functionName: 'worker', destination: DLQ, message: 'queue does not exist', time: h.clock.now() - 250 });
  });

  it('keeps polling after the stream fails to answer', async () => {
    setup();
    const read = h.stream.read.bind(h.stream);
    let broken = true;
    h.stream.read = (...args) => {
      if (broken) throw new Error('table is being deleted');
      return read(...args);
    };
    const { UUID } = await h.map();
    h.stream.put();
    await h.advance(250);
    expect(h.invocations).toEqual([]);
    broken = false;
    expect(h.esm.state(UUID).shards[0]).toMatchObject({ lastError: 'table is being deleted' });
    await h.advance(8000);
    expect(h.batches()).toEqual([[seq(1)]]);
  });
});
