// `util`: Node's formatting, promise adapters, inheritance helpers and type checks for handler code and the libraries it bundles.
import { deepEqual } from './deep-equal';
import { format, formatWithOptions, inspect } from './inspect';
import { nodeError } from './node-error';
import { createUtilTypes } from './util-types';

type AnyFunction = (...args: any[]) => any;

const PROMISIFY_CUSTOM = Symbol.for('nodejs.util.promisify.custom');

function requireFunction(value: unknown, name: string): asserts value is AnyFunction {
  if (typeof value !== 'function') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be of type function. Received ${value === null ? 'null' : typeof value}`);
  }
}

/** Turns `fn(...args, (err, value) => ...)` into `fn(...args): Promise<value>`, honouring `fn[util.promisify.custom]`. */
export function promisify(original: unknown): AnyFunction {
  requireFunction(original, 'original');
  const custom = (original as unknown as Record<symbol, unknown>)[PROMISIFY_CUSTOM];
  if (custom !== undefined) {
    requireFunction(custom, 'util.promisify.custom');
    return custom;
  }
  const fn = original;
  function promisified(this: unknown, ...args: unknown[]) {
    return new Promise((resolve, reject) => {
      fn.call(this, ...args, (error: unknown, value: unknown) => (error ? reject(error) : resolve(value)));
    });
  }
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
  Object.defineProperty(promisified, PROMISIFY_CUSTOM, { value: promisified, configurable: true });
  return Object.defineProperties(promisified, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = PROMISIFY_CUSTOM;

/** Turns an async function into one taking a Node-style callback; a falsy rejection becomes an Error, as in Node. */
export function callbackify(original: unknown): AnyFunction {
  requireFunction(original, 'original');
  const fn = original;
  function callbackified(this: unknown, ...args: unknown[]) {
    const callback = args.pop();
    requireFunction(callback, 'last');
    const settle = (error: unknown, value?: unknown) => queueMicrotask(() => (error === null ? callback(null, value) : callback(error)));
    Promise.resolve(fn.apply(this, args)).then(
      (value) => settle(null, value),
      (reason: unknown) => {
        if (reason) return settle(reason);
        const error = nodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
        settle(Object.assign(error, { reason }));
      },
    );
  }
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  return callbackified;
}

export function inherits(ctor: unknown, superCtor: unknown): void {
  requireFunction(ctor, 'ctor');
  requireFunction(superCtor, 'superCtor');
  if (superCtor.prototype === undefined) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "superCtor.prototype" property must be of type object. Received undefined');
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

/** Wraps `fn` to warn once on first use; the worker has no stderr, so the warning goes to the worker console. */
export function deprecate<T extends AnyFunction>(fn: T, message: string, code?: string): T {
  requireFunction(fn, 'fn');
  let warned = false;
  return function deprecated(this: unknown, ...args: unknown[]) {
    if (!warned) {
      warned = true;
      console.warn(`(node:8) ${code ? `[${code}] ` : ''}DeprecationWarning: ${message}`);
    }
    return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
  } as T;
}

/** The `util` module object. */
export function createUtil() {
  const debuglog = (_section: string) => Object.assign(() => undefined, { enabled: false });
  return {
    format,
    formatWithOptions,
    inspect,
    promisify,
    callbackify,
    inherits,
    deprecate,
    debuglog,
    debug: debuglog,
    types: createUtilTypes(),
    isDeepStrictEqual: (a: unknown, b: unknown) => deepEqual(a, b, true),
    TextEncoder,
    TextDecoder,
    stripVTControlCharacters: (text: string) => text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, ''),
    toUSVString: (text: string) => String(text).replace(/[\uD800-\uDFFF]/gu, '\uFFFD'),
    styleText: (_format: unknown, text: string) => text,
    // The legacy predicates Node 20 and 22 still ship.
    isArray: Array.isArray,
    isBoolean: (value: unknown) => typeof value === 'boolean',
    isBuffer: (value: unknown) => value instanceof Uint8Array && (value.constructor as { isBuffer?: unknown }).isBuffer !== undefined,
    isDate: (value: unknown) => value instanceof Date,
    isError: (value: unknown) => value instanceof Error,
    isFunction: (value: unknown) => typeof value === 'function',
    isNull: (value: unknown) => value === null,
    isNullOrUndefined: (value: unknown) => value == null,
    isNumber: (value: unknown) => typeof value === 'number',
    isObject: (value: unknown) => value !== null && typeof value === 'object',
    isPrimitive: (value: unknown) => value === null || (typeof value !== 'object' && typeof value !== 'function'),
    isRegExp: (value: unknown) => value instanceof RegExp,
    isString: (value: unknown) => typeof value === 'string',
    isSymbol: (value: unknown) => typeof value === 'symbol',
    isUndefined: (value: unknown) => value === undefined,
  };
}
