// Tests for evaluating conditions and filters against items, as DynamoDB does.
import { describe, expect, it } from 'vitest';
import type { AttributeValue, Item } from '../attribute-value';
import { evaluateCondition } from './condition-eval';
import { parseCondition } from './condition-parser';
import { B, context, N, S } from './test-helpers';

const item: Item = {
  id: S('item-1'),
  n: N('5'),
  s: S('hello world'),
  bin: B(1, 2, 3, 4),
  flag: { BOOL: true },
  nothing: { NULL: true },
  ss: { SS: ['red', 'green'] },
  ns: { NS: ['1', '2.5'] },
  bs: { BS: [Uint8Array.of(9)] },
  lst: { L: [S('a'), N('1'), { M: { x: N('1') } }] },
  mp: { M: { nested: { M: { deep: S('value') } }, arr: { L: [N('10'), N('20')] } } },
  unicode: S('é\u{1D11E}'),
};

const values: Record<string, AttributeValue> = {
  ':five': N('5.0'), ':six': N('6'), ':four': N('4'), ':hello': S('hello'), ':world': S('world'), ':red': S('red'),
  ':one': N('1'), ':twoHalf': N('2.50'), ':a': S('a'), ':m': { M: { x: N('1.0') } }, ':bytes': B(1, 2), ':mid': B(2, 3),
  ':nine': B(9), ':true': { BOOL: true }, ':false': { BOOL: false }, ':S': S('S'), ':N': N('0'), ':str': S('5'), ':three': N('3'),
  ':typeN': S('N'), ':typeSS': S('SS'), ':value': S('value'), ':zero': N('0'), ':eleven': N('11'),
};

/** Whether `text` holds for the shared item, or for `target` when one is passed (undefined: no item). */
const holds = (text: string, ...target: [Item | undefined] | []) =>
  evaluateCondition(parseCondition(text, context(undefined, values), 'FilterExpression'), target.length ? target[0] : item);

describe('evaluateCondition: comparisons', () => {
  it('compares numbers numerically and strings and binaries by their bytes', () => {
    expect(holds('n = :five')).toBe(true);
    expect(holds('n < :six AND n > :four AND n <= :five AND n >= :five')).toBe(true);
    expect(holds('s > :hello')).toBe(true);
    expect(holds('bin > :bytes AND bin < :mid')).toBe(true);
    expect(holds(':four < n')).toBe(true);
  });

  it('treats values of different types as unequal and unordered', () => {
    expect(holds('n = :str')).toBe(false);
    expect(holds('n <> :str')).toBe(true);
    expect(holds('n < :hello OR n > :hello OR n >= :hello')).toBe(false);
    expect(holds('flag < :true OR flag > :false')).toBe(false);
    expect(holds('flag = :true AND flag <> :false')).toBe(true);
  });

  it('makes an absent attribute fail every comparison but <>', () => {
    expect(holds('absent = :one')).toBe(false);
    expect(holds('absent < :one OR absent >= :one')).toBe(false);
    expect(holds('absent <> :one')).toBe(true);
    expect(holds('absent <> gone')).toBe(true);
    expect(holds('absent = gone')).toBe(false);
  });

  it('compares maps, lists and sets deeply', () => {
    expect(holds('lst[2] = :m')).toBe(true);
    expect(holds('ns = ns2 OR lst = lst2')).toBe(false);
    const twins: Item = { a: { NS: ['1', '2'] }, b: { NS: ['2.0', '1'] } };
    expect(holds('a = b', twins)).toBe(true);
  });

  it('reads nested paths and treats an index past the end as absent', () => {
    expect(holds('mp.nested.deep = :value')).toBe(true);
    expect(holds('mp.arr[1] > mp.arr[0]')).toBe(true);
    expect(holds('mp.arr[5] = :one OR lst.x = :one OR s.x = :one')).toBe(false);
  });
});

describe('evaluateCondition: BETWEEN and IN', () => {
  it('includes both bounds and wants one type throughout', () => {
    expect(holds('n BETWEEN :four AND :six')).toBe(true);
    expect(holds('n BETWEEN :five AND :five')).toBe(true);
    expect(holds('n BETWEEN :six AND :eleven')).toBe(false);
    expect(holds('s BETWEEN :a AND :world')).toBe(true);
    expect(holds('s BETWEEN :one AND :six OR absent BETWEEN :one AND :six')).toBe(false);
  });

  it('matches any listed value, and never an absent attribute', () => {
    expect(holds('n IN (:one, :five)')).toBe(true);
    expect(holds('n IN (:one, :str)')).toBe(false);
    expect(holds('ss IN (:red, ss)')).toBe(true);
    expect(holds('absent IN (:one, gone)')).toBe(false);
  });
});

describe('evaluateCondition: functions', () => {
  it('tests existence, also against no item at all', () => {
    expect(holds('attribute_exists(id) AND attribute_exists(nothing) AND attribute_exists(mp.nested)')).toBe(true);
    expect(holds('attribute_not_exists(absent) AND attribute_not_exists(mp.arr[9])')).toBe(true);
    expect(holds('attribute_exists(id)', undefined)).toBe(false);
    expect(holds('attribute_not_exists(id)', undefined)).toBe(true);
    expect(holds('attribute_not_exists(id) OR n = :five', undefined)).toBe(true);
  });

  it('checks attribute types', () => {
    expect(holds('attribute_type(n, :typeN) AND attribute_type(ss, :typeSS)')).toBe(true);
    expect(holds('attribute_type(s, :typeN)')).toBe(false);
    expect(holds('attribute_type(absent, :typeN)')).toBe(false);
  });

  it('begins_with on strings and binaries only', () => {
    expect(holds('begins_with(s, :hello)')).toBe(true);
    expect(holds('begins_with(s, :world)')).toBe(false);
    expect(holds('begins_with(bin, :bytes)')).toBe(true);
    expect(holds('begins_with(bin, :mid) OR begins_with(ss, :red) OR begins_with(absent, :a)')).toBe(false);
  });

  it('contains a substring, a byte run, a set member or a lst element', () => {
    expect(holds('contains(s, :world)')).toBe(true);
    expect(holds('contains(bin, :mid)')).toBe(true);
    expect(holds('contains(ss, :red)')).toBe(true);
    expect(holds('contains(ns, :twoHalf)')).toBe(true);
    expect(holds('contains(bs, :nine)')).toBe(true);
    expect(holds('contains(lst, :a) AND contains(lst, :one) AND contains(lst, :m)')).toBe(true);
    expect(holds('contains(ss, :one) OR contains(n, :five) OR contains(absent, :a) OR contains(lst, :hello)')).toBe(false);
    expect(holds('contains(s, s2)', { s: S('abc'), s2: S('bc') })).toBe(true);
  });

  it('measures size() as DynamoDB does, and a sizeless or absent operand fails the comparison', () => {
    expect(holds('size(s) = :eleven')).toBe(true);
    expect(holds('size(unicode) = :three')).toBe(true);
    expect(holds('size(bin) > :three AND size(ss) < :three AND size(lst) = :three AND size(mp) BETWEEN :one AND :four')).toBe(true);
    expect(holds('size(n) >= :zero OR size(flag) >= :zero OR size(absent) >= :zero')).toBe(false);
    expect(holds('size(absent) <> :zero')).toBe(true);
  });
});

describe('evaluateCondition: logic', () => {
  it('combines with AND, OR and NOT', () => {
    expect(holds('n = :one OR s = :hello OR NOT attribute_exists(absent)')).toBe(true);
    expect(holds('NOT (n = :five AND attribute_exists(id))')).toBe(false);
    expect(holds('NOT n = :five OR NOT n = :six')).toBe(true);
  });
});
