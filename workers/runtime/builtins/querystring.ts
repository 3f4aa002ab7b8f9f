// `querystring`: Node's form/query codec (null-prototype results, `+` as space, lenient with malformed escapes, as API Gateway bodies need).
import { Buffer } from './buffer';

interface ParseOptions {
  maxKeys?: number;
  decodeURIComponent?: (text: string) => string;
}

interface StringifyOptions {
  encodeURIComponent?: (text: string) => string;
}

const HEX = /^[0-9a-fA-F]{2}$/;

/** Decodes the valid `%XX` escapes to bytes and keeps the rest literally, as Node does when decodeURIComponent gives up. */
export function unescapeBuffer(text: string, decodeSpaces = false): Buffer {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const hex = text.slice(i + 1, i + 3);
    if (char === '%' && HEX.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (char === '+' && decodeSpaces) {
      bytes.push(0x20);
    } else {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      bytes.push(...encoder.encode(String.fromCodePoint(code)));
    }
  }
  return Buffer.from(bytes);
}

export function unescape(text: string, decodeSpaces?: boolean): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return unescapeBuffer(text, decodeSpaces).toString();
  }
}

export function escape(text: unknown): string {
  return encodeURIComponent(typeof text === 'string' ? text : String(text));
}

export function parse(query: unknown, sep?: string | null, eq?: string | null, options?: ParseOptions): Record<string, string | string[]> {
  const result = Object.create(null) as Record<string, string | string[]>;
  if (typeof query !== 'string' || query.length === 0) return result;
  const separator = sep || '&';
  const equals = eq || '=';
  const maxKeys = typeof options?.maxKeys === 'number' ? options.maxKeys : 1000;
  const decoder = typeof options?.decodeURIComponent === 'function' ? options.decodeURIComponent : unescape;
  const decode = (text: string) => {
    const spaced = text.replace(/\+/g, ' ');
    try {
      return decoder(spaced);
    } catch {
      return unescape(spaced, true);
    }
  };
  // Node's maxKeys counts separated chunks, empty ones and repeats included.
  const pairs = query.split(separator);
  for (const pair of maxKeys > 0 ? pairs.slice(0, maxKeys) : pairs) {
    if (pair === '') continue;
    const at = pair.indexOf(equals);
    const key = decode(at === -1 ? pair : pair.slice(0, at));
    const value = at === -1 ? '' : decode(pair.slice(at + equals.length));
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else result[key] = [existing, value];
  }
  return result;
}

function primitive(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return '';
}

export function stringify(object: unknown, sep?: string | null, eq?: string | null, options?: StringifyOptions): string {
  if (object === null || typeof object !== 'object') return '';
  const separator = sep || '&';
  const equals = eq || '=';
  const encode = typeof options?.encodeURIComponent === 'function' ? options.encodeURIComponent : escape;
  const fields: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    const prefix = encode(primitive(key)) + equals;
    if (Array.isArray(value)) for (const item of value) fields.push(prefix + encode(primitive(item)));
    else fields.push(prefix + encode(primitive(value)));
  }
  return fields.join(separator);
}

/** The `querystring` module object. */
export function createQuerystring() {
  return { parse, decode: parse, stringify, encode: stringify, escape, unescape, unescapeBuffer };
}
