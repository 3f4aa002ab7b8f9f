// Primary keys: taking an item's key, checking a request's Key against the schema with DynamoDB's
// messages, and the string that identifies a key in the playground's maps and store.
import type { AttributeValue, Item } from './attribute-value';
import { invalidKey, invalidParameter, validation } from './errors';
import type { KeyAttribute, KeySchema } from './definitions';

const keyAttributes = (schema: KeySchema): KeyAttribute[] => (schema.sortKey ? [schema.partitionKey, schema.sortKey] : [schema.partitionKey]);

const scalarOf = (value: AttributeValue): string | undefined => {
  const type = Object.keys(value)[0];
  return type === 'S' || type === 'N' || type === 'B' ? type : undefined;
};

/** The key of a whole item (PutItem): every key attribute present, of its type, not empty. */
export function keyOfItem(item: Item, schema: KeySchema): Item {
  const key: Item = {};
  for (const attribute of keyAttributes(schema)) {
    const value = item[attribute.name];
    if (!value) throw invalidParameter(`Missing the key ${attribute.name} in the item`);
    checkKeyValue(attribute, value);
    key[attribute.name] = value;
  }
  return key;
}

/** A request's `Key` (GetItem, UpdateItem, DeleteItem): exactly the key attributes. */
export function checkKey(key: Item, schema: KeySchema): Item {
  const attributes = keyAttributes(schema);
  if (Object.keys(key).length !== attributes.length || !attributes.every((a) => key[a.name] && scalarOf(key[a.name]!) === a.type)) {
    throw invalidKey();
  }
  for (const attribute of attributes) checkKeyValue(attribute, key[attribute.name]!);
  return key;
}

function checkKeyValue(attribute: KeyAttribute, value: AttributeValue): void {
  const type = Object.keys(value)[0];
  if (type !== attribute.type) throw invalidParameter(`Type mismatch for key ${attribute.name} expected: ${attribute.type} actual: ${type}`);
  const empty = ('S' in value && value.S === '') || ('B' in value && value.B.length === 0);
  if (empty) {
    throw validation(
      `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${type === 'S' ? 'string' : 'binary'} value. Key: ${attribute.name}`,
    );
  }
}

/** Text that identifies a key value; equal keys give equal text (binary by its bytes). */
export function valueId(value: AttributeValue): string {
  if ('B' in value) return `B:${Array.from(value.B).join(',')}`;
  if ('S' in value) return `S:${value.S}`;
  return `N:${(value as { N: string }).N}`;
}

/** Text that identifies an item's key in a table. */
export function keyId(item: Item, schema: KeySchema): string {
  const partition = valueId(item[schema.partitionKey.name]!);
  return schema.sortKey ? `${partition}\u0000${valueId(item[schema.sortKey.name]!)}` : partition;
}

/** Only the key attributes of an item. */
export function keyOnly(item: Item, schema: KeySchema): Item {
  const key: Item = {};
  for (const attribute of keyAttributes(schema)) if (item[attribute.name]) key[attribute.name] = item[attribute.name]!;
  return key;
}
