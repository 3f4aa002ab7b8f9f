// The ordered runs of items that Query and Scan read: one partition of the table or of a global
// secondary index (items without the index's keys are not in it), and where a page starts after
// ExclusiveStartKey.
import type { AttributeValue, Item } from './attribute-value';
import type { IndexDef, KeySchema } from './definitions';
import { invalidKey, validation } from './errors';
import { compareKeyValues } from './expressions';
import { checkItem } from './item-validation';
import { keyId, keyOnly } from './keys';
import type { Table } from './tables';

/** What a read goes through: the table itself, or one of its indexes. */
export interface ReadTarget {
  table: Table;
  index?: IndexDef;
  /** The key schema that orders this target. */
  schema: KeySchema;
}

export function readTarget(table: Table, indexName: unknown, consistentRead: unknown): ReadTarget {
  if (indexName === undefined) return { table, schema: table.def };
  const index = table.def.globalSecondaryIndexes?.find((i) => i.name === indexName);
  if (!index) throw validation(`The table does not have the specified index: ${String(indexName)}`);
  if (consistentRead === true) throw validation('Consistent reads are not supported on global secondary indexes');
  return { table, index, schema: index };
}

const hasKeys = (item: Item, schema: KeySchema) => item[schema.partitionKey.name] !== undefined && (!schema.sortKey || item[schema.sortKey.name] !== undefined);

/** Index order: the index's sort key, then the table's key, so equal index keys still have one order. */
function indexOrder(target: ReadTarget) {
  const tableSchema = target.table.def;
  return (a: Item, b: Item) => {
    for (const schema of [target.schema, tableSchema]) {
      if (schema.sortKey) {
        const order = compareKeyValues(a[schema.sortKey.name]!, b[schema.sortKey.name]!);
        if (order) return order;
      }
    }
    const order = compareKeyValues(a[tableSchema.partitionKey.name]!, b[tableSchema.partitionKey.name]!);
    return order;
  };
}

/** One partition of the target, in its sort order. */
export function partitionItems(target: ReadTarget, partitionValue: AttributeValue): readonly Item[] {
  if (!target.index) return target.table.items.partition(partitionValue);
  const name = target.schema.partitionKey.name;
  const items = [...target.table.items.all()].filter((item) => hasKeys(item, target.schema) && compareKeyValues(item[name]!, partitionValue) === 0 && sameType(item[name]!, partitionValue));
  return items.sort(indexOrder(target));
}

const sameType = (a: AttributeValue, b: AttributeValue) => Object.keys(a)[0] === Object.keys(b)[0];

/** Every item of the target, partition after partition. */
export function allItems(target: ReadTarget): Item[] {
  const items = [...target.table.items.all()];
  return target.index ? items.filter((item) => hasKeys(item, target.schema)) : items;
}

/** The attributes an index holds of an item (its projection). */
export function projectForIndex(target: ReadTarget, item: Item): Item {
  const index = target.index;
  if (!index || index.projection.type === 'ALL') return item;
  const names = new Set([target.table.def.partitionKey.name, target.table.def.sortKey?.name, index.partitionKey.name, index.sortKey?.name, ...(index.projection.nonKeyAttributes ?? [])]);
  return Object.fromEntries(Object.entries(item).filter(([name]) => names.has(name)));
}

/** LastEvaluatedKey for an item: the table's key, plus the index's key when reading an index. */
export function lastEvaluatedKey(target: ReadTarget, item: Item): Item {
  return { ...keyOnly(item, target.table.def), ...(target.index ? keyOnly(item, target.index) : {}) };
}

/** Where a page starts in `items`: just after the item ExclusiveStartKey names. */
export function startAfter(target: ReadTarget, items: readonly Item[], exclusiveStartKey: unknown): number {
  if (exclusiveStartKey === undefined) return 0;
  if (!exclusiveStartKey || typeof exclusiveStartKey !== 'object') throw invalidKey();
  const start = checkItem(exclusiveStartKey as Record<string, unknown>);
  const expected = Object.keys(lastEvaluatedKey(target, start));
  if (Object.keys(start).length !== expected.length || !hasKeys(start, target.table.def)) {
    throw validation('The provided starting key is invalid: The provided key element does not match the schema');
  }
  const id = keyId(start, target.table.def);
  const at = items.findIndex((item) => keyId(item, target.table.def) === id);
  if (at >= 0) return at + 1;
  // The item has gone since: start at the first item that sorts after the key.
  const order = target.index ? indexOrder(target) : (a: Item, b: Item) => (target.schema.sortKey ? compareKeyValues(a[target.schema.sortKey.name]!, b[target.schema.sortKey.name]!) : 0);
  const next = items.findIndex((item) => order(item, start) > 0);
  return next < 0 ? items.length : next;
}
