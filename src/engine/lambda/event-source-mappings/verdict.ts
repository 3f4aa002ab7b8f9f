// What a stream poller does after one invocation of a batch: advance past it, checkpoint part of it,
// bisect it, retry it (counting the retry or not), or give up on it — the rules of "Error handling"
// in "Using Lambda with DynamoDB" and of "Configuring partial batch response with DynamoDB and Lambda".
import { ServiceError } from '../../errors';
import { errorText, readItemFailures } from './batch';
import type { StreamSettings } from './configuration';
import { retryDelayMs } from './limits';
import type { ShardRecord } from './stream-source';
import type { EsmBatchOutcome, InvokeOutcome } from './types';

/** A batch the poller is working on, with what its invocations so far came to. */
export interface InFlightBatch {
  records: ShardRecord[];
  /** Runs of the function with these records (the on-failure record's approximateInvokeCount). */
  invocations: number;
  /** Counted retries: function errors and partial failures, never throttles or bisections. */
  retries: number;
  /** Throttles and errors before the function ran, since the last run (sets their backoff). */
  refusals: number;
  /** The last run's response, for the on-failure record. */
  response?: { statusCode: number; executedVersion: string; functionError: string | null };
  requestId?: string;
}

export interface Verdict {
  outcome: EsmBatchOutcome;
  /** Records that succeeded: the checkpoint moves past the last of them. */
  done: ShardRecord[];
  next: 'advance' | 'bisect' | 'retry' | 'discard';
  delayMs?: number;
  error?: string;
}

export const newBatch = (records: ShardRecord[]): InFlightBatch => ({ records, invocations: 0, retries: 0, refusals: 0 });

/** Judges one result and updates the batch (counters, and `records` to what is left to process). */
export function judge(batch: InFlightBatch, result: InvokeOutcome, settings: StreamSettings): Verdict {
  if (result.requestId) batch.requestId = result.requestId;
  const ran = result.ok || result.functionError !== undefined;
  if (!ran) {
    // "If Lambda throttles the function or returns an error without invoking the function, Lambda
    // retries until the records expire or exceed the maximum age": such retries are not counted.
    batch.refusals++;
    const throttled = result.throttled === true || result.statusCode === 429;
    return { outcome: throttled ? 'throttled' : 'system-error', done: [], next: 'retry', delayMs: retryDelayMs(batch.refusals), error: errorText(result) };
  }
  batch.invocations++;
  batch.refusals = 0;
  const executedVersion = result.executedVersion ?? '$LATEST';
  if (!result.ok) {
    batch.response = { statusCode: result.statusCode, executedVersion, functionError: result.functionError ?? 'Unhandled' };
    const error = errorText(result);
    // "the batch is bisected regardless of your ReportBatchItemFailures setting"; "Splitting a batch
    // does not count towards the retry quota."
    if (settings.bisectBatchOnFunctionError && batch.records.length > 1) return { outcome: 'function-error', done: [], next: 'bisect', error };
    return counted(batch, settings, 'function-error', [], error);
  }
  if (!settings.reportBatchItemFailures) return { outcome: 'ok', done: batch.records, next: 'advance' };
  const failures = readItemFailures(result.payload, batch.records);
  if (failures.kind === 'success') return { outcome: 'ok', done: batch.records, next: 'advance' };
  // A partial batch failure is a failed invocation without a function error (AWS reports `null`).
  batch.response = { statusCode: result.statusCode ?? 200, executedVersion, functionError: null };
  if (failures.kind === 'failure') return counted(batch, settings, 'partial-failure', [], `Partial batch response: ${failures.reason}; the whole batch is retried`);
  // "Lambda uses the record with the lowest sequence number as the checkpoint. Lambda then retries
  // all records starting from that checkpoint."
  const done = batch.records.slice(0, failures.index);
  batch.records = batch.records.slice(failures.index);
  return counted(batch, settings, 'partial-failure', done, `Partial batch response: records from ${batch.records[0]!.sequenceNumber} failed`);
}

/** A failure that uses up a retry: retry after a backoff, or give up once MaximumRetryAttempts is spent. */
function counted(batch: InFlightBatch, settings: StreamSettings, outcome: EsmBatchOutcome, done: ShardRecord[], error: string): Verdict {
  batch.retries++;
  const max = settings.maximumRetryAttempts;
  // -1: "failed records are retried until the record expires".
  if (max !== -1 && batch.retries > max) return { outcome, done, next: 'discard', error };
  return { outcome, done, next: 'retry', delayMs: retryDelayMs(batch.retries), error };
}

/** An invoke that rejected never reached the function: a throttle (429) or another service error. */
export function refusal(error: unknown): InvokeOutcome {
  const code = error instanceof ServiceError ? error.code : 'ServiceException';
  const statusCode = error instanceof ServiceError ? error.statusCode : 500;
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, statusCode, throttled: statusCode === 429, payload: JSON.stringify({ errorType: code, errorMessage: message }) };
}
