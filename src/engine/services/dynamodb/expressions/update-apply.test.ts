// Tests for applying an UpdateExpression to an item: SET, REMOVE, ADD, DELETE and DynamoDB's runtime errors.
import { describe, expect, it } from 'vitest';
import type { AttributeValue, Item } from '../attribute-value';
import { B, context, expectValidation, N, S } from './test-helpers';
import { applyUpdate, updatedAttributes } from './update-apply';
import { parseUpdate } from './update-parser';

const base = (): Item => ({
  id: S('1'),
  hits: N('5'),
  price: N('0.1'),
  title: S('t'),
  tags: { SS: ['a', 'b'] },
  nums: { NS: ['1', '2'] },
  bins: { BS: [Uint8Array.of(1)] },
  lst: { L: [N(1), N(2), N(3), N(4)] },
  info: { M: { a: S('x'), nested: { M: { deep: N(1) } }, arr: { L: [S('p'), S('q')] } } },
});

const values: Record<string, AttributeValue> = {
  ':s': S('new'), ':one': N(1), ':zero': N(0), ':p2': N('0.2'), ':big': N('9e125'), ':m': { M: { k: S('v') } },
  ':more': { L: [N(5)] }, ':empty': { L: [] }, ':tags': { SS: ['b', 'c'] }, ':nums': { NS: ['2.0', '3'] }, ':bins': { BS: [Uint8Array.of(1), Uint8Array.of(2)] },
  ':ab': { SS: ['a', 'b'] }, ':a': { SS: ['a'] }, ':one1': { NS: ['1.00'] }, ':huge': N('99999999999999999999999999999999999999'),
};

/** Applies `text` to `item` (a fresh copy of the base item unless given). */
const update = (text: string, item: Item = base()) => applyUpdate(parseUpdate(text, context(undefined, values)), item);
const MISSING = 'The provided expression refers to an attribute that does not exist in the item';
const WRONG_TYPE = 'An operand in the update expression has an incorrect data type';
const INVALID_PATH = 'The document path provided in the update expression is invalid for update';

describe('applyUpdate: SET', () => {
  it('adds and replaces attributes, returning a new item and leaving the input untouched', () => {
    const item = base();
    const result = update('SET title = :s, fresh = :m', item);
    expect(result.title).toEqual(S('new'));
    expect(result.fresh).toEqual({ M: { k: S('v') } });
    expect(item).toEqual(base());
    (result.fresh as { M: Record<string, AttributeValue> }).M.k = S('changed');
    (result.lst as { L: AttributeValue[] }).L.push(N(9));
    expect(values[':m']).toEqual({ M: { k: S('v') } });
    expect(item).toEqual(base());
  });

  it('writes into nested maps and lists, appending past a list end in index order', () => {
    const result = update('SET info.nested.deep = :s, info.b = :one, lst[1] = :s, info.arr[7] = :zero, info.arr[5] = :one');
    expect(result.info).toEqual({ M: { a: S('x'), nested: { M: { deep: S('new') } }, arr: { L: [S('p'), S('q'), N(1), N(0)] }, b: N(1) } });
    expect(result.lst).toEqual({ L: [N(1), S('new'), N(3), N(4)] });
  });

  it('refuses a path whose parent is missing or of the wrong kind', () => {
    expectValidation(() => update('SET absent.b = :s'), INVALID_PATH);
    expectValidation(() => update('SET hits.b = :s'), INVALID_PATH);
    expectValidation(() => update('SET lst.b = :s'), INVALID_PATH);
    expectValidation(() => update('SET info[0] = :s'), INVALID_PATH);
    expectValidation(() => update('SET info.absent.deep = :s'), INVALID_PATH);
  });

  it('reads every operand from the item as it was, so values can swap and copies stay independent', () => {
    const result = update('SET title = hits, hits = title, twin = info');
    expect([result.title, result.hits]).toEqual([N('5'), S('t')]);
    (result.twin as { M: Record<string, AttributeValue> }).M.a = S('changed');
    expect(result.info).toEqual(base().info);
    expectValidation(() => update('SET title = absent'), MISSING);
    expectValidation(() => update('SET title = info.nested.absent'), MISSING);
  });

  it('adds and subtracts exactly, with if_not_exists for a counter that may not exist yet', () => {
    expect(update('SET price = price + :p2').price).toEqual(N('0.3'));
    expect(update('SET hits = hits - :one').hits).toEqual(N('4'));
    expect(update('SET balance = :p2 - price').balance).toEqual(N('0.1'));
    expect(update('SET visits = if_not_exists(visits, :zero) + :one').visits).toEqual(N('1'));
    expect(update('SET hits = if_not_exists(hits, :zero) + :one').hits).toEqual(N('6'));
    expect(update('SET hits = (hits + :one)').hits).toEqual(N('6'));
    expectValidation(() => update('SET hits = absent + :one'), MISSING);
    expectValidation(() => update('SET hits = title + :one'), WRONG_TYPE);
    expectValidation(() => update('SET hits = :one - info'), WRONG_TYPE);
    expectValidation(() => update('SET price = price + :big', { price: N('9e125') }), 'Number overflow. Attempting to store a number with magnitude larger than supported range');
  });

  it('keeps an existing value with if_not_exists and appends or prepends with list_append', () => {
    expect(update('SET title = if_not_exists(title, :s), fresh = if_not_exists(absent, :s)')).toMatchObject({ title: S('t'), fresh: S('new') });
    expect(update('SET lst = list_append(lst, :more)').lst).toEqual({ L: [N(1), N(2), N(3), N(4), N(5)] });
    expect(update('SET lst = list_append(:more, lst)').lst).toEqual({ L: [N(5), N(1), N(2), N(3), N(4)] });
    expect(update('SET fresh = list_append(if_not_exists(fresh, :empty), :more)').fresh).toEqual({ L: [N(5)] });
    expect(update('SET info.arr = list_append(info.arr, info.arr)').info).toMatchObject({ M: { arr: { L: [S('p'), S('q'), S('p'), S('q')] } } });
    expectValidation(() => update('SET lst = list_append(absent, :more)'), MISSING);
    expectValidation(() => update('SET lst = list_append(tags, :more)'), WRONG_TYPE);
  });
});

describe('applyUpdate: REMOVE', () => {
  it('removes attributes, map keys and list elements by their original positions', () => {
    const result = update('REMOVE title, info.a, lst[0], lst[2], info.arr[1]');
    expect(result.title).toBeUndefined();
    expect(result.lst).toEqual({ L: [N(2), N(4)] });
    expect(result.info).toEqual({ M: { nested: { M: { deep: N(1) } }, arr: { L: [S('p')] } } });
  });

  it('ignores what is not there, but not a path through something missing', () => {
    expect(update('REMOVE absent, info.absent, lst[10]')).toEqual(base());
    expectValidation(() => update('REMOVE absent.b'), INVALID_PATH);
    expectValidation(() => update('REMOVE title[0]'), INVALID_PATH);
  });

  it('combines with SET on other elements of the same list', () => {
    expect(update('SET lst[1] = :s REMOVE lst[0]').lst).toEqual({ L: [S('new'), N(3), N(4)] });
    expect(update('SET lst[9] = :s REMOVE lst[4]').lst).toEqual({ L: [N(1), N(2), N(3), N(4), S('new')] });
  });
});

describe('applyUpdate: ADD and DELETE', () => {
  it('adds to numbers, creating a missing one from zero', () => {
    expect(update('ADD hits :one, info.nested.deep :one, visits :one')).toMatchObject({ hits: N(6), visits: N(1), info: { M: { nested: { M: { deep: N(2) } } } } });
    expect(update('ADD price :p2').price).toEqual(N('0.3'));
    expectValidation(() => update('ADD title :one'), WRONG_TYPE);
    expectValidation(() => update('ADD absent.x :one'), INVALID_PATH);
    expectValidation(() => update('ADD hits :huge', { hits: N('1e50') }), 'Number overflow. Attempting to store a number with magnitude larger than supported range');
  });

  it('adds members to sets of the same type, without duplicates, creating a missing set', () => {
    const result = update('ADD tags :tags, nums :nums, bins :bins, fresh :tags');
    expect(result.tags).toEqual({ SS: ['a', 'b', 'c'] });
    expect(result.nums).toEqual({ NS: ['1', '2', '3'] });
    expect(result.bins).toEqual({ BS: [Uint8Array.of(1), Uint8Array.of(2)] });
    expect(result.fresh).toEqual({ SS: ['b', 'c'] });
    expectValidation(() => update('ADD nums :tags'), WRONG_TYPE);
    expectValidation(() => update('ADD hits :tags'), WRONG_TYPE);
  });

  it('deletes members from sets, dropping a set that ends up empty', () => {
    expect(update('DELETE tags :a').tags).toEqual({ SS: ['b'] });
    expect(update('DELETE nums :one1').nums).toEqual({ NS: ['2'] });
    const emptied = update('DELETE tags :ab');
    expect('tags' in emptied).toBe(false);
    expect(update('DELETE absent :a')).toEqual(base());
    expectValidation(() => update('DELETE nums :a'), WRONG_TYPE);
    expectValidation(() => update('DELETE title :a'), WRONG_TYPE);
  });
});

describe('updatedAttributes', () => {
  it('lists each top-level attribute the plan touches, once', () => {
    const plan = parseUpdate('SET info.a = :s, lst[1] = :s REMOVE info.b, hits ADD visits :one DELETE tags :a', context(undefined, values));
    expect(updatedAttributes(plan)).toEqual(['info', 'lst', 'hits', 'visits', 'tags']);
  });
});

describe('binary values', () => {
  it('copies bytes instead of sharing them', () => {
    const item = { id: S('1'), data: B(1, 2) };
    const result = update('SET title = :s', item);
    (result.data as { B: Uint8Array }).B[0] = 9;
    expect(item.data).toEqual(B(1, 2));
  });
});

describe('unusual attribute names', () => {
  it('writes an attribute called __proto__ as an attribute', () => {
    const result = applyUpdate(parseUpdate('SET #p = :s', context({ '#p': '__proto__' }, values)), base());
    expect(Object.hasOwn(result, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });
});
