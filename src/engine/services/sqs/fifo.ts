// What makes a FIFO queue (SQS developer guide, "FIFO queue logic"): messages of a group are received
// in order and "no more messages for the same message group ID are returned unless you delete the
// message, or it becomes visible"; a receive returns "as many messages with the same message group
// ID as possible" first; sends with a deduplication ID seen in the last 5 minutes are accepted but
// not delivered; sequence numbers are 20 digits that increase along the queue.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { DEDUPLICATION_INTERVAL_MS, type StoredMessage } from './definitions';

const inFlight = (m: StoredMessage, now: number) => m.received && now < m.hiddenUntil;
const visible = (m: StoredMessage, now: number) => now >= m.hiddenUntil;

/** The messages a receive may take, in delivery order: visible ones of groups with nothing in flight. */
export function fifoCandidates(messages: readonly StoredMessage[], now: number): StoredMessage[] {
  const groups = new Map<string, StoredMessage[]>();
  for (const m of messages) {
    const key = m.groupId ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(m);
  }
  const out: StoredMessage[] = [];
  // Map iteration follows insertion: groups come in the order of their oldest message.
  for (const group of groups.values()) {
    if (group.some((m) => inFlight(m, now))) continue;
    for (const m of group) {
      // A message not yet visible (delayed) holds back the rest of its group.
      if (!visible(m, now)) break;
      out.push(m);
    }
  }
  return out;
}

/** "ContentBasedDeduplication: Amazon SQS uses a SHA-256 hash to generate the MessageDeduplicationId using the body of the message". */
export const contentDeduplicationId = (body: string) => bytesToHex(sha256(new TextEncoder().encode(body)));

interface Seen {
  messageId: string;
  sequenceNumber: string;
  at: number;
}

/** A ledger as a store keeps it (plain data): the next sequence number, and the IDs still within the interval. */
export interface LedgerState {
  next: string;
  seen: Array<Seen & { deduplicationId: string }>;
}

/** Deduplication IDs of the last 5 minutes, and the queue's sequence numbers. */
export class FifoLedger {
  readonly #seen = new Map<string, Seen>();
  #next: bigint;
  /** Changed since the last `takeChanges`. */
  #changed = false;

  constructor(createdAt: number) {
    // 20 digits, like SQS's (e.g. 18849496460467696128): creation seconds shifted left 33 bits.
    this.#next = BigInt(Math.floor(createdAt / 1000)) << 33n;
  }

  /** The message an earlier send with this ID made within the interval, if any. */
  duplicate(deduplicationId: string, now: number): Seen | undefined {
    const seen = this.#seen.get(deduplicationId);
    if (seen && now - seen.at < DEDUPLICATION_INTERVAL_MS) return seen;
    if (seen) this.#seen.delete(deduplicationId);
    return undefined;
  }

  /** Records a send; returns the message's sequence number. */
  record(deduplicationId: string, messageId: string, now: number): string {
    const sequenceNumber = String(++this.#next).padStart(20, '0');
    this.#seen.set(deduplicationId, { messageId, sequenceNumber, at: now });
    this.#changed = true;
    if (this.#seen.size > 1000) this.#prune(now);
    return sequenceNumber;
  }

  /** PurgeQueue forgets the deduplication IDs too. */
  clear(): void {
    this.#changed ||= this.#seen.size > 0;
    this.#seen.clear();
  }

  /** The state to store when it changed since the last call (IDs past the interval left out), else undefined. */
  takeChanges(now: number): LedgerState | undefined {
    if (!this.#changed) return undefined;
    this.#changed = false;
    this.#prune(now);
    return { next: String(this.#next), seen: [...this.#seen].map(([deduplicationId, s]) => ({ deduplicationId, ...s })) };
  }

  /** Takes back a stored state, its times moved by `shiftMs` (see Queues.import). */
  restore(state: LedgerState, shiftMs = 0): void {
    const next = BigInt(state.next);
    if (next > this.#next) this.#next = next;
    for (const { deduplicationId, ...s } of state.seen) this.#seen.set(deduplicationId, { ...s, at: s.at + shiftMs });
    if (shiftMs && state.seen.length) this.#changed = true;
  }

  #prune(now: number): void {
    for (const [id, s] of this.#seen) if (now - s.at >= DEDUPLICATION_INTERVAL_MS) this.#seen.delete(id);
  }
}
