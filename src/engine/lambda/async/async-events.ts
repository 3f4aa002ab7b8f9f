// What the event queue announces to the UI: a queue changed, and each step of an event's life.
import type { ChainContext } from './chain';
import type { DestinationCondition } from './invocation-record';

export type AsyncEventKind = 'queued' | 'attempt' | 'retry-scheduled' | 'succeeded' | 'failed' | 'dropped';

/** Why another try was scheduled: only function errors use up MaximumRetryAttempts. */
export type RetryReason = 'function-error' | 'throttle' | 'system-error';

/** Why an event left the queue without success; the playground adds two for vanished functions. */
export type EndCondition = Exclude<DestinationCondition, 'Success'> | 'FunctionDeleted' | 'FunctionNotFound';

/** One step of one event: `failed` is RetriesExhausted; `dropped` is every other unsuccessful end. */
export interface AsyncEventNotice {
  type: 'async-event';
  functionName: string;
  kind: AsyncEventKind;
  requestId: string;
  /** Wall-clock epoch milliseconds. */
  time: number;
  /** Who sent the event, e.g. `Invoke` or `s3:ObjectCreated:Put on bucket photos`. */
  origin: string;
  /** Function runs of this event so far; for `attempt`, the number of the run that starts now. */
  attempt: number;
  chain: ChainContext;
  /** `retry-scheduled`: why, after how long on the async clock, and when (wall clock) it starts. */
  reason?: RetryReason;
  delayMs?: number;
  nextAttemptAt?: number;
  /** `failed` / `dropped`: the condition, as the destination record names it where AWS defines one. */
  condition?: EndCondition;
  /** The last error: a function error type and message, or the refusal (e.g. a throttle). */
  error?: string;
  /** `succeeded` / `failed` / `dropped`: the destination the invocation record is sent to, if any. */
  destination?: string;
}

export type AsyncEngineEvent = { type: 'async-queue-changed'; functionName: string } | AsyncEventNotice;
