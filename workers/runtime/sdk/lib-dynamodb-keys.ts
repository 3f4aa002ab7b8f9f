// Which members of each lib-dynamodb command are (un)marshalled, as the real commands declare them
// (`inputKeyNodes` / `outputKeyNodes` in lib/lib-dynamodb/src/commands), and the walk over them
// (commands/utils.ts): only the members named here change, everything else travels as it is.
import { marshall, unmarshall, type convertToAttr, type marshallOptions, type unmarshallOptions } from '@aws-sdk/util-dynamodb';

/** `null` (SELF): the node itself is one value; `{}` (ALL_VALUES) / `[]` (ALL_MEMBERS): each member is one; `{ '*': n }`: each member is walked with `n`. */
export type KeyNodes = null | readonly [] | { readonly [key: string]: KeyNodes };

const SELF = null;
const ALL_VALUES = {};
const ALL_MEMBERS = [] as const;
const NEXT_LEVEL = '*';

const EXPECTED = { [NEXT_LEVEL]: { Value: SELF, AttributeValueList: ALL_MEMBERS } };
const CONDITIONS = { [NEXT_LEVEL]: { AttributeValueList: ALL_MEMBERS } };
const ITEM_COLLECTION_METRICS = { ItemCollectionKey: ALL_VALUES };
const WRITE_REQUESTS = { [NEXT_LEVEL]: { [NEXT_LEVEL]: { PutRequest: { Item: ALL_VALUES }, DeleteRequest: { Key: ALL_VALUES } } } };
const KEYS_AND_ATTRIBUTES = { [NEXT_LEVEL]: { Keys: { [NEXT_LEVEL]: ALL_VALUES } } };
const PAGE = { Items: { [NEXT_LEVEL]: ALL_VALUES }, LastEvaluatedKey: ALL_VALUES };

/** Document command → the low-level operation it sends and its key nodes. */
export const DOCUMENT_COMMANDS: Record<string, { operation: string; input: KeyNodes; output: KeyNodes }> = {
  Put: {
    operation: 'PutItem',
    input: { Item: ALL_VALUES, Expected: EXPECTED, ExpressionAttributeValues: ALL_VALUES },
    output: { Attributes: ALL_VALUES, ItemCollectionMetrics: ITEM_COLLECTION_METRICS },
  },
  Get: { operation: 'GetItem', input: { Key: ALL_VALUES }, output: { Item: ALL_VALUES } },
  Update: {
    operation: 'UpdateItem',
    input: { Key: ALL_VALUES, AttributeUpdates: { [NEXT_LEVEL]: { Value: SELF } }, Expected: EXPECTED, ExpressionAttributeValues: ALL_VALUES },
    output: { Attributes: ALL_VALUES, ItemCollectionMetrics: ITEM_COLLECTION_METRICS },
  },
  Delete: {
    operation: 'DeleteItem',
    input: { Key: ALL_VALUES, Expected: EXPECTED, ExpressionAttributeValues: ALL_VALUES },
    output: { Attributes: ALL_VALUES, ItemCollectionMetrics: ITEM_COLLECTION_METRICS },
  },
  Query: {
    operation: 'Query',
    input: { KeyConditions: CONDITIONS, QueryFilter: CONDITIONS, ExclusiveStartKey: ALL_VALUES, ExpressionAttributeValues: ALL_VALUES },
    output: PAGE,
  },
  Scan: {
    operation: 'Scan',
    input: { ScanFilter: CONDITIONS, ExclusiveStartKey: ALL_VALUES, ExpressionAttributeValues: ALL_VALUES },
    output: PAGE,
  },
  BatchGet: {
    operation: 'BatchGetItem',
    input: { RequestItems: KEYS_AND_ATTRIBUTES },
    output: { Responses: { [NEXT_LEVEL]: { [NEXT_LEVEL]: ALL_VALUES } }, UnprocessedKeys: KEYS_AND_ATTRIBUTES },
  },
  BatchWrite: {
    operation: 'BatchWriteItem',
    input: { RequestItems: WRITE_REQUESTS },
    output: { UnprocessedItems: WRITE_REQUESTS, ItemCollectionMetrics: { [NEXT_LEVEL]: { [NEXT_LEVEL]: ITEM_COLLECTION_METRICS } } },
  },
  TransactWrite: {
    operation: 'TransactWriteItems',
    input: {
      TransactItems: {
        [NEXT_LEVEL]: {
          ConditionCheck: { Key: ALL_VALUES, ExpressionAttributeValues: ALL_VALUES },
          Put: { Item: ALL_VALUES, ExpressionAttributeValues: ALL_VALUES },
          Delete: { Key: ALL_VALUES, ExpressionAttributeValues: ALL_VALUES },
          Update: { Key: ALL_VALUES, ExpressionAttributeValues: ALL_VALUES },
        },
      },
    },
    output: { ItemCollectionMetrics: { [NEXT_LEVEL]: { [NEXT_LEVEL]: ITEM_COLLECTION_METRICS } } },
  },
  TransactGet: {
    operation: 'TransactGetItems',
    input: { TransactItems: { [NEXT_LEVEL]: { Get: { Key: ALL_VALUES } } } },
    output: { Responses: { [NEXT_LEVEL]: { Item: ALL_VALUES } } },
  },
};

type Convert = (value: unknown) => unknown;
type Obj = Record<string, unknown>;

function processObj(obj: unknown, convert: Convert, keyNodes: KeyNodes): unknown {
  if (obj === undefined) return undefined;
  if (keyNodes === null) return convert(obj);
  const keys = Object.keys(keyNodes);
  if (keys.length === 0) return processAllKeysInObj(obj as Obj, convert, SELF);
  if (keys.length === 1 && keys[0] === NEXT_LEVEL) {
    const next = (keyNodes as Record<string, KeyNodes>)[NEXT_LEVEL]!;
    const out: Obj = Array.isArray(obj) ? ([] as unknown as Obj) : {};
    for (const [key, value] of Object.entries(obj ?? {})) if (typeof value !== 'function') out[key] = processObj(value, convert, next);
    return out;
  }
  return processKeysInObj(obj as Obj, convert, keyNodes as Record<string, KeyNodes>);
}

/** Keeps every member (but functions), converting those `keyNodes` names. */
function processKeysInObj(obj: Obj, convert: Convert, keyNodes: Record<string, KeyNodes>): Obj {
  const out: Obj = Array.isArray(obj)
    ? (obj.filter((item) => typeof item !== 'function') as unknown as Obj)
    : Object.fromEntries(Object.entries(obj).filter(([, value]) => typeof value !== 'function'));
  for (const [key, nodes] of Object.entries(keyNodes)) {
    if (typeof obj[key] === 'function') continue;
    const processed = processObj(obj[key], convert, nodes);
    // A member that converts to nothing keeps the copy made above, as in the real walk.
    if (processed !== undefined && typeof processed !== 'function') out[key] = processed;
  }
  return out;
}

/** Converts every member; one that converts to undefined (an undefined attribute) is left out. */
function processAllKeysInObj(obj: Obj, convert: Convert, keyNodes: KeyNodes): unknown {
  if (Array.isArray(obj)) return obj.filter((item) => typeof item !== 'function').map((item) => processObj(item, convert, keyNodes));
  const out: Obj = {};
  for (const [key, value] of Object.entries(obj)) {
    if (typeof value === 'function') continue;
    const processed = processObj(value, convert, keyNodes);
    if (processed !== undefined && typeof processed !== 'function') out[key] = processed;
  }
  return out;
}

export function marshallInput(input: Obj, keyNodes: KeyNodes, options: marshallOptions): Obj {
  return processKeysInObj(input, (value) => marshall(value as Parameters<typeof convertToAttr>[0], options), keyNodes as Record<string, KeyNodes>);
}

export function unmarshallOutput(output: Obj, keyNodes: KeyNodes, options: unmarshallOptions): Obj {
  return processKeysInObj(output, (value) => unmarshall(value as Parameters<typeof unmarshall>[0], options), keyNodes as Record<string, KeyNodes>);
}
