// The checks DynamoDB makes on the attribute values of a request before it looks at any table:
// exactly one type per value, sets non-empty and without duplicates, numbers valid (and stored
// normalised), and the 400 KB item size limit.
import type { AttributeValue, Item } from './attribute-value';
import { validation, invalidParameter } from './errors';
import { normalizeNumber } from './expressions';

const ONE_TYPE = 'must contain exactly one of the supported datatypes';
const SET_NAMES: Record<string, string> = { SS: 'string set ', NS: 'number set ', BS: 'binary set ' };
const MAX_ITEM_BYTES = 400 * 1024;

/** A checked copy of one value, numbers normalised ('1.50' → '1.5'). */
export function checkValue(value: unknown): AttributeValue {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw validation(`Supplied AttributeValue is empty, ${ONE_TYPE}`);
  const members = Object.entries(value).filter(([, member]) => member !== undefined);
  if (members.length === 0) throw validation(`Supplied AttributeValue is empty, ${ONE_TYPE}`);
  if (members.length > 1) throw validation(`Supplied AttributeValue has more than one datatypes set, ${ONE_TYPE}`);
  const [type, member] = members[0]!;
  switch (type) {
    case 'S':
      if (typeof member !== 'string') break;
      return { S: member };
    case 'N':
      if (typeof member !== 'string') break;
      return { N: normalizeNumber(member) };
    case 'B':
      if (!(member instanceof Uint8Array)) break;
      return { B: member };
    case 'BOOL':
      if (typeof member !== 'boolean') break;
      return { BOOL: member };
    case 'NULL':
      if (member !== true) throw invalidParameter('Null attribute value types must have the value of true');
      return { NULL: true };
    case 'M':
      if (typeof member !== 'object' || member === null || Array.isArray(member)) break;
      return { M: checkItem(member as Record<string, unknown>) };
    case 'L':
      if (!Array.isArray(member)) break;
      return { L: member.map(checkValue) };
    case 'SS':
    case 'NS':
    case 'BS':
      if (!Array.isArray(member)) break;
      return checkSet(type, member);
  }
  throw validation(`Supplied AttributeValue has an invalid datatype for ${type}, ${ONE_TYPE}`);
}

function checkSet(type: 'SS' | 'NS' | 'BS', members: unknown[]): AttributeValue {
  if (members.length === 0) throw invalidParameter(`An ${SET_NAMES[type]} may not be empty`);
  const ok = type === 'BS' ? members.every((m) => m instanceof Uint8Array) : members.every((m) => typeof m === 'string');
  if (!ok) throw validation(`Supplied AttributeValue has an invalid datatype for ${type}, ${ONE_TYPE}`);
  const values = type === 'NS' ? (members as string[]).map(normalizeNumber) : members;
  const seen = new Set(values.map((v) => (v instanceof Uint8Array ? Array.from(v).join(',') : (v as string))));
  if (seen.size !== values.length) throw validation(`Input collection [${values.map(String).join(', ')}] contains duplicates.`);
  return { [type]: values } as AttributeValue;
}

/** A checked copy of an item (or of a map's members). */
export function checkItem(item: Record<string, unknown>): Item {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) throw validation('Item must be a map of attribute values');
  const out: Item = {};
  for (const [name, value] of Object.entries(item)) {
    if (value === undefined) continue;
    out[name] = checkValue(value);
  }
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text).length;

/** DynamoDB's size of a value: strings and bytes as stored, numbers about a byte per two digits. */
export function valueSize(value: AttributeValue): number {
  if ('S' in value) return utf8(value.S);
  if ('N' in value) return Math.ceil(value.N.replace(/[-.]/g, '').length / 2) + 1;
  if ('B' in value) return value.B.length;
  if ('BOOL' in value || 'NULL' in value) return 1;
  if ('SS' in value) return value.SS.reduce((sum, s) => sum + utf8(s), 0);
  if ('NS' in value) return value.NS.reduce((sum, n) => sum + valueSize({ N: n }), 0);
  if ('BS' in value) return value.BS.reduce((sum, b) => sum + b.length, 0);
  if ('L' in value) return 3 + value.L.reduce((sum, v) => sum + 1 + valueSize(v), 0);
  return 3 + Object.entries(value.M).reduce((sum, [name, v]) => sum + 1 + utf8(name) + valueSize(v), 0);
}

/** The item's size: its attribute names and values. */
export function itemSize(item: Item): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + valueSize(value), 0);
}

export function checkItemSize(item: Item): void {
  if (itemSize(item) > MAX_ITEM_BYTES) throw validation('Item size has exceeded the maximum allowed size');
}
