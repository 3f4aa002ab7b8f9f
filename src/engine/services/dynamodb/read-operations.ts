// GetItem, Query and Scan: keys and key conditions checked against the schema, pages of at most
// Limit evaluated items or 1 MB, FilterExpression applied after the read (so Count can be less
// than ScannedCount), ProjectionExpression and Select.
import type { Item } from './attribute-value';
import { validation } from './errors';
import { evaluateCondition, matchesKeyCondition, parseCondition, parseKeyCondition, parseProjection, project, type Projection } from './expressions';
import { itemSize } from './item-validation';
import { allItems, lastEvaluatedKey, partitionItems, projectForIndex, readTarget, startAfter, type ReadTarget } from './item-ranges';
import { expressionContext, keyOf, refuseLegacy } from './requests';
import type { Tables } from './tables';

type Input = Record<string, unknown>;

/** DynamoDB reads at most 1 MB of items per Query or Scan page. */
const PAGE_BYTES = 1024 * 1024;

export function getItem(tables: Tables, input: Input): Record<string, unknown> {
  refuseLegacy(input, 'AttributesToGet');
  const table = tables.get(input.TableName);
  const key = keyOf(input, table);
  const ctx = expressionContext(input);
  const projection = typeof input.ProjectionExpression === 'string' ? parseProjection(input.ProjectionExpression, ctx) : undefined;
  ctx.checkAllUsed();
  const item = table.items.get(key);
  return item ? { Item: projection ? project(item, projection) : item } : {};
}

interface PageOptions {
  limit?: number;
  filter?: ReturnType<typeof parseCondition>;
  projection?: Projection;
  select: string;
}

function pageOptions(input: Input, ctx: ReturnType<typeof expressionContext>): PageOptions {
  const limit = input.Limit;
  if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)) {
    throw validation(`1 validation error detected: Value '${String(limit)}' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1`);
  }
  const select = (input.Select as string | undefined) ?? (input.ProjectionExpression ? 'SPECIFIC_ATTRIBUTES' : 'ALL_ATTRIBUTES');
  if (!['ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES', 'SPECIFIC_ATTRIBUTES', 'COUNT'].includes(select)) {
    throw validation(`1 validation error detected: Value '${select}' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]`);
  }
  if (select === 'COUNT' && input.ProjectionExpression) throw validation('Cannot specify the ProjectionExpression when choosing to get only the COUNT');
  return {
    ...(typeof limit === 'number' ? { limit } : {}),
    ...(typeof input.FilterExpression === 'string' ? { filter: parseCondition(input.FilterExpression, ctx, 'FilterExpression') } : {}),
    ...(typeof input.ProjectionExpression === 'string' ? { projection: parseProjection(input.ProjectionExpression, ctx) } : {}),
    select,
  };
}

/** Reads one page from `items` starting at `start`: evaluation stops at Limit or 1 MB. */
function page(target: ReadTarget, items: readonly Item[], start: number, options: PageOptions) {
  const found: Item[] = [];
  let scanned = 0;
  let bytes = 0;
  let index = start;
  while (index < items.length) {
    if (options.limit !== undefined && scanned >= options.limit) break;
    if (bytes >= PAGE_BYTES) break;
    const item = projectForIndex(target, items[index]!);
    index++;
    scanned++;
    bytes += itemSize(item);
    if (options.filter && !evaluateCondition(options.filter, item)) continue;
    found.push(options.projection ? project(item, options.projection) : item);
  }
  // As on DynamoDB, a page that stopped at Limit has a LastEvaluatedKey even if nothing follows.
  const stopped = index < items.length || (options.limit !== undefined && scanned >= options.limit && scanned > 0);
  return {
    ...(options.select === 'COUNT' ? {} : { Items: found }),
    Count: found.length,
    ScannedCount: scanned,
    ...(stopped && index > start ? { LastEvaluatedKey: lastEvaluatedKey(target, items[index - 1]!) } : {}),
  };
}

export function query(tables: Tables, input: Input): Record<string, unknown> {
  refuseLegacy(input, 'KeyConditions', 'QueryFilter', 'AttributesToGet', 'ConditionalOperator');
  const table = tables.get(input.TableName);
  const target = readTarget(table, input.IndexName, input.ConsistentRead);
  if (typeof input.KeyConditionExpression !== 'string') throw validation('Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.');
  const ctx = expressionContext(input);
  const keyCondition = parseKeyCondition(input.KeyConditionExpression, ctx, target.schema);
  const options = pageOptions(input, ctx);
  ctx.checkAllUsed();
  let items = partitionItems(target, keyCondition.partition.value).filter((item) => matchesKeyCondition(keyCondition, item));
  if (input.ScanIndexForward === false) items = items.reverse();
  return page(target, items, startAfter(target, items, input.ExclusiveStartKey), options);
}

/** A stable spread of partitions over Scan segments. */
function segmentOf(item: Item, target: ReadTarget, total: number): number {
  const text = JSON.stringify(item[target.table.def.partitionKey.name]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % total;
}

export function scan(tables: Tables, input: Input): Record<string, unknown> {
  refuseLegacy(input, 'ScanFilter', 'AttributesToGet', 'ConditionalOperator');
  const table = tables.get(input.TableName);
  const target = readTarget(table, input.IndexName, input.ConsistentRead);
  const ctx = expressionContext(input);
  const options = pageOptions(input, ctx);
  ctx.checkAllUsed();
  let items = allItems(target);
  const { Segment: segment, TotalSegments: total } = input as { Segment?: number; TotalSegments?: number };
  if ((segment === undefined) !== (total === undefined)) throw validation('The TotalSegments parameter is required but was not present in the request when Segment parameter is present');
  if (segment !== undefined && total !== undefined) {
    if (!(segment >= 0 && segment < total)) throw validation(`The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: ${segment} is not less than TotalSegments: ${total}`);
    items = items.filter((item) => segmentOf(item, target, total) === segment);
  }
  return page(target, items, startAfter(target, items, input.ExclusiveStartKey), options);
}
