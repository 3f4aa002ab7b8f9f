// Batches of shard records: how many go into one invocation, the event the function receives, how a
// failed batch is bisected, and how a partial batch response is read.
import { BATCH_PAYLOAD_LIMIT } from './limits';
import type { ShardRecord } from './stream-source';
import type { InvokeOutcome } from './types';

/**
 * The records one invocation takes: at most `batchSize`, and no more than fit in the 6 MB payload
 * ("the batch reaches the payload limit of 6 MB"); always at least one.
 */
export function takeBatch(records: ShardRecord[], batchSize: number): ShardRecord[] {
  const batch: ShardRecord[] = [];
  let bytes = '{"Records":[]}'.length;
  for (const record of records.slice(0, batchSize)) {
    const size = JSON.stringify(record.data).length + 1;
    if (batch.length && bytes + size > BATCH_PAYLOAD_LIMIT) break;
    batch.push(record);
    bytes += size;
  }
  return batch;
}

/** The event: `{ "Records": [...] }` with each record as the stream delivers it (with-ddb, example event). */
export const batchPayload = (records: ShardRecord[]) => JSON.stringify({ Records: records.map((r) => r.data) });

/** MaximumRecordAgeInSeconds (-1: no limit): "Discard records older than the specified age". Oldest come first. */
export function splitExpired(records: ShardRecord[], now: number, maxAgeSeconds: number): [ShardRecord[], ShardRecord[]] {
  if (maxAgeSeconds === -1) return [[], records];
  const fresh = records.findIndex((r) => now - r.arrivalTime <= maxAgeSeconds * 1000);
  const cut = fresh < 0 ? records.length : fresh;
  return [records.slice(0, cut), records.slice(cut)];
}

/** The records of a batch the stream still keeps (`kept`: what it has from the checkpoint on). */
export function stillKept(records: ShardRecord[], kept: ShardRecord[]): ShardRecord[] {
  const numbers = new Set(kept.map((r) => r.sequenceNumber));
  return records.filter((r) => numbers.has(r.sequenceNumber));
}

/** "BisectBatchOnFunctionError: If the function returns an error, split the batch in two and retry." */
export function halves(records: ShardRecord[]): [ShardRecord[], ShardRecord[]] {
  const middle = Math.ceil(records.length / 2);
  return [records.slice(0, middle), records.slice(middle)];
}

export type ItemFailures = { kind: 'success' } | { kind: 'partial'; index: number } | { kind: 'failure'; reason: string };

/** The identifiers a partial batch response names as failed, all of them among `ids`. */
export type FailedIds = { kind: 'success' } | { kind: 'partial'; failed: Set<string> } | { kind: 'failure'; reason: string };

/**
 * Reads a partial batch response ("Configuring partial batch response", for streams and for SQS alike):
 * an empty or null `batchItemFailures` list, or an empty or null response, is complete success; an
 * `itemIdentifier` that is empty, null, missing or not one of `ids` makes the whole batch a failure.
 */
export function readFailedIds(payload: string, ids: readonly string[]): FailedIds {
  let response: unknown;
  try {
    response = JSON.parse(payload);
  } catch {
    return { kind: 'success' };
  }
  if (response === null || typeof response !== 'object' || Array.isArray(response)) return { kind: 'success' };
  const failures = (response as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === undefined || failures === null) return { kind: 'success' };
  if (!Array.isArray(failures)) return { kind: 'failure', reason: 'batchItemFailures is not a list' };
  if (!failures.length) return { kind: 'success' };
  const failed = new Set<string>();
  for (const failure of failures) {
    const id = failure !== null && typeof failure === 'object' ? (failure as { itemIdentifier?: unknown }).itemIdentifier : undefined;
    if (typeof id !== 'string' || !id || !ids.includes(id)) return { kind: 'failure', reason: `invalid itemIdentifier ${JSON.stringify(id ?? null)} in batchItemFailures` };
    failed.add(id);
  }
  return { kind: 'partial', failed };
}

/** For a stream: "Lambda uses the record with the lowest sequence number as the checkpoint". */
export function readItemFailures(payload: string, batch: ShardRecord[]): ItemFailures {
  const result = readFailedIds(payload, batch.map((r) => r.sequenceNumber));
  if (result.kind !== 'partial') return result;
  return { kind: 'partial', index: batch.findIndex((r) => result.failed.has(r.sequenceNumber)) };
}

/** A failed invocation as the UI shows it: the function's error type and message, else the status. */
export function errorText(outcome: Extract<InvokeOutcome, { ok: false }>): string {
  let error: { errorType?: unknown; errorMessage?: unknown; message?: unknown } = {};
  try {
    error = (JSON.parse(outcome.payload ?? '') as typeof error) ?? {};
  } catch {
    // Not JSON: the status tells what happened.
  }
  if (typeof error.errorType === 'string') return `${error.errorType}: ${String(error.errorMessage ?? '')}`;
  const message = typeof error.message === 'string' ? error.message : undefined;
  if (outcome.throttled || outcome.statusCode === 429) return `TooManyRequestsException: ${message ?? 'Rate Exceeded.'}`;
  if (message) return message;
  return outcome.functionError ? `${outcome.functionError} error (status ${outcome.statusCode})` : `Invoke failed with status ${outcome.statusCode}`;
}
