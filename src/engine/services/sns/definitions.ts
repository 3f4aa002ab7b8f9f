// What an SNS topic is in a project: plain, serialisable definitions (the project document's
// `topics`), each topic with its subscriptions, and the ARNs SNS gives them.
import { ACCOUNT_ID, REGION } from '../../ids';

/** The protocols the playground delivers to (SNS also has http(s), email, sms, application, firehose). */
export type SnsProtocol = 'lambda' | 'sqs';

/** One subscription of a topic. */
export interface SubscriptionDef {
  /** The last part of the subscription ARN (a UUID): `<topic ARN>:<id>`. */
  id: string;
  protocol: SnsProtocol;
  /** A function ARN (lambda, possibly qualified) or a queue ARN (sqs). */
  endpoint: string;
  /** The attributes set with Subscribe or SetSubscriptionAttributes (FilterPolicy, FilterPolicyScope, RawMessageDelivery …). */
  attributes: Record<string, string>;
}

/** One topic of the project. */
export interface TopicDef {
  /** The topic name; FIFO topics end in `.fifo`. */
  name: string;
  /** The attributes set with CreateTopic or SetTopicAttributes (DisplayName, FifoTopic, ContentBasedDeduplication …). */
  attributes: Record<string, string>;
  /** In the order they were made. */
  subscriptions: SubscriptionDef[];
}

export const topicArn = (name: string) => `arn:aws:sns:${REGION}:${ACCOUNT_ID}:${name}`;
export const subscriptionArn = (topic: string, id: string) => `${topicArn(topic)}:${id}`;

/** The ARN ListTopics and ListSubscriptions are authorized on: every topic of the account in the region. */
export const allTopicsArn = () => `arn:aws:sns:${REGION}:${ACCOUNT_ID}:*`;

/** A topic is FIFO when it was created with FifoTopic 'true' (its name then ends in `.fifo`). */
export const isFifo = (topic: TopicDef) => topic.attributes.FifoTopic === 'true';

/** A function the lambda protocol invokes: `arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]`. */
export interface LambdaEndpoint {
  functionName: string;
  qualifier?: string;
}

const LAMBDA_ARN = /^arn:aws:lambda:([a-z0-9-]+):(\d{12}):function:([a-zA-Z0-9-_]{1,64})(?::(\$LATEST|[a-zA-Z0-9-_]+))?$/;
const QUEUE_ARN = /^arn:aws:sqs:([a-z0-9-]+):(\d{12}):([a-zA-Z0-9_-]{1,80}(?:\.fifo)?)$/;

export function parseLambdaEndpoint(endpoint: string): LambdaEndpoint | undefined {
  const match = LAMBDA_ARN.exec(endpoint);
  if (!match) return undefined;
  return match[4] ? { functionName: match[3]!, qualifier: match[4] } : { functionName: match[3]! };
}

/** A queue ARN's parts, or undefined when `endpoint` is not one (a queue URL, say). */
export function parseQueueArn(endpoint: string): { region: string; account: string; name: string } | undefined {
  const match = QUEUE_ARN.exec(endpoint);
  return match ? { region: match[1]!, account: match[2]!, name: match[3]! } : undefined;
}
