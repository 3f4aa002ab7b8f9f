// DynamoDB's attribute values as the low-level API carries them (`{ S: 'x' }`, `{ N: '1' }`, ...).
// Binary values are bytes (Uint8Array) inside the playground, as SDK v3 gives them; they become
// base64 only at the JSON edges (stream events, the project document).

/** One attribute value: exactly one member is set, as DynamoDB requires. */
export type AttributeValue =
  | { S: string }
  | { N: string }
  | { B: Uint8Array }
  | { BOOL: boolean }
  | { NULL: true }
  | { M: Record<string, AttributeValue> }
  | { L: AttributeValue[] }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: Uint8Array[] };

/** The type descriptor of a value, as DynamoDB names it in messages and in `attribute_type`. */
export type AttributeType = 'S' | 'N' | 'B' | 'BOOL' | 'NULL' | 'M' | 'L' | 'SS' | 'NS' | 'BS';

/** An item: attribute name → value. */
export type Item = Record<string, AttributeValue>;

export const ATTRIBUTE_TYPES: readonly AttributeType[] = ['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS'];

/** The descriptor of a well-formed value (callers validate first). */
export function typeOf(value: AttributeValue): AttributeType {
  return Object.keys(value)[0] as AttributeType;
}
