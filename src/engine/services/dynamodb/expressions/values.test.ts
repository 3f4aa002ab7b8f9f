// Tests for DynamoDB's value equality and key ordering.
import { describe, expect, it } from 'vitest';
import type { AttributeValue } from '../attribute-value';
import { attributeEquals, cloneValue, compareKeyValues, compareUtf8, setContains, sizeOf } from './values';
import { B, N, S } from './test-helpers';

describe('compareKeyValues', () => {
  it('orders numbers numerically, not as text', () => {
    expect(compareKeyValues(N(9), N(10))).toBe(-1);
    expect(compareKeyValues(N('-1.5'), N('-1.25'))).toBe(-1);
    expect(compareKeyValues(N('1e3'), N('1000'))).toBe(0);
    expect(compareKeyValues(N('2'), N('-3'))).toBe(1);
  });

  it('orders strings by UTF-8 bytes, so U+FF01 comes before an emoji (JavaScript says the opposite)', () => {
    expect(compareKeyValues(S('a'), S('b'))).toBe(-1);
    expect(compareKeyValues(S('B'), S('a'))).toBe(-1);
    expect(compareKeyValues(S('ab'), S('a'))).toBe(1);
    expect('\uFF01' < '\u{1F600}').toBe(false);
    expect(compareKeyValues(S('\uFF01'), S('\u{1F600}'))).toBe(-1);
    expect(compareUtf8('\u{1F600}x', '\u{1F600}')).toBeGreaterThan(0);
    expect(compareKeyValues(S('same'), S('same'))).toBe(0);
  });

  it('orders binaries as unsigned bytes', () => {
    expect(compareKeyValues(B(0x01), B(0xff))).toBe(-1);
    expect(compareKeyValues(B(0x80), B(0x7f))).toBe(1);
    expect(compareKeyValues(B(1, 2), B(1))).toBe(1);
    expect(compareKeyValues(B(1, 2), B(1, 2))).toBe(0);
  });
});

describe('attributeEquals', () => {
  it('compares numbers numerically and scalars by type and value', () => {
    expect(attributeEquals(N('1.50'), N('1.5'))).toBe(true);
    expect(attributeEquals(N('1'), S('1'))).toBe(false);
    expect(attributeEquals(S('a'), S('a'))).toBe(true);
    expect(attributeEquals(B(1, 2), B(1, 2))).toBe(true);
    expect(attributeEquals(B(1, 2), B(1, 3))).toBe(false);
    expect(attributeEquals({ BOOL: true }, { BOOL: false })).toBe(false);
    expect(attributeEquals({ NULL: true }, { NULL: true })).toBe(true);
  });

  it('compares sets as sets, lists in order and maps by key', () => {
    expect(attributeEquals({ SS: ['a', 'b'] }, { SS: ['b', 'a'] })).toBe(true);
    expect(attributeEquals({ SS: ['a', 'b'] }, { SS: ['a'] })).toBe(false);
    expect(attributeEquals({ NS: ['1', '2.0'] }, { NS: ['2', '1'] })).toBe(true);
    expect(attributeEquals({ BS: [Uint8Array.of(1)] }, { BS: [Uint8Array.of(1)] })).toBe(true);
    expect(attributeEquals({ L: [S('a'), N(1)] }, { L: [S('a'), N('1.0')] })).toBe(true);
    expect(attributeEquals({ L: [S('a'), N(1)] }, { L: [N(1), S('a')] })).toBe(false);
    expect(attributeEquals({ M: { a: N(1), b: { L: [] } } }, { M: { b: { L: [] }, a: N(1) } })).toBe(true);
    expect(attributeEquals({ M: { a: N(1) } }, { M: { a: N(1), b: N(2) } })).toBe(false);
    expect(attributeEquals({ M: { toString: N(1) } }, { M: { valueOf: N(1) } })).toBe(false);
  });
});

describe('set membership, size and copies', () => {
  it('finds set members of the matching type only', () => {
    expect(setContains({ NS: ['1.0', '2'] }, N(1))).toBe(true);
    expect(setContains({ SS: ['1'] }, N(1))).toBe(false);
    expect(setContains({ BS: [Uint8Array.of(7)] }, B(7))).toBe(true);
    expect(setContains(S('abc'), S('a'))).toBe(false);
  });

  it('measures sizes as DynamoDB does, counting UTF-16 units of strings', () => {
    expect(sizeOf(S('é\u{1D11E}'))).toBe(3);
    expect(sizeOf(B(1, 2, 3))).toBe(3);
    expect(sizeOf({ SS: ['a', 'b'] })).toBe(2);
    expect(sizeOf({ L: [N(1)] })).toBe(1);
    expect(sizeOf({ M: { a: N(1), b: N(2) } })).toBe(2);
    expect(sizeOf(N(5))).toBeUndefined();
    expect(sizeOf({ BOOL: true })).toBeUndefined();
  });

  it('copies deeply, bytes included', () => {
    const original: AttributeValue = { M: { list: { L: [B(1)] }, set: { SS: ['a'] } } };
    const copy = cloneValue(original) as { M: { list: { L: Array<{ B: Uint8Array }> }; set: { SS: string[] } } };
    copy.M.list.L[0]!.B[0] = 9;
    copy.M.set.SS.push('b');
    expect(original).toEqual({ M: { list: { L: [B(1)] }, set: { SS: ['a'] } } });
  });
});
