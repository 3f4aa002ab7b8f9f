// FIFO queues: order within a message group, a group held back while one of its messages is in
// flight, deduplication for 5 minutes (explicit or content-based), sequence numbers, and their errors.
import { describe, expect, it } from 'vitest';
import { failure, sqsHarness, URL_OF } from './test-support';

const URL = URL_OF('orders.fifo');

async function setup(attributes: Record<string, string> = {}) {
  const h = sqsHarness();
  await h.queue('orders.fifo', { FifoQueue: 'true', ...attributes });
  const send = (body: string, group: string, dedup = body) => h.sqs.sendMessage({ QueueUrl: URL, MessageBody: body, MessageGroupId: group, MessageDeduplicationId: dedup });
  return { h, send };
}

describe('FIFO order and groups', () => {
  it('delivers a group in order, as many of one group as possible first, and holds a group while a message of it is in flight', async () => {
    const { h, send } = await setup();
    for (const [body, group] of [['a1', 'A'], ['b1', 'B'], ['a2', 'A'], ['b2', 'B'], ['a3', 'A']]) await send(body!, group!);
    const first = (await h.sqs.receiveMessage({ QueueUrl: URL, MaxNumberOfMessages: 2, AttributeNames: ['MessageGroupId'] })).Messages!;
    expect(first.map((m) => m.Body)).toEqual(['a1', 'a2']);
    // Group A has messages in flight: only B is offered.
    expect(await h.bodies(URL, 10, { VisibilityTimeout: 60 })).toEqual(['b1', 'b2']);
    expect(await h.bodies(URL)).toEqual([]);
    // Deleting one of A's messages is not enough: a2 is still in flight.
    await h.sqs.deleteMessage({ QueueUrl: URL, ReceiptHandle: first[0]!.ReceiptHandle });
    expect(await h.bodies(URL)).toEqual([]);
    await h.sqs.deleteMessage({ QueueUrl: URL, ReceiptHandle: first[1]!.ReceiptHandle });
    expect(await h.bodies(URL)).toEqual(['a3']);
  });

  it('offers a failed message again first, once its visibility timeout ends, before the rest of its group', async () => {
    const { h, send } = await setup({ VisibilityTimeout: '5' });
    await send('1', 'g');
    await send('2', 'g');
    expect(await h.bodies(URL, 1)).toEqual(['1']);
    await h.advance(5000);
    expect(await h.bodies(URL, 10)).toEqual(['1', '2']);
  });

  it('answers a receipt handle whose visibility timeout ended as expired', async () => {
    const { h, send } = await setup({ VisibilityTimeout: '5' });
    await send('1', 'g');
    const handle = (await h.sqs.receiveMessage({ QueueUrl: URL })).Messages![0]!.ReceiptHandle;
    await h.advance(5000);
    expect(await failure(() => h.sqs.deleteMessage({ QueueUrl: URL, ReceiptHandle: handle }))).toEqual({
      code: 'InvalidParameterValue', statusCode: 400, message: `Value ${handle} for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.`,
    });
  });
});

describe('FIFO deduplication and sequence numbers', () => {
  it('accepts a duplicate within 5 minutes without delivering it, answering the first message', async () => {
    const { h, send } = await setup();
    const first = await send('pay #1', 'A', 'dedup-1');
    const again = await send('pay #1 again', 'A', 'dedup-1');
    expect(first.SequenceNumber).toMatch(/^\d{20}$/);
    expect(again).toEqual({ MessageId: first.MessageId, MD5OfMessageBody: expect.any(String), SequenceNumber: first.SequenceNumber });
    expect(h.sqs.messageCounts('orders.fifo').visible).toBe(1);
    h.clock.advance(5 * 60 * 1000);
    const later = await send('pay #1 later', 'A', 'dedup-1');
    expect(later.MessageId).not.toBe(first.MessageId);
    expect(BigInt(later.SequenceNumber!)).toBeGreaterThan(BigInt(first.SequenceNumber!));
    expect(h.sqs.messageCounts('orders.fifo').visible).toBe(2);
  });

  it('deduplicates by a SHA-256 of the body with ContentBasedDeduplication, and reports the ids it used', async () => {
    const { h } = await setup({ ContentBasedDeduplication: 'true' });
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'same', MessageGroupId: 'g' });
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'same', MessageGroupId: 'g' });
    const { Messages } = await h.sqs.receiveMessage({ QueueUrl: URL, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['All'] });
    expect(Messages).toHaveLength(1);
    expect(Messages![0]!.Attributes).toMatchObject({
      MessageGroupId: 'g', MessageDeduplicationId: '0967115f2813a3541eaef77de9d9d5773f1c0c04314b0bbfe4ff3b3b1c55b5d5', SequenceNumber: expect.stringMatching(/^\d{20}$/),
    });
  });

  it('needs a group id and a deduplication id, and refuses per-message delays', async () => {
    const { h } = await setup();
    expect(await failure(() => h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x', MessageDeduplicationId: 'd' }))).toEqual({
      code: 'MissingParameter', statusCode: 400, message: 'The request must contain the parameter MessageGroupId.',
    });
    expect(await failure(() => h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x', MessageGroupId: 'g' }))).toEqual({
      code: 'InvalidParameterValue', statusCode: 400, message: 'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    });
    expect(await failure(() => h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x', MessageGroupId: 'g', MessageDeduplicationId: 'd', DelaySeconds: 5 }))).toMatchObject({
      message: 'Value 5 for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.',
    });
    expect(await failure(() => h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x', MessageGroupId: 'a b', MessageDeduplicationId: 'd' }))).toMatchObject({
      message: 'Value a b for parameter MessageGroupId is invalid. Reason: MessageGroupId can only include alphanumeric and punctuation characters. 1 to 128 in length.',
    });
  });

  it("applies a change of the queue's delay to messages already delayed", async () => {
    const { h, send } = await setup({ DelaySeconds: '60' });
    await send('x', 'g');
    await h.sqs.setQueueAttributes({ QueueUrl: URL, Attributes: { DelaySeconds: '10' } });
    await h.advance(10_000);
    expect(await h.bodies(URL)).toEqual(['x']);
  });
});
