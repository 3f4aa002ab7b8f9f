// Tests for ExpressionContext: placeholder maps, their syntax and the unused-placeholder check.
import { describe, expect, it } from 'vitest';
import { parseCondition } from './condition-parser';
import { parseProjection } from './projection';
import { context, expectValidation, N, S } from './test-helpers';
import { parseUpdate } from './update-parser';

describe('ExpressionContext', () => {
  it('accepts a request whose expressions use every name and value', () => {
    const ctx = context({ '#s': 'status', '#n': 'name' }, { ':v': S('on'), ':one': N(1) });
    parseCondition('#s = :v', ctx, 'ConditionExpression');
    parseUpdate('ADD hits :one', ctx);
    parseProjection('#n', ctx);
    expect(() => ctx.checkAllUsed()).not.toThrow();
    expect(() => context().checkAllUsed()).not.toThrow();
  });

  it('lists unused names, then unused values, in the order the request gave them', () => {
    const ctx = context({ '#a': 'a', '#used': 'u', '#b': 'b' }, { ':x': S('x'), ':y': S('y') });
    parseCondition('#used = :y', ctx, 'FilterExpression');
    expectValidation(() => ctx.checkAllUsed(), 'Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #b}');
    const values = context(undefined, { ':x': S('x'), ':y': S('y') });
    parseCondition('a = :y', values, 'FilterExpression');
    expectValidation(() => values.checkAllUsed(), 'Value provided in ExpressionAttributeValues unused in expressions: keys: {:x}');
  });

  it('refuses empty maps and keys without their sigil, before parsing anything', () => {
    expectValidation(() => context({}).checkAllUsed(), 'ExpressionAttributeNames must not be empty');
    expectValidation(() => context(undefined, {}).checkAllUsed(), 'ExpressionAttributeValues must not be empty');
    expectValidation(() => context({ x: 'x' }).checkAllUsed(), 'ExpressionAttributeNames contains invalid key: Syntax error; key: "x"');
    expectValidation(() => context(undefined, { b: S('b') }).checkAllUsed(), 'ExpressionAttributeValues contains invalid key: Syntax error; key: "b"');
    expectValidation(() => context({ '#a-b': 'x' }).checkAllUsed(), 'ExpressionAttributeNames contains invalid key: Syntax error; key: "#a-b"');
    expectValidation(() => context(undefined, { ':': S('b') }).checkAllUsed(), 'ExpressionAttributeValues contains invalid key: Syntax error; key: ":"');
    // The maps' shape is checked ahead of the expression itself, as DynamoDB does.
    expectValidation(() => parseCondition('', context({}), 'ConditionExpression'), 'ExpressionAttributeNames must not be empty');
    expectValidation(() => parseUpdate('SET a = :v', context(undefined, {})), 'ExpressionAttributeValues must not be empty');
  });

  it('does not count placeholders of the prototype as defined', () => {
    expectValidation(
      () => parseCondition('#constructor = :toString', context({ '#a': 'a' }, { ':a': S('a') }), 'ConditionExpression'),
      'Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #constructor',
    );
  });
});
