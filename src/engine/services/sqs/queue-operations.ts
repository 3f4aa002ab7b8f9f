// The queue operations (API reference): CreateQueue (idempotent for the same attributes), GetQueueUrl,
// GetQueueAttributes, SetQueueAttributes, ListQueues, ListDeadLetterSourceQueues and DeleteQueue.
import { ACCOUNT_ID } from '../../ids';
import { queueArn, queueUrl } from './definitions';
import { invalidParameterValue, invalidValue, queueDeletedRecently, queueDoesNotExist, queueNameExists } from './errors';
import { applyAttributes, checkQueueName, describeQueue, newQueueDef, selectQueueAttributes } from './queue-attributes';
import type { Queues } from './queues';

type Input = Record<string, unknown>;

const attributesOf = (input: Input) => (input.Attributes && typeof input.Attributes === 'object' ? (input.Attributes as Record<string, unknown>) : undefined);
const NO_COUNTS = { visible: 0, inFlight: 0, delayed: 0 };

/** Tags are accepted and not kept: the playground does not simulate queue tagging. */
export async function createQueue(queues: Queues, input: Input) {
  const attributes = attributesOf(input);
  const fifo = String(attributes?.FifoQueue ?? '').toLowerCase() === 'true';
  const name = checkQueueName(input.QueueName, fifo);
  const existing = queues.find(name);
  if (existing) {
    // "If you provide the name of an existing queue along with the exact names and values of all the
    // queue's attributes, CreateQueue returns the queue URL for the existing queue."
    const wanted = describeQueue(applyAttributes(existing.def, attributes, queues.findDef), NO_COUNTS);
    const current = describeQueue(existing.def, NO_COUNTS);
    for (const key of Object.keys(attributes ?? {})) if (wanted[key] !== current[key]) throw queueNameExists(key);
    return { QueueUrl: queueUrl(name) };
  }
  const deletedAt = queues.deleted.get(name);
  if (deletedAt !== undefined && queues.now() - deletedAt < 60_000) throw queueDeletedRecently();
  const def = applyAttributes(newQueueDef(name, fifo, queues.now()), attributes, queues.findDef);
  await queues.create(def);
  return { QueueUrl: queueUrl(name) };
}

export function getQueueUrl(queues: Queues, input: Input) {
  const owner = input.QueueOwnerAWSAccountId;
  const queue = typeof input.QueueName === 'string' ? queues.find(input.QueueName) : undefined;
  if (!queue || (owner !== undefined && owner !== ACCOUNT_ID)) throw queueDoesNotExist();
  return { QueueUrl: queueUrl(queue.name) };
}

export function getQueueAttributes(queues: Queues, input: Input) {
  const queue = queues.byUrl(input.QueueUrl);
  const selected = selectQueueAttributes(describeQueue(queue.def, queue.counts(queues.now())), input.AttributeNames);
  return Object.keys(selected).length ? { Attributes: selected } : {};
}

export function setQueueAttributes(queues: Queues, input: Input) {
  const queue = queues.byUrl(input.QueueUrl);
  const attributes = attributesOf(input);
  if (!attributes || Object.keys(attributes).length === 0) return {};
  const now = queues.now();
  const def = { ...applyAttributes(queue.def, attributes, queues.findDef), lastModifiedTimestamp: now };
  // "For FIFO queues, the per-queue delay setting is retroactive—changing the setting affects the
  // delay of messages already in the queue" (standard queues keep the delay they were sent with).
  if (def.fifo && def.delaySeconds !== queue.def.delaySeconds) {
    const delayed = queue.messages.filter((m) => !m.received && now < m.hiddenUntil);
    for (const m of delayed) m.hiddenUntil = m.sentTimestamp + def.delaySeconds * 1000;
    if (delayed.length) void queues.commit(queue, delayed);
  }
  queues.redefine(queue, def);
  return {};
}

function page(urls: string[], input: Input) {
  const max = input.MaxResults;
  if (max !== undefined && (!Number.isInteger(max) || (max as number) < 1 || (max as number) > 1000)) {
    throw invalidValue(max, 'MaxResults', 'MaxResults must be an integer between 1 and 1000.');
  }
  let start = 0;
  if (input.NextToken !== undefined) {
    start = Number.parseInt(atobSafe(input.NextToken), 10);
    if (!Number.isInteger(start) || start < 0) throw invalidParameterValue('Invalid NextToken value.');
  }
  // "ListQueues returns a maximum of 1,000 results"; with MaxResults, a NextToken leads to the rest.
  const size = (max as number | undefined) ?? 1000;
  const slice = urls.slice(start, start + size);
  const more = max !== undefined && start + size < urls.length;
  return { slice, ...(more ? { NextToken: btoa(String(start + size)) } : {}) };
}

function atobSafe(token: unknown): string {
  try {
    return atob(String(token));
  } catch {
    return '';
  }
}

export function listQueues(queues: Queues, input: Input = {}) {
  const prefix = typeof input.QueueNamePrefix === 'string' ? input.QueueNamePrefix : '';
  const urls = queues.list().filter((q) => q.name.startsWith(prefix)).map((q) => queueUrl(q.name));
  const { slice, NextToken } = page(urls, input);
  return { ...(slice.length ? { QueueUrls: slice } : {}), ...(NextToken ? { NextToken } : {}) };
}

/** The queues whose redrive policy names this one as their dead-letter queue. */
export function listDeadLetterSourceQueues(queues: Queues, input: Input) {
  const arn = queueArn(queues.byUrl(input.QueueUrl).name);
  const urls = queues.list().filter((q) => q.def.redrivePolicy?.deadLetterTargetArn === arn).map((q) => queueUrl(q.name));
  const { slice, NextToken } = page(urls, input);
  return { queueUrls: slice, ...(NextToken ? { NextToken } : {}) };
}

export async function deleteQueue(queues: Queues, input: Input) {
  await queues.delete(queues.byUrl(input.QueueUrl));
  return {};
}
