// Event patterns against what AWS answered: LocalStack's AWS-validated TestEventPattern cases (match,
// no match, and the exact InvalidEventPatternException message with Jackson's location), plus the
// user guide's examples of each filter.
import { describe, expect, it } from 'vitest';
import cases from './aws-pattern-cases.json';
import { eventPatternProblem, matchesEventPattern, parseEventPattern } from './event-pattern';

interface AwsCase {
  name: string;
  pattern: string;
  event: Record<string, unknown>;
  expect: boolean | { error: string };
}

describe('the AWS-validated cases', () => {
  const all = (cases as { cases: AwsCase[] }).cases;

  it('cover matches, non-matches and errors', () => {
    expect(all.filter((c) => c.expect === true).length).toBeGreaterThan(60);
    expect(all.filter((c) => c.expect === false).length).toBeGreaterThan(40);
    expect(all.filter((c) => typeof c.expect === 'object').length).toBeGreaterThan(30);
  });

  it.each(all.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    if (typeof c.expect === 'object') {
      expect(eventPatternProblem(c.pattern)).toBe(c.expect.error);
    } else {
      expect(matchesEventPattern(c.pattern, c.event)).toBe(c.expect);
    }
  });
});

const event = (detail: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  version: '0', id: '1', 'detail-type': 'Order Placed', source: 'shop.orders', account: '123456789012',
  time: '2026-12-07T12:00:00Z', region: 'us-east-1', resources: ['arn:aws:s3:::photos'], detail, ...extra,
});

describe('the filters of the user guide', () => {
  it('matches exact values, any of a list, and nested detail fields', () => {
    const pattern = { source: ['shop.orders', 'shop.returns'], detail: { status: ['PLACED'], shipping: { country: ['KR', 'FR'] } } };
    expect(matchesEventPattern(pattern, event({ status: 'PLACED', shipping: { country: 'KR' } }))).toBe(true);
    expect(matchesEventPattern(pattern, event({ status: 'PLACED', shipping: { country: 'US' } }))).toBe(false);
    expect(matchesEventPattern(pattern, event({ status: 'PLACED' }))).toBe(false);
  });

  it('compares numbers as numbers and never as strings', () => {
    expect(matchesEventPattern({ detail: { n: [5] } }, event({ n: 5.0 }))).toBe(true);
    expect(matchesEventPattern('{"detail":{"n":[5e0]}}', event({ n: 5 }))).toBe(true);
    expect(matchesEventPattern({ detail: { n: [5] } }, event({ n: '5' }))).toBe(false);
    expect(matchesEventPattern({ detail: { n: ['5'] } }, event({ n: 5 }))).toBe(false);
  });

  it('numeric ranges: [">", 0, "<=", 5]', () => {
    const pattern = { detail: { count: [{ numeric: ['>', 0, '<=', 5] }] } };
    expect([0, 0.5, 5, 5.01].map((count) => matchesEventPattern(pattern, event({ count })))).toEqual([false, true, true, false]);
  });

  it('prefix, suffix and equals-ignore-case, with and without case', () => {
    expect(matchesEventPattern({ detail: { region: [{ prefix: 'us-' }] } }, event({ region: 'us-east-1' }))).toBe(true);
    expect(matchesEventPattern({ detail: { file: [{ suffix: '.png' }] } }, event({ file: 'a.PNG' }))).toBe(false);
    expect(matchesEventPattern({ detail: { file: [{ suffix: { 'equals-ignore-case': '.png' } }] } }, event({ file: 'a.PNG' }))).toBe(true);
    expect(matchesEventPattern({ detail: { svc: [{ prefix: { 'equals-ignore-case': 'eventb' } }] } }, event({ svc: 'EventBridge' }))).toBe(true);
    expect(matchesEventPattern({ detail: { state: [{ 'equals-ignore-case': 'running' }] } }, event({ state: 'RUNNING' }))).toBe(true);
  });

  it('anything-but: a value, a list, a prefix; the field must be there', () => {
    expect(matchesEventPattern({ detail: { state: [{ 'anything-but': 'initializing' }] } }, event({ state: 'running' }))).toBe(true);
    expect(matchesEventPattern({ detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } }, event({ state: 'stopped' }))).toBe(false);
    expect(matchesEventPattern({ detail: { region: [{ 'anything-but': { prefix: 'us-' } }] } }, event({ region: 'eu-west-1' }))).toBe(true);
    expect(matchesEventPattern({ detail: { state: [{ 'anything-but': 'initializing' }] } }, event({}))).toBe(false);
  });

  it('exists: true needs a leaf value, exists: false its absence', () => {
    expect(matchesEventPattern({ detail: { c: [{ exists: true }] } }, event({ c: null }))).toBe(true);
    expect(matchesEventPattern({ detail: { c: [{ exists: true }] } }, event({ c: { nested: 1 } }))).toBe(false);
    expect(matchesEventPattern({ detail: { c: [{ exists: false }] } }, event({ d: 1 }))).toBe(true);
    expect(matchesEventPattern({ detail: { c: [{ exists: false }] } }, event({ c: 'x' }))).toBe(false);
  });

  it('wildcard: * is any run of characters (none too), \\* a star', () => {
    const arn = 'arn:aws:events:us-east-1:123456789012:event-bus/orders';
    expect(matchesEventPattern({ resources: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] }, event({}, { resources: [arn] }))).toBe(true);
    expect(matchesEventPattern({ detail: { f: [{ wildcard: '*.png' }] } }, event({ f: '.png' }))).toBe(true);
    expect(matchesEventPattern({ detail: { f: [{ wildcard: 'a\\*b' }] } }, event({ f: 'a*b' }))).toBe(true);
    expect(matchesEventPattern({ detail: { f: [{ wildcard: 'a\\*b' }] } }, event({ f: 'axb' }))).toBe(false);
  });

  it('$or: either set of fields', () => {
    const pattern = { source: ['shop.orders'], $or: [{ detail: { total: [{ numeric: ['>=', 100] }] } }, { detail: { vip: [true] } }] };
    expect(matchesEventPattern(pattern, event({ total: 150 }))).toBe(true);
    expect(matchesEventPattern(pattern, event({ total: 10, vip: true }))).toBe(true);
    expect(matchesEventPattern(pattern, event({ total: 10, vip: false }))).toBe(false);
    expect(parseEventPattern(pattern).branches).toHaveLength(2);
  });

  it('cidr: addresses in a block, IPv4 and IPv6', () => {
    expect(matchesEventPattern({ detail: { ip: [{ cidr: '10.0.0.0/24' }] } }, event({ ip: '10.0.0.255' }))).toBe(true);
    expect(matchesEventPattern({ detail: { ip: [{ cidr: '10.0.0.0/24' }] } }, event({ ip: '10.0.1.0' }))).toBe(false);
    expect(matchesEventPattern({ detail: { ip: [{ cidr: '2001:db8::/32' }] } }, event({ ip: '2001:db8:ffff::1' }))).toBe(true);
  });

  it('matches fields of objects in an array only when they are in the same element (array-consistent)', () => {
    const employees = [{ first: 'John', last: 'Doe' }, { first: 'Anna', last: 'Smith' }, { first: 'Peter', last: 'Jones' }];
    expect(matchesEventPattern({ detail: { employees: { first: ['Anna'], last: ['Smith'] } } }, event({ employees }))).toBe(true);
    expect(matchesEventPattern({ detail: { employees: { first: ['Anna'], last: ['Jones'] } } }, event({ employees }))).toBe(false);
    expect(matchesEventPattern({ resources: ['arn:aws:s3:::photos'] }, event({}, { resources: ['a', 'arn:aws:s3:::photos'] }))).toBe(true);
  });
});

describe('invalid patterns, worded and placed as EventBridge places them', () => {
  it.each([
    ['{"source": "aws.ec2"}', 'Event pattern is not valid. Reason: "source" must be an object or an array\n at [Source: (String)"{"source": "aws.ec2"}"; line: 1, column: 13]'],
    ['{"source": [{"prefixx": "a"}]}', 'Event pattern is not valid. Reason: Unrecognized match type prefixx\n at [Source: (String)"{"source": [{"prefixx": "a"}]}"; line: 1, column: 26]'],
    ['{}', 'Event pattern is not valid. Reason: Empty objects are not allowed\n at [Source: (String)"{}"; line: 1, column: 3]'],
    ['{"detail": {"$or": [{"a": [1]}]}}', 'Event pattern is not valid. Reason: There must have at least 2 Objects in $or relationship.\n at [Source: (String)"{"detail": {"$or": [{"a": [1]}]}}"; line: 1, column: 32]'],
    ['{"a": [1, ]}', "Event pattern is not valid. Reason: Unexpected character (']' (code 93)): expected a value\n at [Source: (String)\"{\"a\": [1, ]}\"; line: 1, column: 12]"],
    ['{\n  "source": [\n    {"numeric": [">", 5, "<", 1]}\n  ]\n}', 'Event pattern is not valid. Reason: Bottom must be less than top\n at [Source: (String)"{\n  "source": [\n    {"numeric": [">", 5, "<", 1]}\n  ]\n}"; line: 3, column: 33]'],
    ['{"a": [', 'Event pattern is not valid. Reason: Unexpected end-of-input: expected close marker for Array (start marker at [Source: (String)"{"a": ["; line: 1, column: 7])\n at [Source: (String)"{"a": ["; line: 1, column: 8]'],
  ])('%s', (pattern, message) => {
    expect(eventPatternProblem(pattern)).toBe(message);
  });

  it('throws InvalidEventPatternException, a 400', () => {
    expect(() => parseEventPattern('[]')).toThrow(expect.objectContaining({ code: 'InvalidEventPatternException', statusCode: 400 }));
  });
});
