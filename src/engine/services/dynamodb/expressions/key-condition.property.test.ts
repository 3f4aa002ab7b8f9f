// Property: a KeyConditionExpression (either operand order, any clause order) selects exactly the items the same text selects as a FilterExpression, and its parsed form names the right operator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttributeValue, Item } from '../attribute-value';
import { RUNS, Style, bytesArb, joinTokens, numberArb, referenceOrder, stringArb, styleArb } from './arbitraries';
import { evaluateCondition, matchesKeyCondition, parseCondition, parseKeyCondition, type KeySchema } from './index';
import { context, expectValidation } from './test-helpers';

type KeyType = 'S' | 'N' | 'B';
const scalarOf = (type: KeyType): fc.Arbitrary<AttributeValue> =>
  type === 'S' ? stringArb.map((S) => ({ S })) : type === 'N' ? numberArb.map((N) => ({ N })) : bytesArb.map((B) => ({ B }));
const FLIP: Record<string, string> = { '=': '=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

const caseArb = fc
  .record({
    pkType: fc.constantFrom<KeyType>('S', 'N', 'B'),
    skType: fc.constantFrom<KeyType>('S', 'N', 'B'),
    names: fc.constantFrom(['pk', 'sk'], ['status', 'range'], ['a.b', '__proto__']),
    op: fc.constantFrom('=', '<', '<=', '>', '>=', 'BETWEEN', 'begins_with', 'none'),
    keyFirst: fc.tuple(fc.boolean(), fc.boolean()),
    sortFirst: fc.boolean(),
    parens: fc.tuple(fc.boolean(), fc.boolean()),
    seeds: styleArb,
  })
  .filter(({ op, skType }) => op !== 'begins_with' || skType !== 'N')
  .chain((c) =>
    fc.record({
      c: fc.constant(c),
      p: scalarOf(c.pkType),
      bounds: fc.tuple(scalarOf(c.skType), scalarOf(c.skType)).map(([x, y]) => ((referenceOrder(x, y) ?? 0) > 0 ? [y, x] : [x, y])),
      items: fc.array(
        fc.record({ pk: fc.oneof(scalarOf(c.pkType), fc.constant(undefined)), sk: fc.oneof(scalarOf(c.skType), scalarOf(c.skType), fc.constant(undefined)), samePk: fc.boolean() }),
        { maxLength: 8 },
      ),
    }),
  );

describe('KeyConditionExpression (property)', () => {
  it('matchesKeyCondition agrees with evaluating the same text as a filter', () => {
    fc.assert(
      fc.property(caseArb, ({ c, p, bounds, items }) => {
        const style = new Style(c.seeds);
        const schema: KeySchema = { partitionKey: { name: c.names[0]!, type: c.pkType }, sortKey: { name: c.names[1]!, type: c.skType } };
        const values = { ':p': p, ':lo': bounds[0]!, ':hi': bounds[1]! };
        const ctx = () => context({ '#pk': c.names[0]!, '#sk': c.names[1]! }, values);
        const wrap = (tokens: string[], yes: boolean) => (yes ? ['(', ...tokens, ')'] : tokens);
        const partition = wrap(c.keyFirst[0] ? ['#pk', '=', ':p'] : [':p', '=', '#pk'], c.parens[0]);
        const sort =
          c.op === 'none' ? []
          : c.op === 'BETWEEN' ? ['#sk', style.keyword('BETWEEN'), ':lo', style.keyword('AND'), ':hi']
          : c.op === 'begins_with' ? ['begins_with', '(', '#sk', ',', ':lo', ')']
          : c.keyFirst[1] ? ['#sk', c.op, ':lo'] : [':lo', FLIP[c.op]!, '#sk'];
        const parts = sort.length === 0 ? [partition] : c.sortFirst ? [wrap(sort, c.parens[1]), partition] : [partition, wrap(sort, c.parens[1])];
        const text = joinTokens(parts.flatMap((part, i) => (i === 0 ? part : [style.keyword('AND'), ...part])), style);

        const key = parseKeyCondition(text, ctx(), schema);
        expect(key.partition).toEqual({ name: c.names[0], value: p });
        expect(key.sort?.op).toBe(c.op === 'none' ? undefined : c.op);
        const filter = parseCondition(text, ctx(), 'FilterExpression');
        for (const { pk, sk, samePk } of items) {
          const entries: [string, AttributeValue | undefined][] = [[c.names[0]!, samePk ? p : pk], [c.names[1]!, sk]];
          const item: Item = Object.fromEntries(entries.filter((e): e is [string, AttributeValue] => e[1] !== undefined));
          expect(matchesKeyCondition(key, item), `${text} on ${JSON.stringify(item)}`).toBe(evaluateCondition(filter, item));
        }
      }),
      RUNS,
    );
  });

  it('refuses a value whose type differs from the key schema', () => {
    fc.assert(
      fc.property(fc.constantFrom<KeyType>('S', 'N', 'B'), fc.constantFrom<KeyType>('S', 'N', 'B'), fc.boolean(), (schemaType, valueType, onSortKey) => {
        fc.pre(schemaType !== valueType);
        const wrong = { S: { S: 'x' }, N: { N: '1' }, B: { B: Uint8Array.of(1) } }[valueType] as AttributeValue;
        const right = { S: { S: 'x' }, N: { N: '1' }, B: { B: Uint8Array.of(1) } }[schemaType] as AttributeValue;
        const schema: KeySchema = { partitionKey: { name: 'pk', type: schemaType }, sortKey: { name: 'sk', type: schemaType } };
        const values = onSortKey ? { ':p': right, ':v': wrong } : { ':p': wrong, ':v': right };
        expectValidation(
          () => parseKeyCondition('pk = :p AND sk >= :v', context(undefined, values), schema),
          'One or more parameter values were invalid: Condition parameter type does not match schema type',
        );
      }),
      RUNS,
    );
  });
});
