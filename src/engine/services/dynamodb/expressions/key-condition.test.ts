// Tests for KeyConditionExpression: parsing against a key schema, DynamoDB's refusals, and matching items.
import { describe, expect, it } from 'vitest';
import type { AttributeValue } from '../attribute-value';
import { matchesKeyCondition, parseKeyCondition, type KeySchema } from './key-condition';
import { B, context, expectValidation, N, S } from './test-helpers';

const values: Record<string, AttributeValue> = { ':p': S('user#1'), ':q': S('user#2'), ':one': N(1), ':two': N(2), ':pre': S('user'), ':b': B(1), ':c': B(1, 2) };
const ranged: KeySchema = { partitionKey: { name: 'pk', type: 'S' }, sortKey: { name: 'sk', type: 'N' } };
const hashOnly: KeySchema = { partitionKey: { name: 'pk', type: 'S' } };
const parse = (text: string, schema = ranged, names?: Record<string, string>) => parseKeyCondition(text, context(names, values), schema);
const refuses = (text: string, message: string, schema = ranged) => expectValidation(() => parse(text, schema), message);

describe('parseKeyCondition', () => {
  it('reads the partition key alone or with one sort-key condition', () => {
    expect(parse('pk = :p')).toEqual({ partition: { name: 'pk', value: S('user#1') } });
    expect(parse('pk = :p', hashOnly)).toEqual({ partition: { name: 'pk', value: S('user#1') } });
    expect(parse('pk = :p AND sk > :one')).toEqual({ partition: { name: 'pk', value: S('user#1') }, sort: { name: 'sk', op: '>', values: [N(1)] } });
    expect(parse('sk BETWEEN :one AND :two AND pk = :p').sort).toEqual({ name: 'sk', op: 'BETWEEN', values: [N(1), N(2)] });
    expect(parse('(#k = :p) and (#s <= :two)', ranged, { '#k': 'pk', '#s': 'sk' }).sort).toEqual({ name: 'sk', op: '<=', values: [N(2)] });
  });

  it('turns the operator round when the key is written second', () => {
    expect(parse(':p = pk AND :one < sk').sort).toEqual({ name: 'sk', op: '>', values: [N(1)] });
    expect(parse('pk = :p AND :two >= sk').sort).toMatchObject({ op: '<=' });
  });

  it('takes begins_with on a string or binary sort key', () => {
    const schema: KeySchema = { partitionKey: { name: 'pk', type: 'N' }, sortKey: { name: 'sk', type: 'S' } };
    expect(parse('pk = :one AND begins_with(sk, :pre)', schema).sort).toEqual({ name: 'sk', op: 'begins_with', values: [S('user')] });
  });

  it('refuses operators and shapes a key condition cannot have', () => {
    refuses('pk = :p OR sk = :one', 'Invalid operator used in KeyConditionExpression: OR');
    refuses('NOT pk = :p', 'Invalid operator used in KeyConditionExpression: NOT');
    refuses('pk IN (:p, :q)', 'Invalid operator used in KeyConditionExpression: IN');
    refuses('pk <> :p', 'Invalid operator used in KeyConditionExpression: <>');
    refuses('pk = :p AND attribute_exists(sk)', 'Invalid operator used in KeyConditionExpression: attribute_exists');
    refuses('pk = :p AND contains(sk, :one)', 'Invalid operator used in KeyConditionExpression: contains');
    refuses('pk = :p AND :one BETWEEN sk AND :two', 'Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand');
    refuses('begins_with(:pre, pk)', 'Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand');
    refuses('size(pk) > :one', 'KeyConditionExpressions cannot contain nested operations');
    refuses('pk = sk', 'Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition');
    refuses('pk.a = :p', 'KeyConditionExpressions cannot have conditions on nested attributes');
    refuses('pk[0] = :p', 'KeyConditionExpressions cannot have conditions on nested attributes');
    refuses(':p = :q AND pk = :p', 'Invalid condition in KeyConditionExpression: No key attribute specified');
    refuses('pk = :p AND pk = :q', 'KeyConditionExpressions must only contain one condition per key');
    refuses('pk = :p AND sk > :one AND extra = :two', 'Conditions can be of length 1 or 2 only');
  });

  it('refuses conditions that do not fit the key schema', () => {
    refuses('sk = :one', 'Query condition missed key schema element: pk');
    refuses('pk = :p AND extra = :one', 'Query condition missed key schema element: sk');
    refuses('pk = :p AND sk = :one', 'Query key condition not supported', hashOnly);
    refuses('pk > :p', 'Query key condition not supported');
    refuses('begins_with(pk, :pre)', 'Query key condition not supported');
    refuses('pk = :one', 'One or more parameter values were invalid: Condition parameter type does not match schema type');
    refuses('pk = :p AND sk > :pre', 'One or more parameter values were invalid: Condition parameter type does not match schema type');
    refuses(':one > pk', 'One or more parameter values were invalid: Condition parameter type does not match schema type');
  });

  it('refuses what any condition refuses, as an invalid KeyConditionExpression', () => {
    refuses('', 'Invalid KeyConditionExpression: The expression can not be empty;');
    refuses('pk = :p AND', 'Invalid KeyConditionExpression: Syntax error; token: "<EOF>", near: "AND"');
    refuses('pk = :p AND begins_with(sk, :one)', 'Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N');
    refuses('pk = :p AND sk BETWEEN :two AND :one', 'Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:2}, upper bound operand: AttributeValue: {N:1}');
    refuses('data = :p', 'Invalid KeyConditionExpression: Attribute name is a reserved keyword; reserved keyword: data');
    refuses('pk = :nope', 'Invalid KeyConditionExpression: An expression attribute value used in expression is not defined; attribute value: :nope');
  });
});

describe('matchesKeyCondition', () => {
  const rows = [1, 2, 3, 10].map((sk) => ({ pk: S('user#1'), sk: N(sk) }));
  const matching = (text: string) => rows.filter((row) => matchesKeyCondition(parse(text), row)).map((row) => Number((row.sk as { N: string }).N));

  it('selects the partition, then filters on the sort key by number order', () => {
    expect(matching('pk = :p')).toEqual([1, 2, 3, 10]);
    expect(matching('pk = :q')).toEqual([]);
    expect(matching('pk = :p AND sk = :two')).toEqual([2]);
    expect(matching('pk = :p AND sk < :two')).toEqual([1]);
    expect(matching('pk = :p AND sk <= :two')).toEqual([1, 2]);
    expect(matching('pk = :p AND sk > :two')).toEqual([3, 10]);
    expect(matching('pk = :p AND sk >= :two')).toEqual([2, 3, 10]);
    expect(matching('pk = :p AND sk BETWEEN :one AND :two')).toEqual([1, 2]);
  });

  it('matches begins_with on strings and binaries, and never an item without the key', () => {
    const strings: KeySchema = { partitionKey: { name: 'pk', type: 'S' }, sortKey: { name: 'sk', type: 'S' } };
    const condition = parseKeyCondition('pk = :p AND begins_with(sk, :pre)', context(undefined, values), strings);
    expect(matchesKeyCondition(condition, { pk: S('user#1'), sk: S('user#9') })).toBe(true);
    expect(matchesKeyCondition(condition, { pk: S('user#1'), sk: S('admin') })).toBe(false);
    expect(matchesKeyCondition(condition, { pk: S('user#1') })).toBe(false);
    const binaries: KeySchema = { partitionKey: { name: 'pk', type: 'S' }, sortKey: { name: 'sk', type: 'B' } };
    const prefix = parseKeyCondition('pk = :p AND begins_with(sk, :b)', context(undefined, values), binaries);
    expect(matchesKeyCondition(prefix, { pk: S('user#1'), sk: B(1, 2) })).toBe(true);
    expect(matchesKeyCondition(prefix, { pk: S('user#1'), sk: B(2, 1) })).toBe(false);
    expect(matchesKeyCondition(prefix, { pk: S('user#1'), sk: B() })).toBe(false);
  });
});
