// AWS/SQS's message counters (NumberOfMessagesSent, NumberOfMessagesReceived, NumberOfMessagesDeleted,
// per QueueName) read from the queue's messages each time SQS announces that they changed: a message
// that appears was sent, a rise in its receive count is a receive, and a received message that goes
// away is a delete. The queue itself says nothing more than "changed", so the counts come from the difference.
import type { MetricStore } from './metric-store';

/** What the recorder reads of a message (SQS's peek view has these fields). */
export interface QueuedMessage {
  messageId: string;
  receiveCount: number;
  sentTimestamp: number;
}

/**
 * A message whose SentTimestamp is this much older than the moment its queue is first seen was restored
 * from storage (a reload), not sent now: restored messages keep their age.
 */
const FRESH_MS = 1000;

/** Message ids remembered after they left one queue, to recognise a move to a dead-letter queue. */
const MAX_GONE = 10_000;

export class SqsMetrics {
  /** messageId → where it was last seen and its receive count then. */
  #known = new Map<string, { queue: string; receiveCount: number }>();
  /** queue → the ids seen in it last time. */
  #queues = new Map<string, Set<string>>();
  /** Received messages gone from a queue, not yet known to be deleted (they may turn up in a dead-letter queue). */
  #gone = new Map<string, string>();
  #settling = false;

  constructor(private readonly store: MetricStore) {}

  /**
   * The queue's messages now, or undefined when the queue no longer exists (its messages went with it,
   * which deletes nothing). Called after every change SQS announces for the queue.
   */
  changed(queue: string, messages: readonly QueuedMessage[] | undefined): void {
    const before = this.#queues.get(queue);
    if (!messages) {
      for (const id of before ?? []) if (this.#known.get(id)?.queue === queue) this.#known.delete(id);
      this.#queues.delete(queue);
      return;
    }
    const now = this.store.now();
    const firstLook = before === undefined;
    const ids = new Set<string>();
    let sent = 0;
    let received = 0;
    for (const m of messages) {
      ids.add(m.messageId);
      const known = this.#known.get(m.messageId);
      if (known && known.queue === queue) {
        if (m.receiveCount > known.receiveCount) received += m.receiveCount - known.receiveCount;
      } else if (known || this.#gone.has(m.messageId)) {
        // Moved here from another queue by its redrive policy: SQS does not count that as a send.
        this.#gone.delete(m.messageId);
      } else if (!firstLook || m.sentTimestamp >= now - FRESH_MS) {
        sent++;
        received += m.receiveCount;
      }
      this.#known.set(m.messageId, { queue, receiveCount: m.receiveCount });
    }
    // Gone: a received message that left was deleted, unless it shows up in a dead-letter queue. One that
    // was never received cannot have been deleted: it expired, or the queue was purged (which deletes
    // nothing either, so the received ones going with it are not counted).
    const left: string[] = [];
    let purged = false;
    for (const id of before ?? []) {
      if (ids.has(id)) continue;
      const known = this.#known.get(id);
      if (!known || known.queue !== queue) continue;
      this.#known.delete(id);
      if (known.receiveCount === 0) purged = true;
      else left.push(id);
    }
    if (!purged) for (const id of left) this.#remember(id, queue);
    this.#queues.set(queue, ids);
    this.#count(queue, 'NumberOfMessagesSent', sent, now);
    this.#count(queue, 'NumberOfMessagesReceived', received, now);
  }

  #remember(id: string, queue: string): void {
    if (this.#gone.size >= MAX_GONE) this.#gone.delete(this.#gone.keys().next().value!);
    this.#gone.set(id, queue);
    if (this.#settling) return;
    this.#settling = true;
    // SQS announces the source and the dead-letter queue of a move in the same pass: by the next
    // microtask a moved message has been seen in its new queue.
    queueMicrotask(() => {
      this.#settling = false;
      const deleted = new Map<string, number>();
      for (const q of this.#gone.values()) deleted.set(q, (deleted.get(q) ?? 0) + 1);
      this.#gone.clear();
      const now = this.store.now();
      for (const [q, n] of deleted) this.#count(q, 'NumberOfMessagesDeleted', n, now);
    });
  }

  #count(queue: string, metric: string, n: number, now: number): void {
    if (n === 0) return;
    this.store.add(this.store.series('AWS/SQS', metric, [{ Name: 'QueueName', Value: queue }]), n, 1, now, 'Count');
  }
}
