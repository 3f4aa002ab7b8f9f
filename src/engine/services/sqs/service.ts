// Amazon SQS as the engine exposes it: the project's queue definitions, the queue and message
// operations (what the SDK bridge and the scripting API call, with the SDK's shapes), a look at a
// queue's messages for the UI, and queues as event sources for Lambda's event source mappings.
import type { QueueSource } from '../../lambda/event-source-mappings/queue-source';
import { ACCOUNT_ID } from '../../ids';
import type { Clock } from '../../ports';
import { queueNameOfArn, type QueueDef } from './definitions';
import { changeMessageVisibility, changeMessageVisibilityBatch, deleteMessage, deleteMessageBatch, purgeQueue } from './message-operations';
import type { SqsMessageStore } from './message-store';
import { messageState, type MessageState } from './queue';
import type { MessageCounts } from './queue-attributes';
import {
  createQueue, deleteQueue, getQueueAttributes, getQueueUrl, listDeadLetterSourceQueues, listQueues, setQueueAttributes,
} from './queue-operations';
import { queueSource } from './queue-source';
import { Queues } from './queues';
import { receiveMessage } from './receive-message';
import { sendMessage, sendMessageBatch } from './send-message';

export interface SqsDeps {
  clock: Clock;
  /** Where messages are kept between loads; in memory only when left out. */
  store?: SqsMessageStore;
  /** After any queue definition changes (to save the project, refresh the UI). */
  changed: () => void;
  /** After a queue's messages change, or change state by themselves (runtime data, not the project). */
  messagesChanged?: (queue: string) => void;
}

type Input = Record<string, unknown>;

/** Who sent a message (its SenderId): a role session `AROA…:function`, or the account for the console. */
export interface SqsCaller {
  senderId?: string;
  /** The chain of the invocation sending (recursion detection); opaque here. */
  chain?: unknown;
}

/** A message as the queue's browser shows it, without receiving it. */
export interface MessageView {
  messageId: string;
  body: string;
  state: MessageState;
  receiveCount: number;
  sentTimestamp: number;
  groupId?: string;
  /** When a delayed or in-flight message becomes visible (epoch ms). */
  visibleAt?: number;
}

export function createSqsService(deps: SqsDeps) {
  const queues = new Queues({ clock: deps.clock, ...(deps.store ? { store: deps.store } : {}), changed: deps.changed, ...(deps.messagesChanged ? { messagesChanged: deps.messagesChanged } : {}) });
  const sender = (caller?: SqsCaller) => caller?.senderId ?? ACCOUNT_ID;
  /**
   * Answers once the operation's changes are stored, as SQS answers a send once the message is
   * stored: a reload right after it keeps the message. A receive does not wait (a message whose
   * receive was not stored is received again after a reload, which at-least-once delivery allows).
   */
  const stored = <T>(operation: () => T | Promise<T>) => queues.stored(operation);
  return {
    /** The project's queue definitions, in name order (what the project document stores). */
    listQueueDefs: (): QueueDef[] => queues.list().map((q) => structuredClone(q.def)),
    findQueueDef: (name: string): QueueDef | undefined => queues.find(name)?.def,
    /** Restores a saved queue, with the messages the store kept for it. */
    importQueue: async (def: QueueDef): Promise<void> => void (await queues.import(structuredClone(def))),
    /** The queue with this ARN as an event source, if it exists. */
    queueSource: (arn: string): QueueSource | undefined => {
      const name = queueNameOfArn(arn);
      return name !== undefined && queues.find(name) ? queueSource(queues, name) : undefined;
    },
    /** Not an AWS API: visible, in flight and delayed messages of a queue (the console's counts, exact here). */
    messageCounts: (name: string): MessageCounts => queues.find(name)?.counts(deps.clock.now()) ?? { visible: 0, inFlight: 0, delayed: 0 },
    /** Not an AWS API: a queue's messages and their states, oldest first, without receiving any. */
    peekMessages: (name: string): MessageView[] => {
      const now = deps.clock.now();
      return (queues.find(name)?.messages ?? []).map((m) => {
        const state = messageState(m, now);
        return {
          messageId: m.messageId, body: m.body, state, receiveCount: m.receiveCount, sentTimestamp: m.sentTimestamp,
          ...(m.groupId !== undefined ? { groupId: m.groupId } : {}), ...(state !== 'visible' ? { visibleAt: m.hiddenUntil } : {}),
        };
      });
    },
    createQueue: (input: Input) => createQueue(queues, input),
    getQueueUrl: async (input: Input) => getQueueUrl(queues, input),
    getQueueAttributes: async (input: Input) => getQueueAttributes(queues, input),
    setQueueAttributes: (input: Input) => stored(() => setQueueAttributes(queues, input)),
    listQueues: async (input: Input = {}) => listQueues(queues, input),
    listDeadLetterSourceQueues: async (input: Input) => listDeadLetterSourceQueues(queues, input),
    deleteQueue: (input: Input) => deleteQueue(queues, input),
    purgeQueue: (input: Input) => stored(() => purgeQueue(queues, input)),
    sendMessage: (input: Input, caller?: SqsCaller) => stored(() => sendMessage(queues, input, sender(caller), caller?.chain)),
    sendMessageBatch: (input: Input, caller?: SqsCaller) => stored(() => sendMessageBatch(queues, input, sender(caller), caller?.chain)),
    receiveMessage: (input: Input) => receiveMessage(queues, deps.clock, input),
    deleteMessage: (input: Input) => stored(() => deleteMessage(queues, input)),
    deleteMessageBatch: (input: Input) => stored(() => deleteMessageBatch(queues, input)),
    changeMessageVisibility: (input: Input) => stored(() => changeMessageVisibility(queues, input)),
    changeMessageVisibilityBatch: (input: Input) => stored(() => changeMessageVisibilityBatch(queues, input)),
    /** Stops the queues' timers. */
    dispose: () => queues.dispose(),
  };
}

/** The service as createSqsService builds it. */
export type SqsService = ReturnType<typeof createSqsService>;

/** What the rest of the engine uses: the service, or the lazily loaded one (lazy-service.ts). */
export type SqsServiceApi = SqsService;
