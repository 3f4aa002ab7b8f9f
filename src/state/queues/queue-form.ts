// The queue forms as SQS input: Create queue (standard or FIFO), the settings (SetQueueAttributes,
// dead-letter queue included), Send message (body, attributes, FIFO group), and a trigger's
// CreateEventSourceMapping input.
import type { CreateEventSourceMappingInput } from '../../engine/lambda/event-source-mappings/types';
import { queueArn, type QueueDef } from '../../engine/services/sqs/definitions';
import { t } from '../../i18n/i18n.svelte';

export interface QueueForm {
  name: string;
  fifo: boolean;
  contentBasedDeduplication: boolean;
}

export const emptyQueueForm = (): QueueForm => ({ name: '', fifo: false, contentBasedDeduplication: false });

/** The name the queue gets: "The name of a FIFO queue must end with the .fifo suffix", added if missing. */
export function queueNameOf(form: QueueForm): string {
  const name = form.name.trim();
  return form.fifo && !name.endsWith('.fifo') && name !== '' ? `${name}.fifo` : name;
}

export function createQueueInput(form: QueueForm): Record<string, unknown> {
  return {
    QueueName: queueNameOf(form),
    ...(form.fifo ? { Attributes: { FifoQueue: 'true', ContentBasedDeduplication: String(form.contentBasedDeduplication) } } : {}),
  };
}

export interface SettingsForm {
  visibilityTimeout: number;
  delaySeconds: number;
  messageRetentionPeriod: number;
  maximumMessageSize: number;
  receiveMessageWaitTimeSeconds: number;
  /** The dead-letter queue's name, or '' for none. */
  deadLetterQueue: string;
  maxReceiveCount: number;
  contentBasedDeduplication: boolean;
}

export function settingsFormOf(def: QueueDef): SettingsForm {
  return {
    visibilityTimeout: def.visibilityTimeout,
    delaySeconds: def.delaySeconds,
    messageRetentionPeriod: def.messageRetentionPeriod,
    maximumMessageSize: def.maximumMessageSize,
    receiveMessageWaitTimeSeconds: def.receiveMessageWaitTimeSeconds,
    deadLetterQueue: def.redrivePolicy?.deadLetterTargetArn.split(':').pop() ?? '',
    maxReceiveCount: def.redrivePolicy?.maxReceiveCount ?? 3,
    contentBasedDeduplication: Boolean(def.contentBasedDeduplication),
  };
}

/** SetQueueAttributes' Attributes for the form: values as strings, RedrivePolicy as JSON text ('' removes it). */
export function setAttributesInput(def: QueueDef, form: SettingsForm): Record<string, string> {
  return {
    VisibilityTimeout: String(form.visibilityTimeout),
    DelaySeconds: String(form.delaySeconds),
    MessageRetentionPeriod: String(form.messageRetentionPeriod),
    MaximumMessageSize: String(form.maximumMessageSize),
    ReceiveMessageWaitTimeSeconds: String(form.receiveMessageWaitTimeSeconds),
    RedrivePolicy: form.deadLetterQueue ? JSON.stringify({ deadLetterTargetArn: queueArn(form.deadLetterQueue), maxReceiveCount: form.maxReceiveCount }) : '',
    ...(def.fifo ? { ContentBasedDeduplication: String(form.contentBasedDeduplication) } : {}),
  };
}

export interface AttributeRow {
  name: string;
  type: 'String' | 'Number' | 'Binary';
  value: string;
}

export interface SendForm {
  body: string;
  /** FIFO: required. */
  groupId: string;
  /** FIFO: needed unless the queue has content-based deduplication. */
  deduplicationId: string;
  /** Standard queues only; null for the queue's own delay (a number field binds a number, and null when emptied). */
  delaySeconds: number | null;
  attributes: AttributeRow[];
}

export const emptySendForm = (): SendForm => ({ body: '', groupId: '', deduplicationId: '', delaySeconds: null, attributes: [] });

/** SendMessage input for the form, or what is wrong with it before SQS is asked (a Binary value must be base64). */
export function sendMessageInput(queueUrl: string, fifo: boolean, form: SendForm): { input: Record<string, unknown> } | { error: string } {
  const attributes: Record<string, Record<string, unknown>> = {};
  for (const row of form.attributes) {
    const name = row.name.trim();
    if (!name) continue;
    if (row.type !== 'Binary') {
      attributes[name] = { DataType: row.type, StringValue: row.value };
      continue;
    }
    try {
      attributes[name] = { DataType: 'Binary', BinaryValue: Uint8Array.from(atob(row.value.trim()), (c) => c.charCodeAt(0)) };
    } catch {
      return { error: t('queues.binaryNotBase64', name) };
    }
  }
  return {
    input: {
      QueueUrl: queueUrl,
      MessageBody: form.body,
      ...(Object.keys(attributes).length ? { MessageAttributes: attributes } : {}),
      ...(fifo && form.groupId.trim() ? { MessageGroupId: form.groupId.trim() } : {}),
      ...(fifo && form.deduplicationId.trim() ? { MessageDeduplicationId: form.deduplicationId.trim() } : {}),
      ...(!fifo && typeof form.delaySeconds === 'number' ? { DelaySeconds: form.delaySeconds } : {}),
    },
  };
}

export interface TriggerForm {
  functionName: string;
  qualifier: string;
  batchSize: number;
  windowSeconds: number;
  reportFailures: boolean;
  /** 0 for no limit (ScalingConfig left out). */
  maximumConcurrency: number;
}

export const emptyTriggerForm = (): TriggerForm => ({ functionName: '', qualifier: '', batchSize: 10, windowSeconds: 0, reportFailures: true, maximumConcurrency: 0 });

export function queueTriggerInput(form: TriggerForm, queueName: string): CreateEventSourceMappingInput {
  return {
    FunctionName: form.qualifier ? `${form.functionName}:${form.qualifier}` : form.functionName,
    EventSourceArn: queueArn(queueName),
    BatchSize: form.batchSize,
    MaximumBatchingWindowInSeconds: form.windowSeconds,
    FunctionResponseTypes: form.reportFailures ? ['ReportBatchItemFailures'] : [],
    ...(form.maximumConcurrency ? { ScalingConfig: { MaximumConcurrency: form.maximumConcurrency } } : {}),
  };
}

/** Lambda's refusal when the function's role cannot poll the queue ("… does not have permissions to call ReceiveMessage on SQS"). */
export const isQueueRoleProblem = (error: string) => /execution role does not have permissions to call \w+ on SQS/.test(error);
