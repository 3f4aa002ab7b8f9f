// The DynamoDB commands a handler can send: each checked against IAM for the actions DynamoDB
// checks, then run by the simulated service; outputs carry `$metadata` with DynamoDB's request id.
import { dynamodbRequests } from '../iam/dynamodb-actions';
import type { DynamoDbServiceApi } from '../services/dynamodb/service';
import { dynamoRequestId } from '../services/dynamodb/dynamodb-ids';
import { operationTable, type OperationContext } from './operation-table';

type Input = Record<string, unknown>;

/** What one operation needs from the dispatcher. */
export interface DynamoDbContext extends OperationContext {
  dynamodb: DynamoDbServiceApi;
  /** The caller's X-Ray header: a write's stream records carry it on to the stream's consumers. */
  trace?: string;
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

export const DYNAMODB_OPERATIONS = operationTable<DynamoDbContext, keyof typeof METHODS>(Object.keys(METHODS) as Array<keyof typeof METHODS>, {
  requests: dynamodbRequests,
  run: (ctx, operation) => (ctx.dynamodb[METHODS[operation]] as (input: Input, trace?: string) => Promise<object> | object)(ctx.input, ctx.trace),
  requestId: dynamoRequestId,
});
