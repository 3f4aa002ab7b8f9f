// The digests SQS returns with each message: MD5 of the body's UTF-8 bytes, and MD5 of the message
// attributes in the encoding the developer guide documents ("Calculating the MD5 message digest for
// message attributes"): for each attribute, sorted by name, the name, the data type and the value,
// each as a 4-byte big-endian length and its UTF-8 bytes, the value preceded by a transport byte
// (1 for String and Number, 2 for Binary).
import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { MessageAttributeValue } from './definitions';

const utf8 = new TextEncoder();

export const md5Hex = (bytes: Uint8Array) => bytesToHex(md5(bytes));

export const md5OfBody = (body: string) => md5Hex(utf8.encode(body));

/** Binary data types are `Binary` and custom ones built on it (`Binary.gif`). */
export const isBinaryType = (dataType: string) => dataType.startsWith('Binary');

function lengthPrefixed(bytes: Uint8Array): Uint8Array[] {
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, bytes.length);
  return [length, bytes];
}

/** MD5OfMessageAttributes, or undefined when there are none (SQS leaves the field out then). */
export function md5OfMessageAttributes(attributes: Record<string, MessageAttributeValue> | undefined): string | undefined {
  const names = Object.keys(attributes ?? {}).sort();
  if (!attributes || names.length === 0) return undefined;
  const parts: Uint8Array[] = [];
  for (const name of names) {
    const value = attributes[name]!;
    parts.push(...lengthPrefixed(utf8.encode(name)), ...lengthPrefixed(utf8.encode(value.DataType)));
    if (isBinaryType(value.DataType)) parts.push(Uint8Array.of(2), ...lengthPrefixed(value.BinaryValue ?? new Uint8Array(0)));
    else parts.push(Uint8Array.of(1), ...lengthPrefixed(utf8.encode(value.StringValue ?? '')));
  }
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return md5Hex(all);
}
