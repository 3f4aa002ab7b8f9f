// End-to-end tests through the public API, as the DynamoDB operations use it.
import { describe, expect, it } from 'vitest';
import type { Item } from '../attribute-value';
import * as api from './index';
import { expectValidation, N, S } from './test-helpers';

describe('the expressions API', () => {
  it('exports exactly the documented functions', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ExpressionContext', 'applyUpdate', 'attributeEquals', 'compareKeyValues', 'evaluateCondition', 'matchesKeyCondition',
      'normalizeNumber', 'parseCondition', 'parseKeyCondition', 'parseProjection', 'parseUpdate', 'project', 'updatedAttributes',
    ]);
  });

  it('runs a conditional counter update, then reads part of the item back', () => {
    const stored: Item = { id: S('u1'), visits: N(41), profile: { M: { email: S('a@b.c'), tier: S('free') } } };
    const ctx = new api.ExpressionContext({ '#p': 'profile', '#v': 'visits' }, { ':one': N(1), ':free': S('free'), ':pro': S('pro') });
    const condition = api.parseCondition('attribute_exists(id) AND #p.tier = :free', ctx, 'ConditionExpression');
    const plan = api.parseUpdate('SET #p.tier = :pro ADD #v :one', ctx);
    ctx.checkAllUsed();
    expect(api.evaluateCondition(condition, stored)).toBe(true);
    expect(api.updatedAttributes(plan)).toEqual(['profile', 'visits']);
    const updated = api.applyUpdate(plan, stored);
    expect(updated).toEqual({ id: S('u1'), visits: N(42), profile: { M: { email: S('a@b.c'), tier: S('pro') } } });
    expect(api.evaluateCondition(condition, updated)).toBe(false);

    const read = new api.ExpressionContext({ '#p': 'profile' }, undefined);
    expect(api.project(updated, api.parseProjection('#p.tier, visits', read))).toEqual({ profile: { M: { tier: S('pro') } }, visits: N(42) });
    read.checkAllUsed();
  });

  it('queries a partition in key order and refuses an unused value', () => {
    const ctx = new api.ExpressionContext(undefined, { ':pk': S('u1'), ':from': N(2), ':unused': N(0) });
    const schema = { partitionKey: { name: 'pk', type: 'S' as const }, sortKey: { name: 'sk', type: 'N' as const } };
    const condition = api.parseKeyCondition('pk = :pk AND sk >= :from', ctx, schema);
    const items = [N(10), N(1), N(2)].map((sk) => ({ pk: S('u1'), sk }));
    const found = items.filter((item) => api.matchesKeyCondition(condition, item)).sort((a, b) => api.compareKeyValues(a.sk, b.sk));
    expect(found.map((item) => item.sk)).toEqual([N(2), N(10)]);
    expectValidation(() => ctx.checkAllUsed(), 'Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}');
  });
});
