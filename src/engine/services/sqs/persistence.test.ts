// Messages outlive the page through the message store: a queue restored from the project finds the
// messages (and their states) its store kept, and a restored queue's definition is the one saved.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../testing/fake-ports';
import { MemoryMessageStore } from './message-store';
import { flush, sqsHarness, URL_OF } from './test-support';

const URL = URL_OF('jobs');

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

  it('starts empty for a queue its store never saw', async () => {
    const h = sqsHarness();
    await h.sqs.importQueue({ name: 'fresh', visibilityTimeout: 30, delaySeconds: 0, messageRetentionPeriod: 345_600, maximumMessageSize: 1_048_576, receiveMessageWaitTimeSeconds: 0, createdTimestamp: 0, lastModifiedTimestamp: 0 });
    expect(h.sqs.peekMessages('fresh')).toEqual([]);
    expect(await h.store.load('fresh')).toEqual([]);
  });
});
