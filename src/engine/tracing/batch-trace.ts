// What a poller's batch says about its trace: the header its first record carried (an SQS message's
// AWSTraceHeader, the trace of the write behind a stream record) and when its records began to wait.
import type { QueueMessage } from '../lambda/event-source-mappings/queue-source';
import type { ShardRecord } from '../lambda/event-source-mappings/stream-source';

/** The trace a batch invocation continues, and its queue wait. */
export interface BatchTrace {
  trace?: string;
  /** Epoch ms the oldest record of the batch arrived. */
  since: number;
  /** The entry label when the batch starts a trace of its own (`SQS queue jobs`). */
  origin: string;
}

const nameOfArn = (arn: unknown, pattern: RegExp): string => (typeof arn === 'string' ? (pattern.exec(arn)?.[1] ?? arn) : '');

/** A batch of SQS messages: the first message's AWSTraceHeader (Lambda continues the first message's trace). */
export function queueBatchTrace(messages: readonly QueueMessage[]): BatchTrace | undefined {
  const first = messages[0];
  if (!first) return undefined;
  let since = first.sentTimestamp;
  for (const m of messages) if (m.sentTimestamp < since) since = m.sentTimestamp;
  const header = (first.data.attributes as Record<string, unknown> | undefined)?.AWSTraceHeader;
  return { since, origin: `SQS queue ${nameOfArn(first.data.eventSourceARN, /:([^:]+)$/)}`, ...(typeof header === 'string' ? { trace: header } : {}) };
}

/** A batch of stream records: the trace of the write that made the first record. */
export function streamBatchTrace(records: readonly ShardRecord[]): BatchTrace | undefined {
  const first = records[0];
  if (!first) return undefined;
  return {
    since: first.arrivalTime,
    origin: `DynamoDB stream of table ${nameOfArn(first.data.eventSourceARN, /:table\/([^/]+)/)}`,
    ...(first.trace !== undefined ? { trace: first.trace } : {}),
  };
}
