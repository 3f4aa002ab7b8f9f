// Dead-letter queues: the RedrivePolicy's checks, and a message received maxReceiveCount times moving
// to the dead-letter queue on the next receive, keeping its ID, body, attributes and counts.
import { describe, expect, it } from 'vitest';
import { failure, sqsHarness, URL_OF } from './test-support';

const URL = URL_OF('jobs');
const DLQ_ARN = 'arn:aws:sqs:us-east-1:123456789012:jobs-dlq';
const policy = (count: unknown, arn = DLQ_ARN) => JSON.stringify({ deadLetterTargetArn: arn, maxReceiveCount: count });

describe('RedrivePolicy', () => {
  it('is stored with maxReceiveCount as a number and removed with an empty string', async () => {
    const h = sqsHarness();
    await h.queue('jobs-dlq');
    await h.queue('jobs', { RedrivePolicy: policy('3') });
    const { Attributes } = await h.sqs.getQueueAttributes({ QueueUrl: URL, AttributeNames: ['RedrivePolicy'] });
    expect(Attributes).toEqual({ RedrivePolicy: `{"deadLetterTargetArn":"${DLQ_ARN}","maxReceiveCount":3}` });
    expect(await h.sqs.listDeadLetterSourceQueues({ QueueUrl: URL_OF('jobs-dlq') })).toEqual({ queueUrls: [URL] });
    await h.sqs.setQueueAttributes({ QueueUrl: URL, Attributes: { RedrivePolicy: '' } });
    expect(await h.sqs.getQueueAttributes({ QueueUrl: URL, AttributeNames: ['RedrivePolicy'] })).toEqual({});
  });

  it('refuses a policy that is not JSON, misses a member, counts out of range, or names a missing or other-type queue', async () => {
    const h = sqsHarness();
    await h.queue('jobs-dlq');
    await h.queue('orders-dlq.fifo', { FifoQueue: 'true' });
    const reason = async (text: string) => (await failure(() => h.queue('jobs', { RedrivePolicy: text }))).message;
    expect(await failure(() => h.queue('jobs', { RedrivePolicy: 'nope' }))).toEqual({
      code: 'InvalidParameterValue', statusCode: 400, message: 'Value nope for parameter RedrivePolicy is invalid. Reason: Redrive policy is not a valid JSON map.',
    });
    expect(await reason(JSON.stringify({ maxReceiveCount: 1 }))).toMatch(/Reason: Redrive policy does not contain mandatory attribute: deadLetterTargetArn\.$/);
    expect(await reason(JSON.stringify({ deadLetterTargetArn: DLQ_ARN }))).toMatch(/Reason: Redrive policy does not contain mandatory attribute: maxReceiveCount\.$/);
    expect(await reason(policy(0))).toBe(`Value ${policy(0)} for parameter RedrivePolicy is invalid. Reason: Invalid value for maxReceiveCount: 0, valid values are from 1 to 1000 both inclusive.`);
    expect(await reason(policy(1, 'arn:aws:sqs:us-east-1:123456789012:missing'))).toMatch(/Reason: Dead-letter target does not exist\.$/);
    expect(await reason(policy(1, 'arn:aws:sqs:us-east-1:123456789012:orders-dlq.fifo'))).toMatch(/Reason: Dead-letter queue must be same type of queue as the source\.$/);
  });
});

describe('redrive', () => {
  it('moves a message to the dead-letter queue once it has been received maxReceiveCount times', async () => {
    const h = sqsHarness();
    await h.queue('jobs-dlq');
    await h.queue('jobs', { RedrivePolicy: policy(2), VisibilityTimeout: '10' });
    const { MessageId } = await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'poison', MessageAttributes: { kind: { DataType: 'String', StringValue: 'bad' } } });
    const sentAt = h.clock.now();
    expect(await h.bodies(URL)).toEqual(['poison']);
    await h.advance(10_000);
    expect(await h.bodies(URL)).toEqual(['poison']);
    await h.advance(10_000);
    expect(await h.bodies(URL)).toEqual([]);
    expect(h.sqs.messageCounts('jobs')).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
    expect(h.sqs.messageCounts('jobs-dlq')).toEqual({ visible: 1, inFlight: 0, delayed: 0 });
    const [moved] = (await h.sqs.receiveMessage({ QueueUrl: URL_OF('jobs-dlq'), MessageSystemAttributeNames: ['All'], MessageAttributeNames: ['All'] })).Messages!;
    expect(moved).toMatchObject({
      MessageId, Body: 'poison', MessageAttributes: { kind: { DataType: 'String', StringValue: 'bad' } },
      Attributes: { ApproximateReceiveCount: '3', SentTimestamp: String(sentAt), DeadLetterQueueSourceArn: 'arn:aws:sqs:us-east-1:123456789012:jobs' },
    });
    await h.advance(0);
    expect((await h.store.load('jobs'))!.messages).toEqual([]);
    expect((await h.store.load('jobs-dlq'))!.messages.map((m) => m.messageId)).toEqual([MessageId]);
  });

  it('keeps the message where it is when the dead-letter queue was deleted', async () => {
    const h = sqsHarness();
    await h.queue('jobs-dlq');
    await h.queue('jobs', { RedrivePolicy: policy(1), VisibilityTimeout: '0' });
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x' });
    await h.sqs.deleteQueue({ QueueUrl: URL_OF('jobs-dlq') });
    expect(await h.bodies(URL)).toEqual(['x']);
    expect(await h.bodies(URL)).toEqual(['x']);
  });
});
