// Exact decimal arithmetic for DynamoDB numbers (38 significant digits, exponents -130..125).
import { ServiceError } from '../../../errors';

/** A decimal `sign × digits × 10^exponent`; `digits` has no leading or trailing zeros ('' for zero). */
export interface Decimal {
  readonly sign: -1 | 0 | 1;
  readonly digits: string;
  readonly exponent: number;
}

const ZERO: Decimal = { sign: 0, digits: '', exponent: 0 };
const MAX_DIGITS = 38;
const MAX_EXPONENT = 125;
const MIN_EXPONENT = -130;
// Java's BigDecimal syntax, which DynamoDB accepts: '+3', '.5', '1.', '1e+5' but not ' 1', 'NaN' or 'Infinity'.
const NUMBER_SYNTAX = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

const validation = (message: string) => new ServiceError('ValidationException', message, 400);

/** DynamoDB's messages for a number it cannot store. */
const NUMBER_OVERFLOW = 'Number overflow. Attempting to store a number with magnitude larger than supported range';
const NUMBER_UNDERFLOW = 'Number underflow. Attempting to store a number with magnitude smaller than supported range';
const TOO_MANY_DIGITS = 'Attempting to store more than 38 significant digits in a Number';

/** Reads a number's text without range checks; throws DynamoDB's ValidationException if it is not a number. */
export function parseDecimal(text: string): Decimal {
  const match = NUMBER_SYNTAX.exec(text);
  const whole = match?.[2] ?? '';
  const fraction = match?.[3] ?? '';
  if (!match || whole.length + fraction.length === 0) {
    throw validation(text === '' ? 'The parameter cannot be converted to a numeric value' : `The parameter cannot be converted to a numeric value: ${text}`);
  }
  const all = (whole + fraction).replace(/^0+/, '');
  if (all === '') return ZERO;
  const digits = all.replace(/0+$/, '');
  const exponent = Number(match[4] ?? '0') - fraction.length + (all.length - digits.length);
  return { sign: match[1] === '-' ? -1 : 1, digits, exponent };
}

/** The power of ten of a non-zero decimal's leading digit (scientific notation's exponent). */
function magnitude(d: Decimal): number {
  return d.exponent + d.digits.length - 1;
}

/** Throws the ValidationException DynamoDB gives when `d` cannot be stored. */
function checkStorable(d: Decimal): Decimal {
  if (d.sign === 0) return d;
  if (magnitude(d) > MAX_EXPONENT) throw validation(NUMBER_OVERFLOW);
  if (magnitude(d) < MIN_EXPONENT) throw validation(NUMBER_UNDERFLOW);
  if (d.digits.length > MAX_DIGITS) throw validation(TOO_MANY_DIGITS);
  return d;
}

/** Plain notation, as DynamoDB returns numbers: no exponent, no needless zeros. */
export function formatDecimal(d: Decimal): string {
  if (d.sign === 0) return '0';
  const sign = d.sign < 0 ? '-' : '';
  if (d.exponent >= 0) return sign + d.digits + '0'.repeat(d.exponent);
  const point = d.digits.length + d.exponent;
  if (point > 0) return `${sign}${d.digits.slice(0, point)}.${d.digits.slice(point)}`;
  return `${sign}0.${'0'.repeat(-point)}${d.digits}`;
}

/** Normalises a number string the way DynamoDB stores it ('1.50' -> '1.5', '-0' -> '0', '1e2' -> '100'),
 *  or throws the ValidationException DynamoDB gives for an invalid or unstorable number. */
export function normalizeNumber(text: string): string {
  return formatDecimal(checkStorable(parseDecimal(text)));
}

/** Orders two decimals numerically: negative, zero or positive. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  if (a.sign !== b.sign) return a.sign - b.sign;
  if (a.sign === 0) return 0;
  // Same sign: compare magnitudes by leading power of ten, then digit by digit.
  let order = magnitude(a) - magnitude(b);
  if (order === 0) {
    const width = Math.max(a.digits.length, b.digits.length);
    const left = a.digits.padEnd(width, '0');
    const right = b.digits.padEnd(width, '0');
    order = left < right ? -1 : left > right ? 1 : 0;
  }
  return Math.sign(order) * a.sign;
}

function fromBigInt(value: bigint, exponent: number): Decimal {
  if (value === 0n) return ZERO;
  const text = (value < 0n ? -value : value).toString();
  const digits = text.replace(/0+$/, '');
  return { sign: value < 0n ? -1 : 1, digits, exponent: exponent + text.length - digits.length };
}

/** `a + b`, exact; throws DynamoDB's error when the sum cannot be stored. DynamoDB reports a sum needing
 *  more than 38 digits (1e50 + 1) as an overflow too, not as a precision error. */
export function addDecimals(a: Decimal, b: Decimal): Decimal {
  if (a.sign === 0) return checkArithmetic(b);
  if (b.sign === 0) return checkArithmetic(a);
  const exponent = Math.min(a.exponent, b.exponent);
  // Operands far apart cannot sum to 38 digits; refuse before building an enormous integer.
  if (Math.max(magnitude(a), magnitude(b)) - exponent >= 2 * MAX_DIGITS + 10) throw validation(NUMBER_OVERFLOW);
  const scaled = (d: Decimal) => BigInt(d.sign) * BigInt(d.digits) * 10n ** BigInt(d.exponent - exponent);
  return checkArithmetic(fromBigInt(scaled(a) + scaled(b), exponent));
}

/** `a - b`, exact; same errors as `addDecimals`. */
export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  return addDecimals(a, { ...b, sign: (-b.sign || 0) as Decimal['sign'] });
}

function checkArithmetic(d: Decimal): Decimal {
  if (d.sign !== 0 && d.digits.length > MAX_DIGITS) throw validation(NUMBER_OVERFLOW);
  return checkStorable(d);
}
