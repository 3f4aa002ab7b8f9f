// BatchWriteItem, BatchGetItem, TransactWriteItems and TransactGetItems. Batches are checked
// whole, then run; a transaction plans every write against the items as they are and commits all
// of them or none (TransactionCanceledException with one reason per item, in order).
import { ServiceError } from '../../errors';
import { transactionCanceled, validation, type CancellationReason } from './errors';
import { checkItem } from './item-validation';
import { keyId } from './keys';
import { getItem } from './read-operations';
import type { ItemChange, Table, Tables } from './tables';
import { checkCondition, planDelete, planPut, planUpdate, type PlannedWrite } from './write-operations';
import { conditionOf, expressionContext, keyOf } from './requests';

type Input = Record<string, unknown>;

const entriesOf = (value: unknown, member: string): Array<[string, unknown[]]> => {
  if (!value || typeof value !== 'object') throw validation(`1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
  return Object.entries(value as Record<string, unknown>).map(([table, list]) => [table, Array.isArray(list) ? list : []]);
};

function refuseDuplicates(table: Table, keys: Set<string>, item: Record<string, unknown>): void {
  const id = `${table.def.name}\u0000${keyId(item as never, table.def)}`;
  if (keys.has(id)) throw validation('Provided list of item keys contains duplicates');
  keys.add(id);
}

export async function batchWriteItem(tables: Tables, input: Input): Promise<Record<string, unknown>> {
  const groups = entriesOf(input.RequestItems, 'requestItems');
  const count = groups.reduce((sum, [, list]) => sum + list.length, 0);
  if (count === 0) throw validation("1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
  if (count > 25) throw validation('Too many items requested for the BatchWriteItem call');
  const planned: PlannedWrite[] = [];
  const keys = new Set<string>();
  for (const [name, requests] of groups) {
    for (const request of requests as Array<{ PutRequest?: { Item?: unknown }; DeleteRequest?: { Key?: unknown } }>) {
      if (request?.PutRequest && request.DeleteRequest) throw validation('Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes');
      const write = request?.PutRequest
        ? planPut(tables, { TableName: name, Item: request.PutRequest.Item })
        : request?.DeleteRequest
          ? planDelete(tables, { TableName: name, Key: request.DeleteRequest.Key })
          : undefined;
      if (!write) throw validation('1 validation error detected: WriteRequest must contain either a PutRequest or a DeleteRequest');
      refuseDuplicates(write.table, keys, (write.change.after ?? keyOf({ Key: request.DeleteRequest?.Key }, write.table)) as never);
      planned.push(write);
    }
  }
  await commitAll(tables, planned.map((p) => ({ table: p.table, change: p.change })));
  return { UnprocessedItems: {} };
}

export function batchGetItem(tables: Tables, input: Input): Record<string, unknown> {
  const groups = Object.entries((input.RequestItems ?? {}) as Record<string, { Keys?: unknown[]; ProjectionExpression?: string; ExpressionAttributeNames?: unknown; ConsistentRead?: boolean }>);
  const count = groups.reduce((sum, [, spec]) => sum + (spec?.Keys?.length ?? 0), 0);
  if (count === 0) throw validation("1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
  if (count > 100) throw validation('Too many items requested for the BatchGetItem call');
  const responses: Record<string, unknown[]> = {};
  for (const [name, spec] of groups) {
    const keys = new Set<string>();
    const table = tables.get(name);
    responses[name] = [];
    for (const key of spec.Keys ?? []) {
      refuseDuplicates(table, keys, checkItem(key as Input));
      const { ConsistentRead: _consistent, Keys: _keys, ...rest } = spec;
      const output = getItem(tables, { ...rest, TableName: name, Key: key });
      if (output.Item) responses[name]!.push(output.Item);
    }
  }
  return { Responses: responses, UnprocessedKeys: {} };
}

/** Commits writes grouped by table, in request order within each. */
async function commitAll(tables: Tables, writes: Array<{ table: Table; change: ItemChange }>): Promise<void> {
  const byTable = new Map<Table, ItemChange[]>();
  for (const { table, change } of writes) byTable.set(table, [...(byTable.get(table) ?? []), change]);
  await Promise.all([...byTable].map(([table, changes]) => tables.commit(table, changes)));
}

type TransactItem = { Put?: Input; Update?: Input; Delete?: Input; ConditionCheck?: Input };

export async function transactWriteItems(tables: Tables, input: Input): Promise<Record<string, unknown>> {
  const items = input.TransactItems as TransactItem[] | undefined;
  if (!Array.isArray(items) || items.length === 0) throw validation("1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: Member must not be null");
  if (items.length > 100) throw validation(`1 validation error detected: Value '[...]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100`);
  const keys = new Set<string>();
  const planned: Array<PlannedWrite | ServiceError | undefined> = [];
  for (const item of items) {
    const kinds = (['Put', 'Update', 'Delete', 'ConditionCheck'] as const).filter((k) => item?.[k]);
    if (kinds.length !== 1) throw validation('TransactItems can only contain one of Check, Put, Update or Delete');
    const request = item[kinds[0]!]!;
    const table = tables.get(request.TableName);
    try {
      if (kinds[0] === 'ConditionCheck') {
        const key = keyOf(request, table);
        refuseDuplicates(table, keys, key);
        const ctx = expressionContext(request);
        const condition = conditionOf(request, ctx);
        if (!condition) throw validation('The ConditionCheck request must contain a ConditionExpression');
        ctx.checkAllUsed();
        checkCondition(condition, table.items.get(key), request);
        planned.push(undefined);
        continue;
      }
      const write = kinds[0] === 'Put' ? planPut(tables, request) : kinds[0] === 'Update' ? planUpdate(tables, request) : planDelete(tables, request);
      refuseDuplicates(table, keys, (write.change.after ?? write.change.before ?? keyOf(request, table)) as never);
      planned.push(write);
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'ConditionalCheckFailedException') planned.push(error);
      else if (error instanceof ServiceError && error.message === 'Provided list of item keys contains duplicates') {
        throw validation('Transaction request cannot include multiple operations on one item');
      } else throw error;
    }
  }
  const failures = planned.filter((p): p is ServiceError => p instanceof ServiceError);
  if (failures.length) {
    const reasons: CancellationReason[] = planned.map((p) =>
      p instanceof ServiceError ? { Code: 'ConditionalCheckFailed', Message: p.message, ...(p.fields.Item ? { Item: p.fields.Item as Record<string, unknown> } : {}) } : { Code: 'None' },
    );
    throw transactionCanceled(reasons);
  }
  await commitAll(tables, planned.filter((p): p is PlannedWrite => p !== undefined && !(p instanceof ServiceError)));
  return {};
}

export function transactGetItems(tables: Tables, input: Input): Record<string, unknown> {
  const items = input.TransactItems as Array<{ Get?: Input }> | undefined;
  if (!Array.isArray(items) || items.length === 0) throw validation("1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: Member must not be null");
  if (items.length > 100) throw validation(`1 validation error detected: Value '[...]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100`);
  return { Responses: items.map((item) => getItem(tables, item.Get ?? {})) };
}
