// Long polling on the playground clock: a receive with a wait time answers as soon as a message can
// be received (sent, delay over, visibility timeout over), or empty when the wait ends.
import { describe, expect, it } from 'vitest';
import { flush, sqsHarness, URL_OF } from './test-support';

const URL = URL_OF('jobs');

describe('long polling', () => {
  it('waits for a message sent during the wait and answers at once', async () => {
    const h = sqsHarness();
    await h.queue('jobs');
    let answer: unknown;
    void h.sqs.receiveMessage({ QueueUrl: URL, WaitTimeSeconds: 20 }).then((a) => (answer = a));
    await h.advance(3000);
    expect(answer).toBeUndefined();
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'hi' });
    await flush();
    expect(answer).toMatchObject({ Messages: [{ Body: 'hi' }] });
  });

  it('answers empty when the wait time passes, on the clock and not before', async () => {
    const h = sqsHarness();
    await h.queue('jobs', { ReceiveMessageWaitTimeSeconds: '10' });
    let answer: unknown;
    // The queue's ReceiveMessageWaitTimeSeconds applies when the call gives no WaitTimeSeconds.
    void h.sqs.receiveMessage({ QueueUrl: URL }).then((a) => (answer = a));
    await h.advance(9999);
    expect(answer).toBeUndefined();
    await h.advance(1);
    expect(answer).toEqual({});
  });

  it('answers when a delayed message becomes visible during the wait', async () => {
    const h = sqsHarness();
    await h.queue('jobs');
    await h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'later', DelaySeconds: 5 });
    let answer: unknown;
    void h.sqs.receiveMessage({ QueueUrl: URL, WaitTimeSeconds: 20 }).then((a) => (answer = a));
    await h.advance(4999);
    expect(answer).toBeUndefined();
    await h.advance(1);
    expect(answer).toMatchObject({ Messages: [{ Body: 'later' }] });
  });

  it('answers empty when the queue is deleted during the wait', async () => {
    const h = sqsHarness();
    await h.queue('jobs');
    let answer: unknown;
    void h.sqs.receiveMessage({ QueueUrl: URL, WaitTimeSeconds: 20 }).then((a) => (answer = a));
    await h.sqs.deleteQueue({ QueueUrl: URL });
    await flush();
    expect(answer).toEqual({});
  });
});
