// Properties of event patterns: a pattern made of an event's own values matches it, anything-but of
// a value never matches that value, `$or` is the union of its branches, and no input makes the
// parser fail with anything but InvalidEventPatternException.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../errors';
import { matchesEventPattern, parseEventPattern } from './event-pattern';
import { propertyRuns } from '../../../testing/property-runs';

const RUNS = propertyRuns(200);

const key = fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/).filter((k) => k !== '$or');
const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const detail = fc.dictionary(key, fc.oneof({ depthSize: 'small' }, scalar, fc.dictionary(key, scalar, { minKeys: 1, maxKeys: 3 })), { minKeys: 1, maxKeys: 5 });

/** Every leaf of an object with its path, as nested keys. */
function leaves(value: Record<string, unknown>, path: string[] = []): Array<[string[], unknown]> {
  return Object.entries(value).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? leaves(v as Record<string, unknown>, [...path, k]) : [[[...path, k], v] as [string[], unknown]],
  );
}

/** `{ a: { b: [matcher] } }` for the path a.b. */
function nest(path: string[], values: unknown[]): Record<string, unknown> {
  return path.reduceRight<unknown>((inner, step) => ({ [step]: inner }), values) as Record<string, unknown>;
}

function merge(into: Record<string, unknown>, add: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(add)) {
    into[k] = into[k] && typeof into[k] === 'object' && !Array.isArray(into[k]) ? merge(into[k] as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return into;
}

/** A filter that the value itself passes: the value, or a prefix, range, case change or existence of it. */
function passingFilter(value: unknown, choice: number): unknown {
  if (typeof value === 'string' && value.length > 0 && choice % 4 === 1) return { prefix: value.slice(0, 1 + (choice % value.length)) };
  if (typeof value === 'string' && choice % 4 === 2) return { 'equals-ignore-case': value.toUpperCase() === value.toLowerCase() ? value : value.toUpperCase() };
  if (typeof value === 'number' && choice % 4 === 1) return { numeric: ['>=', value, '<', value + 1] };
  if (choice % 4 === 3) return { exists: true };
  return value;
}

const withEnvelope = (d: Record<string, unknown>) => ({ version: '0', id: 'x', 'detail-type': 'T', source: 'app', account: '123456789012', time: '2026-12-07T12:00:00Z', region: 'us-east-1', resources: [], detail: d });

describe('event patterns (property)', () => {
  it('a pattern built from some of an event\'s own values matches it', () => {
    fc.assert(
      fc.property(detail, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), (d, choices) => {
        const all = leaves(d);
        const pattern: Record<string, unknown> = { source: ['app'] };
        choices.forEach((choice, i) => {
          const [path, value] = all[(choice + i) % all.length]!;
          merge(pattern, { detail: nest(path, [passingFilter(value, choice)]) });
        });
        expect(matchesEventPattern(pattern, withEnvelope(d))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('anything-but a value never matches that value, and matches every other one of its kind', () => {
    const value = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -50, max: 50 }));
    fc.assert(
      fc.property(value, value, (excluded, actual) => {
        const pattern = { detail: { field: [{ 'anything-but': excluded }] } };
        expect(matchesEventPattern(pattern, withEnvelope({ field: excluded }))).toBe(false);
        if (actual !== excluded) expect(matchesEventPattern(pattern, withEnvelope({ field: actual }))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('$or matches exactly when one of its branches does', () => {
    const branch = fc.record({ field: key, values: fc.array(scalar, { minLength: 1, maxLength: 3 }) });
    fc.assert(
      fc.property(branch, branch, detail, (a, b, d) => {
        const pa = { detail: { [a.field]: a.values } };
        const pb = { detail: { [b.field]: b.values } };
        const either = { detail: { $or: [{ [a.field]: a.values }, { [b.field]: b.values }] } };
        const e = withEnvelope(d);
        expect(matchesEventPattern(either, e)).toBe(matchesEventPattern(pa, e) || matchesEventPattern(pb, e));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses any text that is not a valid pattern with InvalidEventPatternException, and nothing else', () => {
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.json({ depthSize: 'small' }), fc.json().map((j) => j.slice(0, Math.max(0, j.length - 2))));
    fc.assert(
      fc.property(text, (t) => {
        try {
          parseEventPattern(t);
        } catch (error) {
          expect(error).toBeInstanceOf(ServiceError);
          expect((error as ServiceError).code).toBe('InvalidEventPatternException');
          expect((error as ServiceError).message).toMatch(/^Event pattern is not valid\. Reason: /);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
