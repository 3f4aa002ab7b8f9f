// Node's deep equality (util.isDeepStrictEqual, assert.deepStrictEqual / deepEqual): structure, prototypes and tags, cycles allowed.

type Memo = Map<object, object>;
const tag = (value: unknown) => Object.prototype.toString.call(value);
const { hasOwnProperty, propertyIsEnumerable } = Object.prototype;

/** True when `a` and `b` are deeply equal; `strict` adds Object.is for primitives and same prototypes, as in Node. */
export function deepEqual(a: unknown, b: unknown, strict = true): boolean {
  return compare(a, b, strict, new Map());
}

function compare(a: unknown, b: unknown, strict: boolean, memo: Memo): boolean {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  const objects = typeof a === 'object' && a !== null && typeof b === 'object' && b !== null;
  if (!objects) {
    if (typeof a === 'function' || typeof b === 'function') return false;
    if (strict) return Object.is(a, b);
    // Loose mode: == for primitives, and NaN equals NaN as Node does.
    return (typeof a !== 'object' || a === null) && (typeof b !== 'object' || b === null) && (a == b || (a !== a && b !== b));
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (tag(a) !== tag(b)) return false;
  // Cycles: a pair already under comparison is assumed equal, as Node's memo does.
  if (memo.get(a) === b) return true;
  memo.set(a, b);
  try {
    return compareObjects(a, b, strict, memo);
  } finally {
    memo.delete(a);
  }
}

function compareObjects(a: object, b: object, strict: boolean, memo: Memo): boolean {
  if (Array.isArray(a) && (a as unknown[]).length !== (b as unknown[]).length) return false;
  if (a instanceof Date && a.getTime() !== (b as Date).getTime()) return false;
  if (a instanceof RegExp) {
    const r = b as RegExp;
    if (a.source !== r.source || a.flags !== r.flags || a.lastIndex !== r.lastIndex) return false;
  }
  if (a instanceof Error) {
    const e = b as Error;
    if (a.message !== e.message || a.name !== e.name) return false;
  }
  if (isBoxed(a) && !Object.is(a.valueOf(), (b as { valueOf(): unknown }).valueOf())) return false;
  if (ArrayBuffer.isView(a) || a instanceof ArrayBuffer) {
    if (!sameBytes(a, b as ArrayBufferView | ArrayBuffer, strict)) return false;
    // Typed arrays may still carry extra own keys; only those are compared below.
    return sameKeys(a, b, strict, memo, (key) => !/^\d+$/.test(key));
  }
  if (a instanceof Map) {
    if (!sameMaps(a, b as Map<unknown, unknown>, strict, memo)) return false;
  } else if (a instanceof Set) {
    if (!sameSets(a, b as Set<unknown>, strict, memo)) return false;
  }
  return sameKeys(a, b, strict, memo, () => true);
}

function isBoxed(value: object): value is { valueOf(): unknown } {
  return value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt || value instanceof Symbol;
}

function sameBytes(a: ArrayBufferView | ArrayBuffer, b: ArrayBufferView | ArrayBuffer, strict: boolean): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const floats = a instanceof Float32Array || a instanceof Float64Array;
  if (floats && !strict) {
    // Loose mode compares float elements with ==, so 0 equals -0.
    const x = a as Float64Array;
    const y = b as Float64Array;
    return x.length === y.length && x.every((value, i) => value === y[i]);
  }
  const bytes = (view: ArrayBufferView | ArrayBuffer) =>
    ArrayBuffer.isView(view) ? new Uint8Array(view.buffer, view.byteOffset, view.byteLength) : new Uint8Array(view);
  const x = bytes(a);
  const y = bytes(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function ownKeys(value: object, strict: boolean): PropertyKey[] {
  const keys: PropertyKey[] = Object.keys(value);
  if (strict) for (const symbol of Object.getOwnPropertySymbols(value)) if (propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
  return keys;
}

function sameKeys(a: object, b: object, strict: boolean, memo: Memo, include: (key: string) => boolean): boolean {
  const keys = ownKeys(a, strict).filter((key) => typeof key !== 'string' || include(key));
  const other = ownKeys(b, strict).filter((key) => typeof key !== 'string' || include(key));
  if (keys.length !== other.length) return false;
  for (const key of keys) {
    if (!hasOwnProperty.call(b, key) || !propertyIsEnumerable.call(b, key)) return false;
    if (!compare((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key], strict, memo)) return false;
  }
  return true;
}

/** Finds, and removes from `pool`, an entry deeply equal to `value`. */
function takeMatch<T>(pool: T[], matches: (candidate: T) => boolean): boolean {
  const index = pool.findIndex(matches);
  if (index === -1) return false;
  pool.splice(index, 1);
  return true;
}

function sameSets(a: Set<unknown>, b: Set<unknown>, strict: boolean, memo: Memo): boolean {
  if (a.size !== b.size) return false;
  const pool = [...b].filter((value) => !(typeof value !== 'object' && b.has(value) && a.has(value)));
  for (const value of a) {
    if (typeof value !== 'object' && b.has(value)) continue;
    if (!takeMatch(pool, (candidate) => compare(value, candidate, strict, memo))) return false;
  }
  return pool.length === 0;
}

function sameMaps(a: Map<unknown, unknown>, b: Map<unknown, unknown>, strict: boolean, memo: Memo): boolean {
  if (a.size !== b.size) return false;
  const pool = [...b].filter(([key]) => !(typeof key !== 'object' && a.has(key)));
  for (const [key, value] of a) {
    if (typeof key !== 'object' && b.has(key)) {
      if (!compare(value, b.get(key), strict, memo)) return false;
      continue;
    }
    if (!takeMatch(pool, ([k, v]) => compare(key, k, strict, memo) && compare(value, v, strict, memo))) return false;
  }
  return pool.length === 0;
}
