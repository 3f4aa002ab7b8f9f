// The JSON matcher against a naive reference: random objects over a few keys and random patterns of
// a small grammar, printed to text, parsed and matched, must agree with evaluating the tree directly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesPattern } from './match';
import { parseFilterPattern } from './parse';

const RUNS = { numRuns: Number(process.env.DEEP_PROPERTY_RUNS ?? 300) };

const KEYS = ['a', 'b', 'c'] as const;
const word = fc.constantFrom('x', 'xy', 'yx', 'error', 'info', '');
const leaf = fc.oneof(fc.integer({ min: -3, max: 3 }), word, fc.boolean(), fc.constant(null));
const object = fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(leaf, fc.array(leaf, { maxLength: 2 }), fc.dictionary(fc.constantFrom(...KEYS), leaf, { maxKeys: 2 })), { maxKeys: 3 });

type Path = Array<string | number>;
type Cond =
  | { t: 'num'; path: Path; op: '=' | '!=' | '<' | '>' | '<=' | '>='; n: number }
  | { t: 'str'; path: Path; op: '=' | '!='; s: string }
  | { t: 'is'; path: Path; what: 'TRUE' | 'FALSE' | 'NULL' }
  | { t: 'missing'; path: Path }
  | { t: 'and' | 'or'; l: Cond; r: Cond };

const path: fc.Arbitrary<Path> = fc.oneof(
  fc.tuple(fc.constantFrom(...KEYS)).map((p) => [...p] as Path),
  fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...KEYS)).map((p) => [...p] as Path),
  fc.tuple(fc.constantFrom(...KEYS), fc.integer({ min: 0, max: 2 })).map((p) => [...p] as Path),
);
const stringPattern = fc.constantFrom('x', 'x*', '*y', '*', 'error', 'e*r', '');
const leafCond: fc.Arbitrary<Cond> = fc.oneof(
  fc.record({ t: fc.constant('num' as const), path, op: fc.constantFrom('=', '!=', '<', '>', '<=', '>=' as const), n: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ t: fc.constant('str' as const), path, op: fc.constantFrom('=', '!=' as const), s: stringPattern }),
  fc.record({ t: fc.constant('is' as const), path, what: fc.constantFrom('TRUE', 'FALSE', 'NULL' as const) }),
  fc.record({ t: fc.constant('missing' as const), path }),
);
const cond: fc.Arbitrary<Cond> = fc.letrec<{ c: Cond }>((tie) => ({
  c: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leafCond, fc.record({ t: fc.constantFrom('and' as const, 'or' as const), l: tie('c'), r: tie('c') })),
})).c;

const printPath = (p: Path) => '$' + p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
function print(c: Cond): string {
  switch (c.t) {
    case 'num': return `${printPath(c.path)} ${c.op} ${c.n}`;
    case 'str': return `${printPath(c.path)} ${c.op} "${c.s}"`;
    case 'is': return `${printPath(c.path)} IS ${c.what}`;
    case 'missing': return `${printPath(c.path)} NOT EXISTS`;
    default: return `(${print(c.l)}) ${c.t === 'and' ? '&&' : '||'} (${print(c.r)})`;
  }
}

/** The reference: plain loops and comparisons, no shared code with the matcher. */
function lookup(value: unknown, p: Path): [boolean, unknown] {
  let v = value;
  for (const k of p) {
    if (typeof k === 'number') {
      if (!Array.isArray(v) || k >= v.length) return [false, undefined];
      v = v[k];
    } else {
      if (v === null || typeof v !== 'object' || Array.isArray(v) || !(k in v)) return [false, undefined];
      v = (v as Record<string, unknown>)[k];
    }
  }
  return [true, v];
}
function globEquals(pattern: string, s: string): boolean {
  // Dynamic programming over the pattern's characters, `*` any run.
  const dp = Array.from({ length: pattern.length + 1 }, () => new Array<boolean>(s.length + 1).fill(false));
  dp[0]![0] = true;
  for (let i = 1; i <= pattern.length; i++) {
    for (let j = 0; j <= s.length; j++) {
      dp[i]![j] = pattern[i - 1] === '*' ? dp[i - 1]![j]! || (j > 0 && dp[i]![j - 1]!) : j > 0 && dp[i - 1]![j - 1]! && pattern[i - 1] === s[j - 1];
    }
  }
  return dp[pattern.length]![s.length]!;
}
function reference(c: Cond, doc: unknown): boolean {
  switch (c.t) {
    case 'and': return reference(c.l, doc) && reference(c.r, doc);
    case 'or': return reference(c.l, doc) || reference(c.r, doc);
    case 'missing': return !lookup(doc, c.path)[0];
    case 'is': {
      const [found, v] = lookup(doc, c.path);
      return found && v === { TRUE: true, FALSE: false, NULL: null }[c.what];
    }
    case 'str': {
      const [found, v] = lookup(doc, c.path);
      return found && typeof v === 'string' && (c.op === '=' ? globEquals(c.s, v) : !globEquals(c.s, v));
    }
    case 'num': {
      const [found, v] = lookup(doc, c.path);
      if (!found || typeof v !== 'number') return false;
      return { '=': v === c.n, '!=': v !== c.n, '<': v < c.n, '>': v > c.n, '<=': v <= c.n, '>=': v >= c.n }[c.op];
    }
  }
}

describe('JSON filter patterns against a reference', () => {
  it('agree on random objects and patterns', () => {
    fc.assert(
      fc.property(object, cond, (doc, c) => {
        const pattern = parseFilterPattern(`{ ${print(c)} }`);
        expect(matchesPattern(pattern, JSON.stringify(doc))).toBe(reference(c, doc));
      }),
      RUNS,
    );
  });

  it('never throw anything but a FilterPatternError, and point inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }).map((s) => `{ ${s}`), (text) => {
        try {
          parseFilterPattern(text);
        } catch (e) {
          expect((e as Error).name).toBe('InvalidParameterException');
          const column = (e as { column: number }).column;
          expect(column).toBeGreaterThanOrEqual(1);
          expect(column).toBeLessThanOrEqual(text.length + 1);
        }
      }),
      RUNS,
    );
  });
});
