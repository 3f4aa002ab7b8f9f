// The SQS commands a handler can send: each checked against IAM for the action SQS checks (refusals
// worded as SQS words them), then run by the simulated service; a message a function sends carries
// the function's role session as its SenderId. Outputs carry `$metadata` with a request id.
import type { ServiceError } from '../errors';
import { sqsAccessDenied, sqsRequests } from '../iam/sqs-actions';
import type { AuthorizationRequest } from '../iam/request-actions';
import type { SqsServiceApi } from '../services/sqs/service';

type Input = Record<string, unknown>;

/** What one operation needs from the dispatcher. */
export interface SqsContext {
  sqs: SqsServiceApi;
  input: Input;
  denied(request: AuthorizationRequest): Promise<ServiceError | undefined>;
  /** The caller as SQS records it in SenderId: `AROA…:function-name` for a function's role. */
  senderId?: string;
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

async function run(ctx: SqsContext, operation: SqsOperation): Promise<object> {
  for (const request of sqsRequests(operation, ctx.input)) {
    const denial = await ctx.denied(request);
    if (denial) throw sqsAccessDenied(denial, request.action);
  }
  const method = ctx.sqs[METHODS[operation]] as (input: Input, caller?: { senderId?: string }) => Promise<object>;
  const output = await method(ctx.input, ctx.senderId !== undefined ? { senderId: ctx.senderId } : undefined);
  return { ...output, $metadata: { httpStatusCode: 200, requestId: crypto.randomUUID(), attempts: 1, totalRetryDelay: 0 } };
}

export const SQS_OPERATIONS: Record<string, (ctx: SqsContext) => Promise<object>> = Object.fromEntries(
  SQS_OPERATION_NAMES.map((operation) => [operation, (ctx: SqsContext) => run(ctx, operation)]),
);
