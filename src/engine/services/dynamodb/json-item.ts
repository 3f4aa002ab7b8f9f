// Items between the playground's form (binary as bytes) and DynamoDB JSON (binary as base64), the
// form of stream events and of seed items in the project document.
import type { AttributeValue, Item } from './attribute-value';

const toBase64 = (bytes: Uint8Array) => {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
};
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** A value as JSON can carry it: `B` and `BS` become base64 strings, the rest is unchanged. */
export function toJsonValue(value: AttributeValue): unknown {
  if ('B' in value) return { B: toBase64(value.B) };
  if ('BS' in value) return { BS: value.BS.map(toBase64) };
  if ('M' in value) return { M: toJsonItem(value.M) };
  if ('L' in value) return { L: value.L.map(toJsonValue) };
  return value;
}

export function toJsonItem(item: Item): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) out[name] = toJsonValue(value);
  return out;
}

/** The reverse of toJsonValue; its shape is checked later, with the rest of the request. */
export function fromJsonValue(value: unknown): AttributeValue {
  if (value === null || typeof value !== 'object') return value as AttributeValue;
  const v = value as Record<string, unknown>;
  if (typeof v.B === 'string') return { B: fromBase64(v.B) };
  if (Array.isArray(v.BS)) return { BS: v.BS.map((b) => (typeof b === 'string' ? fromBase64(b) : (b as Uint8Array))) };
  if (v.M && typeof v.M === 'object') return { M: fromJsonItem(v.M as Record<string, unknown>) };
  if (Array.isArray(v.L)) return { L: v.L.map(fromJsonValue) };
  return value as AttributeValue;
}

export function fromJsonItem(item: Record<string, unknown>): Item {
  const out: Item = {};
  for (const [name, value] of Object.entries(item)) out[name] = fromJsonValue(value);
  return out;
}
