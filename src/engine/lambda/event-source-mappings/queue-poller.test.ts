// The SQS poller: batches as the event's Records, deletion on success, partial batch responses by
// messageId, retries after the visibility timeout, redrive to the dead-letter queue, the batching
// window, FIFO order, MaximumConcurrency and disabling.
import { afterEach, describe, expect, it } from 'vitest';
import { queueUrl } from '../../services/sqs/definitions';
import { fail, flush, ok, throttle } from './test-helpers';
import { failing, QUEUE_ARN, QUEUE_URL, queueEsmHarness, type QueueEsmHarness } from './queue-test-helpers';

let h: QueueEsmHarness;
afterEach(() => h?.dispose());

async function setup(attributes: Record<string, string> = {}, name?: string) {
  h = queueEsmHarness();
  await h.queue(name, attributes);
  return h;
}

describe('batches', () => {
  it('invokes with { Records } of SQS records and deletes the batch when the function succeeds', async () => {
    await setup();
    await h.map();
    await h.send(['a', 'b']);
    await flush();
    expect(h.batches()).toEqual([['a', 'b']]);
    const [record] = h.invocations[0]!.records;
    expect(record).toMatchObject({ eventSource: 'aws:sqs', eventSourceARN: QUEUE_ARN, awsRegion: 'us-east-1', body: 'a', attributes: { ApproximateReceiveCount: '1' } });
    expect(h.sqs.messageCounts('jobs')).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
    expect(h.notices('ok')).toEqual([expect.objectContaining({ shardId: 'jobs', size: 2, firstSequenceNumber: record!.messageId, invocations: 1 })]);
    expect(h.esm.state('00000000-0000-4000-8000-000000000001').lastProcessingResult).toBe('OK');
  });

  it('takes what is waiting in batches of BatchSize, several at once', async () => {
    await setup();
    await h.send(Array.from({ length: 25 }, (_, i) => String(i)));
    await h.map();
    await flush();
    expect(h.batches().map((b) => b.length)).toEqual([10, 10, 5]);
    expect(h.batches().flat()).toEqual(Array.from({ length: 25 }, (_, i) => String(i)));
  });

  it('with a batching window, waits for a full batch or the end of the window', async () => {
    await setup();
    await h.map({ BatchSize: 20, MaximumBatchingWindowInSeconds: 5 });
    await h.send(['1']);
    await h.advance(3000);
    expect(h.invocations).toEqual([]);
    // Gathered messages are received: in flight while the window is open.
    expect(h.sqs.messageCounts('jobs').inFlight).toBe(1);
    await h.send(['2']);
    await h.advance(2000);
    expect(h.batches()).toEqual([['1', '2']]);
    await h.send(Array.from({ length: 20 }, (_, i) => `x${i}`));
    await flush();
    expect(h.batches()[1]).toHaveLength(20);
  });
});

describe('failures', () => {
  it('with ReportBatchItemFailures deletes only the messages not listed; the rest come back after the visibility timeout', async () => {
    await setup({ VisibilityTimeout: '30' });
    let first = true;
    h.setHandler((records) => (first ? ((first = false), failing(records[1]!.messageId)) : ok()));
    const { UUID } = await h.map({ FunctionResponseTypes: ['ReportBatchItemFailures'] });
    await h.send(['a', 'b', 'c']);
    await flush();
    expect(h.sqs.messageCounts('jobs')).toEqual({ visible: 0, inFlight: 1, delayed: 0 });
    expect(h.notices('partial-failure')[0]).toMatchObject({ size: 3, next: 'retry', error: 'Partial batch response: 1 of 3 messages failed and are received again after the visibility timeout' });
    expect(h.esm.state(UUID).lastProcessingResult).toBe('PROBLEM: Function call failed');
    await h.advance(29_000);
    expect(h.invocations).toHaveLength(1);
    await h.advance(1000);
    expect(h.batches()).toEqual([['a', 'b', 'c'], ['b']]);
    expect(h.invocations[1]!.records[0]!.attributes.ApproximateReceiveCount).toBe('2');
    expect(h.sqs.messageCounts('jobs').inFlight).toBe(0);
  });

  it('treats an identifier that is not a messageId of the batch as a failure of the whole batch', async () => {
    await setup();
    h.setHandler(() => failing('not-a-message-id'));
    await h.map({ FunctionResponseTypes: ['ReportBatchItemFailures'] });
    await h.send(['a', 'b']);
    await flush();
    expect(h.sqs.messageCounts('jobs').inFlight).toBe(2);
    expect(h.notices('partial-failure')[0]!.error).toBe('Partial batch response: invalid itemIdentifier "not-a-message-id" in batchItemFailures; the whole batch is received again after the visibility timeout');
  });

  it('retries a failed batch after the visibility timeout and sends it to the dead-letter queue after maxReceiveCount', async () => {
    h = queueEsmHarness();
    await h.queue('jobs-dlq');
    await h.queue('jobs', { VisibilityTimeout: '10', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:jobs-dlq', maxReceiveCount: 3 }) });
    h.setHandler(() => fail('cannot process'));
    await h.map();
    await h.send(['poison']);
    await h.advance(60_000);
    expect(h.invocations.map((i) => i.time - h.invocations[0]!.time)).toEqual([0, 10_000, 20_000]);
    expect(h.notices('function-error')).toHaveLength(3);
    expect(h.notices('function-error')[0]).toMatchObject({ error: 'Error: cannot process', next: 'retry' });
    expect(h.sqs.messageCounts('jobs')).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
    const { Messages } = await h.sqs.receiveMessage({ QueueUrl: queueUrl('jobs-dlq'), AttributeNames: ['All'] });
    expect(Messages).toEqual([expect.objectContaining({ Body: 'poison', Attributes: expect.objectContaining({ ApproximateReceiveCount: '4', DeadLetterQueueSourceArn: QUEUE_ARN }) })]);
  });

  it('leaves throttled batches in flight until the visibility timeout ends', async () => {
    await setup({ VisibilityTimeout: '5' });
    let throttled = true;
    h.setHandler(() => (throttled ? ((throttled = false), throttle()) : ok()));
    await h.map();
    await h.send(['x']);
    await flush();
    expect(h.notices('throttled')[0]).toMatchObject({ invocations: 0, error: 'TooManyRequestsException: Rate Exceeded.' });
    await h.advance(5000);
    expect(h.batches()).toEqual([['x'], ['x']]);
    expect(h.sqs.messageCounts('jobs').visible + h.sqs.messageCounts('jobs').inFlight).toBe(0);
  });
});

describe('FIFO queues, concurrency and Enabled', () => {
  it('keeps a group in order: a failed batch holds the group back until it is retried', async () => {
    await setup({ VisibilityTimeout: '5' }, 'jobs.fifo');
    const url = queueUrl('jobs.fifo');
    let failures = 1;
    h.setHandler(() => (failures-- > 0 ? fail() : ok()));
    await h.map({ EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:jobs.fifo', BatchSize: 2 });
    await h.send(['1', '2', '3'], url, { MessageGroupId: 'g' });
    await h.advance(10_000);
    expect(h.batches()).toEqual([['1', '2'], ['1', '2'], ['3']]);
  });

  it('runs at most MaximumConcurrency batches at once', async () => {
    await setup();
    const waiting: Array<() => void> = [];
    h.setHandler(() => new Promise((resolve) => waiting.push(() => resolve(ok()))));
    const { UUID } = await h.map({ BatchSize: 1, ScalingConfig: { MaximumConcurrency: 2 } });
    await h.send(['1', '2', '3', '4']);
    await flush();
    expect(h.batches()).toEqual([['1'], ['2']]);
    expect(h.esm.state(UUID).shards[0]).toMatchObject({ status: 'invoking', batchesInFlight: 2, concurrency: 2 });
    waiting.shift()!();
    await flush();
    expect(h.batches()).toEqual([['1'], ['2'], ['3']]);
  });

  it('starts with five batches at once and runs more after a minute with messages waiting', async () => {
    await setup({ VisibilityTimeout: '600' });
    const waiting: Array<() => void> = [];
    h.setHandler(() => new Promise((resolve) => waiting.push(() => resolve(ok()))));
    const { UUID } = await h.map({ BatchSize: 1 });
    await h.send(Array.from({ length: 12 }, (_, i) => String(i)));
    await flush();
    expect(h.invocations).toHaveLength(5);
    await h.advance(59_000);
    expect(h.invocations).toHaveLength(5);
    await h.advance(1000);
    expect(h.invocations).toHaveLength(12);
    // The queue is empty again: "When traffic is low, Lambda scales back the processing to five concurrent batches".
    expect(h.esm.state(UUID).shards[0]).toMatchObject({ batchesInFlight: 12, concurrency: 5 });
    for (const release of waiting) release();
  });

  it('stops receiving when disabled, and receives again when enabled', async () => {
    await setup();
    const { UUID } = await h.map();
    await h.esm.updateEventSourceMapping({ UUID, Enabled: false });
    await h.send(['x']);
    await flush();
    expect(h.invocations).toEqual([]);
    expect(h.sqs.messageCounts('jobs').visible).toBe(1);
    await h.esm.updateEventSourceMapping({ UUID, Enabled: true });
    await flush();
    expect(h.batches()).toEqual([['x']]);
    await h.esm.deleteEventSourceMapping({ UUID });
    await h.sqs.sendMessage({ QueueUrl: QUEUE_URL, MessageBody: 'after' });
    await flush();
    expect(h.invocations).toHaveLength(1);
  });
});
