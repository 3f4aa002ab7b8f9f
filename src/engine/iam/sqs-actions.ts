// Which IAM action on which queue an SQS call needs (AWS docs, "Actions, resources, and condition keys
// for Amazon SQS"): the operation's own action on the queue's ARN; a batch needs the action of its
// single-message form ("SendMessageBatch … requires sqs:SendMessage"); ListQueues acts on no queue.
// And how SQS words a refusal: `AccessDenied`, with the action in lower case.
import { ServiceError } from '../errors';
import { ACCOUNT_ID, REGION } from '../ids';
import type { AuthorizationRequest } from './request-actions';

type Input = Record<string, unknown>;

/** What Lambda's poller needs on a queue, as the AWSLambdaSQSQueueExecutionRole managed policy grants it. */
export const SQS_POLL_ACTIONS = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'] as const;

const ACTION_OF: Record<string, string> = {
  SendMessageBatch: 'SendMessage',
  DeleteMessageBatch: 'DeleteMessage',
  ChangeMessageVisibilityBatch: 'ChangeMessageVisibility',
};

/** The ARN a QueueUrl names (its region and account as written), or this account's queue of that name. */
export function queueArnOfUrl(url: unknown): string {
  const text = typeof url === 'string' ? url.trim() : '';
  const match = /^(?:https?:\/\/)?([^/]+)\/(\d{12})\/([^/?#]+)\/?$/.exec(text);
  if (!match) return `arn:aws:sqs:${REGION}:${ACCOUNT_ID}:${text.split('/').filter(Boolean).pop() ?? ''}`;
  const [, host = '', account, name] = match;
  const region = /^sqs\.([a-z0-9-]+)\./.exec(host)?.[1] ?? /^([a-z0-9-]+)\.queue\./.exec(host)?.[1] ?? REGION;
  return `arn:aws:sqs:${region}:${account}:${name}`;
}

/** The permissions an SQS call needs. */
export function sqsRequests(operation: string, input: Input): AuthorizationRequest[] {
  if (operation === 'ListQueues') return [{ action: 'sqs:ListQueues', resource: '*' }];
  const action = `sqs:${ACTION_OF[operation] ?? operation}`;
  const byName = operation === 'CreateQueue' || operation === 'GetQueueUrl';
  const resource = byName ? `arn:aws:sqs:${REGION}:${String(input.QueueOwnerAWSAccountId ?? ACCOUNT_ID)}:${String(input.QueueName ?? '')}` : queueArnOfUrl(input.QueueUrl);
  return [{ action, resource }];
}

/**
 * SQS's AccessDenied: "User: … is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:…
 * because no identity-based policy allows the sqs:sendmessage action" (as SQS answers: the action in
 * lower case, the resource unquoted), HTTP 403.
 */
export function sqsAccessDenied(denial: ServiceError, action: string): ServiceError {
  const lower = action.toLowerCase();
  return new ServiceError('AccessDenied', denial.message.split(action).join(lower), 403);
}
