// Messages outlive the page through the message store: a queue restored from the project finds the
// messages (and their states) its store kept, FIFO groups and deduplication IDs included, and the
// calls that change messages answer once the change is stored.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../testing/fake-ports';
import type { QueueDef } from './definitions';
import { MemoryMessageStore, type MessageChanges } from './message-store';
import { flush, sqsHarness, URL_OF, type SqsHarness } from './test-support';

const URL = URL_OF('jobs');
const FIFO_URL = URL_OF('orders.fifo');

/** The page closes and opens again: a new service restores the saved queues over the same store. */
async function reload(before: SqsHarness, clock = before.clock): Promise<SqsHarness> {
  await flush();
  const saved = JSON.parse(JSON.stringify(before.sqs.listQueueDefs())) as QueueDef[];
  before.sqs.dispose();
  const after = sqsHarness({ store: before.store, clock });
  for (const def of saved) await after.sqs.importQueue(def);
  return after;
}

describe('restoring queues', () => {
  it('brings back the saved definition and the messages the store kept, in flight or visible', async () => {
    const store = new MemoryMessageStore();
    const clock = new ManualClock();
    const before = sqsHarness({ store, clock });
    await before.queue('jobs', { VisibilityTimeout: '60' });
    await before.sqs.sendMessageBatch({ QueueUrl: URL, Entries: [{ Id: 'a', MessageBody: 'first' }, { Id: 'b', MessageBody: 'second' }] });
    await before.sqs.receiveMessage({ QueueUrl: URL });
    await flush();
    const saved = before.sqs.listQueueDefs();
    before.sqs.dispose();

    const after = sqsHarness({ store, clock });
    for (const def of JSON.parse(JSON.stringify(saved)) as typeof saved) await after.sqs.importQueue(def);
    expect(after.sqs.listQueueDefs()).toEqual(saved);
    expect(after.sqs.messageCounts('jobs')).toEqual({ visible: 1, inFlight: 1, delayed: 0 });
    expect(await after.bodies(URL, 10, { VisibilityTimeout: 3600 })).toEqual(['second']);
    // The in-flight message comes back when its visibility timeout ends, on the new service's timer.
    await after.advance(60_000);
    expect(await after.bodies(URL)).toEqual(['first']);
  });

  it('keeps bodies, message attributes, receive counts, sent and first-receive timestamps and the sender', async () => {
    const before = sqsHarness();
    await before.queue('jobs', { VisibilityTimeout: '10' });
    const attributes = {
      kind: { DataType: 'String', StringValue: 'photo' },
      size: { DataType: 'Number', StringValue: '42' },
      raw: { DataType: 'Binary', BinaryValue: new Uint8Array([1, 2, 255]) },
    };
    const { MessageId } = await before.sqs.sendMessage({ QueueUrl: URL, MessageBody: '{"id":7}', MessageAttributes: attributes });
    const sentAt = before.clock.now();
    await before.advance(2000);
    await before.sqs.receiveMessage({ QueueUrl: URL });
    const firstReceiveAt = before.clock.now();
    await before.advance(10_000);
    await before.sqs.receiveMessage({ QueueUrl: URL });

    const after = await reload(before);
    await after.advance(10_000);
    const [m] = (await after.sqs.receiveMessage({ QueueUrl: URL, MessageSystemAttributeNames: ['All'], MessageAttributeNames: ['All'] })).Messages!;
    expect(m).toMatchObject({
      MessageId, Body: '{"id":7}', MessageAttributes: attributes,
      Attributes: { ApproximateReceiveCount: '3', SentTimestamp: String(sentAt), ApproximateFirstReceiveTimestamp: String(firstReceiveAt), SenderId: '123456789012' },
    });
  });

  it('keeps FIFO group order: a group with a message in flight stays held back, the others keep their order', async () => {
    const before = sqsHarness();
    await before.queue('orders.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true', VisibilityTimeout: '30' });
    for (const [body, group] of [['a1', 'A'], ['b1', 'B'], ['a2', 'A'], ['b2', 'B'], ['c1', 'C']]) {
      await before.sqs.sendMessage({ QueueUrl: FIFO_URL, MessageBody: body, MessageGroupId: group });
    }
    expect(await before.bodies(FIFO_URL, 1)).toEqual(['a1']);

    const after = await reload(before);
    expect(await after.bodies(FIFO_URL, 10, { VisibilityTimeout: 0 })).toEqual(['b1', 'b2', 'c1']);
    await after.advance(30_000);
    expect(await after.bodies(FIFO_URL, 10)).toEqual(['a1', 'a2', 'b1', 'b2', 'c1']);
  });

  it('remembers deduplication IDs for 5 minutes, even of messages deleted before the reload, and keeps sequence numbers rising', async () => {
    const before = sqsHarness();
    await before.queue('orders.fifo', { FifoQueue: 'true' });
    const send = (h: SqsHarness, body: string) => h.sqs.sendMessage({ QueueUrl: FIFO_URL, MessageBody: body, MessageGroupId: 'g', MessageDeduplicationId: 'order-1' });
    const first = await send(before, 'original');
    const [received] = (await before.sqs.receiveMessage({ QueueUrl: FIFO_URL })).Messages!;
    await before.sqs.deleteMessage({ QueueUrl: FIFO_URL, ReceiptHandle: received!.ReceiptHandle });
    await before.advance(60_000);

    const after = await reload(before);
    // Accepted but not delivered: the answer names the first send's message.
    expect(await send(after, 'retry')).toMatchObject({ MessageId: first.MessageId, SequenceNumber: first.SequenceNumber });
    expect(after.sqs.peekMessages('orders.fifo')).toEqual([]);
    await after.advance(4 * 60_000);
    const later = await send(after, 'after the interval');
    expect(later.MessageId).not.toBe(first.MessageId);
    expect(BigInt(later.SequenceNumber!)).toBeGreaterThan(BigInt(first.SequenceNumber!));
    expect(await after.bodies(FIFO_URL)).toEqual(['after the interval']);
  });

  it('starts empty for a queue its store never saw', async () => {
    const h = sqsHarness();
    await h.sqs.importQueue({ name: 'fresh', visibilityTimeout: 30, delaySeconds: 0, messageRetentionPeriod: 345_600, maximumMessageSize: 1_048_576, receiveMessageWaitTimeSeconds: 0, createdTimestamp: 0, lastModifiedTimestamp: 0 });
    expect(h.sqs.peekMessages('fresh')).toEqual([]);
    expect(await h.store.load('fresh')).toEqual({ messages: [] });
  });
});

/** A memory store that records each write, and can hold writes back or refuse them. */
function recordingStore() {
  const writes: Array<{ queue: string } & MessageChanges> = [];
  let gate: Promise<void> | undefined;
  let refuse: Error | undefined;
  const store = new MemoryMessageStore();
  const apply = store.apply.bind(store);
  store.apply = async (queue, changes) => {
    await gate;
    if (refuse) throw refuse;
    writes.push({ queue, ...structuredClone(changes) });
    return apply(queue, changes);
  };
  return {
    store, writes,
    hold: () => {
      let open!: () => void;
      gate = new Promise((resolve) => (open = resolve));
      return () => ((gate = undefined), open());
    },
    refuse: (error: Error) => void (refuse = error),
  };
}

describe('writing to the store', () => {
  it('writes a batch of sends in one write, and a receive of many messages in one more', async () => {
    const { store, writes } = recordingStore();
    const h = sqsHarness({ store });
    await h.queue('jobs');
    await h.sqs.sendMessageBatch({ QueueUrl: URL, Entries: Array.from({ length: 10 }, (_, i) => ({ Id: `m${i}`, MessageBody: `body ${i}` })) });
    await h.bodies(URL, 10);
    await flush();
    expect(writes.map((w) => [w.queue, w.put.length, w.remove.length])).toEqual([['jobs', 10, 0], ['jobs', 10, 0]]);
    expect(writes[1]!.put.every((m) => m.receiveCount === 1)).toBe(true);
  });

  it('answers SendMessage and DeleteMessage once the change is stored', async () => {
    const { store, hold } = recordingStore();
    const h = sqsHarness({ store });
    await h.queue('jobs');
    let open = hold();
    let answered = false;
    const sending = h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'kept' }).then(() => (answered = true));
    await flush();
    expect(answered).toBe(false);
    open();
    await sending;
    expect((await store.load('jobs'))!.messages.map((m) => m.body)).toEqual(['kept']);

    const [m] = (await h.sqs.receiveMessage({ QueueUrl: URL })).Messages!;
    open = hold();
    let deleted = false;
    const deleting = h.sqs.deleteMessage({ QueueUrl: URL, ReceiptHandle: m!.ReceiptHandle }).then(() => (deleted = true));
    await flush();
    expect(deleted).toBe(false);
    open();
    await deleting;
    expect((await store.load('jobs'))!.messages).toEqual([]);
  });

  it('fails a send the store refused, with the store’s message', async () => {
    const { store, refuse } = recordingStore();
    const h = sqsHarness({ store });
    await h.queue('jobs');
    refuse(new Error("The browser refused to store the message: this site's storage is full."));
    await expect(h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x' })).rejects.toThrow("this site's storage is full");
  });

  it('leaves nothing in the store for a queue deleted while changes to it were being written', async () => {
    const { store, hold } = recordingStore();
    const h = sqsHarness({ store });
    await h.queue('jobs');
    const open = hold();
    const sending = h.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x' });
    const deleting = h.sqs.deleteQueue({ QueueUrl: URL });
    open();
    await Promise.all([sending, deleting]);
    await flush();
    expect(await store.load('jobs')).toBeUndefined();
  });
});
