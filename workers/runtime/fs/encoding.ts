// Converting between what handlers read and write (strings in an encoding, Buffers, typed
// arrays, DataViews) and the bytes stored in the file system, and parsing Node's option shapes.
import { Buffer } from 'buffer';
import { constants } from './constants';
import { invalidArgType, invalidArgValue } from './errors';

/** The loose option bag Node's fs calls accept; a string stands for `{ encoding }`. */
export interface FsOptions {
  encoding?: string | null;
  flag?: string | number;
  flags?: string | number;
  mode?: number;
  recursive?: boolean;
  withFileTypes?: boolean;
  force?: boolean;
  throwIfNoEntry?: boolean;
}

export function parseOptions(options: unknown): FsOptions {
  if (typeof options === 'string') return { encoding: checkEncoding(options) };
  if (options && typeof options === 'object') {
    const parsed = options as FsOptions;
    if (parsed.encoding) checkEncoding(parsed.encoding);
    return parsed;
  }
  return {};
}

function checkEncoding(encoding: string): string {
  if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw invalidArgValue('encoding', encoding, 'is invalid encoding');
  return encoding;
}

/** Bytes to write; strings are encoded, views are used without copying. */
export function toBytes(data: unknown, encoding?: string | null): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, (encoding && encoding !== 'buffer' ? checkEncoding(encoding) : 'utf8') as BufferEncoding);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

/** What a read returns: a fresh Buffer, or a string in the requested encoding. */
export function fromBytes(bytes: Uint8Array, encoding?: string | null): Buffer | string {
  const buffer = Buffer.from(bytes);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding as BufferEncoding) : buffer;
}

/** What an open flag allows; Node's string flags ('r', 'w+', 'ax', ...) or numeric O_* bits. */
export interface OpenMode {
  read: boolean;
  write: boolean;
  create: boolean;
  exclusive: boolean;
  truncate: boolean;
  append: boolean;
}

export function parseFlags(flag: string | number | undefined, fallback: string): OpenMode {
  const value = flag ?? fallback;
  if (typeof value === 'number') {
    const access = value & 3;
    return {
      read: access !== constants.O_WRONLY, write: access !== constants.O_RDONLY,
      create: !!(value & constants.O_CREAT), exclusive: !!(value & constants.O_EXCL),
      truncate: !!(value & constants.O_TRUNC), append: !!(value & constants.O_APPEND),
    };
  }
  // Node accepts the modifier on either side ('xw' = 'wx', 'sr+' = 'rs+').
  const normal = typeof value === 'string' && /^[sx][rwa]/.test(value) ? value.charAt(1) + value.charAt(0) + value.slice(2) : value;
  const match = typeof normal === 'string' ? /^([rwa])([sx]?)(\+?)$/.exec(normal) : null;
  const [, kind, modifier, plus] = match ?? [];
  if (!kind || (modifier === 'x' && kind === 'r') || (modifier === 's' && kind === 'w')) throw invalidArgValue('flags', value);
  return {
    read: kind === 'r' || plus === '+', write: kind !== 'r' || plus === '+',
    create: kind !== 'r', exclusive: modifier === 'x', truncate: kind === 'w', append: kind === 'a',
  };
}
