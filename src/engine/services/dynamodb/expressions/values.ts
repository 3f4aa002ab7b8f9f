// How DynamoDB compares attribute values: equality for '=', ordering for keys and range operators.
import { typeOf, type AttributeValue } from '../attribute-value';
import { compareDecimals, parseDecimal } from './decimal';

/** Orders two byte strings as unsigned bytes, shorter first on a common prefix. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

/** Orders strings by their UTF-8 bytes, which is code point order. JavaScript's `<` compares UTF-16
 *  units instead, which puts U+E000..U+FFFF after emoji; DynamoDB puts them before. */
export function compareUtf8(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done === y.done ? 0 : x.done ? -1 : 1;
    const difference = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
}

/** Numeric comparison of two number strings. */
function compareNumbers(a: string, b: string): number {
  return compareDecimals(parseDecimal(a), parseDecimal(b));
}

/** DynamoDB's ordering of key values (N numerically as decimals, S by UTF-8 bytes, B by unsigned bytes):
 *  negative/0/positive. Values of different types (never both in one key) order by type name. */
export function compareKeyValues(a: AttributeValue, b: AttributeValue): number {
  if ('N' in a && 'N' in b) return Math.sign(compareNumbers(a.N, b.N));
  if ('S' in a && 'S' in b) return Math.sign(compareUtf8(a.S, b.S));
  if ('B' in a && 'B' in b) return Math.sign(compareBytes(a.B, b.B));
  const [x, y] = [typeOf(a), typeOf(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether `a < b`-style operators apply: DynamoDB orders only strings, numbers and binaries. */
export function isOrderable(a: AttributeValue, b: AttributeValue): boolean {
  const type = typeOf(a);
  return type === typeOf(b) && (type === 'S' || type === 'N' || type === 'B');
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return compareBytes(a, b) === 0;
}

/** Whether a set holds `element`; sets are small, so a scan is fine. */
function setHas<T>(set: readonly T[], element: T, equal: (x: T, y: T) => boolean): boolean {
  return set.some((member) => equal(member, element));
}

function setsEqual<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((member) => setHas(b, member, equal));
}

const numbersEqual = (x: string, y: string) => compareNumbers(x, y) === 0;

/** Deep equality of two attribute values as DynamoDB's '=' sees it (sets compare as sets, N numerically). */
export function attributeEquals(a: AttributeValue, b: AttributeValue): boolean {
  if ('S' in a) return 'S' in b && a.S === b.S;
  if ('N' in a) return 'N' in b && numbersEqual(a.N, b.N);
  if ('B' in a) return 'B' in b && bytesEqual(a.B, b.B);
  if ('BOOL' in a) return 'BOOL' in b && a.BOOL === b.BOOL;
  if ('NULL' in a) return 'NULL' in b;
  if ('SS' in a) return 'SS' in b && setsEqual(a.SS, b.SS, (x, y) => x === y);
  if ('NS' in a) return 'NS' in b && setsEqual(a.NS, b.NS, numbersEqual);
  if ('BS' in a) return 'BS' in b && setsEqual(a.BS, b.BS, bytesEqual);
  if ('L' in a) return 'L' in b && a.L.length === b.L.length && a.L.every((x, i) => attributeEquals(x, b.L[i]!));
  if (!('M' in b)) return false;
  const keys = Object.keys(a.M);
  return keys.length === Object.keys(b.M).length && keys.every((k) => Object.hasOwn(b.M, k) && attributeEquals(a.M[k]!, b.M[k]!));
}

/** Whether set `container` (SS, NS or BS) holds the scalar `element` of the matching type. */
export function setContains(container: AttributeValue, element: AttributeValue): boolean {
  if ('SS' in container) return 'S' in element && container.SS.includes(element.S);
  if ('NS' in container) return 'N' in element && setHas(container.NS, element.N, numbersEqual);
  if ('BS' in container) return 'B' in element && setHas(container.BS, element.B, bytesEqual);
  return false;
}

/** `size(path)`: characters (UTF-16 units, as DynamoDB counts) of S, bytes of B, elements of sets, lists and
 *  maps; undefined for types without a size (N, BOOL, NULL), which makes any comparison false. */
export function sizeOf(value: AttributeValue): number | undefined {
  if ('S' in value) return value.S.length;
  if ('B' in value) return value.B.length;
  if ('SS' in value) return value.SS.length;
  if ('NS' in value) return value.NS.length;
  if ('BS' in value) return value.BS.length;
  if ('L' in value) return value.L.length;
  if ('M' in value) return Object.keys(value.M).length;
  return undefined;
}

/** A deep copy, so an updated item shares nothing with the stored one or the request. */
export function cloneValue(value: AttributeValue): AttributeValue {
  if ('B' in value) return { B: value.B.slice() };
  if ('SS' in value) return { SS: [...value.SS] };
  if ('NS' in value) return { NS: [...value.NS] };
  if ('BS' in value) return { BS: value.BS.map((bytes) => bytes.slice()) };
  if ('L' in value) return { L: value.L.map(cloneValue) };
  if ('M' in value) return { M: Object.fromEntries(Object.entries(value.M).map(([k, v]) => [k, cloneValue(v)])) };
  return { ...value };
}
