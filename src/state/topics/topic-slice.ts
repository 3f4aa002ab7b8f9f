// SNS's slice of the project document: the topics with their attributes and subscriptions.
import type { Engine } from '../../engine/engine';
import type { TopicDef } from '../../engine/services/sns/definitions';
import type { ServiceSlice } from '../projects/service-slice';
import { t } from '../../i18n/i18n.svelte';

export const topicSlice: ServiceSlice = {
  key: 'topics',
  read: (engine: Engine) => engine.sns.listTopicDefs(),
  restore: (engine: Engine, topic) => engine.sns.importTopic(asTopicDef(topic)),
  describe: (topic) => t('topics.describe', String((topic as TopicDef)?.name)),
  changedBy: ['topics-changed'],
};

/**
 * A topic in SNS's own shape. A hand-written document may leave out the attributes and the
 * subscriptions' attributes; a subscription without an id gets one, as Subscribe would give it.
 */
export function asTopicDef(value: unknown): TopicDef {
  const topic = value as Partial<TopicDef>;
  return {
    name: String(topic.name ?? ''),
    attributes: { ...(topic.attributes ?? {}) },
    subscriptions: (topic.subscriptions ?? []).map((sub) => ({
      id: sub.id || crypto.randomUUID(),
      protocol: sub.protocol,
      endpoint: sub.endpoint,
      attributes: { ...(sub.attributes ?? {}) },
    })),
  };
}
