// SendMessage and SendMessageBatch (API reference): the body and attributes checked, the queue's or the
// message's delay applied, FIFO groups and deduplication, answered with MessageId and the MD5 digests.
import { checkBatch, eachEntry } from './batch-entries';
import type { StoredMessage } from './definitions';
import { batchRequestTooLong, invalidMessageContents, invalidParameterValue, invalidValue, missingParameter } from './errors';
import { contentDeduplicationId } from './fifo';
import { md5OfBody, md5OfMessageAttributes } from './md5';
import { attributesSize, checkMessageAttributes } from './message-attributes';
import type { Queue } from './queue';
import type { Queues } from './queues';

type Input = Record<string, unknown>;

/** "#x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF" (SendMessage, MessageBody). */
const ALLOWED = /^[\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
/** "MessageGroupId … can contain alphanumeric characters (a-z, A-Z, 0-9) and punctuation", 1–128 characters. */
const FIFO_ID = /^[\x21-\x7e]{1,128}$/;
const utf8 = new TextEncoder();

/** SendMessage's answer (and a SendMessageBatch success, less its Id). */
export interface SentMessage {
  MessageId: string;
  MD5OfMessageBody: string;
  MD5OfMessageAttributes?: string;
  SequenceNumber?: string;
}

/** MessageSystemAttributes: AWSTraceHeader is the one there is, a String holding an X-Ray trace header. */
function traceHeaderOf(attributes: unknown): string | undefined {
  const value = (attributes as { AWSTraceHeader?: { StringValue?: unknown } } | undefined)?.AWSTraceHeader?.StringValue;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const bodySize = (entry: Input) => (typeof entry.MessageBody === 'string' ? utf8.encode(entry.MessageBody).length : 0);

function send(queues: Queues, queue: Queue, entry: Input, senderId: string, chain?: unknown): SentMessage {
  const def = queue.def;
  const body = entry.MessageBody;
  if (typeof body !== 'string' || body === '') throw missingParameter('MessageBody');
  if (!ALLOWED.test(body)) throw invalidMessageContents();
  const attributes = checkMessageAttributes(entry.MessageAttributes);
  if (bodySize(entry) + attributesSize(attributes) > def.maximumMessageSize) {
    throw invalidParameterValue(`One or more parameters are invalid. Reason: Message must be shorter than ${def.maximumMessageSize} bytes.`);
  }
  const delay = entry.DelaySeconds;
  if (delay !== undefined && delay !== null) {
    if (!Number.isInteger(delay) || (delay as number) < 0 || (delay as number) > 900) throw invalidValue(delay, 'DelaySeconds', 'DelaySeconds must be >= 0 and <= 900.');
    // "You can't set delays on individual messages in a FIFO queue" (only the queue's delay applies).
    if (def.fifo && delay !== 0) throw invalidValue(delay, 'DelaySeconds', 'The request include parameter that is not valid for this queue type.');
  }
  const groupId = entry.MessageGroupId as string | undefined;
  const dedupId = entry.MessageDeduplicationId as string | undefined;
  for (const [name, id] of [['MessageGroupId', groupId], ['MessageDeduplicationId', dedupId]] as const) {
    if (id !== undefined && (typeof id !== 'string' || !FIFO_ID.test(id))) {
      throw invalidValue(id, name, `${name} can only include alphanumeric and punctuation characters. 1 to 128 in length.`);
    }
  }
  if (!def.fifo && dedupId !== undefined) throw invalidValue(dedupId, 'MessageDeduplicationId', 'The request includes a parameter that is not valid for this queue type.');
  if (def.fifo && groupId === undefined) throw missingParameter('MessageGroupId');
  const deduplicationId = def.fifo ? (dedupId ?? (def.contentBasedDeduplication ? contentDeduplicationId(body) : undefined)) : undefined;
  if (def.fifo && deduplicationId === undefined) {
    throw invalidParameterValue('The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly');
  }

  const now = queues.now();
  const digests = { MD5OfMessageBody: md5OfBody(body), ...(attributes ? { MD5OfMessageAttributes: md5OfMessageAttributes(attributes)! } : {}) };
  if (deduplicationId !== undefined) {
    // "Accepted but not delivered": the answer names the message the first send made.
    const duplicate = queue.fifo.duplicate(deduplicationId, now);
    if (duplicate) return { MessageId: duplicate.messageId, ...digests, SequenceNumber: duplicate.sequenceNumber };
  }
  const messageId = crypto.randomUUID();
  const traceHeader = traceHeaderOf(entry.MessageSystemAttributes);
  const sequenceNumber = deduplicationId !== undefined ? queue.fifo.record(deduplicationId, messageId, now) : undefined;
  const message: StoredMessage = {
    messageId, body, md5OfBody: digests.MD5OfMessageBody,
    ...(attributes ? { messageAttributes: attributes, md5OfMessageAttributes: digests.MD5OfMessageAttributes } : {}),
    senderId, sentTimestamp: now, enqueuedAt: now,
    hiddenUntil: now + ((delay as number | undefined) ?? def.delaySeconds) * 1000,
    received: false, receiveCount: 0, seq: queue.nextSeq(),
    ...(groupId !== undefined ? { groupId } : {}),
    ...(traceHeader !== undefined ? { traceHeader } : {}),
    ...(deduplicationId !== undefined ? { deduplicationId, sequenceNumber } : {}),
    ...(chain !== undefined ? { chain } : {}),
  };
  queue.add(message);
  void queues.commit(queue, [message]);
  return { MessageId: messageId, ...digests, ...(sequenceNumber ? { SequenceNumber: sequenceNumber } : {}) };
}

export function sendMessage(queues: Queues, input: Input, senderId: string, chain?: unknown): SentMessage {
  return send(queues, queues.byUrl(input.QueueUrl), input, senderId, chain);
}

/** "The maximum allowed individual message size and the maximum total payload size (the sum of the individual lengths of all of the batched messages) are both 1 MiB". */
const BATCH_LIMIT = 1_048_576;

export async function sendMessageBatch(queues: Queues, input: Input, senderId: string, chain?: unknown) {
  const queue = queues.byUrl(input.QueueUrl);
  const entries = checkBatch(input.Entries, 'SendMessageBatchRequestEntry');
  const total = entries.reduce((sum, entry) => sum + bodySize(entry) + attributesSize(safeAttributes(entry)), 0);
  if (total > BATCH_LIMIT) throw batchRequestTooLong(BATCH_LIMIT, total);
  return eachEntry(entries, (entry) => send(queues, queue, entry, senderId, chain));
}

function safeAttributes(entry: Input) {
  try {
    return checkMessageAttributes(entry.MessageAttributes);
  } catch {
    return undefined;
  }
}
