// Declarations of `util`, `util/types`, `assert` and `assert/strict` as the runtime serves them.

export const UTIL = `
declare module 'util' {
  interface InspectOptions { depth?: number | null; colors?: boolean; showHidden?: boolean; compact?: boolean | number; breakLength?: number; sorted?: boolean; maxArrayLength?: number | null; maxStringLength?: number | null; getters?: boolean }
  export function format(format?: any, ...param: any[]): string;
  export function formatWithOptions(inspectOptions: InspectOptions, format?: any, ...param: any[]): string;
  export function inspect(object: any, options?: InspectOptions): string;
  export namespace inspect {
    const custom: unique symbol;
    let defaultOptions: InspectOptions;
  }
  type CustomPromisify<T> = T extends { __promisify__: infer P } ? P : never;
  export function promisify<T>(fn: (callback: (error: any, result: T) => void) => void): () => Promise<T>;
  export function promisify<A1, T>(fn: (a1: A1, callback: (error: any, result: T) => void) => void): (a1: A1) => Promise<T>;
  export function promisify<A1, A2, T>(fn: (a1: A1, a2: A2, callback: (error: any, result: T) => void) => void): (a1: A1, a2: A2) => Promise<T>;
  export function promisify<A1, A2, A3, T>(fn: (a1: A1, a2: A2, a3: A3, callback: (error: any, result: T) => void) => void): (a1: A1, a2: A2, a3: A3) => Promise<T>;
  export function promisify(fn: Function): Function;
  export namespace promisify {
    const custom: unique symbol;
  }
  export function callbackify<T>(fn: () => Promise<T>): (callback: (error: any, result: T) => void) => void;
  export function callbackify(fn: (...args: any[]) => Promise<any>): (...args: any[]) => void;
  export function inherits(constructor: unknown, superConstructor: unknown): void;
  export function deprecate<T extends Function>(fn: T, message: string, code?: string): T;
  export function debuglog(section: string): ((message: string, ...args: any[]) => void) & { enabled: boolean };
  export const debug: typeof debuglog;
  export function isDeepStrictEqual(val1: unknown, val2: unknown): boolean;
  export function stripVTControlCharacters(str: string): string;
  export function toUSVString(string: string): string;
  export function styleText(format: string | string[], text: string): string;
  /** @deprecated Use Array.isArray. */
  export function isArray(object: unknown): object is unknown[];
  export function isBoolean(object: unknown): object is boolean;
  export function isBuffer(object: unknown): object is Buffer;
  export function isDate(object: unknown): object is Date;
  export function isError(object: unknown): object is Error;
  export function isFunction(object: unknown): boolean;
  export function isNull(object: unknown): object is null;
  export function isNullOrUndefined(object: unknown): object is null | undefined;
  export function isNumber(object: unknown): object is number;
  export function isObject(object: unknown): boolean;
  export function isPrimitive(object: unknown): boolean;
  export function isRegExp(object: unknown): object is RegExp;
  export function isString(object: unknown): object is string;
  export function isSymbol(object: unknown): object is symbol;
  export function isUndefined(object: unknown): object is undefined;
  export * as types from 'util/types';
  const TextEncoderClass: typeof globalThis.TextEncoder;
  const TextDecoderClass: typeof globalThis.TextDecoder;
  export { TextEncoderClass as TextEncoder, TextDecoderClass as TextDecoder };
}
declare module 'util/types' {
  export function isAnyArrayBuffer(object: unknown): object is ArrayBuffer | SharedArrayBuffer;
  export function isArgumentsObject(object: unknown): object is IArguments;
  export function isArrayBuffer(object: unknown): object is ArrayBuffer;
  export function isArrayBufferView(object: unknown): object is ArrayBufferView;
  export function isAsyncFunction(object: unknown): boolean;
  export function isBigInt64Array(value: unknown): value is BigInt64Array;
  export function isBigUint64Array(value: unknown): value is BigUint64Array;
  export function isBooleanObject(object: unknown): object is Boolean;
  export function isBoxedPrimitive(object: unknown): object is String | Number | BigInt | Boolean | Symbol;
  export function isBigIntObject(object: unknown): object is BigInt;
  export function isCryptoKey(object: unknown): object is CryptoKey;
  export function isDataView(object: unknown): object is DataView;
  export function isDate(object: unknown): object is Date;
  export function isExternal(object: unknown): boolean;
  export function isFloat32Array(object: unknown): object is Float32Array;
  export function isFloat64Array(object: unknown): object is Float64Array;
  export function isGeneratorFunction(object: unknown): object is GeneratorFunction;
  export function isGeneratorObject(object: unknown): object is Generator;
  export function isInt8Array(object: unknown): object is Int8Array;
  export function isInt16Array(object: unknown): object is Int16Array;
  export function isInt32Array(object: unknown): object is Int32Array;
  export function isKeyObject(object: unknown): boolean;
  export function isMap<T>(object: T | {}): object is T extends ReadonlyMap<any, any> ? (unknown extends T ? never : ReadonlyMap<any, any>) : Map<unknown, unknown>;
  export function isMapIterator(object: unknown): boolean;
  export function isModuleNamespaceObject(value: unknown): boolean;
  export function isNativeError(object: unknown): object is Error;
  export function isNumberObject(object: unknown): object is Number;
  export function isPromise(object: unknown): object is Promise<unknown>;
  export function isProxy(object: unknown): boolean;
  export function isRegExp(object: unknown): object is RegExp;
  export function isSet<T>(object: T | {}): object is T extends ReadonlySet<any> ? (unknown extends T ? never : ReadonlySet<any>) : Set<unknown>;
  export function isSetIterator(object: unknown): boolean;
  export function isSharedArrayBuffer(object: unknown): object is SharedArrayBuffer;
  export function isStringObject(object: unknown): object is String;
  export function isSymbolObject(object: unknown): object is Symbol;
  export function isTypedArray(object: unknown): object is Uint8Array | Uint8ClampedArray | Uint16Array | Uint32Array | Int8Array | Int16Array | Int32Array | BigUint64Array | BigInt64Array | Float32Array | Float64Array;
  export function isUint8Array(object: unknown): object is Uint8Array;
  export function isUint8ClampedArray(object: unknown): object is Uint8ClampedArray;
  export function isUint16Array(object: unknown): object is Uint16Array;
  export function isUint32Array(object: unknown): object is Uint32Array;
  export function isWeakMap(object: unknown): object is WeakMap<object, unknown>;
  export function isWeakSet(object: unknown): object is WeakSet<object>;
}
`;

export const ASSERT = `
declare module 'assert' {
  function assert(value: unknown, message?: string | Error): asserts value;
  namespace assert {
    class AssertionError extends Error {
      actual: unknown;
      expected: unknown;
      operator: string;
      generatedMessage: boolean;
      code: 'ERR_ASSERTION';
      constructor(options?: { message?: string; actual?: unknown; expected?: unknown; operator?: string; stackStartFn?: Function });
    }
    type AssertPredicate = RegExp | (new () => object) | ((thrown: unknown) => boolean) | object | Error;
    function ok(value: unknown, message?: string | Error): asserts value;
    function fail(message?: string | Error): never;
    function equal(actual: unknown, expected: unknown, message?: string | Error): void;
    function notEqual(actual: unknown, expected: unknown, message?: string | Error): void;
    function deepEqual(actual: unknown, expected: unknown, message?: string | Error): void;
    function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void;
    function strictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T;
    function notStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void;
    function deepStrictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T;
    function notDeepStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void;
    function throws(block: () => unknown, message?: string | Error): void;
    function throws(block: () => unknown, error: AssertPredicate, message?: string | Error): void;
    function doesNotThrow(block: () => unknown, message?: string | Error): void;
    function doesNotThrow(block: () => unknown, error: AssertPredicate, message?: string | Error): void;
    function rejects(block: (() => Promise<unknown>) | Promise<unknown>, message?: string | Error): Promise<void>;
    function rejects(block: (() => Promise<unknown>) | Promise<unknown>, error: AssertPredicate, message?: string | Error): Promise<void>;
    function doesNotReject(block: (() => Promise<unknown>) | Promise<unknown>, message?: string | Error): Promise<void>;
    function doesNotReject(block: (() => Promise<unknown>) | Promise<unknown>, error: AssertPredicate, message?: string | Error): Promise<void>;
    function match(value: string, regExp: RegExp, message?: string | Error): void;
    function doesNotMatch(value: string, regExp: RegExp, message?: string | Error): void;
    function ifError(value: unknown): asserts value is null | undefined;
    const strict: Omit<typeof assert, 'equal' | 'notEqual' | 'deepEqual' | 'notDeepEqual'> & {
      (value: unknown, message?: string | Error): asserts value;
      equal: typeof strictEqual;
      notEqual: typeof notStrictEqual;
      deepEqual: typeof deepStrictEqual;
      notDeepEqual: typeof notDeepStrictEqual;
      strict: typeof strict;
    };
  }
  export = assert;
}
declare module 'assert/strict' {
  import { strict } from 'assert';
  export = strict;
}
`;
