// What an SQS queue is in a project (the project document's `queues`: name, type and settings) and
// what a message is at runtime (kept apart from the project), with the queue's URL and ARN.
import { ACCOUNT_ID, REGION } from '../../ids';

/** A queue's dead-letter queue and how many receives a message gets before it moves there. */
export interface RedrivePolicy {
  deadLetterTargetArn: string;
  /** 1–1000. */
  maxReceiveCount: number;
}

/** One queue of the project, its attributes as numbers (CreateQueue's Attributes are strings). */
export interface QueueDef {
  name: string;
  /** A FIFO queue: the name ends in `.fifo`; fixed at creation. */
  fifo?: boolean;
  /** Seconds, 0–43200 (default 30). */
  visibilityTimeout: number;
  /** Seconds, 0–900 (default 0). */
  delaySeconds: number;
  /** Seconds, 60–1209600 (default 345600, 4 days). */
  messageRetentionPeriod: number;
  /** Bytes, 1024–1048576 (default 1048576). */
  maximumMessageSize: number;
  /** Seconds a ReceiveMessage waits for messages unless it says otherwise, 0–20 (default 0). */
  receiveMessageWaitTimeSeconds: number;
  /** FIFO only: a SHA-256 of the body stands in for a missing MessageDeduplicationId. */
  contentBasedDeduplication?: boolean;
  redrivePolicy?: RedrivePolicy;
  /** Epoch milliseconds. */
  createdTimestamp: number;
  lastModifiedTimestamp: number;
  /** Attributes kept as given and echoed, not simulated: Policy, KmsMasterKeyId, SqsManagedSseEnabled, … */
  extraAttributes?: Record<string, string>;
}

/** A message attribute as SendMessage takes it and ReceiveMessage returns it. */
export interface MessageAttributeValue {
  DataType: string;
  StringValue?: string;
  BinaryValue?: Uint8Array;
}

/** One message with everything SQS keeps about it (plain, structured-clonable data). */
export interface StoredMessage {
  messageId: string;
  body: string;
  md5OfBody: string;
  messageAttributes?: Record<string, MessageAttributeValue>;
  md5OfMessageAttributes?: string;
  senderId: string;
  /** Epoch ms the message was sent (SentTimestamp). */
  sentTimestamp: number;
  /** Epoch ms retention counts from: the send, kept on a move to a standard DLQ, reset for a FIFO one. */
  enqueuedAt: number;
  /** Epoch ms until which the message is delayed (never received) or in flight (received). */
  hiddenUntil: number;
  /** Received and not deleted; in flight while `hiddenUntil` is ahead. */
  received: boolean;
  receiveCount: number;
  firstReceiveTimestamp?: number;
  /** Epoch ms of the latest receive: the 12-hour visibility limit counts from it. */
  receivedAt?: number;
  /** Only the latest receipt handle deletes the message. */
  receiptHandle?: string;
  groupId?: string;
  deduplicationId?: string;
  /** FIFO: 20 digits, increasing along the queue. */
  sequenceNumber?: string;
  /** Set when the message was moved here by a redrive policy. */
  deadLetterQueueSourceArn?: string;
  /** The AWSTraceHeader system attribute the sender set (the X-Ray trace the message continues). */
  traceHeader?: string;
  /** Arrival order in this queue. */
  seq: number;
  /** Recursion detection: the chain of the invocation that sent it (AWS carries it in the trace header). */
  chain?: unknown;
}

/** CreateQueue's defaults (API reference, CreateQueue; 1 MiB message size since August 2025). */
export const QUEUE_DEFAULTS = {
  visibilityTimeout: 30,
  delaySeconds: 0,
  messageRetentionPeriod: 345_600,
  maximumMessageSize: 1_048_576,
  receiveMessageWaitTimeSeconds: 0,
} as const;

/** The valid ranges of the numeric attributes (API reference, CreateQueue and SetQueueAttributes). */
export const ATTRIBUTE_RANGES = {
  VisibilityTimeout: [0, 43_200],
  DelaySeconds: [0, 900],
  MessageRetentionPeriod: [60, 1_209_600],
  MaximumMessageSize: [1024, 1_048_576],
  ReceiveMessageWaitTimeSeconds: [0, 20],
} as const;

/** "The total visibility timeout of a message is 12 hours" (Amazon SQS visibility timeout). */
export const MAX_VISIBILITY_SECONDS = 43_200;

/** FIFO: "If a message with a particular message deduplication ID is sent successfully, any messages sent with the same ID are accepted but not delivered during the 5-minute deduplication interval." */
export const DEDUPLICATION_INTERVAL_MS = 5 * 60 * 1000;

export const queueArn = (name: string) => `arn:aws:sqs:${REGION}:${ACCOUNT_ID}:${name}`;
export const queueUrl = (name: string) => `https://sqs.${REGION}.amazonaws.com/${ACCOUNT_ID}/${name}`;

/** The queue name an ARN of this account and region names, or undefined. */
export function queueNameOfArn(arn: unknown): string | undefined {
  if (typeof arn !== 'string') return undefined;
  const match = /^arn:aws:sqs:([^:]+):(\d{12}):([^:/]+)$/.exec(arn);
  return match && match[1] === REGION && match[2] === ACCOUNT_ID ? match[3] : undefined;
}

/**
 * The queue name a QueueUrl names, in any shape the SDKs use: `https://sqs.us-east-1.amazonaws.com/…`,
 * the legacy `https://queue.amazonaws.com/…` and `https://us-east-1.queue.amazonaws.com/…`, with or
 * without the scheme. Undefined for another account or region, or for text that is no queue URL.
 */
export function queueNameOfUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const match = /^(?:https?:\/\/)?([^/]+)\/(\d{12})\/([^/?#]+)\/?$/.exec(url.trim());
  if (!match) return undefined;
  const [, host = '', account, name] = match;
  const region = /^sqs\.([a-z0-9-]+)\./.exec(host)?.[1] ?? /^([a-z0-9-]+)\.queue\./.exec(host)?.[1] ?? (host.startsWith('queue.') ? 'us-east-1' : REGION);
  return account === ACCOUNT_ID && region === REGION ? name : undefined;
}
