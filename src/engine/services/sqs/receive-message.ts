// ReceiveMessage (API reference; SQS developer guide, "short and long polling"): up to 10 messages
// made invisible for the visibility timeout, a new receipt handle each; messages past the redrive
// policy's maxReceiveCount moved to the dead-letter queue instead; with a wait time, the call waits
// on the playground clock until a message can be received or the wait ends.
import type { Clock } from '../../ports';
import { MAX_VISIBILITY_SECONDS, queueArn, type StoredMessage } from './definitions';
import { invalidAttributeName, invalidValue } from './errors';
import { SYSTEM_ATTRIBUTE_NAMES, selectSystemAttributes } from './event-record';
import { md5OfMessageAttributes } from './md5';
import { selectAttributes } from './message-attributes';
import type { Queue } from './queue';
import type { Queues } from './queues';
import { newReceiptHandle } from './receipt-handles';

type Input = Record<string, unknown>;

function integer(value: unknown, fallback: number, parameter: string, min: number, max: number, reason: string): number {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) throw invalidValue(value, parameter, reason);
  return value as number;
}

/** Takes up to `max` receivable messages now, moving those past maxReceiveCount to the dead-letter queue. */
export function take(queues: Queues, queue: Queue, max: number, visibilitySeconds: number): StoredMessage[] {
  const now = queues.now();
  const policy = queue.def.redrivePolicy;
  const taken: StoredMessage[] = [];
  for (const m of queue.candidates(now)) {
    if (taken.length >= max) break;
    if (policy && m.receiveCount >= policy.maxReceiveCount && queues.moveToDeadLetterQueue(queue, m)) continue;
    queue.markReceived(m, now, visibilitySeconds, newReceiptHandle(queueArn(queue.name), m.messageId));
    taken.push(m);
  }
  if (taken.length) void queues.commit(queue, taken);
  return taken;
}

/** Waits up to `seconds` for `attempt` to find messages (long polling), retrying whenever the queue changes. */
function longPoll(queues: Queues, clock: Clock, queue: Queue, seconds: number, attempt: () => StoredMessage[]): Promise<StoredMessage[]> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (messages: StoredMessage[]) => {
      if (done) return;
      done = true;
      stop();
      cancel();
      resolve(messages);
    };
    const stop = queues.onChange(queue.name, () => {
      if (queues.find(queue.name) !== queue) return finish([]);
      const got = attempt();
      if (got.length) finish(got);
    });
    const cancel = clock.setTimer(seconds * 1000, () => finish([]));
  });
}

export async function receiveMessage(queues: Queues, clock: Clock, input: Input) {
  const queue = queues.byUrl(input.QueueUrl);
  const def = queue.def;
  const max = integer(input.MaxNumberOfMessages, 1, 'MaxNumberOfMessages', 1, 10, 'Must be between 1 and 10, if provided.');
  const visibility = integer(input.VisibilityTimeout, def.visibilityTimeout, 'VisibilityTimeout', 0, MAX_VISIBILITY_SECONDS, `Must be between 0 and ${MAX_VISIBILITY_SECONDS}, if provided.`);
  const wait = integer(input.WaitTimeSeconds, def.receiveMessageWaitTimeSeconds, 'WaitTimeSeconds', 0, 20, 'Must be >= 0 and <= 20, if provided.');
  // MessageSystemAttributeNames replaces the deprecated AttributeNames; either is honoured.
  const requested = (input.MessageSystemAttributeNames ?? input.AttributeNames ?? []) as unknown[];
  const systemNames = Array.isArray(requested) ? requested.map(String) : [];
  for (const name of systemNames) if (!(SYSTEM_ATTRIBUTE_NAMES as readonly string[]).includes(name)) throw invalidAttributeName(name);

  const attempt = () => take(queues, queue, max, visibility);
  let messages = attempt();
  if (!messages.length && wait > 0) messages = await longPoll(queues, clock, queue, wait, attempt);
  if (!messages.length) return {};
  return {
    Messages: messages.map((m) => {
      const system = selectSystemAttributes(m, systemNames);
      const attributes = selectAttributes(m.messageAttributes, input.MessageAttributeNames);
      return {
        MessageId: m.messageId,
        ReceiptHandle: m.receiptHandle!,
        MD5OfBody: m.md5OfBody,
        Body: m.body,
        ...(system ? { Attributes: system } : {}),
        ...(attributes ? { MD5OfMessageAttributes: md5OfMessageAttributes(attributes)!, MessageAttributes: structuredClone(attributes) } : {}),
      };
    }),
  };
}
