// Where SQS keeps messages between page loads: a port (IndexedDB could implement it; the engine reads
// it once per queue, at restore, and mirrors every change to it in order), and one in memory.
import type { StoredMessage } from './definitions';

export interface SqsMessageStore {
  /** A queue's messages, or undefined when the queue was never created in this store. */
  load(queue: string): Promise<StoredMessage[] | undefined>;
  /** Records that the queue exists, with no messages. */
  create(queue: string): Promise<void>;
  /** Adds or replaces messages (by MessageId). */
  put(queue: string, messages: StoredMessage[]): Promise<void>;
  remove(queue: string, messageIds: string[]): Promise<void>;
  /** Forgets the queue and its messages. */
  drop(queue: string): Promise<void>;
}

/** A store in memory: for tests, and for pages that keep nothing (shared links, embeds). */
export class MemoryMessageStore implements SqsMessageStore {
  readonly #queues = new Map<string, Map<string, StoredMessage>>();

  async load(queue: string) {
    const messages = this.#queues.get(queue);
    return messages ? [...messages.values()].map((m) => structuredClone(m)) : undefined;
  }

  async create(queue: string) {
    if (!this.#queues.has(queue)) this.#queues.set(queue, new Map());
  }

  async put(queue: string, messages: StoredMessage[]) {
    let stored = this.#queues.get(queue);
    if (!stored) this.#queues.set(queue, (stored = new Map()));
    for (const m of messages) stored.set(m.messageId, structuredClone(m));
  }

  async remove(queue: string, messageIds: string[]) {
    const stored = this.#queues.get(queue);
    for (const id of messageIds) stored?.delete(id);
  }

  async drop(queue: string) {
    this.#queues.delete(queue);
  }
}
