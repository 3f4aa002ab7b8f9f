// The invocation record a stream mapping sends to its on-failure destination when it gives up on a
// batch, field for field as in the developer guide's example (services-dynamodb-errors).
import type { ShardRecord } from './stream-source';
import type { DiscardCondition } from './types';

export interface StreamFailureRecord {
  requestContext: {
    requestId: string;
    /** The mapping's function ARN as configured (unqualified in AWS's example). */
    functionArn: string;
    condition: DiscardCondition;
    approximateInvokeCount: number;
  };
  /**
   * The last invocation's response. AWS sends none for RecordAgeExceeded, and `functionError: null`
   * when the function returned a partial batch failure (both recorded by LocalStack against AWS).
   */
  responseContext?: { statusCode: number; executedVersion: string; functionError: string | null };
  version: '1.0';
  /** ISO 8601 with milliseconds, e.g. `2019-11-14T00:13:49.717Z`. */
  timestamp: string;
  DDBStreamBatchInfo: {
    shardId: string;
    startSequenceNumber: string;
    endSequenceNumber: string;
    /** ISO 8601 in whole seconds for DynamoDB, e.g. `2019-11-14T00:13:19Z`. */
    approximateArrivalOfFirstRecord: string;
    approximateArrivalOfLastRecord: string;
    batchSize: number;
    streamArn: string;
  };
}

export interface FailureRecordInput {
  time: number;
  requestId: string;
  functionArn: string;
  condition: DiscardCondition;
  approximateInvokeCount: number;
  response?: { statusCode: number; executedVersion: string; functionError: string | null };
  shardId: string;
  streamArn: string;
  /** The discarded records, in order (at least one). */
  records: ShardRecord[];
}

/**
 * The invocations the record reports: those of the batch, but at least one for records that aged
 * out before any (LocalStack recorded `approximateInvokeCount: 1` from AWS for such a record).
 */
export const approximateInvokeCount = (condition: DiscardCondition, invocations: number) =>
  condition === 'RecordAgeExceeded' ? Math.max(1, invocations) : invocations;

const inSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function streamFailureRecord(input: FailureRecordInput): StreamFailureRecord {
  const first = input.records[0]!;
  const last = input.records[input.records.length - 1]!;
  return {
    requestContext: {
      requestId: input.requestId,
      functionArn: input.functionArn,
      condition: input.condition,
      approximateInvokeCount: input.approximateInvokeCount,
    },
    ...(input.condition === 'RecordAgeExceeded' || !input.response ? {} : { responseContext: { ...input.response } }),
    version: '1.0',
    timestamp: new Date(input.time).toISOString(),
    DDBStreamBatchInfo: {
      shardId: input.shardId,
      startSequenceNumber: first.sequenceNumber,
      endSequenceNumber: last.sequenceNumber,
      approximateArrivalOfFirstRecord: inSeconds(first.arrivalTime),
      approximateArrivalOfLastRecord: inSeconds(last.arrivalTime),
      batchSize: input.records.length,
      streamArn: input.streamArn,
    },
  };
}
