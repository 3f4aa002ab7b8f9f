// Which IAM actions on which resources a DynamoDB call needs (AWS docs, "Actions, resources, and
// condition keys for Amazon DynamoDB"): the operation's own action on the table, or on the index a
// Query or Scan reads; a batch needs its action on every table it names; a transaction needs the
// action of each of its items (PutItem, UpdateItem, DeleteItem, ConditionCheckItem, GetItem).
import { indexArn, tableArn } from '../services/dynamodb/definitions';
import type { AuthorizationRequest } from './request-actions';

type Input = Record<string, unknown>;

const onTable = (action: string, table: unknown): AuthorizationRequest => ({ action: `dynamodb:${action}`, resource: tableArn(String(table ?? '')) });

const tablesOf = (requestItems: unknown) => (requestItems && typeof requestItems === 'object' ? Object.keys(requestItems) : []);

const TRANSACT_ACTIONS: Record<string, string> = { Put: 'PutItem', Update: 'UpdateItem', Delete: 'DeleteItem', ConditionCheck: 'ConditionCheckItem', Get: 'GetItem' };

/** The permissions a DynamoDB call needs, in the order they are checked. */
export function dynamodbRequests(operation: string, input: Input): AuthorizationRequest[] {
  switch (operation) {
    case 'ListTables':
      return [{ action: 'dynamodb:ListTables', resource: '*' }];
    case 'Query':
    case 'Scan':
      return [
        typeof input.IndexName === 'string'
          ? { action: `dynamodb:${operation}`, resource: indexArn(String(input.TableName ?? ''), input.IndexName) }
          : onTable(operation, input.TableName),
      ];
    case 'BatchWriteItem':
    case 'BatchGetItem':
      return tablesOf(input.RequestItems).map((table) => onTable(operation, table));
    case 'TransactWriteItems':
    case 'TransactGetItems': {
      const items = Array.isArray(input.TransactItems) ? (input.TransactItems as Input[]) : [];
      const seen = new Set<string>();
      return items.flatMap((item) => {
        const kind = Object.keys(item ?? {}).find((k) => k in TRANSACT_ACTIONS);
        if (!kind) return [];
        const request = onTable(TRANSACT_ACTIONS[kind]!, (item[kind] as Input)?.TableName);
        const id = `${request.action} ${request.resource}`;
        if (seen.has(id)) return [];
        seen.add(id);
        return [request];
      });
    }
    default:
      return [onTable(operation, input.TableName)];
  }
}
