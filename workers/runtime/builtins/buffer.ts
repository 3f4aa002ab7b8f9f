// `buffer`: the npm Buffer (also the global `Buffer` handlers see), taught Node's `base64url` encoding and Node's UTF-8 decoding.
import * as npmBuffer from 'buffer/index.js';

const { Buffer } = npmBuffer;
// The package's types omit these, though it exports them.
const { INSPECT_MAX_BYTES, SlowBuffer, kMaxLength } = npmBuffer as unknown as { INSPECT_MAX_BYTES: number; SlowBuffer: unknown; kMaxLength: number };

const isBase64Url = (encoding: unknown) => typeof encoding === 'string' && encoding.toLowerCase() === 'base64url';
// The npm decoder already accepts `-` and `_`, so reading base64url is reading base64; only the name must be allowed.
const asBase64 = (encoding: unknown) => (isBase64Url(encoding) ? 'base64' : encoding);

type Method = (this: unknown, ...args: unknown[]) => unknown;

const isUtf8Name = (encoding: unknown) => encoding === undefined || (typeof encoding === 'string' && /^utf-?8$/i.test(encoding));
// ignoreBOM keeps a leading BOM in the text, as Node's toString() does.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** UTF-8 text of bytes [start, end), clamped the way Buffer#toString clamps. */
function utf8Slice(bytes: Uint8Array, start: unknown, end: unknown): string {
  const from = start === undefined || (start as number) < 0 ? 0 : Number(start) >>> 0;
  const to = end === undefined || (end as number) > bytes.length ? bytes.length : Math.max(0, Number(end)) >>> 0;
  return to <= from ? '' : utf8.decode(bytes.subarray(from, to));
}

function adaptToNode() {
  if (Buffer.isEncoding('base64url')) return;
  const proto = Buffer.prototype as unknown as { [name: string]: Method; toString: Method; toLocaleString: Method };
  const { isEncoding, byteLength, from } = Buffer as unknown as Record<string, Method>;
  const toString = proto.toString as Method;
  const write = proto.write as Method;
  const statics = Buffer as unknown as Record<string, unknown>;
  statics.isEncoding = (encoding: unknown) => isBase64Url(encoding) || isEncoding!(encoding);
  statics.byteLength = (value: unknown, encoding?: unknown) => byteLength!(value, asBase64(encoding));
  statics.from = (value: unknown, encodingOrOffset?: unknown, length?: unknown) =>
    typeof value === 'string' ? from!(value, asBase64(encodingOrOffset)) : from!(value, encodingOrOffset, length);
  proto.toString = function (this: unknown, ...args: unknown[]) {
    // The platform decoder replaces a broken sequence with one U+FFFD as Node does (the npm one may emit several), and is native.
    if (isUtf8Name(args[0])) return utf8Slice(this as Uint8Array, args[1], args[2]);
    if (!isBase64Url(args[0])) return toString.apply(this, args);
    const base64 = toString.apply(this, ['base64', ...args.slice(1)]) as string;
    return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  proto.toLocaleString = proto.toString;
  proto.write = function (this: unknown, ...args: unknown[]) {
    return write.apply(this, args.map(asBase64));
  };
}
adaptToNode();

export { Buffer };
export type Buffer = npmBuffer.Buffer;

/** The `buffer` module object, shaped like Node's. */
export function createBufferModule() {
  return {
    Buffer,
    SlowBuffer,
    INSPECT_MAX_BYTES,
    kMaxLength,
    kStringMaxLength: 2 ** 29 - 24,
    constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 2 ** 29 - 24 },
    Blob: globalThis.Blob,
    File: globalThis.File,
    atob: globalThis.atob,
    btoa: globalThis.btoa,
    isUtf8: (input: ArrayBufferView | ArrayBuffer) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(input);
        return true;
      } catch {
        return false;
      }
    },
    isAscii: (input: ArrayBufferView | ArrayBuffer) => {
      const bytes = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
      return bytes.every((byte) => byte < 0x80);
    },
  };
}
