// Message attributes: checked as SendMessage checks them (SQS developer guide, "Message attribute
// components": at most 10, names of letters, digits, `_`, `-` and `.`, not starting with `AWS.` or
// `Amazon.`; String, Number or Binary types with optional custom labels; values not empty), chosen
// by ReceiveMessage's MessageAttributeNames, and shaped as a Lambda event carries them.
import type { MessageAttributeValue } from './definitions';
import { invalidParameterValue } from './errors';
import { isBinaryType } from './md5';

const utf8 = new TextEncoder();
const NAME = /^[A-Za-z0-9_.-]+$/;
const TYPE = /^(String|Number|Binary)(\..+)?$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Binary values as the SDK takes them: bytes, an ArrayBuffer, or a string (its UTF-8 bytes). */
export function toBytes(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (typeof value === 'string') return utf8.encode(value);
  return undefined;
}

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

/** The MessageAttributes of a SendMessage, checked; undefined when there are none. */
export function checkMessageAttributes(input: unknown): Record<string, MessageAttributeValue> | undefined {
  if (input === undefined || input === null) return undefined;
  if (typeof input !== 'object' || Array.isArray(input)) throw invalidParameterValue('The request must contain valid MessageAttributes.');
  const entries = Object.entries(input as Record<string, Record<string, unknown>>);
  if (entries.length === 0) return undefined;
  if (entries.length > 10) throw invalidParameterValue(`Number of message attributes [${entries.length}] exceeds the allowed maximum [10].`);
  const checked: Record<string, MessageAttributeValue> = {};
  for (const [name, raw] of entries) checked[name] = checkAttribute(name, raw ?? {});
  return checked;
}

function checkAttribute(name: string, raw: Record<string, unknown>): MessageAttributeValue {
  if (name.length >= 256) throw invalidParameterValue('Message (user) attribute names must be shorter than 256 Bytes');
  if (!NAME.test(name)) {
    throw invalidParameterValue('Message (user) attributes name can only contain upper and lower score characters, digits, periods, hyphens and underscores. ');
  }
  const lower = name.toLowerCase();
  if (lower.startsWith('aws.') || lower.startsWith('amazon.') || name.startsWith('.') || name.endsWith('.') || name.includes('..')) {
    throw invalidParameterValue(
      "You can't use message attribute names beginning with 'AWS.' or 'Amazon.'. These strings are reserved for internal use. Additionally, they cannot start or end with '.'.",
    );
  }
  const dataType = raw.DataType;
  if (typeof dataType !== 'string' || dataType === '') throw invalidParameterValue(`The message attribute '${name}' must contain non-empty message attribute type.`);
  if (dataType.length >= 256) throw invalidParameterValue('Message (user) attribute types must be shorter than 256 Bytes');
  if (!TYPE.test(dataType)) {
    throw invalidParameterValue(`The type of message (user) attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`);
  }
  if (isBinaryType(dataType)) {
    const bytes = toBytes(raw.BinaryValue);
    if (!bytes || bytes.length === 0) throw invalidParameterValue(`Message (user) attribute '${name}' must contain a non-empty value of type 'Binary'.`);
    return { DataType: dataType, BinaryValue: bytes };
  }
  const base = dataType.startsWith('Number') ? 'Number' : 'String';
  const text = raw.StringValue;
  if (typeof text !== 'string' || text === '') throw invalidParameterValue(`Message (user) attribute '${name}' must contain a non-empty value of type '${base}'.`);
  if (base === 'Number' && !NUMBER.test(text.trim())) throw invalidParameterValue(`Can't cast the value of message (user) attribute '${name}' to a number.`);
  return { DataType: dataType, StringValue: text };
}

/** Bytes the attributes add to the message size: "All parts of the message attribute, including Name, Type, and Value". */
export function attributesSize(attributes: Record<string, MessageAttributeValue> | undefined): number {
  let size = 0;
  for (const [name, value] of Object.entries(attributes ?? {})) {
    size += utf8.encode(name).length + utf8.encode(value.DataType).length;
    size += value.BinaryValue ? value.BinaryValue.length : utf8.encode(value.StringValue ?? '').length;
  }
  return size;
}

/** The attributes ReceiveMessage's MessageAttributeNames ask for: `All`, `.*`, `prefix.*` or names. */
export function selectAttributes(attributes: Record<string, MessageAttributeValue> | undefined, names: unknown): Record<string, MessageAttributeValue> | undefined {
  if (!attributes || !Array.isArray(names) || names.length === 0) return undefined;
  const wanted = names.map(String);
  const picked = Object.entries(attributes).filter(([name]) =>
    wanted.some((w) => w === 'All' || w === '.*' || w === name || (w.endsWith('.*') && name.startsWith(w.slice(0, -1)))),
  );
  return picked.length ? Object.fromEntries(picked) : undefined;
}

/** The attributes as a Lambda event's record carries them (lower-case keys, binary as base64, empty lists). */
export function eventAttributes(attributes: Record<string, MessageAttributeValue> | undefined): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, value] of Object.entries(attributes ?? {})) {
    out[name] = {
      ...(value.StringValue !== undefined ? { stringValue: value.StringValue } : {}),
      ...(value.BinaryValue !== undefined ? { binaryValue: toBase64(value.BinaryValue) } : {}),
      stringListValues: [],
      binaryListValues: [],
      dataType: value.DataType,
    };
  }
  return out;
}
