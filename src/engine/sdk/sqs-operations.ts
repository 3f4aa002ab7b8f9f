// The SQS commands a handler can send: each checked against IAM for the action SQS checks (refusals
// worded as SQS words them), then run by the simulated service; a message a function sends carries
// the function's role session as its SenderId. Outputs carry `$metadata` with a request id.
import { sqsAccessDenied, sqsRequests } from '../iam/sqs-actions';
import type { SqsServiceApi } from '../services/sqs/service';
import { operationTable, type OperationContext } from './operation-table';

type Input = Record<string, unknown>;

/** What one operation needs from the dispatcher. */
export interface SqsContext extends OperationContext {
  sqs: SqsServiceApi;
  /** The caller as SQS records it in SenderId: `AROA…:function-name` for a function's role. */
  senderId?: string;
  /** The sending invocation's chain, carried on the message (recursion detection). */
  chain?: unknown;
}

/** Operation name (as in `SendMessageCommand`) → the service method that runs it. */
const METHODS = {
  CreateQueue: 'createQueue',
  GetQueueUrl: 'getQueueUrl',
  GetQueueAttributes: 'getQueueAttributes',
  SetQueueAttributes: 'setQueueAttributes',
  ListQueues: 'listQueues',
  ListDeadLetterSourceQueues: 'listDeadLetterSourceQueues',
  DeleteQueue: 'deleteQueue',
  PurgeQueue: 'purgeQueue',
  SendMessage: 'sendMessage',
  SendMessageBatch: 'sendMessageBatch',
  ReceiveMessage: 'receiveMessage',
  DeleteMessage: 'deleteMessage',
  DeleteMessageBatch: 'deleteMessageBatch',
  ChangeMessageVisibility: 'changeMessageVisibility',
  ChangeMessageVisibilityBatch: 'changeMessageVisibilityBatch',
} as const satisfies Record<string, keyof SqsServiceApi>;

export type SqsOperation = keyof typeof METHODS;

export const SQS_OPERATION_NAMES = Object.keys(METHODS) as SqsOperation[];

export const SQS_OPERATIONS = operationTable<SqsContext, SqsOperation>(SQS_OPERATION_NAMES, {
  requests: sqsRequests,
  refuse: (denial, request) => sqsAccessDenied(denial, request.action),
  run: (ctx, operation) =>
    (ctx.sqs[METHODS[operation]] as (input: Input, caller?: { senderId?: string; chain?: unknown }) => Promise<object>)(
      ctx.input, ctx.senderId !== undefined || ctx.chain !== undefined ? { ...(ctx.senderId !== undefined ? { senderId: ctx.senderId } : {}), ...(ctx.chain !== undefined ? { chain: ctx.chain } : {}) } : undefined),
});
