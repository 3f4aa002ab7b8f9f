// A received message as SQS describes it: its system attributes (API reference, Message: SenderId,
// SentTimestamp, ApproximateReceiveCount, ApproximateFirstReceiveTimestamp and, for FIFO queues,
// SequenceNumber, MessageGroupId, MessageDeduplicationId) and the record a Lambda event carries
// ("Using Lambda with Amazon SQS", example events; checked against AWS's published samples).
import { REGION } from '../../ids';
import { queueArn, type StoredMessage } from './definitions';
import { eventAttributes } from './message-attributes';

export const SYSTEM_ATTRIBUTE_NAMES = [
  'All', 'SenderId', 'SentTimestamp', 'ApproximateReceiveCount', 'ApproximateFirstReceiveTimestamp', 'SequenceNumber',
  'MessageDeduplicationId', 'MessageGroupId', 'AWSTraceHeader', 'DeadLetterQueueSourceArn',
] as const;

/** Every system attribute of a received message, in the order AWS's FIFO example event lists them. */
export function systemAttributes(m: StoredMessage): Record<string, string> {
  return {
    ApproximateReceiveCount: String(m.receiveCount),
    ...(m.traceHeader !== undefined ? { AWSTraceHeader: m.traceHeader } : {}),
    SentTimestamp: String(m.sentTimestamp),
    ...(m.sequenceNumber !== undefined ? { SequenceNumber: m.sequenceNumber } : {}),
    ...(m.groupId !== undefined ? { MessageGroupId: m.groupId } : {}),
    SenderId: m.senderId,
    ...(m.deduplicationId !== undefined ? { MessageDeduplicationId: m.deduplicationId } : {}),
    ApproximateFirstReceiveTimestamp: String(m.firstReceiveTimestamp ?? m.receivedAt ?? 0),
    ...(m.deadLetterQueueSourceArn !== undefined ? { DeadLetterQueueSourceArn: m.deadLetterQueueSourceArn } : {}),
  };
}

/** The system attributes a receive asked for (`All`, or by name); undefined when it asked for none. */
export function selectSystemAttributes(m: StoredMessage, names: readonly string[]): Record<string, string> | undefined {
  if (names.length === 0) return undefined;
  const all = systemAttributes(m);
  if (names.includes('All')) return all;
  const picked = Object.entries(all).filter(([name]) => names.includes(name));
  return picked.length ? Object.fromEntries(picked) : undefined;
}

/** One entry of a Lambda event's `Records`, field for field as Lambda delivers an SQS message. */
export function lambdaRecord(m: StoredMessage, queueName: string): Record<string, unknown> {
  return {
    messageId: m.messageId,
    receiptHandle: m.receiptHandle ?? '',
    body: m.body,
    attributes: systemAttributes(m),
    messageAttributes: eventAttributes(m.messageAttributes),
    md5OfBody: m.md5OfBody,
    ...(m.md5OfMessageAttributes ? { md5OfMessageAttributes: m.md5OfMessageAttributes } : {}),
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn(queueName),
    awsRegion: REGION,
  };
}
