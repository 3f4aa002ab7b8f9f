// For tests only: the official S3 sample events and a deep copy without the fields not to compare.
import { readFileSync } from 'node:fs';
import type { S3Event, S3EventRecord } from './event-record';

/** A deep copy without the dotted paths (shared with the API Gateway samples). */
export { omit } from '../apigateway/test-samples';

const root = new URL('../../../../test-fixtures/events/', import.meta.url);

/** The first record of a sample event, e.g. `aws-sam-cli/S3Put.json`. */
export function sampleRecord(name: string): S3EventRecord {
  return (JSON.parse(readFileSync(new URL(name, root), 'utf8')) as S3Event).Records[0]!;
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
