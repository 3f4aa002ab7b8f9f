// Publish and PublishBatch: SNS's checks of a message (subject, body, attributes, size, MessageStructure
// json, FIFO group and deduplication), then the fan-out to the topic's subscriptions.
import { isFifo, topicArn } from './definitions';
import { fanOut, type DeliveryDeps, type OutgoingMessage } from './delivery';
import { batchIdsNotDistinct, batchTooLong, emptyBatch, invalidBatchEntryId, invalidParameter, tooManyEntries, validationError } from './errors';
import { contentDeduplicationId } from './fifo';
import type { AttributeInput } from './filter-policy/match';
import { checkMessageAttributes, checkSize, MAX_MESSAGE_BYTES, publishSize } from './message-attributes';
import type { Topic, Topics } from './topics';

type Input = Record<string, unknown>;

export interface PublishDeps extends DeliveryDeps {
  now(): number;
  /** The certificate URL SNS signs with (one per region, the same for every message). */
  signingCertUrl: string;
  /** After each message's fan-out: which subscriptions were sent it, and which their filter kept it from. */
  published?(topic: string, messageId: string, delivered: string[], filtered: string[]): void;
}

/** A message that passed the checks that need no topic. */
interface Checked {
  message: string;
  subject?: string;
  attributes: Record<string, AttributeInput>;
  structure?: Record<string, string>;
}

/** A subject is under 100 characters, starts with a letter, number or punctuation, with no line breaks or control characters (API reference, Publish). */
function checkSubject(subject: string): void {
  if (subject === '' || subject.length >= 100 || /[\u0000-\u001f\u007f]/.test(subject) || /^\s/.test(subject)) throw invalidParameter('Invalid parameter: Subject');
}

/**
 * MessageStructure json: a JSON object of strings per protocol; other values are ignored, and a
 * `default` string is required (both messages recorded from AWS).
 */
function structureOf(message: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    throw invalidParameter('Invalid parameter: Message Structure - JSON message body failed to parse');
  }
  const strings = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.entries(parsed).filter(([, v]) => typeof v === 'string') : [];
  const structure = Object.fromEntries(strings) as Record<string, string>;
  if (typeof structure.default !== 'string') throw invalidParameter('Invalid parameter: Message Structure - No default entry in JSON message body');
  return structure;
}

function checkMessage(input: Input, position?: number): Checked {
  if (input.Subject !== undefined && input.Subject !== null) checkSubject(String(input.Subject));
  if (input.Message === undefined || input.Message === null) {
    const at = position ? `publishBatchRequestEntries.${position}.member.message` : 'message';
    throw validationError(`1 validation error detected: Value null at '${at}' failed to satisfy constraint: Member must not be null`);
  }
  const message = String(input.Message);
  if (message === '') throw invalidParameter('Invalid parameter: Empty message');
  const attributes = checkMessageAttributes(input.MessageAttributes, position);
  const structure = input.MessageStructure === 'json' ? structureOf(message) : undefined;
  return { message, attributes, ...(input.Subject !== undefined && input.Subject !== null ? { subject: String(input.Subject) } : {}), ...(structure ? { structure } : {}) };
}

/** FIFO topics need a group and a deduplication id (or ContentBasedDeduplication); standard topics take no deduplication id. */
function checkOrdering(topic: Topic, input: Input): void {
  if (isFifo(topic.def)) {
    if (typeof input.MessageGroupId !== 'string' || input.MessageGroupId === '') throw invalidParameter('Invalid parameter: The MessageGroupId parameter is required for FIFO topics');
    if (topic.def.attributes.ContentBasedDeduplication !== 'true' && (typeof input.MessageDeduplicationId !== 'string' || input.MessageDeduplicationId === '')) {
      throw invalidParameter('Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly');
    }
  } else if (input.MessageDeduplicationId !== undefined) {
    throw invalidParameter('Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type');
  }
}

const signature = () => btoa(Array.from(crypto.getRandomValues(new Uint8Array(256)), (b) => String.fromCharCode(b)).join(''));

/** Sends one checked message; a FIFO duplicate within five minutes is answered as the first was, and not sent again. */
function send(deps: PublishDeps, topic: Topic, checked: Checked, input: Input, chain: unknown) {
  const now = deps.now();
  const fifo = topic.fifo;
  const deduplicationId = fifo ? (typeof input.MessageDeduplicationId === 'string' ? input.MessageDeduplicationId : contentDeduplicationId(checked.message)) : undefined;
  if (fifo && deduplicationId) {
    const sent = fifo.duplicate(deduplicationId, now);
    if (sent) return { MessageId: sent.messageId, SequenceNumber: sent.sequenceNumber };
  }
  const messageId = crypto.randomUUID();
  const sequenceNumber = fifo?.nextSequenceNumber();
  if (fifo && deduplicationId) fifo.remember(deduplicationId, { messageId, sequenceNumber: sequenceNumber! }, now);
  const arn = topicArn(topic.def.name);
  const message: OutgoingMessage = {
    topicArn: arn,
    messageId,
    ...(sequenceNumber ? { sequenceNumber } : {}),
    ...(checked.subject !== undefined ? { subject: checked.subject } : {}),
    message: checked.structure ?? checked.message,
    attributes: checked.attributes,
    timestamp: new Date(now).toISOString(),
    ...(fifo ? { messageGroupId: String(input.MessageGroupId), messageDeduplicationId: deduplicationId } : {}),
    signatureVersion: topic.def.attributes.SignatureVersion ?? '1',
    signature: signature(),
    signingCertUrl: deps.signingCertUrl,
    ...(chain !== undefined ? { chain } : {}),
  };
  const { delivered, filtered } = fanOut(deps, topic, message);
  deps.published?.(arn, messageId, delivered, filtered);
  return { MessageId: messageId, ...(sequenceNumber ? { SequenceNumber: sequenceNumber } : {}) };
}

/** Publish to a topic (TopicArn, or TargetArn naming a topic); SMS and mobile push are not simulated. */
export function publish(topics: Topics, deps: PublishDeps, input: Input, chain?: unknown) {
  const checked = checkMessage(input);
  checkSize(checked.message, checked.attributes);
  const arn = input.TopicArn ?? input.TargetArn;
  if (arn === undefined) {
    if (input.PhoneNumber !== undefined) throw invalidParameter('Invalid parameter: PhoneNumber Reason: the playground does not send SMS; publish to a topic');
    throw invalidParameter('Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter');
  }
  const topic = topics.byArn(arn, input.TopicArn !== undefined ? 'TopicArn' : 'TargetArn');
  checkOrdering(topic, input);
  return send(deps, topic, checked, input, chain);
}

const ENTRY_ID = /^[a-zA-Z0-9_-]+$/;

/**
 * PublishBatch: up to 10 entries with distinct ids. A malformed entry (attributes, MessageStructure,
 * FIFO ids) fails the whole request, as recorded from AWS; an entry with an empty message or a bad
 * subject is reported in Failed while the others are sent.
 */
export function publishBatch(topics: Topics, deps: PublishDeps, input: Input, chain?: unknown) {
  const entries = (Array.isArray(input.PublishBatchRequestEntries) ? input.PublishBatchRequestEntries : []) as Input[];
  if (entries.length === 0) throw emptyBatch();
  if (entries.length > 10) throw tooManyEntries();
  const topic = topics.byArn(input.TopicArn);
  const ids = entries.map((e) => String(e.Id ?? ''));
  if (new Set(ids).size !== ids.length) throw batchIdsNotDistinct();
  for (const id of ids) {
    if (id.length > 80) throw invalidBatchEntryId(`The Id of a batch entry in the batch request is too long: ${id}`);
    if (!ENTRY_ID.test(id)) throw invalidBatchEntryId(`The Id of a batch entry in the batch request contains an impermissible character: ${id}`);
  }
  const failed: Array<{ Id: string; Code: string; Message: string; SenderFault: boolean }> = [];
  const ready: Array<{ entry: Input; checked: Checked }> = [];
  let total = 0;
  entries.forEach((entry, index) => {
    checkMessageAttributes(entry.MessageAttributes, index + 1);
    if (entry.MessageStructure === 'json' && typeof entry.Message === 'string') structureOf(entry.Message);
    checkOrdering(topic, entry);
    try {
      const checked = checkMessage(entry, index + 1);
      total += publishSize(checked.message, checked.attributes);
      ready.push({ entry, checked });
    } catch (error) {
      const e = error as { code?: string; message: string; fields?: { Code?: string } };
      if (e.code !== 'InvalidParameterException') throw error;
      failed.push({ Id: String(entry.Id), Code: e.fields?.Code ?? 'InvalidParameter', Message: e.message, SenderFault: true });
    }
  });
  if (total > MAX_MESSAGE_BYTES) throw batchTooLong();
  const successful = ready.map(({ entry, checked }) => ({ Id: String(entry.Id), ...send(deps, topic, checked, entry, chain) }));
  return { Successful: successful, Failed: failed };
}
