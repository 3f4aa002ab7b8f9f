// The account's queues: definitions (the project's), their messages in memory (mirrored to the store,
// in order), a timer per queue on the playground clock for the next delay, visibility timeout or
// expiry, listeners told when messages may have become receivable, and redrive to dead-letter queues.
import type { Clock } from '../../ports';
import { queueArn, queueNameOfArn, queueNameOfUrl, type QueueDef, type StoredMessage } from './definitions';
import { missingParameter, queueDoesNotExist } from './errors';
import type { SqsMessageStore } from './message-store';
import { Queue } from './queue';

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

  /** Restores a saved queue with the messages its store kept. */
  async import(def: QueueDef): Promise<Queue> {
    const queue = new Queue(def);
    const stored = (await this.deps.store?.load(def.name)) ?? undefined;
    for (const m of (stored ?? []).sort((a, b) => a.seq - b.seq)) queue.add(m);
    if (!stored) await this.#persist((store) => store.create(def.name));
    this.#queues.set(def.name, queue);
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

  /** Mirrors changed and removed messages to the store (in order) and tells who follows the queue. */
  commit(queue: Queue, changed: readonly StoredMessage[], removed: readonly StoredMessage[] = []): Promise<void> {
    const name = queue.name;
    if (changed.length || removed.length) this.touch(name);
    const writes: Array<(store: SqsMessageStore) => Promise<void>> = [];
    if (removed.length) writes.push((store) => store.remove(name, removed.map((m) => m.messageId)));
    if (changed.length) writes.push((store) => store.put(name, [...changed]));
    return Promise.all(writes.map((write) => this.#persist(write))).then(() => {});
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

  #persist(write: (store: SqsMessageStore) => Promise<void>): Promise<void> {
    const store = this.deps.store;
    if (!store) return Promise.resolve();
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
