// Property: ProjectionExpression parses printed paths back (refusing overlapping/conflicting ones), and project() returns a sub-document of the item that holds every projected value and is idempotent for map paths.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../errors';
import type { AttributeValue, Item } from '../attribute-value';
import { NAMES, RUNS, Style, itemArb, joinTokens, pathArb, pathTokens, plant, referenceGet, resolve, styleArb, valueArb, type GenPath } from './arbitraries';
import { parseProjection, project, type Projection } from './index';
import { context } from './test-helpers';

type Path = readonly (string | number)[];

/** How two paths relate in one projection: 'overlap' (one contains the other), 'conflict' (name vs index at the
 *  first difference), or undefined. */
function relation(one: Path, two: Path): 'overlap' | 'conflict' | undefined {
  for (let i = 0; i < Math.min(one.length, two.length); i++) {
    if (typeof one[i] !== typeof two[i]) return 'conflict';
    if (one[i] !== two[i]) return undefined;
  }
  return 'overlap';
}
const relations = (paths: readonly Path[]) => paths.flatMap((two, j) => paths.slice(0, j).map((one) => relation(one, two)));

/** `part` is a sub-document of `whole`: maps keep a subset of keys, lists a subsequence (closed up), leaves are equal. */
function within(part: AttributeValue, whole: AttributeValue): boolean {
  if ('M' in part && 'M' in whole && !isDeepStrictEqual(part, whole)) {
    return Object.keys(part.M).every((k) => Object.hasOwn(whole.M, k) && within(part.M[k]!, whole.M[k]!));
  }
  if ('L' in part && 'L' in whole) {
    const embed = (i: number, j: number): boolean =>
      i === part.L.length || (j < whole.L.length && ((within(part.L[i]!, whole.L[j]!) && embed(i + 1, j + 1)) || embed(i, j + 1)));
    return embed(0, 0);
  }
  return isDeepStrictEqual(part, whole);
}
const itemWithin = (part: Item, whole: Item) => Object.keys(part).every((k) => Object.hasOwn(whole, k) && within(part[k]!, whole[k]!));

/** What projecting one path yields: the value found, wrapped in one-entry maps and one-element lists. */
function wrapped(item: Item, path: Path): Item {
  const value = referenceGet(item, path);
  if (value === undefined) return {};
  const inner = path.slice(1).reduceRight<AttributeValue>((v, step) => (typeof step === 'number' ? { L: [v] } : { M: Object.fromEntries([[step, v]]) }), value);
  return Object.fromEntries([[path[0] as string, inner]]);
}

/** A random item with values planted at some of `paths` (so the paths exist more often than not). */
const itemFor = (paths: readonly Path[]) =>
  fc
    .tuple(itemArb, fc.array(fc.tuple(fc.nat(), valueArb, valueArb), { maxLength: 4 }))
    .map(([item, plants]) => plants.reduce((it, [i, value, filler]) => plant(it, paths[i % paths.length]!, value, filler), item));

/** Random, mutually compatible paths (no overlap, no conflict), as parsed projections. */
const projectionArb = (mapsOnly: boolean) =>
  fc
    .array(pathArb, { minLength: 1, maxLength: 4 })
    .map((paths) => paths.map(resolve).filter((p) => !mapsOnly || p.every((s) => typeof s === 'string')))
    .map((paths) => paths.filter((p, j) => paths.slice(0, j).every((q) => relation(q, p) === undefined)))
    .filter((paths) => paths.length > 0)
    .map((paths): Projection => ({ paths }));

describe('ProjectionExpression (property)', () => {
  it('parses printed paths back, or refuses an overlap (first) or a conflict', () => {
    fc.assert(
      fc.property(fc.array(pathArb, { minLength: 1, maxLength: 4 }), styleArb, (paths: GenPath[], seeds) => {
        const style = new Style(seeds);
        const text = joinTokens(paths.flatMap((p, i) => (i === 0 ? pathTokens(p) : [',', ...pathTokens(p)])), style);
        const found = relations(paths.map(resolve));
        const expected = found.includes('overlap') ? 'overlap with each other' : found.includes('conflict') ? 'conflict with each other' : undefined;
        try {
          expect(parseProjection(text, context(NAMES)).paths).toEqual(paths.map(resolve));
          expect(expected).toBeUndefined();
        } catch (error) {
          if (!(error instanceof ServiceError)) throw error;
          expect(error.message).toMatch(/^Invalid ProjectionExpression: Two document paths /);
          expect(expected, error.message).toBeDefined();
          expect(error.message).toContain(expected);
        }
      }),
      RUNS,
    );
  });

  it('projects a sub-document of the item, sharing no object with it', () => {
    fc.assert(
      fc.property(projectionArb(false).chain((p) => fc.tuple(itemFor(p.paths), fc.constant(p))), ([item, projection]) => {
        const result = project(item, projection);
        expect(itemWithin(result, item), JSON.stringify(result)).toBe(true);
        const inItem = new Set<unknown>();
        const walk = (v: unknown, into: (o: object) => void) => {
          if (typeof v === 'object' && v !== null) { into(v); if (!ArrayBuffer.isView(v)) Object.values(v).forEach((c) => walk(c, into)); }
        };
        walk(item, (o) => inItem.add(o));
        walk(result, (o) => expect(inItem.has(o)).toBe(false));
      }),
      RUNS,
    );
  });

  it('projecting one path gives exactly that value inside one-entry maps and one-element lists', () => {
    fc.assert(
      fc.property(pathArb.map(resolve).chain((path) => fc.tuple(itemFor([path]), fc.constant(path))), ([item, path]) => {
        expect(project(item, { paths: [path] })).toEqual(wrapped(item, path));
      }),
      RUNS,
    );
  });

  it('for map paths: holds every projected value, equals the union of one-path projections, and is idempotent', () => {
    fc.assert(
      fc.property(projectionArb(true).chain((p) => fc.tuple(itemFor(p.paths), fc.constant(p))), ([item, projection]) => {
        const once = project(item, projection);
        for (const path of projection.paths) expect(referenceGet(once, path)).toEqual(referenceGet(item, path));
        const union = projection.paths.map((p) => wrapped(item, p)).reduce(merge, {});
        expect(once).toEqual(union);
        expect(project(once, projection)).toEqual(once);
      }),
      RUNS,
    );
  });
});

/** Merges map-only projections of distinct paths. */
function merge(a: Item, b: Item): Item {
  const out: Item = Object.fromEntries(Object.entries(a));
  for (const [k, v] of Object.entries(b)) {
    const mine = out[k];
    const value = mine && 'M' in mine && 'M' in v ? { M: merge(mine.M, v.M) } : v;
    Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
