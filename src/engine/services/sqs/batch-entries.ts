// What every SQS batch operation checks before it looks at an entry (API reference, SendMessageBatch,
// DeleteMessageBatch, ChangeMessageVisibilityBatch): at least one entry, at most 10, each Id made of
// alphanumerics, hyphens and underscores (80 at most), no Id twice; then each entry succeeds or fails alone.
import { batchEntryIdsNotDistinct, emptyBatchRequest, failedEntry, invalidBatchEntryId, tooManyEntriesInBatchRequest, type BatchResultErrorEntry } from './errors';

type Entry = Record<string, unknown> & { Id: string };

const ID = /^[A-Za-z0-9_-]{1,80}$/;

/** The entries, checked as a whole; `entryShape` names them in EmptyBatchRequest's message. */
export function checkBatch(entries: unknown, entryShape: string): Entry[] {
  if (!Array.isArray(entries) || entries.length === 0) throw emptyBatchRequest(entryShape);
  if (entries.length > 10) throw tooManyEntriesInBatchRequest(entries.length);
  const seen = new Set<string>();
  for (const entry of entries as Array<Record<string, unknown> | null>) {
    const id = entry?.Id;
    if (typeof id !== 'string' || !ID.test(id)) throw invalidBatchEntryId();
    if (seen.has(id)) throw batchEntryIdsNotDistinct(id);
    seen.add(id);
  }
  return entries as Entry[];
}

/** Runs `each` per entry: what it returns joins `Successful` (with the entry's Id), what it throws joins `Failed`. */
export async function eachEntry<T extends object>(
  entries: Entry[],
  each: (entry: Entry) => T | Promise<T>,
): Promise<{ Successful: Array<T & { Id: string }>; Failed: BatchResultErrorEntry[] }> {
  const Successful: Array<T & { Id: string }> = [];
  const Failed: BatchResultErrorEntry[] = [];
  for (const entry of entries) {
    try {
      // Awaited only when asynchronous: a batch of synchronous entries is applied as one step, so
      // nothing (a poller, a long poll) sees half of it.
      const result = each(entry);
      Successful.push({ Id: entry.Id, ...(result instanceof Promise ? await result : result) });
    } catch (error) {
      Failed.push(failedEntry(entry.Id, error));
    }
  }
  return { Successful, Failed };
}
