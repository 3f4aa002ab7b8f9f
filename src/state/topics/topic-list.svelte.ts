// The project's SNS topics as the UI sees them: the list, create (from the form) and delete with SNS's
// errors, and per topic its subscriptions and its publish form; recent messages are logged from the start.
import type { Engine } from '../../engine/engine';
import type { TopicDef } from '../../engine/services/sns/definitions';
import { topicArn } from '../../engine/services/sns/definitions';
import { describeError } from '../shared/describe-error';
import { t } from '../../i18n/i18n.svelte';
import { PublishLog } from './publish-log.svelte';
import { createTopicInput, topicNameOf, type TopicForm } from './topic-form';
import { TopicPublisher } from './topic-publisher.svelte';
import { TopicSubscriptions } from './topic-subscriptions.svelte';

type Notify = (kind: 'info' | 'error', text: string) => void;

export class TopicList {
  topics = $state.raw<TopicDef[]>([]);
  /** The topic the main area shows when the view is 'topics'. */
  selected = $state<string | undefined>(undefined);
  readonly log: PublishLog;
  readonly #subscriptions = new Map<string, TopicSubscriptions>();
  readonly #publishers = new Map<string, TopicPublisher>();

  constructor(
    private readonly engine: Engine,
    private readonly notify: Notify,
  ) {
    this.log = new PublishLog(engine);
    engine.events.on((event) => {
      if (event.type === 'topics-changed') this.refresh();
      // A permission added or removed, or a function gone, changes whether SNS may invoke it.
      else if (event.type === 'iam-changed' || event.type === 'functions-changed') for (const view of this.#subscriptions.values()) view.refresh();
    });
    this.refresh();
  }

  refresh(): void {
    this.topics = this.engine.sns.listTopicDefs();
    const names = new Set(this.topics.map((t) => t.name));
    for (const name of [...this.#subscriptions.keys(), ...this.#publishers.keys()]) {
      if (names.has(name)) continue;
      this.#subscriptions.delete(name);
      this.#publishers.delete(name);
    }
    for (const view of this.#subscriptions.values()) view.refresh();
    if (this.selected && !names.has(this.selected)) this.selected = this.topics[0]?.name;
  }

  /** CreateTopic from the form; SNS's error for the form, if any. Selects the new topic. */
  async create(form: TopicForm): Promise<string | undefined> {
    try {
      await this.engine.sns.createTopic(createTopicInput(form));
    } catch (error) {
      return describeError(error);
    }
    this.refresh();
    this.selected = topicNameOf(form);
    return undefined;
  }

  /** DeleteTopic, which deletes its subscriptions with it. */
  async delete(name: string): Promise<string | undefined> {
    try {
      await this.engine.sns.deleteTopic({ TopicArn: topicArn(name) });
    } catch (error) {
      return describeError(error);
    }
    this.notify('info', t('topics.deleted', name));
    this.refresh();
    return undefined;
  }

  subscriptions(name: string): TopicSubscriptions {
    let view = this.#subscriptions.get(name);
    if (!view) this.#subscriptions.set(name, (view = new TopicSubscriptions(this.engine, name)));
    return view;
  }

  publisher(name: string): TopicPublisher {
    let view = this.#publishers.get(name);
    if (!view) this.#publishers.set(name, (view = new TopicPublisher(this.engine, this.log, name)));
    return view;
  }
}
