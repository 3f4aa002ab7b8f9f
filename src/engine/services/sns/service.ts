// SNS as the engine exposes it: the project's topic definitions, the topic, subscription and publish
// operations (what the SDK bridge and the scripting API call, with the SDK's input and output shapes),
// and the fan-out that turns a publish into Lambda invocations and SQS messages.
import { hex } from '../../ids';
import type { Clock } from '../../ports';
import { type LambdaEndpoint, type TopicDef } from './definitions';
import type { QueueDeliveryOptions } from './delivery';
import { invalidParameter } from './errors';
import { parseFilterPolicy } from './filter-policy/parse';
import type { FilterPolicyScope } from './filter-policy/types';
import { publish, publishBatch, type PublishDeps } from './publish-operations';
import { getSubscriptionAttributes, listSubscriptions, listSubscriptionsByTopic, setSubscriptionAttributes, subscribe, unsubscribe } from './subscription-operations';
import { createTopic, deleteTopic, getTopicAttributes, listTopics, setTopicAttributes } from './topic-operations';
import { Topics } from './topics';

export interface SnsDeps {
  clock: Clock;
  /** After any topic or subscription changes (to save the project, refresh the UI). */
  changed: () => void;
  /**
   * A lambda subscription's delivery: the engine invokes asynchronously, as the function's resource
   * policy allows principal `sns.amazonaws.com` with SourceArn the topic ARN (the subscription ARN
   * minus its last part); `chain` is the publishing invocation's, for recursion detection.
   */
  invokeLambda: (target: LambdaEndpoint, event: object, subscriptionArn: string, chain?: unknown) => void;
  /** An sqs subscription's delivery: `body` is SNS's JSON envelope, or the raw message with its attributes. */
  sendToQueue: (queueArn: string, body: string, messageAttributes?: Record<string, unknown>, options?: QueueDeliveryOptions) => Promise<void>;
  /** After each message's fan-out (topic ARN): which subscriptions (ARNs) were sent it, which were filtered out. */
  published?: (topic: string, messageId: string, delivered: string[], filtered: string[]) => void;
  /** A delivery that could not be made (the queue refused it, say). */
  deliveryFailed?: (subscriptionArn: string, message: string) => void;
}

type Input = Record<string, unknown>;

/** What the SDK bridge passes along with a call: the caller's invocation chain. */
export interface SnsCallContext {
  chain?: unknown;
}

/** Checks a saved topic as SNS would have checked it when it was made: its name and each filter policy. */
function checkImport(def: TopicDef): void {
  const fifo = def.attributes?.FifoTopic === 'true';
  if (!(fifo ? /^[a-zA-Z0-9_-]{1,251}\.fifo$/ : /^[a-zA-Z0-9_-]{1,256}$/).test(def.name)) throw invalidParameter('Invalid parameter: Topic Name');
  for (const sub of def.subscriptions ?? []) {
    const text = sub.attributes?.FilterPolicy;
    if (!text) continue;
    const result = parseFilterPolicy(text, (sub.attributes.FilterPolicyScope ?? 'MessageAttributes') as FilterPolicyScope);
    if (!result.ok) throw invalidParameter(`Invalid parameter: FilterPolicy: ${result.problem.reason}`);
  }
}

/** Creates the service. */
export function createSnsService(deps: SnsDeps) {
  const topics = new Topics(deps.changed);
  const publishing: PublishDeps = {
    now: () => deps.clock.now(),
    // One certificate per region, as SNS's SigningCertURL names it.
    signingCertUrl: `https://sns.us-east-1.amazonaws.com/SimpleNotificationService-${hex(32)}.pem`,
    invokeLambda: (target, event, arn, chain) => deps.invokeLambda(target, event, arn, chain),
    sendToQueue: (arn, body, attributes, options) => deps.sendToQueue(arn, body, attributes, options),
    published: (topic, id, delivered, filtered) => deps.published?.(topic, id, delivered, filtered),
    deliveryFailed: (arn, message) => deps.deliveryFailed?.(arn, message),
  };
  return {
    /** The project's topics with their subscriptions, in name order (what the project document stores). */
    listTopicDefs: (): TopicDef[] => topics.list().map((t) => structuredClone(t.def)),
    findTopicDef: (name: string): TopicDef | undefined => {
      const def = topics.find(name)?.def;
      return def ? structuredClone(def) : undefined;
    },
    /** Restores a saved topic with its subscriptions (a topic of that name is replaced). */
    importTopic: async (def: TopicDef) => {
      checkImport(def);
      topics.remove(def.name);
      topics.add(structuredClone({ name: def.name, attributes: def.attributes ?? {}, subscriptions: def.subscriptions ?? [] }));
    },
    createTopic: async (input: Input) => createTopic(topics, input),
    deleteTopic: async (input: Input) => deleteTopic(topics, input),
    listTopics: async (input: Input = {}) => listTopics(topics, input),
    getTopicAttributes: async (input: Input) => getTopicAttributes(topics, input),
    setTopicAttributes: async (input: Input) => setTopicAttributes(topics, input),
    subscribe: async (input: Input) => subscribe(topics, input),
    unsubscribe: async (input: Input) => unsubscribe(topics, input),
    listSubscriptions: async (input: Input = {}) => listSubscriptions(topics, input),
    listSubscriptionsByTopic: async (input: Input) => listSubscriptionsByTopic(topics, input),
    getSubscriptionAttributes: async (input: Input) => getSubscriptionAttributes(topics, input),
    setSubscriptionAttributes: async (input: Input) => setSubscriptionAttributes(topics, input),
    publish: async (input: Input, context: SnsCallContext = {}) => publish(topics, publishing, input, context.chain),
    publishBatch: async (input: Input, context: SnsCallContext = {}) => publishBatch(topics, publishing, input, context.chain),
  };
}

/** The service as createSnsService builds it. */
export type SnsService = ReturnType<typeof createSnsService>;

/** What the rest of the engine uses: the service, or the lazily loaded one (lazy-service.ts). */
export type SnsServiceApi = SnsService;
