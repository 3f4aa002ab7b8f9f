// SQS's slice of the project document: the queues (type, settings, dead-letter queue). Messages are
// runtime data and stay out of it. Restored before the event source mappings that read the queues.
import type { Engine } from '../../engine/engine';
import { QUEUE_DEFAULTS, type QueueDef } from '../../engine/services/sqs/definitions';
import type { ServiceSlice } from '../projects/service-slice';
import { t } from '../../i18n/i18n.svelte';

export const queueSlice: ServiceSlice = {
  key: 'queues',
  read: (engine) => engine.sqs.listQueueDefs(),
  restore: (engine, queue) => engine.sqs.importQueue(asQueueDef(queue)),
  describe: (queue) => t('queues.describe', (queue as Partial<QueueDef> | undefined)?.name ?? t('queues.unnamed')),
  changedBy: ['queues-changed'],
};

/**
 * A queue in SQS's own shape. A SAM import or a hand-written document may leave out what SQS fills in
 * itself: the defaults of CreateQueue, FIFO-ness from a `.fifo` name, and the timestamps.
 */
export function asQueueDef(value: unknown, now = Date.now()): QueueDef {
  const queue = (value ?? {}) as Partial<QueueDef>;
  if (typeof queue.name !== 'string' || queue.name === '') throw new Error(t('queues.needsName'));
  const fifo = queue.fifo ?? queue.name.endsWith('.fifo');
  const number = (field: keyof typeof QUEUE_DEFAULTS) => (typeof queue[field] === 'number' ? queue[field] : QUEUE_DEFAULTS[field]);
  return {
    ...queue,
    name: queue.name,
    ...(fifo ? { fifo: true, contentBasedDeduplication: Boolean(queue.contentBasedDeduplication) } : {}),
    visibilityTimeout: number('visibilityTimeout'),
    delaySeconds: number('delaySeconds'),
    messageRetentionPeriod: number('messageRetentionPeriod'),
    maximumMessageSize: number('maximumMessageSize'),
    receiveMessageWaitTimeSeconds: number('receiveMessageWaitTimeSeconds'),
    createdTimestamp: typeof queue.createdTimestamp === 'number' ? queue.createdTimestamp : now,
    lastModifiedTimestamp: typeof queue.lastModifiedTimestamp === 'number' ? queue.lastModifiedTimestamp : now,
  };
}
