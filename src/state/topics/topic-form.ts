// The SNS forms as API input: Create topic (standard or FIFO), a new subscription (a function or a
// queue, with an optional filter policy), and a message to publish with its attributes.
import { functionArn } from '../../engine/ids';
import { parseLambdaEndpoint, parseQueueArn, topicArn, type SnsProtocol, type SubscriptionDef } from '../../engine/services/sns/definitions';
import type { FilterPolicyScope } from '../../engine/services/sns/filter-policy/types';

export interface TopicForm {
  /** Without `.fifo`: a FIFO topic gets it added. */
  name: string;
  fifo: boolean;
  contentBasedDeduplication: boolean;
  displayName: string;
}

export const emptyTopicForm = (): TopicForm => ({ name: '', fifo: false, contentBasedDeduplication: false, displayName: '' });

/** The topic name the form makes: a FIFO topic's must end in `.fifo`. */
export const topicNameOf = (form: TopicForm) => {
  const name = form.name.trim();
  return form.fifo && !name.endsWith('.fifo') ? `${name}.fifo` : name;
};

export function createTopicInput(form: TopicForm): Record<string, unknown> {
  const attributes: Record<string, string> = {};
  if (form.fifo) attributes.FifoTopic = 'true';
  if (form.fifo && form.contentBasedDeduplication) attributes.ContentBasedDeduplication = 'true';
  if (form.displayName.trim()) attributes.DisplayName = form.displayName.trim();
  return { Name: topicNameOf(form), ...(Object.keys(attributes).length ? { Attributes: attributes } : {}) };
}

export interface SubscriptionDraft {
  protocol: SnsProtocol;
  functionName: string;
  /** An alias or version; '' for the unqualified function. */
  qualifier: string;
  queueArn: string;
  /** The policy's JSON text; '' for none. */
  filterPolicy: string;
  scope: FilterPolicyScope;
  rawMessageDelivery: boolean;
}

export const blankDraft = (functionName = ''): SubscriptionDraft => ({
  protocol: 'lambda', functionName, qualifier: '', queueArn: '', filterPolicy: '', scope: 'MessageAttributes', rawMessageDelivery: false,
});

export function subscribeInput(topic: string, draft: SubscriptionDraft): Record<string, unknown> {
  const attributes: Record<string, string> = {};
  if (draft.filterPolicy.trim()) {
    attributes.FilterPolicy = draft.filterPolicy;
    if (draft.scope !== 'MessageAttributes') attributes.FilterPolicyScope = draft.scope;
  }
  if (draft.protocol === 'sqs' && draft.rawMessageDelivery) attributes.RawMessageDelivery = 'true';
  return {
    TopicArn: topicArn(topic),
    Protocol: draft.protocol,
    Endpoint: draft.protocol === 'lambda' ? functionArn(draft.functionName, draft.qualifier || undefined) : draft.queueArn.trim(),
    ReturnSubscriptionArn: true,
    ...(Object.keys(attributes).length ? { Attributes: attributes } : {}),
  };
}

/** How a subscription reads in a list: `λ thumbs:live`, `SQS orders-queue`. */
export function subscriptionLabel(sub: Pick<SubscriptionDef, 'protocol' | 'endpoint'>): string {
  if (sub.protocol === 'lambda') {
    const target = parseLambdaEndpoint(sub.endpoint);
    return target ? `λ ${target.functionName}${target.qualifier ? `:${target.qualifier}` : ''}` : sub.endpoint;
  }
  return `SQS ${parseQueueArn(sub.endpoint)?.name ?? sub.endpoint}`;
}

export type AttributeType = 'String' | 'Number' | 'Binary' | 'String.Array';

export const ATTRIBUTE_TYPES: readonly AttributeType[] = ['String', 'Number', 'Binary', 'String.Array'];

/** One message attribute row of the publish form; a Binary value is typed as base64. */
export interface AttributeRow {
  name: string;
  type: AttributeType;
  value: string;
}

export interface MessageForm {
  message: string;
  subject: string;
  /** MessageStructure json: the message is a JSON object of texts per protocol, with `default`. */
  perProtocol: boolean;
  attributes: AttributeRow[];
  messageGroupId: string;
  messageDeduplicationId: string;
}

export const emptyMessageForm = (): MessageForm => ({ message: '', subject: '', perProtocol: false, attributes: [], messageGroupId: '', messageDeduplicationId: '' });

/** Publish input from the form; rows without a name are left out. Throws when a Binary value is not base64. */
export function publishInput(topic: string, form: MessageForm): Record<string, unknown> {
  const rows = form.attributes.filter((row) => row.name.trim() !== '');
  const attributes = Object.fromEntries(
    rows.map((row) => [
      row.name.trim(),
      row.type === 'Binary' ? { DataType: 'Binary', BinaryValue: Uint8Array.from(atob(row.value), (c) => c.charCodeAt(0)) } : { DataType: row.type, StringValue: row.value },
    ]),
  );
  return {
    TopicArn: topicArn(topic),
    Message: form.message,
    ...(form.subject !== '' ? { Subject: form.subject } : {}),
    ...(form.perProtocol ? { MessageStructure: 'json' } : {}),
    ...(rows.length ? { MessageAttributes: attributes } : {}),
    ...(form.messageGroupId ? { MessageGroupId: form.messageGroupId } : {}),
    ...(form.messageDeduplicationId ? { MessageDeduplicationId: form.messageDeduplicationId } : {}),
  };
}
