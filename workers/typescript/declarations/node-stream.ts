// Declarations of `stream` and `stream/promises` (readable-stream 4, Node's own streams) and of
// `crypto` as the runtime serves it: randomness, hashes and HMACs, Web Crypto. Ciphers, signing and
// key pairs are not served, so they are not declared.

export const STREAM = `
declare module 'stream' {
  import EventEmitter = require('events');
  class internal extends EventEmitter {
    constructor(options?: { emitClose?: boolean; signal?: AbortSignal });
    pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T;
  }
  namespace internal {
    class Stream extends internal {}
    interface StreamOptions { highWaterMark?: number; objectMode?: boolean; signal?: AbortSignal; emitClose?: boolean; autoDestroy?: boolean }
    interface ReadableOptions extends StreamOptions {
      encoding?: BufferEncoding;
      read?(this: Readable, size: number): void;
      destroy?(this: Readable, error: Error | null, callback: (error?: Error | null) => void): void;
    }
    class Readable extends Stream implements NodeJS.ReadableStream, AsyncIterable<any> {
      static from(iterable: Iterable<any> | AsyncIterable<any>, options?: ReadableOptions): Readable;
      constructor(options?: ReadableOptions);
      readable: boolean;
      readonly readableEnded: boolean;
      readonly readableLength: number;
      readonly readableObjectMode: boolean;
      readonly readableFlowing: boolean | null;
      destroyed: boolean;
      _read(size: number): void;
      read(size?: number): any;
      setEncoding(encoding: BufferEncoding): this;
      pause(): this;
      resume(): this;
      isPaused(): boolean;
      unpipe(destination?: NodeJS.WritableStream): this;
      unshift(chunk: any, encoding?: BufferEncoding): void;
      push(chunk: any, encoding?: BufferEncoding): boolean;
      destroy(error?: Error): this;
      toArray(options?: { signal?: AbortSignal }): Promise<any[]>;
      [Symbol.asyncIterator](): AsyncIterableIterator<any>;
    }
    interface WritableOptions extends StreamOptions {
      decodeStrings?: boolean;
      defaultEncoding?: BufferEncoding;
      write?(this: Writable, chunk: any, encoding: BufferEncoding, callback: (error?: Error | null) => void): void;
      final?(this: Writable, callback: (error?: Error | null) => void): void;
      destroy?(this: Writable, error: Error | null, callback: (error?: Error | null) => void): void;
    }
    class Writable extends Stream implements NodeJS.WritableStream {
      constructor(options?: WritableOptions);
      writable: boolean;
      readonly writableEnded: boolean;
      readonly writableFinished: boolean;
      readonly writableLength: number;
      readonly writableObjectMode: boolean;
      destroyed: boolean;
      _write(chunk: any, encoding: BufferEncoding, callback: (error?: Error | null) => void): void;
      _final(callback: (error?: Error | null) => void): void;
      write(chunk: any, callback?: (error?: Error | null) => void): boolean;
      write(chunk: any, encoding: BufferEncoding, callback?: (error?: Error | null) => void): boolean;
      setDefaultEncoding(encoding: BufferEncoding): this;
      end(callback?: () => void): this;
      end(chunk: any, callback?: () => void): this;
      end(chunk: any, encoding: BufferEncoding, callback?: () => void): this;
      cork(): void;
      uncork(): void;
      destroy(error?: Error): this;
    }
    interface DuplexOptions extends Omit<ReadableOptions, 'destroy'>, Omit<WritableOptions, 'destroy'> {
      allowHalfOpen?: boolean;
      destroy?(this: Duplex, error: Error | null, callback: (error?: Error | null) => void): void;
    }
    class Duplex extends Readable implements NodeJS.WritableStream {
      constructor(options?: DuplexOptions);
      writable: boolean;
      readonly writableEnded: boolean;
      readonly writableFinished: boolean;
      _write(chunk: any, encoding: BufferEncoding, callback: (error?: Error | null) => void): void;
      _final(callback: (error?: Error | null) => void): void;
      write(chunk: any, callback?: (error?: Error | null) => void): boolean;
      write(chunk: any, encoding: BufferEncoding, callback?: (error?: Error | null) => void): boolean;
      end(callback?: () => void): this;
      end(chunk: any, callback?: () => void): this;
      end(chunk: any, encoding: BufferEncoding, callback?: () => void): this;
      cork(): void;
      uncork(): void;
    }
    type TransformCallback = (error?: Error | null, data?: any) => void;
    interface TransformOptions extends DuplexOptions {
      transform?(this: Transform, chunk: any, encoding: BufferEncoding, callback: TransformCallback): void;
      flush?(this: Transform, callback: TransformCallback): void;
    }
    class Transform extends Duplex {
      constructor(options?: TransformOptions);
      _transform(chunk: any, encoding: BufferEncoding, callback: TransformCallback): void;
      _flush(callback: TransformCallback): void;
    }
    class PassThrough extends Transform {}
    type PipelineCallback = (error: NodeJS.ErrnoException | null) => void;
    function pipeline(...streams: Array<NodeJS.ReadableStream | NodeJS.WritableStream | PipelineCallback>): NodeJS.WritableStream;
    function finished(stream: NodeJS.ReadableStream | NodeJS.WritableStream, callback: (error?: NodeJS.ErrnoException | null) => void): () => void;
    function addAbortSignal<T extends Stream>(signal: AbortSignal, stream: T): T;
    function compose(...streams: any[]): Duplex;
    function isReadable(stream: Readable | NodeJS.ReadableStream): boolean;
    function isWritable(stream: Writable | NodeJS.WritableStream): boolean;
    function isErrored(stream: Readable | Writable | NodeJS.ReadableStream | NodeJS.WritableStream): boolean;
    function isDestroyed(stream: Readable | Writable | NodeJS.ReadableStream | NodeJS.WritableStream): boolean;
    function isDisturbed(stream: Readable | NodeJS.ReadableStream): boolean;
    function destroy(stream: Readable | Writable, error?: Error): void;
    function getDefaultHighWaterMark(objectMode: boolean): number;
    function setDefaultHighWaterMark(objectMode: boolean, value: number): void;
    const promises: typeof import('stream/promises');
  }
  export = internal;
}
declare module 'stream/promises' {
  export function pipeline(...streams: Array<NodeJS.ReadableStream | NodeJS.WritableStream | AsyncIterable<any> | ((source: AsyncIterable<any>) => AsyncIterable<any> | Promise<any>)>): Promise<void>;
  export function finished(stream: NodeJS.ReadableStream | NodeJS.WritableStream, options?: { signal?: AbortSignal }): Promise<void>;
}
declare namespace NodeJS {
  interface ErrnoException extends Error { errno?: number; code?: string; path?: string; syscall?: string }
  interface EventEmitter {
    on(eventName: string | symbol, listener: (...args: any[]) => void): this;
    once(eventName: string | symbol, listener: (...args: any[]) => void): this;
    off(eventName: string | symbol, listener: (...args: any[]) => void): this;
    emit(eventName: string | symbol, ...args: any[]): boolean;
  }
  interface ReadableStream extends EventEmitter {
    readable: boolean;
    read(size?: number): string | Buffer;
    pipe<T extends WritableStream>(destination: T, options?: { end?: boolean }): T;
    [Symbol.asyncIterator](): AsyncIterableIterator<string | Buffer>;
  }
  interface WritableStream extends EventEmitter {
    writable: boolean;
    write(buffer: Uint8Array | string, callback?: (error?: Error | null) => void): boolean;
    end(callback?: () => void): this;
  }
}
`;

export const CRYPTO = `
declare module 'crypto' {
  import { Transform } from 'stream';
  type BinaryLike = string | ArrayBufferView;
  type BinaryToTextEncoding = 'base64' | 'base64url' | 'hex' | 'binary';
  /** md5, sha1, sha224, sha256, sha384 and sha512 (also 'SHA256', 'sha-256', 'RSA-SHA256'). */
  type HashAlgorithm = string;
  class Hash extends Transform {
    private constructor();
    copy(): Hash;
    update(data: BinaryLike): Hash;
    update(data: string, inputEncoding: BufferEncoding): Hash;
    digest(): Buffer;
    digest(encoding: BinaryToTextEncoding): string;
  }
  class Hmac extends Transform {
    private constructor();
    update(data: BinaryLike): Hmac;
    update(data: string, inputEncoding: BufferEncoding): Hmac;
    digest(): Buffer;
    digest(encoding: BinaryToTextEncoding): string;
  }
  export { Hash, Hmac };
  export function createHash(algorithm: HashAlgorithm, options?: object): Hash;
  export function createHmac(algorithm: HashAlgorithm, key: BinaryLike, options?: object): Hmac;
  /** A one-shot digest, hex by default. */
  export function hash(algorithm: HashAlgorithm, data: BinaryLike, outputEncoding?: BinaryToTextEncoding): string;
  export function hash(algorithm: HashAlgorithm, data: BinaryLike, outputEncoding: 'buffer'): Buffer;
  export function randomBytes(size: number): Buffer;
  export function randomBytes(size: number, callback: (error: Error | null, buf: Buffer) => void): void;
  export const pseudoRandomBytes: typeof randomBytes;
  export function randomFillSync<T extends ArrayBufferView | ArrayBuffer>(buffer: T, offset?: number, size?: number): T;
  export function randomFill<T extends ArrayBufferView | ArrayBuffer>(buffer: T, callback: (error: Error | null, buf: T) => void): void;
  export function randomFill<T extends ArrayBufferView | ArrayBuffer>(buffer: T, offset: number, callback: (error: Error | null, buf: T) => void): void;
  export function randomFill<T extends ArrayBufferView | ArrayBuffer>(buffer: T, offset: number, size: number, callback: (error: Error | null, buf: T) => void): void;
  export function randomInt(max: number): number;
  export function randomInt(min: number, max: number): number;
  export function randomInt(max: number, callback: (error: Error | null, value: number) => void): void;
  export function randomInt(min: number, max: number, callback: (error: Error | null, value: number) => void): void;
  export function randomUUID(options?: { disableEntropyCache?: boolean }): string;
  export function getRandomValues<T extends ArrayBufferView>(typedArray: T): T;
  export function timingSafeEqual(a: ArrayBufferView, b: ArrayBufferView): boolean;
  export function getHashes(): string[];
  export function getCiphers(): string[];
  export function getCurves(): string[];
  export function getFips(): 0 | 1;
  export const constants: {};
  export const webcrypto: Crypto;
  export const subtle: SubtleCrypto;
}
`;
