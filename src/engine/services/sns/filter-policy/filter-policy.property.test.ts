// Properties of filter policies over generated messages: a policy made from a message's own values
// passes it, anything-but never passes its own value, numeric ranges agree with plain comparison,
// and no input makes the parser throw or point outside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesFilterPolicy, type AttributeInput } from './match';
import { parseFilterPolicy } from './parse';
import type { FilterPolicyScope } from './types';
import { runs } from '../../../testing/property-runs';

const RUNS = runs(200);

const name = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,7}$/);
const text = fc.string({ minLength: 1, maxLength: 12 });
/** Numbers SNS compares exactly: within ±10^9, at most five decimals (guide, "Filter policy constraints"). */
const decimal = fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }).map((n) => n / 100);

type Attribute = { kind: 'string'; value: string } | { kind: 'number'; value: number } | { kind: 'array'; value: Array<string | number> };

const attribute: fc.Arbitrary<Attribute> = fc.oneof(
  text.map((value) => ({ kind: 'string' as const, value })),
  decimal.map((value) => ({ kind: 'number' as const, value })),
  fc.array(fc.oneof(text, decimal), { minLength: 1, maxLength: 4 }).map((value) => ({ kind: 'array' as const, value })),
);

function asInput(a: Attribute): AttributeInput {
  if (a.kind === 'string') return { DataType: 'String', StringValue: a.value };
  // A number may be written any way SNS reads as the same number.
  if (a.kind === 'number') return { DataType: 'Number', StringValue: a.value.toExponential() };
  return { DataType: 'String.Array', StringValue: JSON.stringify(a.value) };
}

/** A rule that the attribute's value passes, chosen by `pick`. */
function ruleFor(a: Attribute, pick: number, cut: number): unknown {
  if (a.kind === 'array') return [a.value[pick % a.value.length], { exists: true }][pick % 2];
  if (a.kind === 'number') {
    const v = a.value;
    return [v, { numeric: ['=', v] }, { numeric: ['>=', v, '<', v + 1] }, { numeric: ['>', v - 1, '<=', v] }, { numeric: ['<=', v] }, { exists: true }][pick % 6];
  }
  const s = a.value;
  const k = cut % (s.length + 1);
  const flipped = [...s].map((ch, i) => ((i + pick) % 2 ? ch.toUpperCase() : ch.toLowerCase())).join('');
  return [s, { prefix: s.slice(0, k) }, { suffix: s.slice(k) }, { 'equals-ignore-case': flipped }, { exists: true }, { 'anything-but': [`${s}!`] }][pick % 6];
}

function mustParse(value: unknown, scope: FilterPolicyScope = 'MessageAttributes') {
  const result = parseFilterPolicy(JSON.stringify(value), scope);
  if (!result.ok) throw new Error(`${JSON.stringify(value)}: ${result.problem.reason}`);
  return result.policy;
}

describe('filter policy properties', () => {
  it('a policy built from a message’s own attributes passes it, whatever else each key allows', () => {
    const message = fc.dictionary(name, attribute, { minKeys: 1, maxKeys: 5 });
    fc.assert(
      fc.property(message, fc.nat(), fc.nat(), fc.boolean(), (attributes, pick, cut, extra) => {
        const policy = Object.fromEntries(
          Object.entries(attributes).map(([key, a], i) => [key, [ruleFor(a, pick + i, cut + i), ...(extra ? [{ prefix: '\u0000never' }] : [])]]),
        );
        const inputs = Object.fromEntries(Object.entries(attributes).map(([key, a]) => [key, asInput(a)]));
        expect(matchesFilterPolicy(mustParse(policy), { attributes: inputs, body: '' })).toBe(true);
      }),
      RUNS,
    );
  });

  it('a policy built from a JSON body’s own leaves passes it', () => {
    const leaf = fc.oneof(text, decimal, fc.boolean(), fc.constant(null));
    const body = fc.dictionary(name, fc.oneof(leaf, fc.dictionary(name, fc.oneof(leaf, fc.dictionary(name, leaf, { minKeys: 1, maxKeys: 2 })), { minKeys: 1, maxKeys: 3 })), { minKeys: 1, maxKeys: 4 });
    fc.assert(
      fc.property(body, fc.nat(), (object, seed) => {
        const leaves: Array<[string[], unknown]> = [];
        const visit = (value: unknown, path: string[]) => {
          if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
          else leaves.push([path, value]);
        };
        visit(object, []);
        const chosen = leaves.filter((_, i) => (i + seed) % 2 === 0).slice(0, 3);
        fc.pre(chosen.length > 0);
        const policy: Record<string, unknown> = {};
        for (const [path, value] of chosen) {
          let at = policy;
          for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
          at[path.at(-1)!] = [value];
        }
        expect(matchesFilterPolicy(mustParse(policy, 'MessageBody'), { attributes: {}, body: JSON.stringify(object) })).toBe(true);
      }),
      RUNS,
    );
  });

  it('anything-but never passes a value it lists, nor one with its prefix or suffix', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), fc.nat(), (value, others, cut) => {
        const k = cut % (value.length + 1);
        const attributes = { key: { DataType: 'String', StringValue: value } };
        for (const rule of [{ 'anything-but': [...others, value] }, { 'anything-but': value }, { 'anything-but': { prefix: value.slice(0, k) } }, { 'anything-but': { suffix: value.slice(k) } }]) {
          expect(matchesFilterPolicy(mustParse({ key: [rule] }), { attributes, body: '' })).toBe(false);
        }
        const arrayed = { key: { DataType: 'String.Array', StringValue: JSON.stringify([...others, value]) } };
        expect(matchesFilterPolicy(mustParse({ key: [{ 'anything-but': [value] }] }), { attributes: arrayed, body: '' })).toBe(false);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(decimal, (value) => {
        const attributes = { key: { DataType: 'Number', StringValue: String(value) } };
        expect(matchesFilterPolicy(mustParse({ key: [{ 'anything-but': [value] }] }), { attributes, body: '' })).toBe(false);
      }),
      RUNS,
    );
  });

  it('numeric ranges agree with plain comparison, and refuse a bottom that is not below the top', () => {
    const op = (ops: string[]) => fc.constantFrom(...ops);
    fc.assert(
      fc.property(decimal, decimal, decimal, op(['>', '>=']), op(['<', '<=']), fc.constantFrom('both', 'lower', 'upper'), (low, high, x, lowOp, highOp, sides) => {
        const expression = sides === 'both' ? [lowOp, low, highOp, high] : sides === 'lower' ? [lowOp, low] : [highOp, high];
        const result = parseFilterPolicy(JSON.stringify({ n: [{ numeric: expression }] }));
        if (sides === 'both' && low >= high) {
          expect(result.ok ? undefined : result.problem.reason).toBe('Bottom must be less than top');
          return;
        }
        if (!result.ok) throw new Error(result.problem.reason);
        const aboveLow = lowOp === '>' ? x > low : x >= low;
        const belowHigh = highOp === '<' ? x < high : x <= high;
        const expected = sides === 'both' ? aboveLow && belowHigh : sides === 'lower' ? aboveLow : belowHigh;
        expect(matchesFilterPolicy(result.policy, { attributes: { n: { DataType: 'Number', StringValue: String(x) } }, body: '' })).toBe(expected);
      }),
      RUNS,
    );
  });

  it('never throws on any text, and points inside the text when it refuses', () => {
    const check = (input: string) => {
      const result = parseFilterPolicy(input, 'MessageBody');
      if (!result.ok && result.problem.location) {
        expect(result.problem.location.offset).toBeGreaterThanOrEqual(0);
        expect(result.problem.location.offset).toBeLessThanOrEqual(input.length);
      }
    };
    fc.assert(fc.property(fc.string({ maxLength: 40 }), check), RUNS);
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), check), RUNS);
    fc.assert(fc.property(fc.json({ maxDepth: 3 }), fc.nat(), (json, cut) => check(json.slice(0, cut % (json.length + 1)))), RUNS);
  });
});
