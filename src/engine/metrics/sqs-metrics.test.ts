// AWS/SQS message counters recorded from a real SQS service's change announcements: sends, receives,
// deletes, and what is not counted (a move to a dead-letter queue, a purge, restored messages).
import { describe, expect, it } from 'vitest';
import { Emitter } from '../events';
import type { EngineEvent } from '../engine-events';
import { ManualClock } from '../testing/fake-ports';
import { createSqsService } from '../services/sqs/service';
import { queueArn } from '../services/sqs/definitions';
import { flush } from '../services/sqs/test-support';
import { createCloudWatch } from './cloudwatch';
import { MetricStore } from './metric-store';
import { SqsMetrics } from './sqs-metrics';

function setup() {
  const clock = new ManualClock();
  const events = new Emitter<EngineEvent>();
  const sqs = createSqsService({ clock, changed: () => {}, messagesChanged: (queue) => events.emit({ type: 'messages-changed', queue }) });
  const cw = createCloudWatch({
    now: () => clock.now(), events,
    messageCounts: (q) => sqs.messageCounts(q),
    queueMessages: (q) => (sqs.findQueueDef(q) ? sqs.peekMessages(q) : undefined),
  });
  const total = (metric: string, queue: string) =>
    cw.series({ Namespace: 'AWS/SQS', MetricName: metric, Dimensions: [{ Name: 'QueueName', Value: queue }] }, { start: 0, end: Infinity, period: 3600, stat: 'Sum' }).values.reduce((a, b) => a + b, 0);
  const counts = (queue: string) => ({ sent: total('NumberOfMessagesSent', queue), received: total('NumberOfMessagesReceived', queue), deleted: total('NumberOfMessagesDeleted', queue) });
  return { clock, sqs, cw, counts };
}

describe('AWS/SQS message counters', () => {
  it('counts sends, receives and deletes per queue', async () => {
    const { sqs, counts } = setup();
    const { QueueUrl } = await sqs.createQueue({ QueueName: 'orders' });
    await sqs.createQueue({ QueueName: 'other' });
    await sqs.sendMessageBatch({ QueueUrl, Entries: [1, 2, 3].map((n) => ({ Id: `m${n}`, MessageBody: `order ${n}` })) });
    await flush();
    expect(counts('orders')).toEqual({ sent: 3, received: 0, deleted: 0 });
    const { Messages = [] } = await sqs.receiveMessage({ QueueUrl, MaxNumberOfMessages: 2 });
    await flush();
    expect(counts('orders')).toMatchObject({ received: 2, deleted: 0 });
    await sqs.deleteMessage({ QueueUrl, ReceiptHandle: Messages[0]!.ReceiptHandle });
    await flush();
    expect(counts('orders')).toEqual({ sent: 3, received: 2, deleted: 1 });
    expect(counts('other')).toEqual({ sent: 0, received: 0, deleted: 0 });
  });

  it('counts a message received again after its visibility timeout as a second receive', async () => {
    const { sqs, clock, counts } = setup();
    const { QueueUrl } = await sqs.createQueue({ QueueName: 'jobs', Attributes: { VisibilityTimeout: '1' } });
    await sqs.sendMessage({ QueueUrl, MessageBody: 'job' });
    await sqs.receiveMessage({ QueueUrl });
    await flush();
    clock.advance(1500);
    await flush();
    await sqs.receiveMessage({ QueueUrl });
    await flush();
    expect(counts('jobs')).toEqual({ sent: 1, received: 2, deleted: 0 });
  });

  it('does not count a move to the dead-letter queue as a delete or a send', async () => {
    const { sqs, clock, counts } = setup();
    await sqs.createQueue({ QueueName: 'dlq' });
    const { QueueUrl } = await sqs.createQueue({
      QueueName: 'work',
      Attributes: { VisibilityTimeout: '1', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: queueArn('dlq'), maxReceiveCount: 1 }) },
    });
    await sqs.sendMessage({ QueueUrl, MessageBody: 'poison' });
    await sqs.receiveMessage({ QueueUrl });
    await flush();
    clock.advance(1500);
    await flush();
    // The second receive moves it instead of returning it.
    const again = await sqs.receiveMessage({ QueueUrl });
    await flush();
    expect(again.Messages ?? []).toEqual([]);
    expect(sqs.messageCounts('dlq').visible).toBe(1);
    expect(counts('work')).toEqual({ sent: 1, received: 1, deleted: 0 });
    expect(counts('dlq')).toEqual({ sent: 0, received: 0, deleted: 0 });
  });

  it('counts nothing for a purge or for deleting the queue', async () => {
    const { sqs, counts } = setup();
    const { QueueUrl } = await sqs.createQueue({ QueueName: 'tmp' });
    await sqs.sendMessageBatch({ QueueUrl, Entries: [{ Id: 'a', MessageBody: 'a' }, { Id: 'b', MessageBody: 'b' }] });
    await sqs.receiveMessage({ QueueUrl });
    await flush();
    await sqs.purgeQueue({ QueueUrl });
    await flush();
    expect(counts('tmp')).toEqual({ sent: 2, received: 1, deleted: 0 });
    await sqs.sendMessage({ QueueUrl, MessageBody: 'c' });
    await sqs.receiveMessage({ QueueUrl });
    await flush();
    await sqs.deleteQueue({ QueueUrl });
    await flush();
    expect(counts('tmp')).toEqual({ sent: 3, received: 2, deleted: 0 });
  });
});

describe('SqsMetrics', () => {
  it('takes messages already in a queue the first time it is seen as restored, not sent', () => {
    let now = 1_000_000;
    const store = new MetricStore(() => now);
    const metrics = new SqsMetrics(store);
    metrics.changed('q', [{ messageId: 'old', receiveCount: 2, sentTimestamp: now - 60_000 }, { messageId: 'new', receiveCount: 0, sentTimestamp: now }]);
    now += 10;
    metrics.changed('q', [{ messageId: 'old', receiveCount: 3, sentTimestamp: 940_000 }, { messageId: 'new', receiveCount: 0, sentTimestamp: 1_000_000 }]);
    const sum = (name: string) => store.query({ Namespace: 'AWS/SQS', MetricName: name, Dimensions: [{ Name: 'QueueName', Value: 'q' }] }, { start: 0, end: Infinity, period: 60, stat: 'Sum' }).values;
    expect(sum('NumberOfMessagesSent')).toEqual([1]);
    expect(sum('NumberOfMessagesReceived')).toEqual([1]);
  });
});
