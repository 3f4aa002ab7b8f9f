// Tests for the exact decimal arithmetic behind DynamoDB numbers.
import { describe, expect, it } from 'vitest';
import { addDecimals, compareDecimals, formatDecimal, normalizeNumber, parseDecimal, subtractDecimals } from './decimal';
import { expectValidation } from './test-helpers';

const sum = (a: string, b: string) => formatDecimal(addDecimals(parseDecimal(a), parseDecimal(b)));
const difference = (a: string, b: string) => formatDecimal(subtractDecimals(parseDecimal(a), parseDecimal(b)));
const order = (a: string, b: string) => compareDecimals(parseDecimal(a), parseDecimal(b));

describe('normalizeNumber', () => {
  it('stores numbers in plain notation without needless zeros or signs', () => {
    const cases: Array<[string, string]> = [
      ['1.50', '1.5'],
      ['-0', '0'],
      ['+0.000', '0'],
      ['1e2', '100'],
      ['1E+2', '100'],
      ['+3', '3'],
      ['.123', '0.123'],
      ['1.', '1'],
      ['0001.23', '1.23'],
      ['-17.4E37', '-174000000000000000000000000000000000000'],
      ['12.5e-3', '0.0125'],
      ['0e1000', '0'],
      ['-00001.23456789012345678901234567890123456780000', '-1.2345678901234567890123456789012345678'],
      ['0001.000e-130', `0.${'0'.repeat(129)}1`],
      ['0009.99999999999999999999999999999999999990000e125', '9'.repeat(38) + '0'.repeat(88)],
    ];
    for (const [input, stored] of cases) expect(normalizeNumber(input), input).toBe(stored);
  });

  it('refuses text that is not a number, with DynamoDB message', () => {
    for (const text of ['dog', 'NaN', 'Infinity', '-Infinity', ' 1', '1 ', '1e', '.', '--1', '0x10', '1,5']) {
      expectValidation(() => normalizeNumber(text), `The parameter cannot be converted to a numeric value: ${text}`);
    }
    expectValidation(() => normalizeNumber(''), 'The parameter cannot be converted to a numeric value');
  });

  it('refuses magnitudes outside 1e-130 .. 9.99e125 and more than 38 significant digits', () => {
    expectValidation(() => normalizeNumber('1e126'), 'Number overflow. Attempting to store a number with magnitude larger than supported range');
    expectValidation(() => normalizeNumber('-11e125'), 'Number overflow. Attempting to store a number with magnitude larger than supported range');
    expectValidation(() => normalizeNumber('1e100000000'), 'Number overflow. Attempting to store a number with magnitude larger than supported range');
    expectValidation(() => normalizeNumber('0.9e-130'), 'Number underflow. Attempting to store a number with magnitude smaller than supported range');
    expectValidation(() => normalizeNumber('3.14159265358979323846264338327950288419'), 'Attempting to store more than 38 significant digits in a Number');
    expect(normalizeNumber('3.1415926535897932384626433832795028841')).toBe('3.1415926535897932384626433832795028841');
    expect(normalizeNumber('-9.99999999e125')).toBe('-999999999' + '0'.repeat(117));
  });
});

describe('decimal arithmetic', () => {
  it('adds and subtracts exactly, unlike binary floating point', () => {
    expect(sum('0.1', '0.2')).toBe('0.3');
    expect(difference('0.3', '0.1')).toBe('0.2');
    expect(sum('1', '10000000000000000000000')).toBe('10000000000000000000001');
    expect(difference('10000000000000000000000', '1')).toBe('9999999999999999999999');
    expect(difference('100000000000000000000.00000001', '1')).toBe('99999999999999999999.00000001');
    expect(sum('-5', '5')).toBe('0');
    expect(sum('0', '-2.50')).toBe('-2.5');
    expect(difference('0', '7')).toBe('-7');
    expect(difference('1.25', '-1.25')).toBe('2.5');
    expect(sum('999', '1')).toBe('1000');
  });

  it('refuses a result DynamoDB cannot store, calling a precision loss an overflow as DynamoDB does', () => {
    const overflow = 'Number overflow. Attempting to store a number with magnitude larger than supported range';
    expectValidation(() => sum('9e125', '9e125'), overflow);
    expectValidation(() => difference('9e125', '-9e125'), overflow);
    expectValidation(() => sum('1e50', '1'), overflow);
    expectValidation(() => difference('1e50', '1'), overflow);
    expectValidation(() => sum('1e125', '1e-130'), overflow);
    expectValidation(() => difference('1e-130', '0.9e-130'), 'Number underflow. Attempting to store a number with magnitude smaller than supported range');
  });

  it('orders numbers numerically whatever their notation', () => {
    expect(order('10', '9')).toBeGreaterThan(0);
    expect(order('1e2', '100.0')).toBe(0);
    expect(order('-1', '0')).toBeLessThan(0);
    expect(order('-10', '-9')).toBeLessThan(0);
    expect(order('0.001', '0.01')).toBeLessThan(0);
    expect(order('-0', '0')).toBe(0);
    expect(order('123.45', '123.4')).toBeGreaterThan(0);
    expect(order('1e-130', '0')).toBeGreaterThan(0);
  });
});
