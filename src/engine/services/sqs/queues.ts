// The account's queues: definitions (the project's), their messages in memory (mirrored to the store,
// in order, the changes of one moment in one write per queue), a timer per queue on the playground
// clock for the next delay, visibility timeout or expiry, listeners told when messages may have
// become receivable, and redrive to dead-letter queues.
import type { Clock } from '../../ports';
import { queueArn, queueNameOfArn, queueNameOfUrl, type QueueDef, type StoredMessage } from './definitions';
import { missingParameter, queueDoesNotExist } from './errors';
import type { SqsMessageStore } from './message-store';
import { Queue } from './queue';
import { lastSequenceNumber, restoreShift, shiftMessage } from './restore';

export interface QueuesDeps {
  clock: Clock;
  store?: SqsMessageStore;
  /** After a queue definition changes (save the project, redraw). */
  changed: () => void;
  /** After a queue's messages (or their states) change: runtime data, not the project. */
  messagesChanged?: (queue: string) => void;
}

export class Queues {
  readonly #queues = new Map<string, Queue>();
  /** Epoch ms each deleted queue went ("wait 60 seconds after deleting a queue"). */
  readonly deleted = new Map<string, number>();
  readonly #timers = new Map<string, { at: number; cancel: () => void }>();
  readonly #listeners = new Map<string, Set<() => void>>();
  readonly #pending = new Set<string>();
  /** Changes not yet handed to the store, per queue: the latest state of each message wins. */
  readonly #unwritten = new Map<string, { queue: Queue; put: Map<string, StoredMessage>; remove: Set<string> }>();
  /** The write of what is unwritten, at the next microtask. */
  #scheduled?: Promise<void>;
  /** The writes of the operations running in `stored`, each collecting those its changes are in. */
  readonly #watchers = new Set<Array<Promise<void>>>();
  /** Every write handed to the store so far, failed or not. */
  #writes: Promise<void> = Promise.resolve();

  constructor(private readonly deps: QueuesDeps) {}

  now = () => this.deps.clock.now();

  list(): Queue[] {
    return [...this.#queues.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  find(name: string): Queue | undefined {
    return this.#queues.get(name);
  }

  byArn(arn: string): Queue | undefined {
    const name = queueNameOfArn(arn);
    return name === undefined ? undefined : this.#queues.get(name);
  }

  /** The queue a QueueUrl names, expired messages dropped; QueueDoesNotExist otherwise. */
  byUrl(url: unknown): Queue {
    if (url === undefined || url === null || url === '') throw missingParameter('QueueUrl');
    const name = queueNameOfUrl(url);
    const queue = name === undefined ? undefined : this.#queues.get(name);
    if (!queue) throw queueDoesNotExist();
    this.#expire(queue);
    return queue;
  }

  findDef = (arn: string): QueueDef | undefined => this.byArn(arn)?.def;

  async create(def: QueueDef): Promise<Queue> {
    const queue = new Queue(def);
    this.#queues.set(def.name, queue);
    await this.#persist((store) => store.drop(def.name).then(() => store.create(def.name)));
    this.deps.changed();
    return queue;
  }

  /** Restores a saved queue with the messages (and FIFO deduplication IDs) its store kept. */
  async import(def: QueueDef): Promise<Queue> {
    const queue = new Queue(def);
    const stored = await this.deps.store?.load(def.name);
    if (stored) {
      const shift = restoreShift(stored.saved, this.now());
      for (const m of stored.messages.sort((a, b) => a.seq - b.seq)) {
        if (shift) shiftMessage(m, shift);
        queue.add(m);
      }
      if (stored.ledger) queue.fifo.restore(stored.ledger, shift);
      const last = lastSequenceNumber(stored.messages);
      if (last !== undefined) queue.fifo.restore({ next: last, seen: [] });
      this.#queues.set(def.name, queue);
      // The moved times are what the store keeps from now on.
      if (shift) void this.commit(queue, queue.messages);
    } else {
      await this.#persist((store) => store.create(def.name));
      this.#queues.set(def.name, queue);
    }
    this.deps.changed();
    this.touch(def.name);
    return queue;
  }

  async delete(queue: Queue): Promise<void> {
    this.#queues.delete(queue.name);
    this.deleted.set(queue.name, this.now());
    this.#timers.get(queue.name)?.cancel();
    this.#timers.delete(queue.name);
    await this.#persist((store) => store.drop(queue.name));
    this.deps.changed();
    this.touch(queue.name);
  }

  redefine(queue: Queue, def: QueueDef): void {
    queue.def = def;
    this.deps.changed();
    this.touch(queue.name);
  }

  /**
   * Mirrors changed and removed messages (and a FIFO queue's ledger) to the store and tells who
   * follows the queue. Changes made in one synchronous stretch (a batch, a poller's receive) are
   * written together at the next microtask; the promise settles once they are stored.
   */
  commit(queue: Queue, changed: readonly StoredMessage[], removed: readonly StoredMessage[] = []): Promise<void> {
    if (changed.length || removed.length) this.touch(queue.name);
    if (!this.deps.store) return Promise.resolve();
    // A queue deleted (or replaced under its name) meanwhile has nothing left to store.
    if (this.#queues.get(queue.name) !== queue) return Promise.resolve();
    let unwritten = this.#unwritten.get(queue.name);
    if (!unwritten) this.#unwritten.set(queue.name, (unwritten = { queue, put: new Map(), remove: new Set() }));
    for (const m of removed) {
      unwritten.put.delete(m.messageId);
      unwritten.remove.add(m.messageId);
    }
    for (const m of changed) {
      unwritten.remove.delete(m.messageId);
      unwritten.put.set(m.messageId, m);
    }
    if (!this.#scheduled) {
      this.#scheduled = Promise.resolve().then(() => {
        this.#scheduled = undefined;
        return this.#writeUnwritten();
      });
      // A refusal is answered to the operations waiting in `stored`; nobody else needs to handle it.
      this.#scheduled.catch(() => {});
    }
    const written = this.#scheduled;
    for (const watcher of this.#watchers) watcher.push(written);
    return written;
  }

  /**
   * Runs an operation and answers its output once the changes it made are stored (rejected when
   * the store refused them). Changes of operations running alongside may be waited for too.
   */
  async stored<T>(operation: () => T | Promise<T>): Promise<T> {
    const writes: Array<Promise<void>> = [];
    this.#watchers.add(writes);
    let output: T;
    try {
      output = await operation();
    } finally {
      this.#watchers.delete(writes);
    }
    await Promise.all(writes);
    return output;
  }

  /**
   * "When the ReceiveCount for a message exceeds the maxReceiveCount for a queue, Amazon SQS moves
   * the message to a dead-letter queue." The message keeps its ID, body, attributes and counts;
   * "the enqueue timestamp … is unchanged" for a standard DLQ and reset for a FIFO one.
   */
  moveToDeadLetterQueue(source: Queue, m: StoredMessage): boolean {
    const target = source.def.redrivePolicy ? this.byArn(source.def.redrivePolicy.deadLetterTargetArn) : undefined;
    if (!target) return false;
    const now = this.now();
    source.remove(new Set([m.messageId]));
    const { receiptHandle: _handle, receivedAt: _at, ...rest } = m;
    const moved: StoredMessage = {
      ...rest, received: false, hiddenUntil: now, seq: target.nextSeq(),
      enqueuedAt: target.def.fifo ? now : m.enqueuedAt, deadLetterQueueSourceArn: queueArn(source.name),
    };
    target.add(moved);
    void this.commit(source, [], [m]);
    void this.commit(target, [moved]);
    return true;
  }

  /** Calls `listener` (soon after, never during, a change) whenever the queue's messages may have changed. */
  onChange(name: string, listener: () => void): () => void {
    let set = this.#listeners.get(name);
    if (!set) this.#listeners.set(name, (set = new Set()));
    set.add(listener);
    return () => void set.delete(listener);
  }

  /** Something about the queue changed: at the next microtask, expire, re-arm its timer and tell its followers. */
  touch(name: string): void {
    if (this.#pending.size === 0) queueMicrotask(() => this.#flush());
    this.#pending.add(name);
  }

  #flush(): void {
    const names = [...this.#pending];
    this.#pending.clear();
    for (const name of names) {
      const queue = this.#queues.get(name);
      if (queue) {
        this.#expire(queue);
        this.#arm(queue);
      }
      this.deps.messagesChanged?.(name);
      for (const listener of [...(this.#listeners.get(name) ?? [])]) listener();
    }
  }

  #expire(queue: Queue): void {
    const expired = queue.expire(this.now());
    if (expired.length) void this.commit(queue, [], expired);
  }

  #arm(queue: Queue): void {
    const at = queue.nextChangeAt(this.now());
    const current = this.#timers.get(queue.name);
    if (current?.at === at) return;
    current?.cancel();
    this.#timers.delete(queue.name);
    if (at === undefined) return;
    const cancel = this.deps.clock.setTimer(at - this.now(), () => {
      this.#timers.delete(queue.name);
      this.touch(queue.name);
    });
    this.#timers.set(queue.name, { at, cancel });
  }

  /** Hands what is unwritten to the store now, behind the writes before it. */
  #writeUnwritten(): Promise<void> {
    if (!this.#unwritten.size) return this.#writes;
    const batches = [...this.#unwritten.values()];
    this.#unwritten.clear();
    return this.#persist((store) => {
      const at = this.now();
      return Promise.all(batches.map(({ queue, put, remove }) => {
        const ledger = queue.def.fifo ? queue.fifo.takeChanges(at) : undefined;
        if (!put.size && !remove.size && !ledger) return undefined;
        return store.apply(queue.name, { put: [...put.values()], remove: [...remove], ...(ledger ? { ledger } : {}), at });
      })).then(() => {});
    });
  }

  /** Runs a write after every write before it; what is unwritten goes first, so order is kept. */
  #persist(write: (store: SqsMessageStore) => Promise<void>): Promise<void> {
    const store = this.deps.store;
    if (!store) return Promise.resolve();
    if (this.#unwritten.size) void this.#writeUnwritten();
    const next = this.#writes.then(() => write(store));
    this.#writes = next.catch(() => {});
    return next;
  }

  /** Stops every timer (the engine is being disposed). */
  dispose(): void {
    for (const timer of this.#timers.values()) timer.cancel();
    this.#timers.clear();
  }
}
