// Restoring onto a new playground clock: the clock starts at real time on every load, so a queue saved
// while it ran ahead, or stood paused, keeps each message's age and remaining timeout, less the real
// time the page was closed.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../testing/fake-ports';
import type { QueueDef } from './definitions';
import { MemoryMessageStore } from './message-store';
import { restoreShift } from './restore';
import { flush, sqsHarness, URL_OF } from './test-support';

const URL = URL_OF('jobs');
const HOUR = 3_600_000;

/** Two page loads over one store, with the real time under the store's control. */
function pages() {
  let wall = 0;
  const store = new MemoryMessageStore(() => wall);
  return {
    store,
    /** Real time passes (the page closed, for instance). */
    wait: (ms: number) => void (wall += ms),
    /** A new load: a playground clock at real time, and the saved queues restored onto it. */
    async reopen(before: ReturnType<typeof sqsHarness>) {
      await flush();
      const saved = JSON.parse(JSON.stringify(before.sqs.listQueueDefs())) as QueueDef[];
      before.sqs.dispose();
      const clock = new ManualClock();
      clock.advance(wall);
      const after = sqsHarness({ store, clock });
      for (const def of saved) await after.sqs.importQueue(def);
      return after;
    },
  };
}

describe('restoring onto a new playground clock', () => {
  it('gives an in-flight message the rest of its visibility timeout after the clock had run an hour ahead', async () => {
    const p = pages();
    const before = sqsHarness({ store: p.store });
    await before.queue('jobs', { VisibilityTimeout: '60' });
    before.clock.advance(HOUR);
    await before.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'slow job' });
    await before.sqs.receiveMessage({ QueueUrl: URL });
    await flush();
    p.wait(5000);

    const after = await p.reopen(before);
    expect(after.sqs.messageCounts('jobs')).toEqual({ visible: 0, inFlight: 1, delayed: 0 });
    // 60 s of visibility, 5 of them spent while the page was closed.
    await after.advance(54_000);
    expect(after.sqs.messageCounts('jobs')).toEqual({ visible: 0, inFlight: 1, delayed: 0 });
    await after.advance(1000);
    const [m] = (await after.sqs.receiveMessage({ QueueUrl: URL, MessageSystemAttributeNames: ['SentTimestamp'] })).Messages!;
    expect(m!.Body).toBe('slow job');
    // Sent 5 s of real time before the reload, on the new clock's scale.
    expect(Number(m!.Attributes!.SentTimestamp)).toBe(after.clock.now() - 60_000);
  });

  it('keeps a delayed message delayed when the clock had stood paused', async () => {
    const p = pages();
    const before = sqsHarness({ store: p.store });
    await before.queue('jobs');
    await before.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'later', DelaySeconds: 30 });
    // The clock stands paused for an hour of real time, and another message is sent on it.
    p.wait(HOUR);
    await before.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'sent while paused', DelaySeconds: 60 });
    const after = await p.reopen(before);
    expect(after.sqs.messageCounts('jobs')).toEqual({ visible: 0, inFlight: 0, delayed: 2 });
    await after.advance(30_000);
    expect(await after.bodies(URL, 10, { VisibilityTimeout: 3600 })).toEqual(['later']);
    await after.advance(30_000);
    expect(await after.bodies(URL)).toEqual(['sent while paused']);
  });

  it('stores the moved times, so a second reload does not move them again', async () => {
    const p = pages();
    const before = sqsHarness({ store: p.store });
    await before.queue('jobs', { VisibilityTimeout: '600' });
    before.clock.advance(HOUR);
    await before.sqs.sendMessage({ QueueUrl: URL, MessageBody: 'x' });
    await before.sqs.receiveMessage({ QueueUrl: URL });
    const middle = await p.reopen(before);
    const visibleAt = middle.sqs.peekMessages('jobs')[0]!.visibleAt!;
    p.wait(1000);
    const after = await p.reopen(middle);
    expect(after.sqs.peekMessages('jobs')[0]!.visibleAt).toBe(visibleAt);
  });

  it('moves nothing when the clock kept real time', () => {
    expect(restoreShift({ at: 1_000_000, elapsedMs: 5000 }, 1_005_000)).toBe(0);
    expect(restoreShift({ at: 1_000_000, elapsedMs: 5000 }, 1_005_400)).toBe(0);
    expect(restoreShift(undefined, 1_005_000)).toBe(0);
    expect(restoreShift({ at: 1_000_000 + HOUR, elapsedMs: 5000 }, 1_005_000)).toBe(-HOUR);
  });
});
