// How a published message reaches each subscription whose filter policy it passes: Lambda gets SNS's
// event record (as the official samples show it), SQS the JSON envelope (SNS developer guide, "Fanout
// to Amazon SQS queues") or, with RawMessageDelivery, the message itself with its attributes.
import { REGION } from '../../ids';
import { parseLambdaEndpoint, subscriptionArn, type LambdaEndpoint, type SubscriptionDef } from './definitions';
import { matchesFilterPolicy, type AttributeInput } from './filter-policy/match';
import { jsonAttributes, queueAttributes } from './message-attributes';
import type { Topic } from './topics';

/** One message as Publish accepted it. */
export interface OutgoingMessage {
  topicArn: string;
  messageId: string;
  sequenceNumber?: string;
  subject?: string;
  /** The message, or with MessageStructure json its text per protocol (`default` required). */
  message: string | Record<string, string>;
  attributes: Record<string, AttributeInput>;
  /** ISO time with milliseconds, as SNS stamps it. */
  timestamp: string;
  messageGroupId?: string;
  messageDeduplicationId?: string;
  signatureVersion: string;
  /** Base64; the playground cannot sign with SNS's key, so this only looks like a signature. */
  signature: string;
  signingCertUrl: string;
  /** The chain of the invocation that published (recursion detection); opaque here. */
  chain?: unknown;
}

/** What a queue delivery carries besides the body: FIFO ids, and the publisher's chain (recursion, trace). */
export interface QueueDeliveryOptions {
  messageGroupId?: string;
  messageDeduplicationId?: string;
  chain?: unknown;
}

/** Where deliveries go: the engine wires these to Lambda's asynchronous invoke and to SQS. */
export interface DeliveryDeps {
  invokeLambda(target: LambdaEndpoint, event: object, subscriptionArn: string, chain?: unknown): void;
  sendToQueue(queueArn: string, body: string, messageAttributes?: Record<string, unknown>, options?: QueueDeliveryOptions): Promise<void>;
  /** A delivery the target refused (a missing queue, say). */
  deliveryFailed?(subscriptionArn: string, message: string): void;
}

/** The text a subscription of this protocol receives. */
export const messageFor = (message: OutgoingMessage, protocol: string) =>
  typeof message.message === 'string' ? message.message : (message.message[protocol] ?? message.message.default!);

const unsubscribeUrl = (arn: string) => `https://sns.${REGION}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${arn}`;

/** The event a function receives: one record, fields in the order of the official sample (aws-sam-cli `Sns.json`). */
export function lambdaEvent(message: OutgoingMessage, arn: string) {
  return {
    Records: [{
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: arn,
      Sns: {
        Type: 'Notification',
        MessageId: message.messageId,
        TopicArn: message.topicArn,
        Subject: message.subject ?? null,
        Message: messageFor(message, 'lambda'),
        Timestamp: message.timestamp,
        SignatureVersion: message.signatureVersion,
        Signature: message.signature,
        SigningCertUrl: message.signingCertUrl,
        UnsubscribeUrl: unsubscribeUrl(arn),
        MessageAttributes: jsonAttributes(message.attributes),
      },
    }],
  };
}

/**
 * The body an SQS queue receives: SNS's JSON as SNS writes it, two-space indented with ` : `, the
 * URLs spelled `URL` (Lambda's record says `Url`), Subject and MessageAttributes only when present,
 * SequenceNumber on FIFO topics, whose envelopes carry no signature (as recorded from AWS).
 */
export function sqsEnvelope(message: OutgoingMessage, arn: string): string {
  const fifo = message.sequenceNumber !== undefined;
  const fields: Array<[string, string]> = [
    ['Type', 'Notification'],
    ['MessageId', message.messageId],
    ...(fifo ? [['SequenceNumber', message.sequenceNumber!] as [string, string]] : []),
    ['TopicArn', message.topicArn],
    ...(message.subject !== undefined ? [['Subject', message.subject] as [string, string]] : []),
    ['Message', messageFor(message, 'sqs')],
    ['Timestamp', message.timestamp],
    ...(fifo ? [] : ([['SignatureVersion', message.signatureVersion], ['Signature', message.signature], ['SigningCertURL', message.signingCertUrl]] as Array<[string, string]>)),
    ['UnsubscribeURL', unsubscribeUrl(arn)],
  ];
  const lines = fields.map(([key, value]) => `  ${JSON.stringify(key)} : ${JSON.stringify(value)}`);
  const attributes = Object.entries(jsonAttributes(message.attributes));
  if (attributes.length) {
    lines.push(`  "MessageAttributes" : {\n${attributes.map(([name, a]) => `    ${JSON.stringify(name)} : ${JSON.stringify(a)}`).join(',\n')}\n  }`);
  }
  return `{\n${lines.join(',\n')}\n}`;
}

/** SQS takes at most 10 message attributes; with raw delivery SNS cannot deliver more (SNS developer guide, "Raw message delivery"). */
const MAX_RAW_ATTRIBUTES = 10;

function deliver(deps: DeliveryDeps, sub: SubscriptionDef, message: OutgoingMessage, arn: string): void {
  if (sub.protocol === 'lambda') {
    deps.invokeLambda(parseLambdaEndpoint(sub.endpoint)!, lambdaEvent(message, arn), arn, message.chain);
    return;
  }
  const raw = sub.attributes.RawMessageDelivery === 'true';
  const count = Object.keys(message.attributes).length;
  if (raw && count > MAX_RAW_ATTRIBUTES) {
    deps.deliveryFailed?.(arn, `Raw message delivery carries at most ${MAX_RAW_ATTRIBUTES} message attributes to SQS; this message has ${count}.`);
    return;
  }
  const fifoQueue = sub.endpoint.endsWith('.fifo');
  const fifo = fifoQueue ? { messageGroupId: message.messageGroupId, messageDeduplicationId: message.messageDeduplicationId } : undefined;
  const options: QueueDeliveryOptions | undefined = message.chain !== undefined ? { ...fifo, chain: message.chain } : fifo;
  const sent = raw
    ? deps.sendToQueue(sub.endpoint, messageFor(message, 'sqs'), count ? queueAttributes(message.attributes) : undefined, options)
    : deps.sendToQueue(sub.endpoint, sqsEnvelope(message, arn), undefined, options);
  sent.catch((error: unknown) => deps.deliveryFailed?.(arn, error instanceof Error ? error.message : String(error)));
}

/**
 * Sends the message to every subscription, in subscription order, whose filter policy it passes;
 * answers which subscriptions (ARNs) were sent it and which the filter kept it from.
 */
export function fanOut(deps: DeliveryDeps, topic: Topic, message: OutgoingMessage): { delivered: string[]; filtered: string[] } {
  const delivered: string[] = [];
  const filtered: string[] = [];
  for (const sub of topic.def.subscriptions) {
    const arn = subscriptionArn(topic.def.name, sub.id);
    const body = messageFor(message, sub.protocol);
    if (!matchesFilterPolicy(topic.policies.get(sub.id), { attributes: message.attributes, body })) {
      filtered.push(arn);
      continue;
    }
    delivered.push(arn);
    deliver(deps, sub, message, arn);
  }
  return { delivered, filtered };
}
