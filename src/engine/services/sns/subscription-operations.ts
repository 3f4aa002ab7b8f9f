// Subscribe, Unsubscribe, ListSubscriptions(ByTopic), GetSubscriptionAttributes and
// SetSubscriptionAttributes for the protocols the playground delivers to: lambda and sqs.
import { ACCOUNT_ID } from '../../ids';
import { isFifo, parseLambdaEndpoint, parseQueueArn, subscriptionArn, topicArn, type SnsProtocol, type SubscriptionDef } from './definitions';
import { invalidParameter } from './errors';
import type { FilterPolicyScope } from './filter-policy/types';
import { checkSubscribeAttributes, checkSubscriptionAttribute } from './subscription-attributes';
import { decodeToken, encodeToken } from './topic-operations';
import type { Topic, Topics } from './topics';

type Input = Record<string, unknown>;

/** Protocols SNS has (API reference, Subscribe) but the playground does not deliver to. */
const OTHER_PROTOCOLS = new Set(['http', 'https', 'email', 'email-json', 'sms', 'application', 'firehose']);

/** Checks Protocol and Endpoint as SNS does, for the topic being subscribed to. */
function checkEndpoint(topic: Topic, protocol: unknown, endpoint: unknown): { protocol: SnsProtocol; endpoint: string } {
  const text = typeof endpoint === 'string' ? endpoint : '';
  if (protocol === 'sqs') {
    const queue = parseQueueArn(text);
    // A queue URL instead of its ARN is the classic mistake (recorded: `Invalid parameter: SQS endpoint ARN`).
    if (!queue) throw invalidParameter('Invalid parameter: SQS endpoint ARN');
    if (queue.name.endsWith('.fifo') && !isFifo(topic.def)) {
      // Recorded from AWS with the prefix twice.
      throw invalidParameter('Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics');
    }
    return { protocol, endpoint: text };
  }
  if (protocol === 'lambda') {
    if (!parseLambdaEndpoint(text)) throw invalidParameter('Invalid parameter: Lambda endpoint ARN');
    // FIFO topics deliver to SQS queues only (SNS developer guide, "FIFO topics"); this wording is the playground's.
    if (isFifo(topic.def)) throw invalidParameter('Invalid parameter: Protocol Reason: FIFO topics deliver only to Amazon SQS queues');
    return { protocol, endpoint: text };
  }
  if (typeof protocol === 'string' && OTHER_PROTOCOLS.has(protocol)) {
    throw invalidParameter(`Invalid parameter: Protocol Reason: the playground delivers to lambda and sqs endpoints only, not ${protocol}`);
  }
  throw invalidParameter(`Invalid parameter: Amazon SNS does not support this protocol string: ${String(protocol)}`);
}

/**
 * Subscribe. Lambda and SQS subscriptions are confirmed at once, so the ARN comes back whatever
 * ReturnSubscriptionArn says. Subscribing the same endpoint again answers the same subscription,
 * unless the attributes differ (recorded: `… Subscription already exists with different attributes`).
 */
export function subscribe(topics: Topics, input: Input) {
  const topic = topics.byArn(input.TopicArn);
  const { protocol, endpoint } = checkEndpoint(topic, input.Protocol, input.Endpoint);
  const attributes = checkSubscribeAttributes((input.Attributes ?? {}) as Record<string, unknown>, protocol);
  const existing = topic.def.subscriptions.find((s) => s.protocol === protocol && s.endpoint === endpoint);
  if (existing) {
    if (Object.entries(attributes).some(([name, value]) => existing.attributes[name] !== value)) {
      throw invalidParameter('Invalid parameter: Attributes Reason: Subscription already exists with different attributes');
    }
    return { SubscriptionArn: subscriptionArn(topic.def.name, existing.id) };
  }
  const sub: SubscriptionDef = { id: crypto.randomUUID(), protocol, endpoint, attributes };
  topics.redefine(topic, { ...topic.def, subscriptions: [...topic.def.subscriptions, sub] });
  return { SubscriptionArn: subscriptionArn(topic.def.name, sub.id) };
}

/** Unsubscribe is idempotent: a well-formed ARN of no subscription succeeds. */
export function unsubscribe(topics: Topics, input: Input) {
  const found = topics.subscription(input.SubscriptionArn);
  if (found) topics.redefine(found.topic, { ...found.topic.def, subscriptions: found.topic.def.subscriptions.filter((s) => s !== found.sub) });
  return {};
}

const summary = (topic: Topic, sub: SubscriptionDef) => ({
  SubscriptionArn: subscriptionArn(topic.def.name, sub.id),
  Owner: ACCOUNT_ID,
  Protocol: sub.protocol,
  Endpoint: sub.endpoint,
  TopicArn: topicArn(topic.def.name),
});

/** Up to 100 subscriptions a page, as ListSubscriptions and ListSubscriptionsByTopic answer. */
function page(rows: Array<ReturnType<typeof summary>>, token: unknown) {
  let start = 0;
  if (typeof token === 'string') {
    start = rows.findIndex((r) => r.SubscriptionArn === decodeToken(token));
    if (start < 0) throw invalidParameter('Invalid parameter: NextToken');
  }
  const next = rows[start + 100];
  return { Subscriptions: rows.slice(start, start + 100), ...(next ? { NextToken: encodeToken(next.SubscriptionArn) } : {}) };
}

export const listSubscriptions = (topics: Topics, input: Input) =>
  page(topics.list().flatMap((t) => t.def.subscriptions.map((s) => summary(t, s))), input.NextToken);

export function listSubscriptionsByTopic(topics: Topics, input: Input) {
  const topic = topics.byArn(input.TopicArn);
  return page(topic.def.subscriptions.map((s) => summary(topic, s)), input.NextToken);
}

/** As SNS reports a confirmed subscription; FilterPolicyScope shows once there is a policy. */
export function subscriptionAttributes(topic: Topic, sub: SubscriptionDef): Record<string, string> {
  const { FilterPolicyScope: scope, ...rest } = sub.attributes;
  return {
    ConfirmationWasAuthenticated: 'true',
    PendingConfirmation: 'false',
    Owner: ACCOUNT_ID,
    RawMessageDelivery: 'false',
    TopicArn: topicArn(topic.def.name),
    Endpoint: sub.endpoint,
    Protocol: sub.protocol,
    SubscriptionArn: subscriptionArn(topic.def.name, sub.id),
    ...rest,
    ...(rest.FilterPolicy ? { FilterPolicyScope: scope ?? 'MessageAttributes' } : {}),
  };
}

export function getSubscriptionAttributes(topics: Topics, input: Input) {
  const { topic, sub } = topics.getSubscription(input.SubscriptionArn);
  return { Attributes: subscriptionAttributes(topic, sub) };
}

/** One attribute at a time; a new FilterPolicyScope must still fit the policy in place. */
export function setSubscriptionAttributes(topics: Topics, input: Input) {
  const { topic, sub } = topics.getSubscription(input.SubscriptionArn);
  const name = String(input.AttributeName ?? '');
  const value = String(input.AttributeValue ?? '');
  const scope = ((name === 'FilterPolicyScope' ? value : sub.attributes.FilterPolicyScope) ?? 'MessageAttributes') as FilterPolicyScope;
  const checked = checkSubscriptionAttribute(name, value, sub.protocol, scope, 'SetSubscriptionAttributes');
  if (name === 'FilterPolicyScope' && sub.attributes.FilterPolicy) {
    checkSubscriptionAttribute('FilterPolicy', sub.attributes.FilterPolicy, sub.protocol, scope, 'SetSubscriptionAttributes');
  }
  const attributes = { ...sub.attributes };
  if (checked === '') delete attributes[name];
  else attributes[name] = checked;
  const updated: SubscriptionDef = { ...sub, attributes };
  topics.redefine(topic, { ...topic.def, subscriptions: topic.def.subscriptions.map((s) => (s === sub ? updated : s)) });
  return {};
}
