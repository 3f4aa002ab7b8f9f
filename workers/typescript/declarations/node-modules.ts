// Declarations of the smaller Node.js built-ins the runtime serves (workers/runtime/builtins):
// events, path, os, querystring, string_decoder, url, util, assert, timers. Only what is there.

/** `declare module 'node:x'` re-exporting 'x', for each name. */
export const nodeAliases = (names: string[]) => names.map((name) => `declare module 'node:${name}' {\n  import m = require('${name}');\n  export = m;\n}`).join('\n');

export const EVENTS = `
declare module 'events' {
  type Listener = (...args: any[]) => void;
  class EventEmitter {
    constructor(options?: { captureRejections?: boolean });
    static defaultMaxListeners: number;
    static once(emitter: EventEmitter | EventTarget, eventName: string | symbol, options?: { signal?: AbortSignal }): Promise<any[]>;
    static on(emitter: EventEmitter, eventName: string | symbol, options?: { signal?: AbortSignal }): AsyncIterableIterator<any[]>;
    static listenerCount(emitter: EventEmitter, eventName: string | symbol): number;
    static getEventListeners(emitter: EventEmitter | EventTarget, name: string | symbol): Function[];
    static setMaxListeners(n?: number, ...eventTargets: Array<EventEmitter | EventTarget>): void;
    addListener(eventName: string | symbol, listener: Listener): this;
    on(eventName: string | symbol, listener: Listener): this;
    once(eventName: string | symbol, listener: Listener): this;
    prependListener(eventName: string | symbol, listener: Listener): this;
    prependOnceListener(eventName: string | symbol, listener: Listener): this;
    removeListener(eventName: string | symbol, listener: Listener): this;
    off(eventName: string | symbol, listener: Listener): this;
    removeAllListeners(eventName?: string | symbol): this;
    setMaxListeners(n: number): this;
    getMaxListeners(): number;
    listeners(eventName: string | symbol): Function[];
    rawListeners(eventName: string | symbol): Function[];
    emit(eventName: string | symbol, ...args: any[]): boolean;
    listenerCount(eventName: string | symbol): number;
    eventNames(): Array<string | symbol>;
  }
  namespace EventEmitter {
    export { EventEmitter };
  }
  export = EventEmitter;
}
`;

export const PATH = `
declare module 'path' {
  interface ParsedPath { root: string; dir: string; base: string; ext: string; name: string }
  interface FormatInputPathObject { root?: string; dir?: string; base?: string; ext?: string; name?: string }
  /** POSIX paths, as on Lambda's Linux. */
  interface PlatformPath {
    normalize(path: string): string;
    join(...paths: string[]): string;
    resolve(...paths: string[]): string;
    isAbsolute(path: string): boolean;
    relative(from: string, to: string): string;
    dirname(path: string): string;
    basename(path: string, suffix?: string): string;
    extname(path: string): string;
    readonly sep: '/';
    readonly delimiter: ':';
    parse(path: string): ParsedPath;
    format(pathObject: FormatInputPathObject): string;
    toNamespacedPath(path: string): string;
    readonly posix: PlatformPath;
    readonly win32: PlatformPath;
  }
  const path: PlatformPath;
  export = path;
}
declare module 'path/posix' {
  import path = require('path');
  export = path;
}
`;

export const OS = `
declare module 'os' {
  interface CpuInfo { model: string; speed: number; times: { user: number; nice: number; sys: number; idle: number; irq: number } }
  interface UserInfo { username: string; uid: number; gid: number; shell: string | null; homedir: string }
  export const EOL: string;
  export const devNull: string;
  export const constants: { signals: Record<string, number>; errno: Record<string, number>; priority: Record<string, number> };
  export function platform(): 'linux';
  export function type(): string;
  export function arch(): string;
  export function machine(): string;
  export function release(): string;
  export function version(): string;
  export function hostname(): string;
  export function tmpdir(): string;
  export function homedir(): string;
  export function endianness(): 'BE' | 'LE';
  export function cpus(): CpuInfo[];
  export function availableParallelism(): number;
  /** The function's memory setting, in bytes. */
  export function totalmem(): number;
  export function freemem(): number;
  export function loadavg(): number[];
  export function uptime(): number;
  export function userInfo(options?: { encoding?: BufferEncoding }): UserInfo;
  export function networkInterfaces(): Record<string, Array<{ address: string; netmask: string; family: 'IPv4' | 'IPv6'; mac: string; internal: boolean; cidr: string | null }>>;
  export function getPriority(pid?: number): number;
  export function setPriority(priority: number): void;
  export function setPriority(pid: number, priority: number): void;
}
`;

export const QUERYSTRING = `
declare module 'querystring' {
  interface ParsedUrlQuery { [key: string]: string | string[] | undefined }
  type ParsedUrlQueryInput = Record<string, string | number | boolean | bigint | ReadonlyArray<string | number | boolean | bigint> | null | undefined>;
  export function parse(str: string, sep?: string, eq?: string, options?: { maxKeys?: number; decodeURIComponent?: (str: string) => string }): ParsedUrlQuery;
  export function stringify(obj?: ParsedUrlQueryInput, sep?: string, eq?: string, options?: { encodeURIComponent?: (str: string) => string }): string;
  export const decode: typeof parse;
  export const encode: typeof stringify;
  export function escape(str: string): string;
  export function unescape(str: string): string;
  export function unescapeBuffer(str: string, decodeSpaces?: boolean): Buffer;
}
declare module 'string_decoder' {
  class StringDecoder {
    constructor(encoding?: BufferEncoding);
    write(buffer: string | Uint8Array): string;
    end(buffer?: string | Uint8Array): string;
  }
}
`;

export const URL_MODULE = `
declare module 'url' {
  import { ParsedUrlQuery } from 'querystring';
  interface UrlObject { auth?: string | null; hash?: string | null; host?: string | null; hostname?: string | null; href?: string | null; pathname?: string | null; protocol?: string | null; search?: string | null; slashes?: boolean | null; port?: string | number | null; query?: string | null | ParsedUrlQuery }
  interface Url { auth: string | null; hash: string | null; host: string | null; hostname: string | null; href: string; path: string | null; pathname: string | null; protocol: string | null; search: string | null; slashes: boolean | null; port: string | null; query: string | null | ParsedUrlQuery }
  const UrlClass: { new (): Url };
  export { UrlClass as Url };
  /** The legacy parser (prefer new URL()). */
  export function parse(urlString: string, parseQueryString?: boolean, slashesDenoteHost?: boolean): Url;
  export function format(url: URL, options?: { auth?: boolean; fragment?: boolean; search?: boolean; unicode?: boolean }): string;
  export function format(urlObject: UrlObject | string): string;
  export function resolve(from: string, to: string): string;
  export function resolveObject(from: string | Url, to: string): Url;
  export function fileURLToPath(url: string | URL): string;
  export function pathToFileURL(path: string): URL;
  export function domainToASCII(domain: string): string;
  export function urlToHttpOptions(url: URL): { protocol?: string; hostname?: string; hash?: string; search?: string; pathname?: string; path?: string; href?: string; port?: number; auth?: string };
  const URLClass: typeof globalThis.URL;
  const URLSearchParamsClass: typeof globalThis.URLSearchParams;
  export { URLClass as URL, URLSearchParamsClass as URLSearchParams };
}
`;

export const TIMERS = `
declare module 'timers' {
  export function setTimeout<A extends any[]>(callback: (...args: A) => void, ms?: number, ...args: A): NodeJS.Timeout;
  export function clearTimeout(timeout: NodeJS.Timeout | string | number | undefined): void;
  export function setInterval<A extends any[]>(callback: (...args: A) => void, ms?: number, ...args: A): NodeJS.Timeout;
  export function clearInterval(interval: NodeJS.Timeout | string | number | undefined): void;
  export function setImmediate<A extends any[]>(callback: (...args: A) => void, ...args: A): NodeJS.Immediate;
  export function clearImmediate(immediate: NodeJS.Immediate | undefined): void;
  export * as promises from 'timers/promises';
}
declare module 'timers/promises' {
  interface TimerOptions { ref?: boolean; signal?: AbortSignal }
  export function setTimeout<T = void>(delay?: number, value?: T, options?: TimerOptions): Promise<T>;
  export function setImmediate<T = void>(value?: T, options?: TimerOptions): Promise<T>;
  export function setInterval<T = void>(delay?: number, value?: T, options?: TimerOptions): AsyncIterable<T>;
  export const scheduler: { wait(delay: number, options?: TimerOptions): Promise<void>; yield(): Promise<void> };
}
`;
