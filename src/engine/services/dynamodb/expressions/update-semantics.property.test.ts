// Property: applyUpdate's actions undo and compose as DynamoDB documents (SET/REMOVE, ADD/DELETE of sets, REMOVE by original list index, if_not_exists, list_append); no-mutation is checked in parsers-robustness.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttributeValue, Item } from '../attribute-value';
import { KEYS, RUNS, itemArb, referenceEquals, setArb, valueArb } from './arbitraries';
import { applyUpdate, attributeEquals, parseUpdate } from './index';
import { context } from './test-helpers';

const keyArb = fc.constantFrom(...KEYS);
const update = (text: string, item: Item, values: Record<string, AttributeValue>, names: Record<string, string>) =>
  applyUpdate(parseUpdate(text, context(names, values)), item);

/** The item without `key` (an own-property copy, so '__proto__' stays an ordinary attribute). */
const without = (item: Item, key: string): Item => Object.fromEntries(Object.entries(item).filter(([k]) => k !== key));

describe('applyUpdate (property)', () => {
  it('SET of a fresh attribute (top-level, in a map, or past a list end) then REMOVE of it gives the item back', () => {
    fc.assert(
      fc.property(itemArb, keyArb, keyArb, valueArb, fc.nat(3), (item, key, field, value, where) => {
        const container = item[key];
        let [original, target, removed]: [Item, string, string] = [without(item, key), '#k', '#k'];
        if (where === 1 && container && 'M' in container) {
          original = { ...item, [key]: { M: without(container.M, field) } };
          [target, removed] = ['#k.#f', '#k.#f'];
        } else if (where === 2 && container && 'L' in container) {
          [original, target, removed] = [item, `#k[${container.L.length + 5}]`, `#k[${container.L.length}]`];
        }
        const names: Record<string, string> = target.includes('#f') ? { '#k': key, '#f': field } : { '#k': key };
        const set = update(`SET ${target} = :v`, original, { ':v': value }, names);
        expect(set).not.toEqual(original);
        expect(update(`REMOVE ${removed}`, set, { ':v': value }, names)).toEqual(original);
      }),
      RUNS,
    );
  });

  it('ADD of set members then DELETE of the same members gives the item back; ADD twice is ADD once', () => {
    fc.assert(
      fc.property(itemArb, keyArb, setArb, fc.boolean(), (item, key, added, keepExisting) => {
        const [type, members] = Object.entries(added)[0] as [string, unknown[]];
        const existing = item[key];
        const base = keepExisting && existing && type in existing ? item : without(item, key);
        const current = (base[key] as Record<string, unknown[]> | undefined)?.[type] ?? [];
        const wrap = (m: unknown) => ({ [type.slice(0, 1)]: m }) as AttributeValue;
        const fresh = members.filter((m) => !current.some((c) => referenceEquals(wrap(c), wrap(m))));
        fc.pre(fresh.length > 0);
        const values = { ':s': { [type]: fresh } as AttributeValue };
        const once = update('ADD #k :s', base, values, { '#k': key });
        expect(attributeEquals(update('ADD #k :s', once, values, { '#k': key })[key]!, once[key]!)).toBe(true);
        expect(update('DELETE #k :s', once, values, { '#k': key })).toEqual(base);
      }),
      RUNS,
    );
  });

  it('REMOVE of list elements refers to the original indexes; indexes past the end are ignored', () => {
    fc.assert(
      fc.property(fc.array(valueArb, { maxLength: 6 }), fc.uniqueArray(fc.nat(7), { minLength: 1, maxLength: 4 }), keyArb, (list, indexes, key) => {
        const item: Item = Object.fromEntries([[key, { L: list }]]);
        const text = `REMOVE ${indexes.map((i) => `#k[${i}]`).join(', ')}`;
        const expected = Object.fromEntries([[key, { L: list.filter((_, i) => !indexes.includes(i)) }]]);
        expect(update(text, item, { ':unused': { NULL: true } }, { '#k': key })).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('if_not_exists keeps an existing value, else takes the fallback; list_append concatenates in order', () => {
    fc.assert(
      fc.property(itemArb, keyArb, valueArb, fc.array(valueArb, { maxLength: 3 }), (item, key, fallback, more) => {
        const names = { '#k': key };
        const kept = update('SET #k = if_not_exists(#k, :v)', item, { ':v': fallback }, names);
        expect(kept[key]).toEqual(Object.hasOwn(item, key) ? item[key] : fallback);
        const existing = item[key];
        if (existing && 'L' in existing) {
          const values = { ':l': { L: more } };
          expect(update('SET #k = list_append(#k, :l)', item, values, names)[key]).toEqual({ L: [...existing.L, ...more] });
          expect(update('SET #k = list_append(:l, #k)', item, values, names)[key]).toEqual({ L: [...more, ...existing.L] });
        }
      }),
      RUNS,
    );
  });
});
