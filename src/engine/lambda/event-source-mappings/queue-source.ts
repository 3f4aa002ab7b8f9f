// The port a poll-based queue source implements (Amazon SQS): messages received in batches of up to
// 10, hidden for the queue's visibility timeout while a function works on them, then deleted by
// receipt handle, or left to become visible again (and to move to a dead-letter queue in the end).

/** One received message; `data` is the record exactly as the Lambda event's `Records[]` entry carries it. */
export interface QueueMessage {
  messageId: string;
  receiptHandle: string;
  /** Epoch ms the message was sent (the age of the oldest message is measured from it). */
  sentTimestamp: number;
  data: Record<string, unknown>;
  /** Recursion detection: the chain of the invocation that sent the message, if one did. */
  chain?: unknown;
}

/** A queue a mapping reads (e.g. arn:aws:sqs:us-east-1:123456789012:jobs). */
export interface QueueSource {
  readonly arn: string;
  /** FIFO queues: batches of at most 10, no batching window, groups kept in order. */
  readonly fifo: boolean;
  /** Receives up to `max` messages (1–10) now, hidden for the queue's visibility timeout; never waits. */
  receive(max: number): QueueMessage[];
  /** Deletes received messages; a handle that no longer acts (the message moved on) is ignored. */
  delete(receiptHandles: readonly string[]): void;
  /** Makes a received message visible again after `seconds` (0: at once). */
  changeVisibility(receiptHandle: string, seconds: number): void;
  /** Calls `listener` whenever messages may have become receivable; returns an unsubscribe. */
  onMessage(listener: () => void): () => void;
}
