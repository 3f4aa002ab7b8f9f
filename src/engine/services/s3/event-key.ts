// How S3 writes an object key into an event record: form-URL-encoded, slashes kept ("red flower.jpg" is "red+flower.jpg").

const encoder = new TextEncoder();
const hex = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Encodes a key as S3 does in event notifications (AWS docs, "Event message structure": the key
 * is URL-encoded, "red flower.jpg" becomes "red+flower.jpg"). The docs give no full table; this is
 * Java's `URLEncoder.encode(key, "UTF-8")` (letters, digits and `. - * _` stay, a space becomes
 * `+`, every other UTF-8 byte `%XX`), which agrees with every real record reported: `+` as `%2B`
 * (aws-sdk-net#640), `=` as `%3D` (aws-sam-cli#379), `:` as `%3A` (aws-sdk-js#837). Today's
 * records keep `/` as it is (the SAM sample has `test/key`; minio#11665 compares with AWS).
 * Handlers must decode with `decodeURIComponent(key.replace(/\+/g, ' '))`.
 */
export function encodeEventKey(key: string): string {
  let out = '';
  for (const byte of encoder.encode(key)) {
    if (
      (byte >= 0x30 && byte <= 0x39) || // 0-9
      (byte >= 0x41 && byte <= 0x5a) || // A-Z
      (byte >= 0x61 && byte <= 0x7a) || // a-z
      byte === 0x2e || byte === 0x2d || byte === 0x2a || byte === 0x5f || byte === 0x2f // . - * _ /
    ) {
      out += String.fromCharCode(byte);
    } else if (byte === 0x20) {
      out += '+';
    } else {
      out += hex(byte);
    }
  }
  return out;
}

/** The inverse, as a handler would write it: `+` is a space, then percent-decoding. */
export const decodeEventKey = (encoded: string) => decodeURIComponent(encoded.replace(/\+/g, ' '));
