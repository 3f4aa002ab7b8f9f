// Request bodies as S3 receives them: normalised to a Blob (one copy, into storage), hashed into an ETag without another.
import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** What PutObject accepts as `Body` (the SDK's common cases). */
export type BodyInput = Uint8Array | Blob | string;

/** The body as a Blob: a Blob is used as is, so a large upload is not copied. */
export function toBlob(body: BodyInput | undefined): Blob {
  if (body === undefined) return new Blob([]);
  if (body instanceof Blob) return body;
  if (typeof body === 'string') return new Blob([body]);
  if (body instanceof Uint8Array) return new Blob([body as Uint8Array<ArrayBuffer>]);
  throw new TypeError('Body must be a string, a Uint8Array or a Blob.');
}

/** From this size on, an ETag is computed by hash-wasm's MD5, loaded on first use. */
const WASM_HASH_FROM = 256 * 1024;

/** An MD5 hasher in WebAssembly, with the same update/digest shape as the JavaScript one. */
async function wasmMd5(): Promise<{ update(bytes: Uint8Array): void; digest(): Uint8Array }> {
  const { createMD5 } = await import('hash-wasm');
  const hasher = await createMD5();
  hasher.init();
  return { update: (bytes) => void hasher.update(bytes), digest: () => hasher.digest('binary') };
}

/**
 * The ETag S3 gives a single-part upload: the MD5 of the bytes in hex, in double quotes. Bytes
 * the caller still holds are hashed as they are: reading them back from a Blob costs more than
 * hashing them (a Blob's bytes live in the browser's storage process; a 10 MB read-back took
 * longer than the IndexedDB write). A Blob is read as a stream, chunk by chunk, so hashing 50 MB
 * never holds a second copy.
 */
export async function etagOf(body: Blob | Uint8Array): Promise<string> {
  const size = body instanceof Uint8Array ? body.byteLength : body.size;
  // Large bodies are hashed in WebAssembly (about ten times faster than JavaScript: 10 MB took
  // ~150 ms on the main thread); small ones stay synchronous, without loading or instantiating it.
  const hash = size >= WASM_HASH_FROM ? await wasmMd5() : md5.create();
  if (body instanceof Uint8Array) return `"${bytesToHex((hash.update(body), hash.digest()))}"`;
  const reader = body.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    hash.update(value);
  }
  return `"${bytesToHex(hash.digest())}"`;
}
