// Where SQS keeps messages between page loads: a port (IndexedDB implements it in the browser; the
// engine reads it once per queue, at restore, and mirrors every change to it in order), and one in memory.
import type { StoredMessage } from './definitions';
import type { LedgerState } from './fifo';

/** What a store kept of one queue. */
export interface StoredQueue {
  messages: StoredMessage[];
  /** FIFO: deduplication IDs of the last 5 minutes and the next sequence number. */
  ledger?: LedgerState;
  /** The playground clock's time at the last write, and the store's own (real) milliseconds since. */
  saved?: { at: number; elapsedMs: number };
}

/** One batch of changes to a queue, written together (one IndexedDB transaction). */
export interface MessageChanges {
  /** Added or replaced, by MessageId. */
  put: StoredMessage[];
  remove: string[];
  /** FIFO: the ledger as it is now, when it changed. */
  ledger?: LedgerState;
  /** The playground clock's time of the write. */
  at: number;
}

export interface SqsMessageStore {
  /** What the store kept of a queue, or undefined when the queue was never created in this store. */
  load(queue: string): Promise<StoredQueue | undefined>;
  /** Records that the queue exists, with no messages. */
  create(queue: string): Promise<void>;
  apply(queue: string, changes: MessageChanges): Promise<void>;
  /** Forgets the queue and its messages. */
  drop(queue: string): Promise<void>;
}

interface MemoryQueue {
  messages: Map<string, StoredMessage>;
  ledger?: LedgerState;
  saved?: { at: number; wall: number };
}

/**
 * A store in memory: for tests, and for pages that keep nothing (shared links, embeds). `wallClock`
 * (the real time, which the playground clock may run ahead of) lets a test restore into a new clock.
 */
export class MemoryMessageStore implements SqsMessageStore {
  readonly #queues = new Map<string, MemoryQueue>();

  constructor(private readonly wallClock?: () => number) {}

  async load(queue: string): Promise<StoredQueue | undefined> {
    const stored = this.#queues.get(queue);
    if (!stored) return undefined;
    const { saved, ledger } = stored;
    return {
      messages: [...stored.messages.values()].map((m) => structuredClone(m)),
      ...(ledger ? { ledger: structuredClone(ledger) } : {}),
      ...(saved && this.wallClock ? { saved: { at: saved.at, elapsedMs: this.wallClock() - saved.wall } } : {}),
    };
  }

  async create(queue: string) {
    if (!this.#queues.has(queue)) this.#queues.set(queue, { messages: new Map() });
  }

  async apply(queue: string, changes: MessageChanges) {
    let stored = this.#queues.get(queue);
    if (!stored) this.#queues.set(queue, (stored = { messages: new Map() }));
    for (const id of changes.remove) stored.messages.delete(id);
    for (const m of changes.put) stored.messages.set(m.messageId, structuredClone(m));
    if (changes.ledger) stored.ledger = structuredClone(changes.ledger);
    if (this.wallClock) stored.saved = { at: changes.at, wall: this.wallClock() };
  }

  async drop(queue: string) {
    this.#queues.delete(queue);
  }
}
