// The account's topics: their definitions (the project's), each subscription's compiled filter policy,
// a FIFO topic's sequence and deduplication memory; and how SNS finds a topic or a subscription by ARN.
import { ACCOUNT_ID, REGION } from '../../ids';
import { isFifo, type SubscriptionDef, type TopicDef } from './definitions';
import { invalidParameter, malformedArn, subscriptionNotFound, topicNotFound } from './errors';
import { FifoState } from './fifo';
import { parseFilterPolicy } from './filter-policy/parse';
import type { FilterPolicy, FilterPolicyScope } from './filter-policy/types';

/** A topic as the service works with it. */
export interface Topic {
  def: TopicDef;
  /** Compiled filter policies by subscription id (absent: no policy). */
  policies: Map<string, FilterPolicy>;
  /** Present on FIFO topics. */
  fifo?: FifoState;
}

/** The policy a subscription's attributes describe, compiled; it was checked when it was set. */
export function compiledPolicy(sub: SubscriptionDef): FilterPolicy | undefined {
  const text = sub.attributes.FilterPolicy;
  if (!text) return undefined;
  const result = parseFilterPolicy(text, (sub.attributes.FilterPolicyScope ?? 'MessageAttributes') as FilterPolicyScope);
  return result.ok ? result.policy : undefined;
}

export class Topics {
  readonly #topics = new Map<string, Topic>();

  constructor(readonly changed: () => void) {}

  /** In name order. */
  list(): Topic[] {
    return [...this.#topics.values()].sort((a, b) => (a.def.name < b.def.name ? -1 : 1));
  }

  find(name: string): Topic | undefined {
    return this.#topics.get(name);
  }

  /** Records a topic (created or restored); compiles its subscriptions' policies. */
  add(def: TopicDef): Topic {
    const topic: Topic = { def, policies: new Map(), ...(isFifo(def) ? { fifo: new FifoState() } : {}) };
    for (const sub of def.subscriptions) this.#compile(topic, sub);
    this.#topics.set(def.name, topic);
    this.changed();
    return topic;
  }

  remove(name: string): void {
    if (this.#topics.delete(name)) this.changed();
  }

  /** Replaces a topic's definition (attributes, subscriptions), keeping its FIFO state. */
  redefine(topic: Topic, def: TopicDef): void {
    topic.def = def;
    topic.policies.clear();
    for (const sub of def.subscriptions) this.#compile(topic, sub);
    this.changed();
  }

  #compile(topic: Topic, sub: SubscriptionDef): void {
    const policy = compiledPolicy(sub);
    if (policy) topic.policies.set(sub.id, policy);
  }

  /**
   * The topic an ARN names, with SNS's refusals: fewer than six `:` parts is malformed, another
   * region is `Invalid parameter: TopicArn` (as recorded from AWS for cross-region calls), and a
   * well-formed ARN of no topic here is NotFound `Topic does not exist`.
   */
  byArn(arn: unknown, parameter = 'TopicArn'): Topic {
    const text = typeof arn === 'string' ? arn : '';
    const parts = text.split(':');
    if (parts.length < 6) throw malformedArn(parameter, text);
    const [prefix, partition, service, region, account, ...rest] = parts;
    if (prefix !== 'arn' || partition !== 'aws' || service !== 'sns' || region !== REGION) throw invalidParameter(`Invalid parameter: ${parameter}`);
    const topic = account === ACCOUNT_ID ? this.#topics.get(rest.join(':')) : undefined;
    if (!topic) throw topicNotFound();
    return topic;
  }

  /**
   * A subscription by ARN (`<topic ARN>:<id>`). SNS refuses a missing ARN, one of fewer than six
   * parts, and a topic's ARN (six parts, no subscription id), in those words (recorded from AWS).
   */
  subscription(arn: unknown): { topic: Topic; sub: SubscriptionDef } | undefined {
    if (typeof arn !== 'string' || arn === '') throw invalidParameter('Invalid parameter: SubscriptionArn Reason: no value for required parameter');
    const parts = arn.split(':');
    if (parts.length < 6) throw malformedArn('SubscriptionArn', arn);
    if (parts.length === 6) throw invalidParameter('Invalid parameter: SubscriptionId');
    const id = parts.at(-1)!;
    const topic = parts[3] === REGION && parts[4] === ACCOUNT_ID ? this.#topics.get(parts.slice(5, -1).join(':')) : undefined;
    const sub = topic?.def.subscriptions.find((s) => s.id === id);
    return topic && sub ? { topic, sub } : undefined;
  }

  /** As `subscription`, for the operations that answer NotFound `Subscription does not exist`. */
  getSubscription(arn: unknown): { topic: Topic; sub: SubscriptionDef } {
    const found = this.subscription(arn);
    if (!found) throw subscriptionNotFound();
    return found;
  }
}
