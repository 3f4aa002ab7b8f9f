// CreateTopic, DeleteTopic, ListTopics, GetTopicAttributes and SetTopicAttributes, with SNS's rules
// and refusals (names, FIFO topics, idempotent creation) and the attributes it reports.
import { ACCOUNT_ID } from '../../ids';
import { isFifo, topicArn, type TopicDef } from './definitions';
import { invalidParameter, validationError } from './errors';
import type { Topic, Topics } from './topics';

type Input = Record<string, unknown>;

/** The topic attributes SetTopicAttributes accepts (API reference, SetTopicAttributes), besides delivery-status logging. */
const SETTABLE = new Set([
  'DeliveryPolicy', 'DisplayName', 'Policy', 'TracingConfig', 'KmsMasterKeyId', 'SignatureVersion',
  'ContentBasedDeduplication', 'FifoThroughputScope', 'ArchivePolicy',
]);
/** `<Protocol>SuccessFeedbackRoleArn`, `…SuccessFeedbackSampleRate`, `…FailureFeedbackRoleArn`. */
const FEEDBACK = /^(Application|HTTP|Lambda|SQS|Firehose)(SuccessFeedbackRoleArn|SuccessFeedbackSampleRate|FailureFeedbackRoleArn)$/;

const settable = (name: string) => SETTABLE.has(name) || FEEDBACK.test(name);

/** What SNS sets on every topic (as GetTopicAttributes reports it, in AWS's order). */
function defaultAttributes(topic: TopicDef): Record<string, string> {
  const arn = topicArn(topic.name);
  return {
    Policy: JSON.stringify({
      Version: '2008-10-17',
      Id: '__default_policy_ID',
      Statement: [{
        Sid: '__default_statement_ID', Effect: 'Allow', Principal: { AWS: '*' },
        Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:RemovePermission', 'SNS:DeleteTopic', 'SNS:Subscribe', 'SNS:ListSubscriptionsByTopic', 'SNS:Publish'],
        Resource: arn,
        Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT_ID } },
      }],
    }),
    Owner: ACCOUNT_ID,
    SubscriptionsPending: '0',
    TopicArn: arn,
    EffectiveDeliveryPolicy: JSON.stringify({
      http: {
        defaultHealthyRetryPolicy: { minDelayTarget: 20, maxDelayTarget: 20, numRetries: 3, numMaxDelayRetries: 0, numNoDelayRetries: 0, numMinDelayRetries: 0, backoffFunction: 'linear' },
        disableSubscriptionOverrides: false,
        defaultRequestPolicy: { headerContentType: 'text/plain; charset=UTF-8' },
      },
    }),
    SubscriptionsConfirmed: String(topic.subscriptions.length),
    DisplayName: '',
    SubscriptionsDeleted: '0',
    ...(isFifo(topic) ? { FifoTopic: 'true', ContentBasedDeduplication: 'false' } : {}),
  };
}

/** Every attribute of a topic, the ones set over SNS's defaults. */
export const topicAttributes = (topic: TopicDef): Record<string, string> => ({ ...defaultAttributes(topic), ...topic.attributes });

/**
 * A topic name: 1–256 letters, digits, hyphens and underscores; a FIFO topic's ends in `.fifo`,
 * and only a FIFO topic's may (recorded from AWS: both cases are `Invalid parameter: Topic Name`).
 */
function checkName(name: unknown, fifo: boolean): string {
  if (name === undefined || name === null) throw validationError("1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null");
  const text = String(name);
  const pattern = fifo ? /^[a-zA-Z0-9_-]{1,251}\.fifo$/ : /^[a-zA-Z0-9_-]{1,256}$/;
  if (!pattern.test(text)) throw invalidParameter('Invalid parameter: Topic Name');
  return text;
}

function checkAttributeNames(attributes: Record<string, string>, create: boolean): void {
  for (const name of Object.keys(attributes)) {
    if (!(settable(name) || (create && name === 'FifoTopic'))) throw invalidParameter('Invalid parameter: AttributeName');
  }
}

export function createTopic(topics: Topics, input: Input) {
  const attributes = { ...((input.Attributes ?? {}) as Record<string, string>) };
  checkAttributeNames(attributes, true);
  const fifo = String(attributes.FifoTopic ?? '').toLowerCase() === 'true';
  // SNS does not keep an explicit FifoTopic 'false'.
  if (fifo) attributes.FifoTopic = 'true';
  else delete attributes.FifoTopic;
  const name = checkName(input.Name, fifo);
  const existing = topics.find(name);
  if (existing) {
    // CreateTopic is idempotent, unless the attributes differ (message recorded from AWS).
    const current = topicAttributes(existing.def);
    if (Object.entries(attributes).some(([key, value]) => current[key] !== value)) {
      throw invalidParameter('Invalid parameter: Attributes Reason: Topic already exists with different attributes');
    }
    return { TopicArn: topicArn(name) };
  }
  topics.add({ name, attributes, subscriptions: [] });
  return { TopicArn: topicArn(name) };
}

/** DeleteTopic deletes its subscriptions too; deleting a topic that is not there succeeds. */
export function deleteTopic(topics: Topics, input: Input) {
  try {
    topics.remove(topics.byArn(input.TopicArn).def.name);
  } catch (error) {
    if ((error as { code?: string }).code !== 'NotFoundException') throw error;
  }
  return {};
}

/** Up to 100 topics a page; NextToken names where the next page starts. */
export function listTopics(topics: Topics, input: Input) {
  const names = topics.list().map((t) => t.def.name);
  let start = 0;
  if (typeof input.NextToken === 'string') {
    start = names.indexOf(decodeToken(input.NextToken));
    if (start < 0) throw invalidParameter('Invalid parameter: NextToken');
  }
  const page = names.slice(start, start + 100);
  const next = names[start + 100];
  return { Topics: page.map((name) => ({ TopicArn: topicArn(name) })), ...(next ? { NextToken: encodeToken(next) } : {}) };
}

export const encodeToken = (value: string) => btoa(String.fromCharCode(...new TextEncoder().encode(value)));

export function decodeToken(token: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(token), (c) => c.charCodeAt(0)));
  } catch {
    throw invalidParameter('Invalid parameter: NextToken');
  }
}

export function getTopicAttributes(topics: Topics, input: Input) {
  return { Attributes: topicAttributes(topics.byArn(input.TopicArn).def) };
}

/** One attribute at a time; FifoTopic cannot change after creation (recorded: `Invalid parameter: AttributeName`). */
export function setTopicAttributes(topics: Topics, input: Input) {
  const topic: Topic = topics.byArn(input.TopicArn);
  const name = String(input.AttributeName ?? '');
  if (!settable(name)) throw invalidParameter('Invalid parameter: AttributeName');
  const attributes = { ...topic.def.attributes };
  const value = input.AttributeValue;
  if (value === undefined || value === null || value === '') delete attributes[name];
  else attributes[name] = String(value);
  topics.redefine(topic, { ...topic.def, attributes });
  return {};
}
