// crypto.createHash / createHmac: synchronous digests (Web Crypto only offers async ones), as Node's stream-capable Hash and Hmac objects.
import { hmac } from '@noble/hashes/hmac.js';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import type { CHash } from '@noble/hashes/utils.js';
import { Stream } from './stream';
import { Buffer } from './buffer';
import { nodeError } from './node-error';

/** What noble's hashers and HMACs have in common. */
interface Digester {
  update(data: Uint8Array): unknown;
  digest(): Uint8Array;
  clone(): Digester;
}

type Hasher = CHash;

const ALGORITHMS: Record<string, Hasher> = { md5, sha1, sha224, sha256, sha384, sha512 };

/** The digests this runtime can compute, under Node's (OpenSSL's) names. */
export const HASHES = Object.keys(ALGORITHMS);

/** OpenSSL accepts `SHA256`, `sha-256` and `RSA-SHA256` for the same digest. */
function lookup(algorithm: unknown): Hasher | undefined {
  if (typeof algorithm !== 'string') return undefined;
  const name = algorithm.toLowerCase().replace(/^rsa-/, '').replace(/^sha-(\d)/, 'sha$1');
  return Object.hasOwn(ALGORITHMS, name) ? ALGORITHMS[name] : undefined;
}

/** Bytes from a string (in `encoding`) or any binary view, refusing what Node refuses. */
function toBytes(data: unknown, encoding: string | undefined, argument: string): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, encoding === 'buffer' ? 'utf8' : encoding);
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw nodeError(
    TypeError,
    'ERR_INVALID_ARG_TYPE',
    `The "${argument}" argument must be of type string or an instance of Buffer, TypedArray, or DataView.${describe(data)}`,
  );
}

function describe(value: unknown): string {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'object') return ` Received an instance of ${value.constructor?.name ?? 'Object'}`;
  return ` Received type ${typeof value} (${String(value)})`;
}

function encode(bytes: Uint8Array, encoding: string | undefined): Buffer | string {
  const buffer = Buffer.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
  return encoding === undefined || encoding === 'buffer' ? buffer : buffer.toString(encoding);
}

/** Shared by Hash and Hmac: Node lets both be written to and piped from like a Transform stream. */
abstract class Digest extends Stream.Transform {
  protected finalized = false;

  constructor(protected state: Digester, options?: object) {
    super(options);
  }

  update(data: unknown, inputEncoding?: string): this {
    if (this.finalized) throw nodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    this.state.update(toBytes(data, inputEncoding, 'data'));
    return this;
  }

  override _transform(chunk: unknown, encoding: string, callback: () => void): void {
    this.update(chunk, encoding);
    callback();
  }

  override _flush(callback: () => void): void {
    this.push(this.digest());
    callback();
  }

  abstract digest(outputEncoding?: string): Buffer | string;
}

/** `crypto.Hash`: a second `digest()` throws, as in Node. */
export class Hash extends Digest {
  digest(outputEncoding?: string): Buffer | string {
    if (this.finalized) throw nodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    this.finalized = true;
    return encode(this.state.digest(), outputEncoding);
  }

  copy(options?: object): Hash {
    if (this.finalized) throw nodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    return new Hash(this.state.clone(), options);
  }
}

/** `crypto.Hmac`: a second `digest()` gives an empty result rather than throwing, as in Node. */
export class Hmac extends Digest {
  digest(outputEncoding?: string): Buffer | string {
    if (this.finalized) return encode(new Uint8Array(0), outputEncoding);
    this.finalized = true;
    return encode(this.state.digest(), outputEncoding);
  }
}

export function createHash(algorithm: string, options?: object): Hash {
  const hasher = lookup(algorithm);
  if (!hasher) throw new Error('Digest method not supported');
  return new Hash(hasher.create() as Digester, options);
}

export function createHmac(algorithm: string, key: unknown, options?: object): Hmac {
  const hasher = lookup(algorithm);
  if (!hasher) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${algorithm}`);
  const secret = key && typeof key === 'object' && 'export' in key && typeof key.export === 'function' ? (key.export() as unknown) : key;
  return new Hmac(hmac.create(hasher, toBytes(secret, 'utf8', 'key')) as Digester, options);
}

/** `crypto.hash(algorithm, data, outputEncoding = 'hex')`: the one-shot form (Node 20.12+). */
export function hash(algorithm: string, data: unknown, outputEncoding = 'hex'): Buffer | string {
  return createHash(algorithm).update(data).digest(outputEncoding);
}
