// The DynamoDB commands a handler can send: each checked against IAM for the actions DynamoDB
// checks, then run by the simulated service; outputs carry `$metadata` with DynamoDB's request id.
import type { ServiceError } from '../errors';
import { dynamodbRequests } from '../iam/dynamodb-actions';
import type { AuthorizationRequest } from '../iam/request-actions';
import type { DynamoDbServiceApi } from '../services/dynamodb/service';
import { dynamoRequestId } from '../services/dynamodb/dynamodb-ids';

type Input = Record<string, unknown>;

/** What one operation needs from the dispatcher. */
export interface DynamoDbContext {
  dynamodb: DynamoDbServiceApi;
  input: Input;
  denied(request: AuthorizationRequest): Promise<ServiceError | undefined>;
}

/** Operation name (as in `PutItemCommand`) → the service method that runs it. */
const METHODS = {
  CreateTable: 'createTable',
  DescribeTable: 'describeTable',
  ListTables: 'listTables',
  DeleteTable: 'deleteTable',
  UpdateTable: 'updateTable',
  PutItem: 'putItem',
  GetItem: 'getItem',
  UpdateItem: 'updateItem',
  DeleteItem: 'deleteItem',
  Query: 'query',
  Scan: 'scan',
  BatchWriteItem: 'batchWriteItem',
  BatchGetItem: 'batchGetItem',
  TransactWriteItems: 'transactWriteItems',
  TransactGetItems: 'transactGetItems',
} as const satisfies Record<string, keyof DynamoDbServiceApi>;

async function run(ctx: DynamoDbContext, operation: keyof typeof METHODS): Promise<object> {
  for (const request of dynamodbRequests(operation, ctx.input)) {
    const denial = await ctx.denied(request);
    if (denial) throw denial;
  }
  const method = ctx.dynamodb[METHODS[operation]] as (input: Input) => Promise<object> | object;
  const output = await method(ctx.input);
  return { ...output, $metadata: { httpStatusCode: 200, requestId: dynamoRequestId(), attempts: 1, totalRetryDelay: 0 } };
}

export const DYNAMODB_OPERATIONS: Record<string, (ctx: DynamoDbContext) => Promise<object>> = Object.fromEntries(
  (Object.keys(METHODS) as Array<keyof typeof METHODS>).map((operation) => [operation, (ctx: DynamoDbContext) => run(ctx, operation)]),
);
