// PutItem, UpdateItem and DeleteItem: conditions checked against the item as it is, the change
// committed (memory, stream, store), and ReturnValues as DynamoDB gives them.
import type { Item } from './attribute-value';
import { conditionalCheckFailed, invalidParameter, validation } from './errors';
import { applyUpdate, evaluateCondition, parseUpdate, updatedAttributes, type Condition, type ExpressionContext } from './expressions';
import { checkItem, checkItemSize } from './item-validation';
import { keyOfItem } from './keys';
import { conditionOf, expressionContext, keyOf, refuseLegacy, returnOldOnFailure, returnValuesOf } from './requests';
import type { ItemChange, Table, Tables } from './tables';

type Input = Record<string, unknown>;

/** A write ready to commit: the change, and what the caller answers with. */
export interface PlannedWrite {
  table: Table;
  change: ItemChange;
  output: Record<string, unknown>;
}

/** Throws ConditionalCheckFailedException when the condition does not hold for the item as it is. */
export function checkCondition(condition: Condition | undefined, current: Item | undefined, input: Input): void {
  if (condition && !evaluateCondition(condition, current)) throw conditionalCheckFailed(returnOldOnFailure(input) && current ? current : undefined);
}

function finish(ctx: ExpressionContext): void {
  ctx.checkAllUsed();
}

/** PutItem, without committing (TransactWriteItems plans several before committing any). */
export function planPut(tables: Tables, input: Input): PlannedWrite {
  refuseLegacy(input, 'Expected', 'ConditionalOperator');
  const table = tables.get(input.TableName);
  const returnValues = returnValuesOf(input, ['NONE', 'ALL_OLD'], 'PutItem');
  if (!input.Item || typeof input.Item !== 'object') throw validation('1 validation error detected: Value null at \'item\' failed to satisfy constraint: Member must not be null');
  const item = checkItem(input.Item as Input);
  const key = keyOfItem(item, table.def);
  for (const index of table.def.globalSecondaryIndexes ?? []) {
    for (const attribute of [index.partitionKey, ...(index.sortKey ? [index.sortKey] : [])]) {
      const value = item[attribute.name];
      if (value && Object.keys(value)[0] !== attribute.type) {
        throw invalidParameter(`Type mismatch for Index Key ${attribute.name} Expected: ${attribute.type} Actual: ${Object.keys(value)[0]} IndexName: ${index.name}`);
      }
    }
  }
  checkItemSize(item);
  const ctx = expressionContext(input);
  const condition = conditionOf(input, ctx);
  finish(ctx);
  const before = table.items.get(key);
  checkCondition(condition, before, input);
  return { table, change: { before, after: item }, output: returnValues === 'ALL_OLD' && before ? { Attributes: before } : {} };
}

/** DeleteItem, without committing. */
export function planDelete(tables: Tables, input: Input): PlannedWrite {
  refuseLegacy(input, 'Expected', 'ConditionalOperator');
  const table = tables.get(input.TableName);
  const returnValues = returnValuesOf(input, ['NONE', 'ALL_OLD'], 'DeleteItem');
  const key = keyOf(input, table);
  const ctx = expressionContext(input);
  const condition = conditionOf(input, ctx);
  finish(ctx);
  const before = table.items.get(key);
  checkCondition(condition, before, input);
  return { table, change: { before, after: undefined }, output: returnValues === 'ALL_OLD' && before ? { Attributes: before } : {} };
}

const pick = (item: Item, names: string[]): Item => Object.fromEntries(names.filter((n) => item[n] !== undefined).map((n) => [n, item[n]!]));

/** UpdateItem, without committing: an absent item is created from its key (an "upsert"). */
export function planUpdate(tables: Tables, input: Input): PlannedWrite {
  refuseLegacy(input, 'AttributeUpdates', 'Expected', 'ConditionalOperator');
  const table = tables.get(input.TableName);
  const returnValues = returnValuesOf(input, ['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'], 'UpdateItem');
  const key = keyOf(input, table);
  const ctx = expressionContext(input);
  const text = input.UpdateExpression;
  if (text !== undefined && (typeof text !== 'string' || text.trim() === '')) throw validation('Invalid UpdateExpression: The expression can not be empty;');
  const plan = typeof text === 'string' ? parseUpdate(text, ctx) : undefined;
  const condition = conditionOf(input, ctx);
  finish(ctx);
  const updated = plan ? updatedAttributes(plan) : [];
  for (const name of updated) {
    if (name === table.def.partitionKey.name || name === table.def.sortKey?.name) {
      throw invalidParameter(`Cannot update attribute ${name}. This attribute is part of the key`);
    }
  }
  const before = table.items.get(key);
  checkCondition(condition, before, input);
  const after = plan ? applyUpdate(plan, before ?? key) : (before ?? key);
  checkItemSize(after);
  const outputs: Record<string, Item | undefined> = {
    NONE: undefined,
    ALL_OLD: before,
    ALL_NEW: after,
    UPDATED_OLD: before ? pick(before, updated) : undefined,
    UPDATED_NEW: pick(after, updated),
  };
  const attributes = outputs[returnValues];
  return { table, change: { before, after }, output: attributes && Object.keys(attributes).length ? { Attributes: attributes } : {} };
}

/** Runs a planned single write. */
export async function commitWrite(tables: Tables, planned: PlannedWrite): Promise<Record<string, unknown>> {
  await tables.commit(planned.table, [planned.change]);
  return planned.output;
}
