// One queue as its workbench shows it: the live counts of visible, in-flight and delayed messages,
// sending a message, polling (a real ReceiveMessage, as the console's "Poll for messages" is) and
// deleting what was received, and purging — SQS's errors shown as SQS words them.
import type { Engine } from '../../engine/engine';
import { queueUrl } from '../../engine/services/sqs/definitions';
import type { MessageCounts } from '../../engine/services/sqs/queue-attributes';
import { describeError } from '../shared/describe-error';
import { sendMessageInput, type SendForm } from './queue-form';

/** A message the last poll received, as ReceiveMessage answered it. */
export interface ReceivedMessage {
  MessageId: string;
  ReceiptHandle: string;
  Body: string;
  MD5OfBody: string;
  Attributes?: Record<string, string>;
  MessageAttributes?: Record<string, { DataType: string; StringValue?: string; BinaryValue?: Uint8Array }>;
  /** Set once deleted from here. */
  deleted?: boolean;
}

export class QueueView {
  counts = $state.raw<MessageCounts>({ visible: 0, inFlight: 0, delayed: 0 });
  received = $state.raw<ReceivedMessage[]>([]);
  polling = $state(false);
  #dispose: () => void;

  constructor(
    private readonly engine: Engine,
    readonly name: string,
  ) {
    this.#dispose = engine.events.on((event) => {
      if ((event.type === 'messages-changed' && event.queue === name) || event.type === 'queues-changed') this.refresh();
    });
    this.refresh();
  }

  get url(): string {
    return queueUrl(this.name);
  }

  refresh(): void {
    this.counts = this.engine.sqs.messageCounts(this.name);
  }

  /** SendMessage from the form; answers the new MessageId, or what went wrong. */
  async send(form: SendForm): Promise<{ messageId?: string; error?: string }> {
    const fifo = Boolean(this.engine.sqs.findQueueDef(this.name)?.fifo);
    const built = sendMessageInput(this.url, fifo, form);
    if ('error' in built) return { error: built.error };
    try {
      const { MessageId } = await this.engine.sqs.sendMessage(built.input);
      return { messageId: MessageId };
    } catch (error) {
      return { error: describeError(error) };
    }
  }

  /** ReceiveMessage of up to 10 messages with every attribute, waiting up to `waitSeconds` for some. */
  async poll(waitSeconds = 0): Promise<string | undefined> {
    this.polling = true;
    try {
      const { Messages = [] } = await this.engine.sqs.receiveMessage({
        QueueUrl: this.url, MaxNumberOfMessages: 10, WaitTimeSeconds: waitSeconds, MessageSystemAttributeNames: ['All'], MessageAttributeNames: ['All'],
      });
      this.received = Messages as ReceivedMessage[];
      return undefined;
    } catch (error) {
      return describeError(error);
    } finally {
      this.polling = false;
    }
  }

  /** DeleteMessage with the handle the poll received. */
  async delete(message: ReceivedMessage): Promise<string | undefined> {
    try {
      await this.engine.sqs.deleteMessage({ QueueUrl: this.url, ReceiptHandle: message.ReceiptHandle });
    } catch (error) {
      return describeError(error);
    }
    this.received = this.received.map((m) => (m === message ? { ...m, deleted: true } : m));
    return undefined;
  }

  async purge(): Promise<string | undefined> {
    try {
      await this.engine.sqs.purgeQueue({ QueueUrl: this.url });
    } catch (error) {
      return describeError(error);
    }
    this.received = [];
    return undefined;
  }

  dispose(): void {
    this.#dispose();
  }
}
