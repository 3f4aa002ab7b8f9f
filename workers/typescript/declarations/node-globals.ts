// Declarations of the globals a handler sees (workers/runtime/module-loader.ts and node-globals.ts):
// Node's console, process, timers, Buffer, require and module, and the web platform globals
// Node.js shares with the browser the environment runs in (fetch, URL, TextEncoder, Web Crypto...).

export const GLOBALS = `
type BufferEncoding = 'ascii' | 'utf8' | 'utf-8' | 'utf16le' | 'utf-16le' | 'ucs2' | 'ucs-2' | 'base64' | 'base64url' | 'latin1' | 'binary' | 'hex';
declare namespace NodeJS {
  interface ProcessEnv { [key: string]: string | undefined; TZ?: string }
  /** What setTimeout and setInterval return: keep the event loop busy (ref) or not (unref). */
  interface Timeout {
    ref(): this;
    unref(): this;
    hasRef(): boolean;
    refresh(): this;
    [Symbol.toPrimitive](): number;
  }
  interface Immediate { ref(): this; unref(): this; hasRef(): boolean }
  interface Require { (id: string): any; resolve?: never }
  interface Module { exports: any; id?: string; filename?: string }
  interface Process {
    /** Lambda's environment variables (AWS_REGION, AWS_LAMBDA_FUNCTION_NAME, ...) and the function's own. */
    env: ProcessEnv;
    argv: string[];
    version: string;
    versions: { node: string; [name: string]: string };
    platform: 'linux';
    arch: 'x64';
    pid: number;
    cwd(): string;
    uptime(): number;
    hrtime: { (time?: [number, number]): [number, number]; bigint(): bigint };
    nextTick(callback: (...args: any[]) => void, ...args: any[]): void;
    emitWarning(warning: string | Error): void;
    /** Ends the execution environment, as it ends the process on Lambda. */
    exit(code?: number): never;
    on(event: string, listener: (...args: any[]) => void): this;
    once(event: string, listener: (...args: any[]) => void): this;
    off(event: string, listener: (...args: any[]) => void): this;
  }
}
declare var process: NodeJS.Process;
declare var require: NodeJS.Require;
declare var module: NodeJS.Module;
declare var exports: any;
declare var __filename: string;
declare var __dirname: string;

interface Console {
  log(...data: any[]): void;
  info(...data: any[]): void;
  warn(...data: any[]): void;
  error(...data: any[]): void;
  debug(...data: any[]): void;
  trace(...data: any[]): void;
  dir(item?: any, options?: any): void;
  table(tabularData?: any, properties?: string[]): void;
  assert(condition?: boolean, ...data: any[]): void;
  count(label?: string): void;
  countReset(label?: string): void;
  time(label?: string): void;
  timeEnd(label?: string): void;
  timeLog(label?: string, ...data: any[]): void;
  group(...data: any[]): void;
  groupEnd(): void;
}
/** Lambda's console: each line goes to the function's log stream with the request id and level. */
declare var console: Console;

declare function setTimeout<A extends any[]>(callback: (...args: A) => void, ms?: number, ...args: A): NodeJS.Timeout;
// As Node's types: lets \`new Promise((resolve) => setTimeout(resolve, ms))\` through.
declare function setTimeout(callback: (_: void) => void, ms?: number): NodeJS.Timeout;
declare function clearTimeout(timeout: NodeJS.Timeout | string | number | undefined): void;
declare function setInterval<A extends any[]>(callback: (...args: A) => void, ms?: number, ...args: A): NodeJS.Timeout;
declare function setInterval(callback: (_: void) => void, ms?: number): NodeJS.Timeout;
declare function clearInterval(interval: NodeJS.Timeout | string | number | undefined): void;
declare function setImmediate<A extends any[]>(callback: (...args: A) => void, ...args: A): NodeJS.Immediate;
declare function setImmediate(callback: (_: void) => void): NodeJS.Immediate;
declare function clearImmediate(immediate: NodeJS.Immediate | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T, options?: { transfer?: any[] }): T;
declare function atob(data: string): string;
declare function btoa(data: string): string;

declare var Buffer: typeof import('buffer').Buffer;
type Buffer = import('buffer').Buffer;

interface Performance { now(): number; readonly timeOrigin: number }
declare var performance: Performance;

interface TextEncoder { readonly encoding: string; encode(input?: string): Uint8Array; encodeInto(source: string, destination: Uint8Array): { read: number; written: number } }
declare var TextEncoder: { new (): TextEncoder; prototype: TextEncoder };
interface TextDecoder { readonly encoding: string; readonly fatal: boolean; readonly ignoreBOM: boolean; decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string }
declare var TextDecoder: { new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder; prototype: TextDecoder };

interface URLSearchParams {
  append(name: string, value: string): void;
  delete(name: string, value?: string): void;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string, value?: string): boolean;
  set(name: string, value: string): void;
  sort(): void;
  forEach(callback: (value: string, key: string, parent: URLSearchParams) => void): void;
  entries(): IterableIterator<[string, string]>;
  keys(): IterableIterator<string>;
  values(): IterableIterator<string>;
  [Symbol.iterator](): IterableIterator<[string, string]>;
  readonly size: number;
  toString(): string;
}
declare var URLSearchParams: { new (init?: string[][] | Record<string, string> | string | URLSearchParams): URLSearchParams; prototype: URLSearchParams };
interface URL {
  hash: string; host: string; hostname: string; href: string; readonly origin: string; password: string; pathname: string;
  port: string; protocol: string; search: string; readonly searchParams: URLSearchParams; username: string;
  toString(): string;
  toJSON(): string;
}
declare var URL: { new (url: string | URL, base?: string | URL): URL; prototype: URL; canParse(url: string | URL, base?: string): boolean };

interface Event { readonly type: string; readonly defaultPrevented: boolean; preventDefault(): void; stopPropagation(): void }
declare var Event: { new (type: string, init?: { bubbles?: boolean; cancelable?: boolean }): Event; prototype: Event };
interface EventTarget {
  addEventListener(type: string, listener: ((event: Event) => void) | null, options?: boolean | { once?: boolean; signal?: AbortSignal }): void;
  removeEventListener(type: string, listener: ((event: Event) => void) | null): void;
  dispatchEvent(event: Event): boolean;
}
declare var EventTarget: { new (): EventTarget; prototype: EventTarget };
interface AbortSignal extends EventTarget { readonly aborted: boolean; readonly reason: any; onabort: ((event: Event) => void) | null; throwIfAborted(): void }
declare var AbortSignal: { prototype: AbortSignal; abort(reason?: any): AbortSignal; timeout(ms: number): AbortSignal; any(signals: AbortSignal[]): AbortSignal };
interface AbortController { readonly signal: AbortSignal; abort(reason?: any): void }
declare var AbortController: { new (): AbortController; prototype: AbortController };
interface DOMException extends Error { readonly code: number }
declare var DOMException: { new (message?: string, name?: string): DOMException; prototype: DOMException };

interface ReadableStreamReadResult<T> { done: boolean; value?: T }
interface ReadableStreamDefaultReader<R = any> { read(): Promise<ReadableStreamReadResult<R>>; releaseLock(): void; cancel(reason?: any): Promise<void>; readonly closed: Promise<void> }
interface ReadableStream<R = any> {
  readonly locked: boolean;
  getReader(): ReadableStreamDefaultReader<R>;
  cancel(reason?: any): Promise<void>;
  pipeThrough<T>(transform: { writable: WritableStream<R>; readable: ReadableStream<T> }): ReadableStream<T>;
  pipeTo(destination: WritableStream<R>): Promise<void>;
  tee(): [ReadableStream<R>, ReadableStream<R>];
  [Symbol.asyncIterator](): AsyncIterableIterator<R>;
}
declare var ReadableStream: {
  new <R = any>(source?: { start?(controller: any): any; pull?(controller: any): any; cancel?(reason?: any): any }): ReadableStream<R>;
  prototype: ReadableStream;
};
interface WritableStream<W = any> { readonly locked: boolean; getWriter(): { write(chunk: W): Promise<void>; close(): Promise<void>; releaseLock(): void }; close(): Promise<void> }
declare var WritableStream: { new <W = any>(sink?: { write?(chunk: W): any; close?(): any }): WritableStream<W>; prototype: WritableStream };

interface Blob {
  readonly size: number;
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  bytes(): Promise<Uint8Array>;
  slice(start?: number, end?: number, contentType?: string): Blob;
  stream(): ReadableStream<Uint8Array>;
  text(): Promise<string>;
}
type BlobPart = ArrayBuffer | ArrayBufferView | Blob | string;
declare var Blob: { new (parts?: BlobPart[], options?: { type?: string }): Blob; prototype: Blob };
interface File extends Blob { readonly name: string; readonly lastModified: number }
declare var File: { new (parts: BlobPart[], name: string, options?: { type?: string; lastModified?: number }): File; prototype: File };
interface FormData {
  append(name: string, value: string | Blob, fileName?: string): void;
  delete(name: string): void;
  get(name: string): File | string | null;
  getAll(name: string): (File | string)[];
  has(name: string): boolean;
  set(name: string, value: string | Blob, fileName?: string): void;
  entries(): IterableIterator<[string, File | string]>;
  [Symbol.iterator](): IterableIterator<[string, File | string]>;
}
declare var FormData: { new (): FormData; prototype: FormData };

// Not Node.js: the browser worker an environment runs in has these, and the playground's image
// examples use them (on AWS Lambda a library such as sharp does this work).
interface ImageBitmap { readonly width: number; readonly height: number; close(): void }
declare function createImageBitmap(image: Blob | ImageBitmap | OffscreenCanvas, options?: { resizeWidth?: number; resizeHeight?: number; resizeQuality?: 'pixelated' | 'low' | 'medium' | 'high' }): Promise<ImageBitmap>;
interface OffscreenCanvasRenderingContext2D {
  readonly canvas: OffscreenCanvas;
  fillStyle: string;
  font: string;
  drawImage(image: ImageBitmap | OffscreenCanvas, dx: number, dy: number): void;
  drawImage(image: ImageBitmap | OffscreenCanvas, dx: number, dy: number, dw: number, dh: number): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  getImageData(sx: number, sy: number, sw: number, sh: number): { readonly width: number; readonly height: number; readonly data: Uint8ClampedArray };
}
interface OffscreenCanvas {
  width: number;
  height: number;
  getContext(contextId: '2d'): OffscreenCanvasRenderingContext2D | null;
  convertToBlob(options?: { type?: string; quality?: number }): Promise<Blob>;
  transferToImageBitmap(): ImageBitmap;
}
declare var OffscreenCanvas: { new (width: number, height: number): OffscreenCanvas; prototype: OffscreenCanvas };
`;
