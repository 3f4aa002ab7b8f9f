// `crypto`: randomness from the browser's CSPRNG, synchronous digests, and the browser's own Web Crypto as `webcrypto`/`subtle`.
import { Buffer } from './buffer';
import { HASHES, Hash, Hmac, createHash, createHmac, hash } from './crypto-hash';
import type { BuiltinTimers } from './timers';
import { nodeError, unavailable } from './node-error';

type Callback<T> = (error: Error | null, value?: T) => void;

const MAX_SIZE = 2 ** 31 - 1;
// getRandomValues refuses more than 64 KiB per call.
const QUOTA = 65536;
// Node draws randomInt from 48 random bits, which bounds the range it accepts.
const RAND_MAX = 0xffff_ffff_ffff;

function fillRandom(bytes: Uint8Array): Uint8Array {
  for (let at = 0; at < bytes.length; at += QUOTA) globalThis.crypto.getRandomValues(bytes.subarray(at, at + QUOTA));
  return bytes;
}

function checkSize(size: unknown, name = 'size'): number {
  if (typeof size !== 'number') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be of type number. Received ${typeof size}`);
  }
  if (!Number.isInteger(size) || size < 0 || size > MAX_SIZE) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be >= 0 && <= ${MAX_SIZE}. Received ${size}`);
  }
  return size;
}

function checkCallback(callback: unknown, optional = true): void {
  if (!(optional && callback === undefined) && typeof callback !== 'function') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "callback" argument must be of type function. Received ${typeof callback}`);
  }
}

function viewBytes(view: ArrayBufferView | ArrayBuffer): Uint8Array {
  return ArrayBuffer.isView(view) ? new Uint8Array(view.buffer, view.byteOffset, view.byteLength) : new Uint8Array(view);
}

export function randomUUID(): string {
  // Built on getRandomValues: `crypto.randomUUID` exists only in secure contexts, which a sandboxed frame may not be.
  const bytes = fillRandom(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function timingSafeEqual(a: unknown, b: unknown): boolean {
  for (const [name, value] of [['buf1', a], ['buf2', b]] as const) {
    if (!ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer)) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
  }
  const x = viewBytes(a as ArrayBufferView);
  const y = viewBytes(b as ArrayBufferView);
  if (x.length !== y.length) throw nodeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  let difference = 0;
  for (let i = 0; i < x.length; i++) difference |= x[i]! ^ y[i]!;
  return difference === 0;
}

/** The `crypto` module object; callbacks are scheduled on the runtime's timers, so a pending one keeps the event loop busy as in Node. */
export function createCrypto(timers: BuiltinTimers) {
  const later = <T>(callback: Callback<T>, produce: () => T) =>
    timers.setImmediate(() => {
      let value: T;
      try {
        value = produce();
      } catch (error) {
        callback(error as Error);
        return;
      }
      callback(null, value);
    });

  function randomBytes(size: number): Buffer;
  function randomBytes(size: number, callback: Callback<Buffer>): void;
  function randomBytes(size: number, callback?: Callback<Buffer>): Buffer | void {
    checkSize(size);
    checkCallback(callback);
    const make = () => fillRandom(Buffer.alloc(size)) as Buffer;
    if (!callback) return make();
    later(callback, make);
  }

  function randomFillSync<T extends ArrayBufferView | ArrayBuffer>(target: T, offset = 0, size?: number): T {
    const bytes = viewBytes(target);
    checkSize(offset, 'offset');
    const length = size === undefined ? bytes.length - offset : checkSize(size);
    if (offset + length > bytes.length) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "size + offset" is out of range. It must be <= ${bytes.length}. Received ${offset + length}`);
    }
    fillRandom(bytes.subarray(offset, offset + length));
    return target;
  }

  function randomFill<T extends ArrayBufferView | ArrayBuffer>(target: T, ...rest: unknown[]): void {
    const callback = rest.pop() as Callback<T>;
    checkCallback(callback, false);
    const [offset, size] = rest as [number | undefined, number | undefined];
    randomFillSync(target, offset, size);
    later(callback, () => target);
  }

  function randomInt(...args: unknown[]): number | void {
    const callback = typeof args[args.length - 1] === 'function' ? (args.pop() as Callback<number>) : undefined;
    const [min, max] = args.length >= 2 ? [args[0], args[1]] : [0, args[0]];
    for (const [name, value] of [['min', min], ['max', max]] as const) {
      if (!Number.isSafeInteger(value)) {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be a safe integer. Received ${String(value)}`);
      }
    }
    const low = min as number;
    const high = max as number;
    if (high <= low) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "max" is out of range. It must be greater than the value of "min" (${low}). Received ${high}`);
    }
    const range = high - low;
    if (range > RAND_MAX) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "max - min" is out of range. It must be <= ${RAND_MAX}. Received ${range}`);
    }
    // Rejection sampling keeps every value equally likely.
    const limit = RAND_MAX - (RAND_MAX % range);
    const draw = () => {
      const bytes = new Uint8Array(6);
      for (;;) {
        fillRandom(bytes);
        const value = bytes.reduce((acc, byte) => acc * 256 + byte, 0);
        if (value < limit) return low + (value % range);
      }
    };
    if (!callback) return draw();
    later(callback, draw);
  }

  const webcrypto = globalThis.crypto;
  const missing = [
    'createCipheriv', 'createDecipheriv', 'createSign', 'createVerify', 'sign', 'verify', 'generateKeyPair',
    'generateKeyPairSync', 'generateKey', 'generateKeySync', 'createPrivateKey', 'createPublicKey', 'createSecretKey',
    'pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync', 'hkdf', 'hkdfSync', 'publicEncrypt', 'privateDecrypt', 'privateEncrypt', 'publicDecrypt',
    'createDiffieHellman', 'createECDH', 'getDiffieHellman', 'generatePrime', 'generatePrimeSync', 'checkPrime', 'checkPrimeSync',
  ];
  return {
    ...Object.fromEntries(missing.map((name) => [name, unavailable(`crypto.${name}()`)])),
    randomBytes,
    pseudoRandomBytes: randomBytes,
    randomFillSync,
    randomFill,
    randomInt,
    randomUUID,
    getRandomValues: <T extends ArrayBufferView>(array: T): T => webcrypto.getRandomValues(array as unknown as Uint8Array) as unknown as T,
    createHash,
    createHmac,
    hash,
    Hash,
    Hmac,
    timingSafeEqual,
    getHashes: () => [...HASHES],
    getCiphers: () => [] as string[],
    getCurves: () => [] as string[],
    getFips: () => 0,
    constants: {},
    webcrypto,
    subtle: webcrypto.subtle,
  };
}
