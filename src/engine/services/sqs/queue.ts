// One queue's messages and the rules of their states (SQS developer guide, "Amazon SQS visibility
// timeout" and "Amazon SQS delay queues"): delayed until the delay ends, visible, or in flight for the
// visibility timeout after a receive; kept for the retention period from when they were enqueued.
import type { QueueDef, StoredMessage } from './definitions';
import { fifoCandidates, FifoLedger } from './fifo';
import type { MessageCounts } from './queue-attributes';

export type MessageState = 'visible' | 'in-flight' | 'delayed';

export function messageState(m: StoredMessage, now: number): MessageState {
  if (now >= m.hiddenUntil) return 'visible';
  return m.received ? 'in-flight' : 'delayed';
}

export class Queue {
  /** In arrival order. */
  messages: StoredMessage[] = [];
  readonly fifo: FifoLedger;
  /** Epoch ms of the last PurgeQueue ("Only one PurgeQueue operation … every 60 seconds"). */
  lastPurge?: number;
  #seq = 0;

  constructor(public def: QueueDef) {
    this.fifo = new FifoLedger(def.createdTimestamp);
  }

  get name(): string {
    return this.def.name;
  }

  /** The next arrival number; messages restored from a store keep theirs. */
  nextSeq(): number {
    return ++this.#seq;
  }

  add(message: StoredMessage): void {
    this.#seq = Math.max(this.#seq, message.seq);
    this.messages.push(message);
  }

  find(messageId: string): StoredMessage | undefined {
    return this.messages.find((m) => m.messageId === messageId);
  }

  remove(messageIds: ReadonlySet<string>): StoredMessage[] {
    const removed = this.messages.filter((m) => messageIds.has(m.messageId));
    if (removed.length) this.messages = this.messages.filter((m) => !messageIds.has(m.messageId));
    return removed;
  }

  /** Drops messages older than the retention period ("after the maximum retention period, messages are automatically deleted"). */
  expire(now: number): StoredMessage[] {
    const limit = now - this.def.messageRetentionPeriod * 1000;
    const expired = this.messages.filter((m) => m.enqueuedAt <= limit);
    if (expired.length) this.remove(new Set(expired.map((m) => m.messageId)));
    return expired;
  }

  counts(now: number): MessageCounts {
    const counts: MessageCounts = { visible: 0, inFlight: 0, delayed: 0 };
    for (const m of this.messages) {
      const state = messageState(m, now);
      if (state === 'visible') counts.visible++;
      else if (state === 'in-flight') counts.inFlight++;
      else counts.delayed++;
    }
    return counts;
  }

  /**
   * The messages a receive may take now, in the order it takes them. A standard queue offers its
   * visible messages oldest first (SQS promises only best-effort order; the playground keeps it); a
   * FIFO queue offers whole groups in order, skipping groups with a message in flight.
   */
  candidates(now: number): StoredMessage[] {
    if (this.def.fifo) return fifoCandidates(this.messages, now);
    return this.messages.filter((m) => now >= m.hiddenUntil);
  }

  /** Marks a message received with a new handle, hidden for `visibilitySeconds`. */
  markReceived(m: StoredMessage, now: number, visibilitySeconds: number, receiptHandle: string): void {
    m.receiveCount++;
    m.firstReceiveTimestamp ??= now;
    m.receivedAt = now;
    m.received = true;
    m.hiddenUntil = now + visibilitySeconds * 1000;
    m.receiptHandle = receiptHandle;
  }

  /** When something next changes by itself: a delay or visibility timeout ends, or a message expires. */
  nextChangeAt(now: number): number | undefined {
    let next: number | undefined;
    const consider = (at: number) => {
      if (at > now && (next === undefined || at < next)) next = at;
    };
    const retention = this.def.messageRetentionPeriod * 1000;
    for (const m of this.messages) {
      consider(m.hiddenUntil);
      consider(m.enqueuedAt + retention);
    }
    return next;
  }

  purge(now: number): StoredMessage[] {
    const all = this.messages;
    this.messages = [];
    this.fifo.clear();
    this.lastPurge = now;
    return all;
  }
}
