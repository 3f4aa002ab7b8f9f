// A queue's stored messages brought back onto this page's playground clock. Message times are
// playground-clock times, and that clock starts again at real time on every load: a queue saved
// while the clock ran ahead (×60, a jump to the next timer) or stood paused would otherwise come back
// with its visibility timeouts, delays and deduplication window hours off. Moving every time by the
// same amount keeps what a person saw: each message's age and the time left on each timeout, less
// the real time the page was closed.
import type { StoredMessage } from './definitions';
import type { StoredQueue } from './message-store';

/** Differences below this are the clock's own jitter between a write and its stamp, not a jump. */
const SHIFT_THRESHOLD_MS = 1000;

/** How far to move the stored times: where the clock is now, less where it would be had it run on at real speed. */
export function restoreShift(saved: StoredQueue['saved'], now: number): number {
  if (!saved) return 0;
  const shift = now - (saved.at + Math.max(0, saved.elapsedMs));
  return Math.abs(shift) < SHIFT_THRESHOLD_MS ? 0 : shift;
}

/** Moves every time a message carries by `shiftMs`. */
export function shiftMessage(m: StoredMessage, shiftMs: number): void {
  m.sentTimestamp += shiftMs;
  m.enqueuedAt += shiftMs;
  m.hiddenUntil += shiftMs;
  if (m.firstReceiveTimestamp !== undefined) m.firstReceiveTimestamp += shiftMs;
  if (m.receivedAt !== undefined) m.receivedAt += shiftMs;
}

/** The highest FIFO sequence number among the messages, so new ones never repeat one. */
export function lastSequenceNumber(messages: readonly StoredMessage[]): string | undefined {
  let last: bigint | undefined;
  for (const m of messages) if (m.sequenceNumber !== undefined && (last === undefined || BigInt(m.sequenceNumber) > last)) last = BigInt(m.sequenceNumber);
  return last === undefined ? undefined : String(last);
}
