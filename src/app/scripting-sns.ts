// `window.playground.sns`: the simulated SNS with the AWS SDK v3 input and output shapes (binary
// attribute values as Uint8Array), as SNSClient sends them; deliveries go to functions and queues.
import type { Engine } from '../engine/engine';
import { parseFilterPolicy } from '../engine/services/sns/filter-policy/parse';
import type { FilterPolicyScope } from '../engine/services/sns/filter-policy/types';

export function createSnsScripting(sns: Engine['sns']) {
  return {
    createTopic: sns.createTopic,
    deleteTopic: sns.deleteTopic,
    listTopics: sns.listTopics,
    getTopicAttributes: sns.getTopicAttributes,
    setTopicAttributes: sns.setTopicAttributes,
    subscribe: sns.subscribe,
    unsubscribe: sns.unsubscribe,
    listSubscriptions: sns.listSubscriptions,
    listSubscriptionsByTopic: sns.listSubscriptionsByTopic,
    getSubscriptionAttributes: sns.getSubscriptionAttributes,
    setSubscriptionAttributes: sns.setSubscriptionAttributes,
    publish: (input: Record<string, unknown>) => sns.publish(input),
    publishBatch: (input: Record<string, unknown>) => sns.publishBatch(input),
    /** Not an AWS API: what SNS would say of a filter policy (its reason, key path, line and column), or undefined when it is valid. */
    checkFilterPolicy: (policy: string, scope: FilterPolicyScope = 'MessageAttributes') => {
      const result = parseFilterPolicy(policy, scope);
      return result.ok ? undefined : result.problem;
    },
  };
}
