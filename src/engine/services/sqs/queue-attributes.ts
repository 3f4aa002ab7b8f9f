// Queue attributes as CreateQueue, SetQueueAttributes and GetQueueAttributes exchange them: strings
// by name, checked against the API reference's ranges and names, turned into the queue's definition
// and back. Attributes the playground keeps without acting on (Policy, KMS, SSE) are echoed as given.
import { ATTRIBUTE_RANGES, QUEUE_DEFAULTS, queueArn, type QueueDef } from './definitions';
import { invalidAttributeName, invalidAttributeValue, invalidParameterValue } from './errors';
import { parseRedrivePolicy, redrivePolicyText } from './redrive-policy';

/** Every name of the API's QueueAttributeName enum. */
export const QUEUE_ATTRIBUTE_NAMES = [
  'All', 'ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesDelayed', 'ApproximateNumberOfMessagesNotVisible',
  'ContentBasedDeduplication', 'CreatedTimestamp', 'DeduplicationScope', 'DelaySeconds', 'FifoQueue', 'FifoThroughputLimit',
  'KmsDataKeyReusePeriodSeconds', 'KmsMasterKeyId', 'LastModifiedTimestamp', 'MaximumMessageSize', 'MessageRetentionPeriod',
  'Policy', 'QueueArn', 'ReceiveMessageWaitTimeSeconds', 'RedriveAllowPolicy', 'RedrivePolicy', 'SqsManagedSseEnabled', 'VisibilityTimeout',
] as const;

const READ_ONLY = new Set(['All', 'ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesDelayed', 'ApproximateNumberOfMessagesNotVisible', 'CreatedTimestamp', 'LastModifiedTimestamp', 'QueueArn']);
const FIFO_ONLY = new Set(['FifoThroughputLimit', 'DeduplicationScope']);
/** Kept and echoed, not simulated (queue policies, encryption, redrive-allow policies, high throughput). */
const ECHOED = new Set(['Policy', 'KmsMasterKeyId', 'KmsDataKeyReusePeriodSeconds', 'SqsManagedSseEnabled', 'RedriveAllowPolicy', 'DeduplicationScope', 'FifoThroughputLimit']);

const NUMERIC: Record<keyof typeof ATTRIBUTE_RANGES, keyof QueueDef> = {
  VisibilityTimeout: 'visibilityTimeout',
  DelaySeconds: 'delaySeconds',
  MessageRetentionPeriod: 'messageRetentionPeriod',
  MaximumMessageSize: 'maximumMessageSize',
  ReceiveMessageWaitTimeSeconds: 'receiveMessageWaitTimeSeconds',
};

const NAME = /^[A-Za-z0-9_-]{1,80}$/;

/** CreateQueue's name rules: "alphanumeric characters, hyphens (-), and underscores (_)", 80 at most with `.fifo`. */
export function checkQueueName(name: unknown, fifo: boolean): string {
  if (typeof name !== 'string' || name === '') throw invalidParameterValue('Value for parameter QueueName is invalid. Reason: Must specify a queue name.');
  const plain = name.endsWith('.fifo') ? `${name.slice(0, -5)}_fifo` : name;
  if (fifo && !name.endsWith('.fifo')) {
    throw invalidParameterValue('The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length');
  }
  if ((!fifo && name.endsWith('.fifo')) || !NAME.test(plain)) {
    throw invalidParameterValue('Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length');
  }
  return name;
}

/** A new queue's definition with the defaults. */
export function newQueueDef(name: string, fifo: boolean, now: number): QueueDef {
  return { name, ...(fifo ? { fifo: true, contentBasedDeduplication: false } : {}), ...QUEUE_DEFAULTS, createdTimestamp: now, lastModifiedTimestamp: now };
}

const text = (value: unknown) => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value === 'string' ? value : undefined);

/**
 * `def` with `attributes` applied, every one checked as SQS checks them: unknown or read-only names,
 * FIFO attributes on a standard queue, values out of range, a dead-letter queue missing or of the other type.
 */
export function applyAttributes(
  def: QueueDef,
  attributes: Record<string, unknown> | undefined,
  find: (arn: string) => QueueDef | undefined,
): QueueDef {
  const next: QueueDef = { ...def, ...(def.extraAttributes ? { extraAttributes: { ...def.extraAttributes } } : {}) };
  for (const [name, raw] of Object.entries(attributes ?? {})) {
    const value = text(raw);
    if (READ_ONLY.has(name) || !(QUEUE_ATTRIBUTE_NAMES as readonly string[]).includes(name)) throw invalidAttributeName(name);
    if (!def.fifo && (name === 'FifoQueue' || name === 'ContentBasedDeduplication')) throw invalidAttributeName(name);
    if (!def.fifo && FIFO_ONLY.has(name)) throw invalidAttributeName(name, `You can specify the ${name} only when FifoQueue is set to true.`);
    if (value === undefined) throw invalidAttributeValue(name);
    if (name in NUMERIC) {
      const [min, max] = ATTRIBUTE_RANGES[name as keyof typeof ATTRIBUTE_RANGES];
      const n = Number(value);
      if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) throw invalidAttributeValue(name);
      (next as unknown as Record<string, number>)[NUMERIC[name as keyof typeof NUMERIC]] = n;
    } else if (name === 'FifoQueue') {
      if (value.toLowerCase() !== 'true') throw invalidAttributeValue(name, 'Modifying queue type is not supported.');
    } else if (name === 'ContentBasedDeduplication') {
      if (!['true', 'false'].includes(value.toLowerCase())) throw invalidAttributeValue(name);
      next.contentBasedDeduplication = value.toLowerCase() === 'true';
    } else if (name === 'RedrivePolicy') {
      const policy = parseRedrivePolicy(value, Boolean(def.fifo), find);
      if (policy) next.redrivePolicy = policy;
      else delete next.redrivePolicy;
    } else if (ECHOED.has(name)) {
      next.extraAttributes = { ...next.extraAttributes, [name]: value };
    }
  }
  return next;
}

/** The queue's counts of messages, as GetQueueAttributes reports them. */
export interface MessageCounts {
  visible: number;
  inFlight: number;
  delayed: number;
}

/** Every attribute of a queue, as GetQueueAttributes answers `All`. */
export function describeQueue(def: QueueDef, counts: MessageCounts): Record<string, string> {
  const seconds = (ms: number) => String(Math.floor(ms / 1000));
  return {
    QueueArn: queueArn(def.name),
    ApproximateNumberOfMessages: String(counts.visible),
    ApproximateNumberOfMessagesNotVisible: String(counts.inFlight),
    ApproximateNumberOfMessagesDelayed: String(counts.delayed),
    CreatedTimestamp: seconds(def.createdTimestamp),
    LastModifiedTimestamp: seconds(def.lastModifiedTimestamp),
    VisibilityTimeout: String(def.visibilityTimeout),
    MaximumMessageSize: String(def.maximumMessageSize),
    MessageRetentionPeriod: String(def.messageRetentionPeriod),
    DelaySeconds: String(def.delaySeconds),
    ReceiveMessageWaitTimeSeconds: String(def.receiveMessageWaitTimeSeconds),
    ...(def.redrivePolicy ? { RedrivePolicy: redrivePolicyText(def.redrivePolicy) } : {}),
    SqsManagedSseEnabled: 'true',
    ...(def.fifo ? { FifoQueue: 'true', ContentBasedDeduplication: String(Boolean(def.contentBasedDeduplication)), DeduplicationScope: 'queue', FifoThroughputLimit: 'perQueue' } : {}),
    ...def.extraAttributes,
  };
}

/** GetQueueAttributes' answer for the names asked (none: no attributes; `All`: every one). */
export function selectQueueAttributes(all: Record<string, string>, names: unknown): Record<string, string> {
  const wanted = Array.isArray(names) ? names.map(String) : [];
  for (const name of wanted) if (!(QUEUE_ATTRIBUTE_NAMES as readonly string[]).includes(name)) throw invalidAttributeName(name);
  if (wanted.includes('All')) return all;
  return Object.fromEntries(wanted.filter((name) => name in all).map((name) => [name, all[name]!]));
}
