// The project's SQS queues as the UI sees them: the list, create and delete with SQS's errors, the
// settings (SetQueueAttributes, dead-letter queue included), one view per queue, and the fix the
// Lambda console offers when a function's role cannot poll a queue.
import type { Engine } from '../../engine/engine';
import { SQS_POLL_ACTIONS } from '../../engine/iam/sqs-actions';
import { queueArn, queueUrl, type QueueDef } from '../../engine/services/sqs/definitions';
import { describeError } from '../shared/describe-error';
import { t } from '../../i18n/i18n.svelte';
import { createQueueInput, queueNameOf, setAttributesInput, type QueueForm, type SettingsForm } from './queue-form';
import { QueueView } from './queue-view.svelte';

type Notify = (kind: 'info' | 'error', text: string) => void;

export class QueueList {
  queues = $state.raw<QueueDef[]>([]);
  /** The queue the main area shows when the view is 'queues'. */
  selected = $state<string | undefined>(undefined);
  readonly #views = new Map<string, QueueView>();

  constructor(
    private readonly engine: Engine,
    private readonly notify: Notify,
  ) {
    engine.events.on((event) => {
      if (event.type === 'queues-changed') this.refresh();
    });
    this.refresh();
  }

  refresh(): void {
    this.queues = this.engine.sqs.listQueueDefs();
    const names = new Set(this.queues.map((q) => q.name));
    for (const [name, view] of this.#views) {
      if (names.has(name)) continue;
      view.dispose();
      this.#views.delete(name);
    }
    if (this.selected && !names.has(this.selected)) this.selected = this.queues[0]?.name;
  }

  /** CreateQueue from the form; SQS's error for the form, if any. Selects the new queue. */
  async create(form: QueueForm): Promise<string | undefined> {
    try {
      await this.engine.sqs.createQueue(createQueueInput(form));
    } catch (error) {
      return describeError(error);
    }
    this.refresh();
    this.selected = queueNameOf(form);
    return undefined;
  }

  async delete(name: string): Promise<string | undefined> {
    try {
      await this.engine.sqs.deleteQueue({ QueueUrl: queueUrl(name) });
    } catch (error) {
      return describeError(error);
    }
    this.notify('info', t('queues.deletedNotice', name));
    this.refresh();
    return undefined;
  }

  /** SetQueueAttributes from the settings form. */
  async saveSettings(name: string, form: SettingsForm): Promise<string | undefined> {
    const def = this.engine.sqs.findQueueDef(name);
    if (!def) return t('queues.gone', name);
    try {
      await this.engine.sqs.setQueueAttributes({ QueueUrl: queueUrl(name), Attributes: setAttributesInput(def, form) });
    } catch (error) {
      return describeError(error);
    }
    this.refresh();
    return undefined;
  }

  /** The queues that can be this one's dead-letter queue: the others of the same type. */
  deadLetterChoices(name: string): string[] {
    const fifo = Boolean(this.queues.find((q) => q.name === name)?.fifo);
    return this.queues.filter((q) => q.name !== name && Boolean(q.fifo) === fifo).map((q) => q.name);
  }

  view(name: string): QueueView {
    let view = this.#views.get(name);
    if (!view) this.#views.set(name, (view = new QueueView(this.engine, name)));
    return view;
  }

  /**
   * What the Lambda console's SQS trigger needs and the default role lacks: the poller's actions on
   * the queue (as AWSLambdaSQSQueueExecutionRole grants them), added to the function's role.
   */
  async allowPoll(functionName: string, queueName: string): Promise<string | undefined> {
    try {
      const { Role } = await this.engine.lambda.getFunctionConfiguration({ FunctionName: functionName });
      const role = this.engine.iam.roleOf({ functionName, roleArn: Role });
      const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [...SQS_POLL_ACTIONS], Resource: queueArn(queueName) }] };
      this.engine.iam.roles.putRolePolicy(role.roleName, `${queueName.replace(/\./g, '-')}-sqs-poll`, JSON.stringify(document, null, 2));
    } catch (error) {
      return describeError(error);
    }
    return undefined;
  }
}
