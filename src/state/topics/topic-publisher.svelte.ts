// A topic's Publish tab: the message form (text, subject, attributes, per-protocol messages, FIFO
// group and deduplication ids), Publish with SNS's answer or refusal, and where recent messages went.
import type { Engine } from '../../engine/engine';
import { isFifo } from '../../engine/services/sns/definitions';
import { describeError } from '../shared/describe-error';
import { t } from '../../i18n/i18n.svelte';
import type { PublishLog, PublishedMessage } from './publish-log.svelte';
import { emptyMessageForm, publishInput, type MessageForm } from './topic-form';

export class TopicPublisher {
  form = $state<MessageForm>(emptyMessageForm());
  error = $state('');
  publishing = $state(false);
  /** SNS's answer to the last publish from this form. */
  last = $state.raw<{ messageId: string; sequenceNumber?: string } | undefined>(undefined);

  constructor(
    private readonly engine: Engine,
    private readonly log: PublishLog,
    readonly topic: string,
  ) {}

  /** Recent messages of the topic, newest first: who received each, and whose filter kept it out. */
  get recent(): PublishedMessage[] {
    return this.log.for(this.topic);
  }

  get fifo(): boolean {
    const def = this.engine.sns.findTopicDef(this.topic);
    return !!def && isFifo(def);
  }

  addAttribute(): void {
    this.form.attributes.push({ name: '', type: 'String', value: '' });
  }

  removeAttribute(index: number): void {
    this.form.attributes.splice(index, 1);
  }

  /** Publish; answers whether SNS accepted the message (its refusal is in `error`). */
  async publish(): Promise<boolean> {
    let input: Record<string, unknown>;
    try {
      input = publishInput(this.topic, this.form);
    } catch {
      this.error = t('topics.binaryNotBase64');
      return false;
    }
    this.publishing = true;
    try {
      const { MessageId, SequenceNumber } = await this.engine.sns.publish(input);
      this.last = { messageId: MessageId, ...(SequenceNumber ? { sequenceNumber: SequenceNumber } : {}) };
      this.log.noteText(MessageId, this.form.message);
      this.error = '';
      return true;
    } catch (error) {
      this.error = describeError(error);
      return false;
    } finally {
      this.publishing = false;
    }
  }
}
