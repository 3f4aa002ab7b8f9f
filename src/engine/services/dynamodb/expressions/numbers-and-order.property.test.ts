// Property: numbers add and subtract exactly (BigInt reference), normalizeNumber is canonical and order-preserving, and compareKeyValues / attributeEquals are a total order / an equivalence matching DynamoDB's rules (S by UTF-8 bytes).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../errors';
import type { AttributeValue } from '../attribute-value';
import {
  RUNS, bytesArb, compareExact, compareUtf8Reference, exactOf, formatExact, numberArb, numberText, referenceEquals, referenceOrder,
  stringArb, tricky, valueArb, type Exact,
} from './arbitraries';
import { applyUpdate, attributeEquals, compareKeyValues, normalizeNumber, parseUpdate } from './index';
import { context } from './test-helpers';

function addExact(a: Exact, b: Exact): Exact {
  const e = Math.min(a.e, b.e);
  return { m: a.m * 10n ** BigInt(a.e - e) + b.m * 10n ** BigInt(b.e - e), e };
}

/** Significant digits of a value (0 for zero). */
const significantDigits = ({ m }: Exact) => (m === 0n ? 0 : (m < 0n ? -m : m).toString().replace(/0+$/, '').length);

/** compareKeyValues gives -0 for two equal negative numbers; harmless (-0 === 0), but toBe uses Object.is. */
const compare = (a: AttributeValue, b: AttributeValue) => compareKeyValues(a, b) || 0;
const OVERFLOW = 'Number overflow. Attempting to store a number with magnitude larger than supported range';
const UNDERFLOW = 'Number underflow. Attempting to store a number with magnitude smaller than supported range';

/** Operands up to 25 digits and 30 decimals: sums sometimes need more than DynamoDB's 38 significant digits. */
const operandArb = fc.oneof(numberArb, numberText(fc.bigInt(-(10n ** 25n), 10n ** 25n), 30));

/** The error `run` throws as [code, message], or its result. */
function outcome<T>(run: () => T): T | [string, string] {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    return [error.code, error.message];
  }
}

describe('decimal arithmetic in UpdateExpression (property)', () => {
  const negate = ({ m, e }: Exact): Exact => ({ m: -m, e });
  const forms: Array<[string, (a: Exact, b: Exact) => Exact]> = [
    ['SET n = n + :v', (a, b) => addExact(a, b)],
    ['SET n = n - :v', (a, b) => addExact(a, negate(b))],
    ['SET n = :v - n', (a, b) => addExact(b, negate(a))],
    ['SET n = (:v + n)', (a, b) => addExact(b, a)],
    ['ADD n :v', (a, b) => addExact(a, b)],
  ];
  for (const [expression, reference] of forms) {
    it(`${expression} is exact, or a Number overflow beyond 38 significant digits`, () => {
      fc.assert(
        fc.property(operandArb, operandArb, (a, b) => {
          const sum = reference(exactOf(a), exactOf(b));
          const plan = parseUpdate(expression, context(undefined, { ':v': { N: b } }));
          const result = outcome(() => applyUpdate(plan, { n: { N: a } }).n);
          expect(result).toEqual(significantDigits(sum) > 38 ? ['ValidationException', OVERFLOW] : { N: formatExact(sum) });
        }),
        RUNS,
      );
    });
  }

  it('ADD to a missing attribute stores the value itself, normalised', () => {
    fc.assert(
      fc.property(operandArb, (b) => {
        const plan = parseUpdate('ADD n :v', context(undefined, { ':v': { N: b } }));
        expect(applyUpdate(plan, {}).n).toEqual({ N: formatExact(exactOf(b)) });
      }),
      RUNS,
    );
  });
});

/** Scientific notation across and beyond DynamoDB's range (1e-130 .. 9.99e125, 38 digits). */
const wideArb = fc
  .tuple(fc.bigInt(-(10n ** 40n), 10n ** 40n), fc.integer({ min: -175, max: 135 }))
  .map(([m, e]) => `${m}e${e}`);
const CANONICAL = /^(0|-?(0\.\d*[1-9]|[1-9]\d*(\.\d*[1-9])?))$/;

describe('normalizeNumber (property)', () => {
  it('is the plain canonical notation, or refuses what DynamoDB cannot store', () => {
    fc.assert(
      fc.property(fc.oneof(operandArb, wideArb), (text) => {
        const exact = exactOf(text);
        const digits = significantDigits(exact);
        const magnitude = exact.m === 0n ? 0 : formatExact({ m: exact.m < 0n ? -exact.m : exact.m, e: 0 }).length - 1 + exact.e;
        const expected =
          digits === 0 ? '0'
          : magnitude > 125 ? ['ValidationException', OVERFLOW]
          : magnitude < -130 ? ['ValidationException', UNDERFLOW]
          : digits > 38 ? ['ValidationException', 'Attempting to store more than 38 significant digits in a Number']
          : formatExact(exact);
        const result = outcome(() => normalizeNumber(text));
        expect(result).toEqual(expected);
        if (typeof result === 'string') {
          expect(result).toMatch(CANONICAL);
          expect(normalizeNumber(result)).toBe(result);
        }
      }),
      RUNS,
    );
  });

  it('takes any text: a canonical number, or a ValidationException with one of DynamoDB number messages', () => {
    const piece = fc.constantFrom('0', '1', '9', '00', '.', 'e', 'E', '+', '-', ' ', 'x', 'NaN', 'Infinity', '9'.repeat(40), '0'.repeat(140), 'e-999999999999999999999');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.array(piece, { maxLength: 8 }).map((p) => p.join(''))), (text) => {
        const result = outcome(() => normalizeNumber(text));
        if (typeof result === 'string') expect(result).toMatch(CANONICAL);
        else expect(result[1]).toMatch(/^(The parameter cannot be converted to a numeric value|Number overflow\. |Number underflow\. |Attempting to store more than 38 significant digits)/);
      }),
      RUNS,
    );
  });

  it('preserves order and equality: compareKeyValues sees the same order before and after normalising', () => {
    fc.assert(
      fc.property(operandArb, operandArb, (x, y) => {
        const expected = compareExact(exactOf(x), exactOf(y));
        expect(compare({ N: x }, { N: y })).toBe(expected);
        expect(compare({ N: normalizeNumber(x) }, { N: normalizeNumber(y) })).toBe(expected);
        expect(attributeEquals({ N: x }, { N: y })).toBe(expected === 0);
        expect(attributeEquals({ N: x }, { N: normalizeNumber(x) })).toBe(true);
      }),
      RUNS,
    );
  });
});

/** Scalars of the three key types, with strings over the whole of Unicode and around U+E000 / the astral planes. */
const codePoint = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }),
  fc.integer({ min: 0x80, max: 0xd7ff }),
  fc.integer({ min: 0xe000, max: 0xffff }),
  fc.integer({ min: 0x10000, max: 0x10ffff }),
);
const unicodeArb = fc.oneof(stringArb, fc.array(codePoint, { maxLength: 4 }).map((cps) => String.fromCodePoint(...cps)), fc.string({ unit: tricky, maxLength: 6 }));
const keyValueArb: fc.Arbitrary<AttributeValue> = fc.oneof(
  unicodeArb.map((S) => ({ S })),
  operandArb.map((N) => ({ N })),
  bytesArb.map((B) => ({ B })),
);

describe('compareKeyValues and attributeEquals (property)', () => {
  it('orders S by UTF-8 bytes (code points), N numerically, B as unsigned bytes', () => {
    fc.assert(
      fc.property(keyValueArb, keyValueArb, (a, b) => {
        const expected = referenceOrder(a, b);
        if (expected !== undefined) expect(compare(a, b)).toBe(expected);
        if (expected !== undefined) expect(attributeEquals(a, b)).toBe(expected === 0);
      }),
      RUNS,
    );
  });

  it('puts U+E000..U+FFFF before every astral character, as UTF-8 does and UTF-16 does not', () => {
    const bmpHigh = fc.integer({ min: 0xe000, max: 0xffff }).map((c) => String.fromCodePoint(c));
    const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
    fc.assert(
      fc.property(unicodeArb, bmpHigh, astral, unicodeArb, (prefix, high, star, tail) => {
        expect(compareUtf8Reference(prefix + high, prefix + star + tail)).toBe(-1);
        expect(compare({ S: prefix + high + tail }, { S: prefix + star })).toBe(-1);
        expect(compare({ S: prefix + star }, { S: prefix + high + tail })).toBe(1);
      }),
      RUNS,
    );
  });

  it('is a total order: reflexive, antisymmetric and transitive, across S, N and B together', () => {
    fc.assert(
      fc.property(keyValueArb, keyValueArb, keyValueArb, (a, b, c) => {
        expect(compare(a, a)).toBe(0);
        expect(compare(a, b)).toBe(-compare(b, a) || 0);
        for (const [x, y, z] of [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]] as const) {
          if (compare(x, y) <= 0 && compare(y, z) <= 0) expect(compare(x, z)).toBeLessThanOrEqual(0);
          if (compare(x, y) === 0) expect(compare(x, z)).toBe(compare(y, z));
        }
      }),
      RUNS,
    );
  });

  it('attributeEquals is DynamoDB equality: sets as sets, numbers in any notation, lists in order, maps by key', () => {
    const renotate = (v: AttributeValue, shuffle: number): AttributeValue => {
      const rotate = <T>(xs: T[]) => xs.map((_, i) => xs[(i + shuffle) % xs.length]!);
      if ('N' in v) return { N: `${formatExact(exactOf(v.N))}${shuffle % 2 ? 'e0' : ''}` };
      if ('SS' in v) return { SS: rotate(v.SS) };
      if ('NS' in v) return { NS: rotate(v.NS).map((n) => `${formatExact(exactOf(n))}${shuffle % 2 ? 'E+0' : ''}`) };
      if ('BS' in v) return { BS: rotate(v.BS).map((b) => b.slice()) };
      if ('L' in v) return { L: v.L.map((e) => renotate(e, shuffle)) };
      if ('M' in v) return { M: Object.fromEntries(rotate(Object.entries(v.M)).map(([k, e]) => [k, renotate(e, shuffle)])) };
      return 'B' in v ? { B: v.B.slice() } : { ...v };
    };
    fc.assert(
      fc.property(valueArb, valueArb, fc.nat(5), (a, b, shuffle) => {
        const c = renotate(a, shuffle);
        expect(attributeEquals(a, a)).toBe(true);
        expect(attributeEquals(a, c) && attributeEquals(c, a)).toBe(true);
        expect(attributeEquals(a, b)).toBe(referenceEquals(a, b));
        expect(attributeEquals(b, a)).toBe(attributeEquals(a, b));
      }),
      RUNS,
    );
  });
});
