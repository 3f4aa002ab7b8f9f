// Which messages pass a filter policy: the examples of the SNS developer guide's filtering pages,
// on message attributes and on the message body.
import { describe, expect, it } from 'vitest';
import { matchesFilterPolicy, type AttributeInput } from './match';
import { parseFilterPolicy } from './parse';
import type { FilterPolicyScope } from './types';

function policy(value: unknown, scope: FilterPolicyScope = 'MessageAttributes') {
  const result = parseFilterPolicy(JSON.stringify(value), scope);
  if (!result.ok) throw new Error(result.problem.reason);
  return result.policy;
}

const str = (StringValue: string): AttributeInput => ({ DataType: 'String', StringValue });
const num = (StringValue: string): AttributeInput => ({ DataType: 'Number', StringValue });
const arr = (values: unknown[]): AttributeInput => ({ DataType: 'String.Array', StringValue: JSON.stringify(values) });

const passes = (p: ReturnType<typeof policy>, attributes: Record<string, AttributeInput>, body = '') => matchesFilterPolicy(p, { attributes, body });
const passesBody = (p: ReturnType<typeof policy>, body: unknown) => matchesFilterPolicy(p, { attributes: {}, body: JSON.stringify(body) });

describe('filter policies on message attributes', () => {
  it('exact matching: String, and each element of a String.Array', () => {
    const p = policy({ customer_interests: ['rugby', 'tennis'] });
    expect(passes(p, { customer_interests: str('rugby') })).toBe(true);
    expect(passes(p, { customer_interests: arr(['rugby', 'tennis']) })).toBe(true);
    expect(passes(p, { customer_interests: str('baseball') })).toBe(false);
    expect(passes(p, { customer_interests: arr(['baseball']) })).toBe(false);
    expect(passes(p, { other: str('rugby') })).toBe(false);
  });

  it('anything-but: a String.Array passes only when none of its elements is listed', () => {
    const p = policy({ customer_interests: [{ 'anything-but': ['rugby', 'tennis'] }] });
    expect(passes(p, { customer_interests: str('baseball') })).toBe(true);
    expect(passes(p, { customer_interests: str('rugby') })).toBe(false);
    expect(passes(p, { customer_interests: arr(['soccer', 'baseball']) })).toBe(true);
    expect(passes(p, { customer_interests: arr(['rugby', 'baseball']) })).toBe(false);
    // The key must be there: anything-but is no "exists: false".
    expect(passes(p, { store: str('x') })).toBe(false);
    const prefixed = policy({ event: [{ 'anything-but': { prefix: 'order-' } }] });
    expect(passes(prefixed, { event: str('product-viewed') })).toBe(true);
    expect(passes(prefixed, { event: str('order-placed') })).toBe(false);
    const suffixed = policy({ file: [{ 'anything-but': { suffix: '.png' } }] });
    expect([passes(suffixed, { file: str('a.jpg') }), passes(suffixed, { file: str('a.png') })]).toEqual([true, false]);
  });

  it('prefix, suffix and equals-ignore-case compare strings', () => {
    expect(passes(policy({ c: [{ prefix: 'bas' }] }), { c: str('basketball') })).toBe(true);
    expect(passes(policy({ c: [{ suffix: 'ball' }] }), { c: str('baseball') })).toBe(true);
    expect(passes(policy({ c: [{ suffix: 'ball' }] }), { c: str('rugby') })).toBe(false);
    expect(passes(policy({ c: [{ 'equals-ignore-case': 'TeNnIs' }] }), { c: str('tennis') })).toBe(true);
    expect(passes(policy({ c: [{ prefix: '10' }] }), { c: num('100') })).toBe(false);
  });

  it('numbers: exact values and ranges on Number attributes, never on strings', () => {
    const p = policy({ price_usd: [{ numeric: ['>=', 100, '<', 200] }] });
    expect([num('100'), num('199.99'), num('200'), num('99'), str('150')].map((v) => passes(p, { price_usd: v }))).toEqual([true, true, false, false, false]);
    expect(passes(policy({ price_usd: [{ numeric: ['=', 301.5] }] }), { price_usd: num('3.015e2') })).toBe(true);
    expect(passes(policy({ price_usd: [100] }), { price_usd: num('100.0') })).toBe(true);
    expect(passes(policy({ price_usd: [100] }), { price_usd: str('100') })).toBe(false);
    expect(passes(policy({ price_usd: ['100'] }), { price_usd: str('100') })).toBe(true);
  });

  it('key matching: exists true and false, and no attributes at all passing nothing', () => {
    const present = policy({ store: [{ exists: true }] });
    const absent = policy({ store: [{ exists: false }] });
    expect([passes(present, { store: str('fans') }), passes(present, { event: str('x') })]).toEqual([true, false]);
    expect([passes(absent, { store: str('fans') }), passes(absent, { event: str('x') })]).toEqual([false, true]);
    // Guide: "exists: false only matches if at least one attribute is present".
    expect(passes(absent, {})).toBe(false);
    expect(matchesFilterPolicy(undefined, { attributes: {}, body: 'x' })).toBe(true);
  });

  it('ignores Binary attributes, and reads custom types by their base type', () => {
    expect(passes(policy({ b: [{ exists: true }] }), { b: { DataType: 'Binary', BinaryValue: new Uint8Array([1]) } })).toBe(false);
    expect(passes(policy({ n: [{ numeric: ['>', 1] }] }), { n: { DataType: 'Number.float', StringValue: '1.5' } })).toBe(true);
  });

  it('IP addresses in a network, IPv4 and IPv6', () => {
    const p = policy({ source_ip: [{ cidr: '10.0.0.0/24' }, { cidr: '2001:db8::/32' }] });
    expect(['10.0.0.255', '10.0.1.1', '2001:db8:1234::1', '2001:db9::1', 'not-an-ip'].map((ip) => passes(p, { source_ip: str(ip) }))).toEqual([true, false, true, false, false]);
  });

  it('AND across keys, OR within a key and across $or branches', () => {
    const p = policy({ store: ['example_corp'], $or: [{ event: ['order_placed'] }, { price_usd: [{ numeric: ['>', 500] }] }] });
    expect(passes(p, { store: str('example_corp'), event: str('order_placed') })).toBe(true);
    expect(passes(p, { store: str('example_corp'), price_usd: num('501') })).toBe(true);
    expect(passes(p, { store: str('example_corp'), price_usd: num('10') })).toBe(false);
    expect(passes(p, { store: str('other'), event: str('order_placed') })).toBe(false);
  });
});

describe('filter policies on the message body', () => {
  it('follows nested properties and arrays, and reads a dotted key as a path', () => {
    const p = policy({ customer: { interests: ['rugby'] }, order: { items: { price: [{ numeric: ['>', 10] }] } } }, 'MessageBody');
    expect(passesBody(p, { customer: { interests: ['baseball', 'rugby'] }, order: { items: [{ price: 5 }, { price: 12 }] } })).toBe(true);
    expect(passesBody(p, { customer: { interests: ['baseball'] }, order: { items: [{ price: 12 }] } })).toBe(false);
    expect(passesBody(policy({ 'customer.interests': ['rugby'] }, 'MessageBody'), { customer: { interests: 'rugby' } })).toBe(true);
  });

  it('passes nothing when the body is not a JSON object; attributes do not count', () => {
    const p = policy({ store: [{ exists: false }] }, 'MessageBody');
    expect(matchesFilterPolicy(p, { attributes: {}, body: 'plain text' })).toBe(false);
    expect(matchesFilterPolicy(p, { attributes: {}, body: '[1]' })).toBe(false);
    expect(matchesFilterPolicy(p, { attributes: { store: str('x') }, body: '{}' })).toBe(true);
  });

  it('compares booleans and null exactly', () => {
    const p = policy({ paid: [true], coupon: [null] }, 'MessageBody');
    expect(passesBody(p, { paid: true, coupon: null })).toBe(true);
    expect(passesBody(p, { paid: 'true', coupon: null })).toBe(false);
  });
});
