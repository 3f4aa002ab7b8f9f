// Every topic's recent messages and where each went: the subscriptions that received it and the ones
// whose filter policy kept it out, recorded from the start (publishes by functions included).
import type { Engine } from '../../engine/engine';
import type { TopicDef } from '../../engine/services/sns/definitions';
import { subscriptionLabel } from './topic-form';

/** Messages kept per topic, newest first. */
export const KEPT_MESSAGES = 25;

/** One subscription a message reached or not, named as it was when the message went out. */
export interface DeliveryTarget {
  arn: string;
  label: string;
}

export interface PublishedMessage {
  messageId: string;
  /** Epoch milliseconds, when the playground saw it go out. */
  time: number;
  delivered: DeliveryTarget[];
  filtered: DeliveryTarget[];
  /** The text, when the message was published from the playground's form. */
  message?: string;
}

/** The engine's announcement after each message's fan-out. */
interface SnsPublishedEvent {
  type: 'sns-published';
  /** The topic's ARN. */
  topic: string;
  messageId: string;
  delivered: string[];
  filtered: string[];
}

const nameOfArn = (arn: string) => arn.slice(arn.lastIndexOf(':') + 1);

export class PublishLog {
  /** Topic name → its messages, newest first (each list replaced, never mutated). */
  byTopic = $state.raw<Record<string, PublishedMessage[]>>({});

  constructor(private readonly engine: Engine) {
    engine.events.on((event) => {
      if (event.type === 'sns-published') this.#add(event as SnsPublishedEvent);
      else if (event.type === 'topics-changed') this.#forgetDeleted();
    });
  }

  /** Adds the text of a message the form published (the engine's record names only its id). */
  noteText(messageId: string, message: string): void {
    const name = Object.keys(this.byTopic).find((topic) => this.byTopic[topic]!.some((m) => m.messageId === messageId));
    if (name) this.byTopic = { ...this.byTopic, [name]: this.byTopic[name]!.map((m) => (m.messageId === messageId ? { ...m, message } : m)) };
  }

  for(topic: string): PublishedMessage[] {
    return this.byTopic[topic] ?? [];
  }

  #add(event: SnsPublishedEvent): void {
    const name = nameOfArn(event.topic);
    const def: TopicDef | undefined = this.engine.sns.findTopicDef(name);
    const target = (arn: string): DeliveryTarget => {
      const sub = def?.subscriptions.find((s) => arn.endsWith(`:${s.id}`));
      return { arn, label: sub ? subscriptionLabel(sub) : arn };
    };
    const record: PublishedMessage = {
      messageId: event.messageId,
      time: Date.now(),
      delivered: event.delivered.map(target),
      filtered: event.filtered.map(target),
    };
    this.byTopic = { ...this.byTopic, [name]: [record, ...this.for(name)].slice(0, KEPT_MESSAGES) };
  }

  #forgetDeleted(): void {
    const names = new Set(this.engine.sns.listTopicDefs().map((t) => t.name));
    if (Object.keys(this.byTopic).every((name) => names.has(name))) return;
    this.byTopic = Object.fromEntries(Object.entries(this.byTopic).filter(([name]) => names.has(name)));
  }
}
