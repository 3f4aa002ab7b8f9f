// Object keys: S3's length rule and its listing order (UTF-8 binary order).
import { invalidArgument, keyTooLong } from './errors';

const encoder = new TextEncoder();

/** The length S3 limits: bytes of UTF-8, not characters. */
export const utf8Length = (value: string) => encoder.encode(value).length;

/** S3 keys are 1 to 1,024 bytes of UTF-8. */
export const MAX_KEY_BYTES = 1024;

/** Returns a valid key, or throws what S3 (or, for an empty key, the SDK) would. */
export function checkKey(key: unknown): string {
  // An empty key never reaches S3: SDK v3 refuses to build the request.
  if (typeof key !== 'string' || key === '') throw invalidArgument('Empty value provided for input HTTP label: Key.', 'Key');
  const size = utf8Length(key);
  if (size > MAX_KEY_BYTES) throw keyTooLong(size);
  return key;
}

/**
 * Compares keys the way S3 lists them, by UTF-8 bytes. Comparing code points gives the same
 * order; JavaScript's `<` compares UTF-16 units, which puts U+10000 and above (emoji) before
 * U+E000-U+FFFF and so disagrees with S3.
 */
export function compareKeys(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    // A surrogate pair is one code point: skip its second half (equal in both, since x === y).
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
