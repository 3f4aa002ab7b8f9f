// DeleteMessage, ChangeMessageVisibility, their batch forms, and PurgeQueue (API reference). Only the
// latest receipt handle of a message acts on it: an older one "succeeds, but the message might not be
// deleted" on a standard queue, and has expired on a FIFO queue, as has the handle of a message whose
// visibility timeout ran out.
import { checkBatch, eachEntry } from './batch-entries';
import { MAX_VISIBILITY_SECONDS, queueArn, type StoredMessage } from './definitions';
import { invalidValue, missingParameter, purgeQueueInProgress, receiptHandleIsInvalid } from './errors';
import type { Queue } from './queue';
import type { Queues } from './queues';
import { readReceiptHandle } from './receipt-handles';

type Input = Record<string, unknown>;

/** The message a handle of this queue names (undefined when it is gone); ReceiptHandleIsInvalid for other text. */
function messageOf(queue: Queue, handle: unknown): StoredMessage | undefined {
  if (handle === undefined || handle === null) throw missingParameter('ReceiptHandle');
  const read = readReceiptHandle(handle);
  if (!read || read.queueArn !== queueArn(queue.name)) throw receiptHandleIsInvalid(handle);
  return queue.find(read.messageId);
}

export function deleteOne(queues: Queues, queue: Queue, handle: unknown): void {
  const m = messageOf(queue, handle);
  if (!m) return;
  const current = m.receiptHandle === handle;
  const now = queues.now();
  if (queue.def.fifo && (!current || now >= m.hiddenUntil)) {
    throw invalidValue(handle, 'ReceiptHandle', 'The receipt handle has expired.');
  }
  if (!current) return;
  queue.remove(new Set([m.messageId]));
  void queues.commit(queue, [], [m]);
}

export function deleteMessage(queues: Queues, input: Input) {
  deleteOne(queues, queues.byUrl(input.QueueUrl), input.ReceiptHandle);
  return {};
}

export function deleteMessageBatch(queues: Queues, input: Input) {
  const queue = queues.byUrl(input.QueueUrl);
  const entries = checkBatch(input.Entries, 'DeleteMessageBatchRequestEntry');
  return eachEntry(entries, (entry) => {
    deleteOne(queues, queue, entry.ReceiptHandle);
    return {};
  });
}

export function changeOne(queues: Queues, queue: Queue, handle: unknown, timeout: unknown): void {
  const m = messageOf(queue, handle);
  if (!m || m.receiptHandle !== handle) {
    throw invalidValue(handle, 'ReceiptHandle', 'Message does not exist or is not available for visibility timeout change.');
  }
  if (!Number.isInteger(timeout) || (timeout as number) < 0 || (timeout as number) > MAX_VISIBILITY_SECONDS) {
    throw invalidValue(timeout, 'VisibilityTimeout', `Must be between 0 and ${MAX_VISIBILITY_SECONDS}, if provided.`);
  }
  const now = queues.now();
  // A message that is visible again is no longer in flight: nothing to change.
  if (now >= m.hiddenUntil) return;
  const seconds = timeout as number;
  // "The visibility timeout for a message can't exceed 12 hours from when it was first received" in this receive.
  if ((now - (m.receivedAt ?? now)) / 1000 + seconds > MAX_VISIBILITY_SECONDS) {
    throw invalidValue(seconds, 'VisibilityTimeout', `Total VisibilityTimeout for the message is beyond the limit [${MAX_VISIBILITY_SECONDS} seconds]`);
  }
  m.hiddenUntil = now + seconds * 1000;
  void queues.commit(queue, [m]);
}

export function changeMessageVisibility(queues: Queues, input: Input) {
  changeOne(queues, queues.byUrl(input.QueueUrl), input.ReceiptHandle, input.VisibilityTimeout);
  return {};
}

export function changeMessageVisibilityBatch(queues: Queues, input: Input) {
  const queue = queues.byUrl(input.QueueUrl);
  const entries = checkBatch(input.Entries, 'ChangeMessageVisibilityBatchRequestEntry');
  return eachEntry(entries, (entry) => {
    changeOne(queues, queue, entry.ReceiptHandle, entry.VisibilityTimeout);
    return {};
  });
}

/** "Only one PurgeQueue operation is allowed every 60 seconds." */
export function purgeQueue(queues: Queues, input: Input) {
  const queue = queues.byUrl(input.QueueUrl);
  const now = queues.now();
  if (queue.lastPurge !== undefined && now - queue.lastPurge < 60_000) throw purgeQueueInProgress(queue.name);
  const purged = queue.purge(now);
  void queues.commit(queue, [], purged);
  if (!purged.length) queues.touch(queue.name);
  return {};
}
