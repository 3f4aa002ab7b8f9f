// Tests for parsing ConditionExpression / FilterExpression: the tree built, and DynamoDB's exact errors.
import { describe, expect, it } from 'vitest';
import type { AttributeValue } from '../attribute-value';
import { parseCondition } from './condition-parser';
import { context, expectValidation, N, S } from './test-helpers';

const values: Record<string, AttributeValue> = { ':v': S('x'), ':w': S('y'), ':n': N(1), ':m': N(2), ':bad': S('X'), ':t': S('SS') };
const parse = (text: string, names?: Record<string, string>) => parseCondition(text, context(names, values), 'ConditionExpression').root;
const refuses = (text: string, message: string, names?: Record<string, string>) =>
  expectValidation(() => parse(text, names), `Invalid ConditionExpression: ${message}`);

describe('parseCondition builds the tree', () => {
  it('binds NOT tighter than AND, and AND tighter than OR', () => {
    expect(parse('a = :v OR b = :v AND NOT c = :v')).toEqual({
      kind: 'or',
      left: { kind: 'compare', op: '=', left: { kind: 'path', path: ['a'] }, right: { kind: 'value', name: ':v', value: S('x') } },
      right: {
        kind: 'and',
        left: { kind: 'compare', op: '=', left: { kind: 'path', path: ['b'] }, right: { kind: 'value', name: ':v', value: S('x') } },
        right: { kind: 'not', operand: { kind: 'compare', op: '=', left: { kind: 'path', path: ['c'] }, right: { kind: 'value', name: ':v', value: S('x') } } },
      },
    });
  });

  it('lets parentheses regroup, and reads keywords in any case', () => {
    const tree = parse('(a = :v or b = :v) and c between :n AND :m');
    expect(tree).toMatchObject({ kind: 'and', left: { kind: 'or' }, right: { kind: 'between', low: { value: N(1) }, high: { value: N(2) } } });
    expect(parse('a IN (:v, :w, b)')).toMatchObject({ kind: 'in', candidates: [{ kind: 'value' }, { kind: 'value' }, { kind: 'path', path: ['b'] }] });
    expect(parse('NOT NOT attribute_exists(a)')).toMatchObject({ kind: 'not', operand: { kind: 'not', operand: { kind: 'function' } } });
  });

  it('reads document paths with placeholders, nested maps and list indexes', () => {
    expect(parse('#a.b[2].#c[10] <> :v', { '#a': 'x.y', '#c': 'status' })).toMatchObject({
      kind: 'compare', op: '<>', left: { kind: 'path', path: ['x.y', 'b', 2, 'status', 10] },
    });
    expect(parse(' a . b [ 1 ] = :v ')).toMatchObject({ left: { path: ['a', 'b', 1] } });
  });

  it('reads functions as conditions, size() as an operand, and parenthesised operands', () => {
    expect(parse('begins_with(a, :v)')).toMatchObject({ kind: 'function', call: { name: 'begins_with', args: [{ kind: 'path' }, { kind: 'value' }] } });
    expect(parse('size(a.b) >= :n')).toMatchObject({ kind: 'compare', op: '>=', left: { kind: 'call', name: 'size' } });
    expect(parse('(a) = :v')).toMatchObject({ kind: 'compare', left: { kind: 'path', path: ['a'] } });
    expect(parse('(size(a)) > :n AND (b < :m)')).toMatchObject({ kind: 'and', left: { kind: 'compare', op: '>' }, right: { op: '<' } });
    expect(parse(':n < a')).toMatchObject({ left: { kind: 'value' }, right: { kind: 'path' } });
  });
});

describe('parseCondition refuses, with DynamoDB messages', () => {
  it('empty expressions and syntax errors, quoting the token and the text near it', () => {
    refuses('', 'The expression can not be empty;');
    refuses(' \n ', 'The expression can not be empty;');
    refuses('a = = :v', 'Syntax error; token: "=", near: "= = :v"');
    refuses('a =', 'Syntax error; token: "<EOF>", near: "="');
    refuses('a = :v AND', 'Syntax error; token: "<EOF>", near: "AND"');
    refuses('_type = :v', 'Syntax error; token: "_", near: "_type"');
    refuses('a = :v AND _sortKey = :v', 'Syntax error; token: "_", near: "AND _sortKey"');
    refuses('GI-1-PK = :v', 'Syntax error; token: "-", near: "GI-1"');
    refuses('and = :v', 'Syntax error; token: "and", near: "and ="');
    refuses('a = 1', 'Syntax error; token: "1", near: "= 1"');
    refuses('a == :v', 'Syntax error; token: "=", near: "== :v"');
    refuses('a = "x"', 'Syntax error; token: """, near: "= "x"');
    refuses('a', 'Syntax error; token: "<EOF>", near: "a"');
    refuses('a = :v b', 'Syntax error; token: "b", near: ":v b"');
    refuses('(a = :v', 'Syntax error; token: "<EOF>", near: ":v"');
    refuses('a[x] = :v', 'Syntax error; token: "x", near: "[x]"');
  });

  it('reserved words used as bare attribute names, anywhere in a path', () => {
    refuses('status = :v', 'Attribute name is a reserved keyword; reserved keyword: status');
    refuses('a.Name = :v', 'Attribute name is a reserved keyword; reserved keyword: Name');
    expect(() => parse('#s = :v', { '#s': 'status' })).not.toThrow();
  });

  it('undefined placeholders, whichever comes first', () => {
    refuses('a = :x', 'An expression attribute value used in expression is not defined; attribute value: :x');
    refuses('#x = :v', 'An expression attribute name used in the document path is not defined; attribute name: #x');
    refuses('a = :x AND #x = :v', 'An expression attribute value used in expression is not defined; attribute value: :x');
  });

  it('redundant parentheses', () => {
    refuses('((a = :v))', 'The expression has redundant parentheses;');
    refuses('((a)) = :v', 'The expression has redundant parentheses;');
    refuses('b = :v AND ((a = :v OR c = :v))', 'The expression has redundant parentheses;');
    expect(() => parse('(a = :v) AND ((b = :v) OR c = :v)')).not.toThrow();
  });

  it('unknown, misused and miscounted functions', () => {
    refuses('foo(a)', 'Invalid function name; function: foo');
    refuses('SIZE(a) > :n', 'Invalid function name; function: SIZE');
    refuses('size(a)', 'The function is not allowed to be used this way in an expression; function: size');
    refuses('attribute_exists(a) = :v', 'The function is not allowed to be used this way in an expression; function: attribute_exists');
    refuses('a IN (:v, contains(a, :v))', 'The function is not allowed to be used this way in an expression; function: contains');
    refuses('attribute_exists(a, b)', 'Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2');
    refuses('begins_with(a)', 'Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1');
  });

  it('operands that cannot be right whatever the item holds', () => {
    refuses('a = a', 'The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a]');
    refuses('begins_with(a.b[1], a.b[1])', 'The first operand must be distinct from the remaining operands for this operator or function; operator: begins_with, first operand: [a, b, [1]]');
    refuses('attribute_exists(:v)', 'Operator or function requires a document path; operator or function: attribute_exists');
    refuses('attribute_not_exists(:v)', 'Operator or function requires a document path; operator or function: attribute_not_exists');
    refuses('begins_with(a, :n)', 'Incorrect operand type for operator or function; operator or function: begins_with, operand type: N');
    refuses('attribute_type(a, :n)', 'Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N');
    refuses('attribute_type(a, b)', 'Incorrect operand type for operator or function; operator or function: attribute_type, operand type: {NS,SS,L,BS,N,M,B,BOOL,NULL,S}');
    refuses('attribute_type(a, :bad)', 'Invalid attribute type name found; type: X, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}');
    refuses('size(:n) > :m', 'Incorrect operand type for operator or function; operator or function: size, operand type: N');
    refuses('size(size(a)) > :m', 'Incorrect operand type for operator or function; operator or function: size, operand type: N');
    expect(() => parse('attribute_type(a, :t) AND size(:v) = :n')).not.toThrow();
  });

  it('BETWEEN bounds of different types or in the wrong order', () => {
    refuses('a BETWEEN :n AND :v', 'The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:x}');
    refuses('a BETWEEN :m AND :n', 'The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:2}, upper bound operand: AttributeValue: {N:1}');
    expect(() => parse('a BETWEEN :n AND :n')).not.toThrow();
  });

  it('reports deferred errors in DynamoDB order, not in the order written', () => {
    refuses('status = :x AND ((b = :v))', 'The expression has redundant parentheses;');
    refuses('status = :v AND foo(a)', 'Invalid function name; function: foo');
    refuses('size(status)', 'The function is not allowed to be used this way in an expression; function: size');
    refuses('a = :x AND status = :v', 'Attribute name is a reserved keyword; reserved keyword: status');
    refuses('attribute_exists(a, b) AND c = :x', 'An expression attribute value used in expression is not defined; attribute value: :x');
    refuses('begins_with(a, :n) AND b = b', 'The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [b]');
    // A syntax error wins over everything found before it.
    refuses('status = :x AND a = = :v', 'Syntax error; token: "=", near: "= = :v"');
  });

  it('names the parameter the expression came from', () => {
    expectValidation(() => parseCondition('a = :x', context(), 'FilterExpression'), 'Invalid FilterExpression: An expression attribute value used in expression is not defined; attribute value: :x');
  });
});
