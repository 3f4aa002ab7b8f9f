// A published message's attributes as SNS checks them (names, data types, values, in the words
// recorded from AWS), and as subscribers receive them: `{ Type, Value }` in SNS's JSON (Binary
// base64-encoded), or as SQS message attributes with raw message delivery.
import { invalidParameter, parameterValueInvalid, validationError } from './errors';
import type { AttributeInput } from './filter-policy/match';

/** The largest message, attributes included: 256 KiB (API reference, Publish). */
export const MAX_MESSAGE_BYTES = 262_144;

const bytes = (text: string) => new TextEncoder().encode(text).length;

function binaryOf(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  // A string is taken as base64, as the Query protocol carries binary values.
  if (typeof value === 'string' && value !== '') return Uint8Array.from(atob(value), (c) => c.charCodeAt(0));
  return undefined;
}

/** SNS's refusal of an attribute name: 1–255 bytes of letters, digits, `-`, `_` and `.`, no leading, trailing or doubled dot. */
function checkName(name: string): void {
  if (bytes(name) > 255) throw parameterValueInvalid('Length of message attribute name must be less than 256 bytes.');
  if (name.startsWith('.')) throw parameterValueInvalid("Invalid message attribute name starting with character '.' was found.");
  if (name.endsWith('.')) throw parameterValueInvalid("Invalid message attribute name ending with character '.' was found.");
  let previous = '';
  for (const char of name) {
    if (!/[a-zA-Z0-9_.-]/.test(char)) {
      const code = `#x${char.codePointAt(0)!.toString(16).toUpperCase()}`;
      throw parameterValueInvalid(`Invalid non-alphanumeric character '${code}' was found in the message attribute name. Can only include alphanumeric characters, hyphens, underscores, or dots.`);
    }
    if (char === '.' && previous === '.') throw parameterValueInvalid("Message attribute name can not have successive '.' character.");
    previous = char;
  }
}

/**
 * Checks Publish's MessageAttributes (`position` is a PublishBatch entry's, from 1, for the
 * validation message's path) and answers them with binary values as bytes.
 */
export function checkMessageAttributes(input: unknown, position?: number): Record<string, AttributeInput> {
  const out: Record<string, AttributeInput> = {};
  for (const [name, raw] of Object.entries((input ?? {}) as Record<string, Record<string, unknown>>)) {
    checkName(name);
    const dataType = raw?.DataType;
    if (typeof dataType !== 'string') {
      const at = position ? `publishBatchRequestEntries.${position}.member.messageAttributes.${name}.member.dataType` : `messageAttributes.${name}.member.dataType`;
      throw validationError(`1 validation error detected: Value null at '${at}' failed to satisfy constraint: Member must not be null`);
    }
    if (!/^(String|Number|Binary)(\..+)?$/.test(dataType)) {
      throw parameterValueInvalid(`The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`);
    }
    const empty = () => parameterValueInvalid(`The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${dataType}'.`);
    const field = dataType.startsWith('Binary') ? 'Binary' : 'String';
    const hasString = raw.StringValue !== undefined && raw.StringValue !== null;
    const hasBinary = raw.BinaryValue !== undefined && raw.BinaryValue !== null;
    if (!hasString && !hasBinary) throw empty();
    if ((field === 'String' && !hasString) || (field === 'Binary' && !hasBinary)) {
      throw parameterValueInvalid(`The message attribute '${name}' with type '${dataType}' must use field '${field}'.`);
    }
    if (field === 'Binary') {
      const value = binaryOf(raw.BinaryValue);
      if (!value || value.length === 0) throw empty();
      out[name] = { DataType: dataType, BinaryValue: value };
    } else {
      if (String(raw.StringValue) === '') throw empty();
      out[name] = { DataType: dataType, StringValue: String(raw.StringValue) };
    }
  }
  return out;
}

/** The size Publish limits: the message and every attribute's name, type and value. */
export function publishSize(message: string, attributes: Record<string, AttributeInput>): number {
  let size = bytes(message);
  for (const [name, a] of Object.entries(attributes)) {
    size += bytes(name) + bytes(a.DataType) + (a.BinaryValue instanceof Uint8Array ? a.BinaryValue.length : bytes(a.StringValue ?? ''));
  }
  return size;
}

export function checkSize(message: string, attributes: Record<string, AttributeInput>): void {
  if (publishSize(message, attributes) > MAX_MESSAGE_BYTES) throw invalidParameter('Invalid parameter: Message too long');
}

const base64 = (value: Uint8Array) => btoa(Array.from(value, (b) => String.fromCharCode(b)).join(''));

/** The attributes as SNS's JSON carries them to Lambda and in the SQS envelope: `{ Type, Value }`. */
export function jsonAttributes(attributes: Record<string, AttributeInput>): Record<string, { Type: string; Value: string }> {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, a]) => [name, { Type: a.DataType, Value: a.BinaryValue instanceof Uint8Array ? base64(a.BinaryValue) : (a.StringValue ?? '') }]),
  );
}

/** The attributes as SQS message attributes, for raw message delivery. */
export function queueAttributes(attributes: Record<string, AttributeInput>): Record<string, { DataType: string; StringValue?: string; BinaryValue?: Uint8Array }> {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, a]) => [name, a.BinaryValue instanceof Uint8Array ? { DataType: a.DataType, BinaryValue: a.BinaryValue } : { DataType: a.DataType, StringValue: a.StringValue ?? '' }]),
  );
}
