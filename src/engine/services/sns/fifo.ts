// What a FIFO topic remembers while the project is open: its sequence numbers, and the messages it
// has seen in the last five minutes, by deduplication id (SNS developer guide, "Message deduplication
// for FIFO topics": a duplicate within the interval is accepted but not delivered).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** The deduplication interval. */
export const DEDUPLICATION_MS = 5 * 60 * 1000;

/** What Publish answered for a message, to answer the same for its duplicates. */
export interface Sent {
  messageId: string;
  sequenceNumber: string;
}

export class FifoState {
  /** SNS's sequence numbers are 20-digit strings that only grow within a topic. */
  #next = 10n ** 19n;
  readonly #seen = new Map<string, Sent & { at: number }>();

  nextSequenceNumber(): string {
    const value = this.#next;
    this.#next += 1n;
    return value.toString();
  }

  /** The message already sent with this deduplication id within the interval, if any. */
  duplicate(deduplicationId: string, now: number): Sent | undefined {
    for (const [id, sent] of this.#seen) if (now - sent.at >= DEDUPLICATION_MS) this.#seen.delete(id);
    return this.#seen.get(deduplicationId);
  }

  remember(deduplicationId: string, sent: Sent, now: number): void {
    this.#seen.set(deduplicationId, { ...sent, at: now });
  }
}

/** The deduplication id ContentBasedDeduplication derives: a SHA-256 hash of the message body. */
export function contentDeduplicationId(message: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(message)));
}
