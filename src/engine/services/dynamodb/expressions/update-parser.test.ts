// Tests for parsing UpdateExpression: the actions built, and DynamoDB's exact refusals.
import { describe, expect, it } from 'vitest';
import type { AttributeValue } from '../attribute-value';
import { B, context, expectValidation, N, S } from './test-helpers';
import { updatedAttributes } from './update-apply';
import { parseUpdate } from './update-parser';

const values: Record<string, AttributeValue> = {
  ':s': S('x'), ':n': N(1), ':b': B(1), ':ss': { SS: ['a'] }, ':ns': { NS: ['1'] }, ':bs': { BS: [Uint8Array.of(1)] },
  ':l': { L: [] }, ':m': { M: {} }, ':t': { BOOL: true }, ':null': { NULL: true },
};
const parse = (text: string, names?: Record<string, string>) => parseUpdate(text, context(names, values));
const refuses = (text: string, message: string, names?: Record<string, string>) =>
  expectValidation(() => parse(text, names), `Invalid UpdateExpression: ${message}`);

describe('parseUpdate builds the actions', () => {
  it('reads all four clauses, in any order and case', () => {
    const plan = parse('remove d[2], e set a = :s, b.c[1] = if_not_exists(b.c[1], :n) + :n add f :n delete g :ss');
    expect(plan.actions).toEqual([
      { kind: 'REMOVE', path: ['d', 2] },
      { kind: 'REMOVE', path: ['e'] },
      { kind: 'SET', path: ['a'], value: { kind: 'value', name: ':s', value: S('x') } },
      {
        kind: 'SET',
        path: ['b', 'c', 1],
        value: {
          kind: 'arithmetic',
          op: '+',
          left: { kind: 'call', name: 'if_not_exists', args: [{ kind: 'path', path: ['b', 'c', 1] }, { kind: 'value', name: ':n', value: N(1) }] },
          right: { kind: 'value', name: ':n', value: N(1) },
        },
      },
      { kind: 'ADD', path: ['f'], value: N(1) },
      { kind: 'DELETE', path: ['g'], value: { SS: ['a'] } },
    ]);
    expect(updatedAttributes(plan)).toEqual(['d', 'e', 'a', 'b', 'f', 'g']);
  });

  it('accepts parentheses around operands and around one sum, and nested functions', () => {
    expect(parse('SET a = (b + :n)').actions[0]).toMatchObject({ value: { kind: 'arithmetic', op: '+' } });
    expect(parse('SET a = (b) - (:n)').actions[0]).toMatchObject({ value: { kind: 'arithmetic', op: '-', left: { kind: 'path' }, right: { kind: 'value' } } });
    expect(parse('SET a = list_append(if_not_exists(a, :l), :l)').actions[0]).toMatchObject({ value: { name: 'list_append', args: [{ name: 'if_not_exists' }, { kind: 'value' }] } });
    expect(parse('SET #n = :s', { '#n': 'name' }).actions[0]).toMatchObject({ path: ['name'] });
  });
});

describe('parseUpdate refuses, with DynamoDB messages', () => {
  it('syntax errors, quoting the token and the text near it', () => {
    refuses('', 'The expression can not be empty;');
    refuses('whatever', 'Syntax error; token: "whatever", near: "whatever"');
    refuses('set a', 'Syntax error; token: "<EOF>", near: "a"');
    refuses('set a=set', 'Syntax error; token: "set", near: "=set"');
    refuses('SET MyStr = myNum + 1', 'Syntax error; token: "1", near: "+ 1"');
    refuses('SET MyStr = myNum Mystr2 myNum2', 'Syntax error; token: "Mystr2", near: "myNum Mystr2 myNum2"');
    refuses('SET MyStr = my Num', 'Syntax error; token: "Num", near: "my Num"');
    refuses('set _something = :s', 'Syntax error; token: "_", near: "set _something"');
    refuses('SET attrName = _idid', 'Syntax error; token: "_", near: "= _idid"');
    refuses('set a = b + c + d', 'Syntax error; token: "+", near: "c + d"');
    refuses('set a = b / c', 'Syntax error; token: "/", near: "b / c"');
    refuses('set a[1] = "eight"', 'Syntax error; token: """, near: "= "eight"');
    refuses('SET if_not_exists(a, b) = a', 'Syntax error; token: "(", near: "if_not_exists(a"');
    refuses('set a = (b.c).d + e', 'Syntax error; token: ".", near: ").d"');
    refuses('remove a b', 'Syntax error; token: "b", near: "a b"');
    refuses('delete a = b', 'Syntax error; token: "=", near: "a = b"');
    refuses('add a b', 'Syntax error; token: "b", near: "a b"');
    refuses('remove :s', 'Syntax error; token: ":s", near: "remove :s"');
    refuses('SET a = :s,', 'Syntax error; token: "<EOF>", near: ","');
  });

  it('reserved words, unknown functions, repeated clauses and undefined placeholders', () => {
    refuses('SET name = :s', 'Attribute name is a reserved keyword; reserved keyword: name');
    refuses('REMOVE a.Absolute', 'Attribute name is a reserved keyword; reserved keyword: Absolute');
    refuses('SET a = if_not_exist(a, :s)', 'Invalid function name; function: if_not_exist');
    refuses('SET a = :s SET b = :s', 'The "SET" section can only be used once in an update expression;');
    refuses('remove a set b = :s REMOVE c', 'The "REMOVE" section can only be used once in an update expression;');
    refuses('SET #a = :s', 'An expression attribute name used in the document path is not defined; attribute name: #a');
    refuses('SET a = :nope', 'An expression attribute value used in expression is not defined; attribute value: :nope');
    refuses('ADD a :nope', 'An expression attribute value used in expression is not defined; attribute value: :nope');
  });

  it('overlapping and conflicting document paths', () => {
    refuses('SET a = :s, a.b = :s', 'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]');
    refuses('SET a = :s REMOVE a', 'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]');
    refuses('SET #c[3].#d = :s, #c[3] = :s', 'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [c, [3], [3]], path two: [c, [3]]', { '#c': 'c', '#d': '[3]' });
    refuses('remove a.b set a[1] = :s', 'Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [1]]');
    expect(() => parse('SET a.b = :s, a.c = :s REMOVE a.d[1], a.d[2]')).not.toThrow();
  });

  it('ADD and DELETE values of the wrong type', () => {
    const cases: Array<[string, string]> = [
      ['ADD a :s', 'operator: ADD, operand type: STRING'],
      ['ADD a :b', 'operator: ADD, operand type: BINARY'],
      ['ADD a :t', 'operator: ADD, operand type: BOOLEAN'],
      ['ADD a :null', 'operator: ADD, operand type: NULL'],
      ['ADD a :l', 'operator: ADD, operand type: LIST'],
      ['ADD a :m', 'operator: ADD, operand type: MAP'],
      ['DELETE a :n', 'operator: DELETE, operand type: NUMBER'],
      ['DELETE a.b :s', 'operator: DELETE, operand type: STRING'],
    ];
    for (const [text, detail] of cases) refuses(text, `Incorrect operand type for operator or function; ${detail}`);
    expect(() => parse('ADD a :n, b :ss, c :ns, d :bs DELETE e :ss, f :ns, g :bs')).not.toThrow();
  });

  it('function operands DynamoDB can reject from the request alone', () => {
    refuses('SET a = if_not_exists(b)', 'Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1');
    refuses('SET a = list_append(b, c, d)', 'Incorrect number of operands for operator or function; operator or function: list_append, number of operands: 3');
    refuses('SET a = if_not_exists(:s, b)', 'Operator or function requires a document path; operator or function: if_not_exists');
    refuses('SET a = list_append(:s, b)', 'Incorrect operand type for operator or function; operator or function: list_append, operand type: S');
    refuses('SET a = list_append(b, :ss)', 'Incorrect operand type for operator or function; operator or function: list_append, operand type: SS');
    refuses('SET a = b + :s', 'Incorrect operand type for operator or function; operator or function: +, operand type: S');
    refuses('SET a = :b - b', 'Incorrect operand type for operator or function; operator or function: -, operand type: B');
  });

  it('reports deferred errors in DynamoDB order', () => {
    refuses('SET a = foo(b) SET name = :s', 'Attribute name is a reserved keyword; reserved keyword: name');
    refuses('SET #x = foo(:nope) SET b = :s', 'Invalid function name; function: foo');
    refuses('SET #x = :nope SET b = :s', 'The "SET" section can only be used once in an update expression;');
    refuses('SET a = :nope, #x = :s', 'An expression attribute name used in the document path is not defined; attribute name: #x');
    refuses('SET a = :nope, a = :s', 'An expression attribute value used in expression is not defined; attribute value: :nope');
    refuses('SET b = list_append(:s, a), c = if_not_exists(a) ADD a.b :s', 'Incorrect operand type for operator or function; operator: ADD, operand type: STRING');
    refuses('SET a = b + :s, c = :s REMOVE c', 'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [c], path two: [c]');
  });
});
