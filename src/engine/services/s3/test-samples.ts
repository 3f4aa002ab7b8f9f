// For tests only: the official S3 sample events and a deep copy without the fields not to compare.
import { readFileSync } from 'node:fs';
import type { S3Event, S3EventRecord } from './event-record';

const root = new URL('../../../../test-fixtures/events/', import.meta.url);

/** The first record of a sample event, e.g. `aws-sam-cli/S3Put.json`. */
export function sampleRecord(name: string): S3EventRecord {
  return (JSON.parse(readFileSync(new URL(name, root), 'utf8')) as S3Event).Records[0]!;
}

/** A deep copy of `value` without the dotted `paths`, e.g. `s3.object.sequencer`. */
export function omit<T>(value: T, paths: readonly string[]): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split('.');
    let node: Record<string, unknown> | undefined = copy;
    for (const key of keys.slice(0, -1)) node = node?.[key] as Record<string, unknown> | undefined;
    if (node) delete node[keys[keys.length - 1]!];
  }
  return copy as T;
}

/** The fields that differ on every event; their formats are checked separately. */
export const VOLATILE = [
  'eventVersion',
  'eventTime',
  'responseElements.x-amz-request-id',
  'responseElements.x-amz-id-2',
  's3.object.sequencer',
  's3.bucket.ownerIdentity.principalId',
] as const;
