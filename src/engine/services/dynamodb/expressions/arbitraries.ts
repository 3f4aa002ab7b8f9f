// Shared fast-check generators and naive reference semantics for the expression module's property tests.
import fc from 'fast-check';
import type { AttributeValue, Item } from '../attribute-value';
import { runs } from '../../../testing/property-runs';

/** Runs per property: modest by default, DEEP_PROPERTY_RUNS=10000 for a deep run. */
export const RUNS = runs(200);

export type Exact = { readonly m: bigint; readonly e: number };

/** Reads a number's text by hand: sign, digits with an optional point, optional exponent. */
export function exactOf(text: string): Exact {
  const [, sign, whole, fraction = '', exponent = '0'] = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text)!;
  const m = BigInt((whole ?? '') + fraction || '0');
  return { m: sign === '-' ? -m : m, e: Number(exponent) - fraction.length };
}

export function compareExact(a: Exact, b: Exact): number {
  const e = Math.min(a.e, b.e);
  const [x, y] = [a.m * 10n ** BigInt(a.e - e), b.m * 10n ** BigInt(b.e - e)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Plain notation without needless zeros: how DynamoDB returns a number. */
export function formatExact({ m, e }: Exact): string {
  if (m === 0n) return '0';
  const sign = m < 0n ? '-' : '';
  const digits = (m < 0n ? -m : m).toString();
  if (e >= 0) return sign + digits + '0'.repeat(e);
  const padded = digits.padStart(-e + 1, '0');
  const fraction = padded.slice(padded.length + e).replace(/0+$/, '');
  return sign + padded.slice(0, padded.length + e) + (fraction ? `.${fraction}` : '');
}

/** The text of m × 10^-scale in one of several notations DynamoDB accepts ('+1.50', '.5', '15E-1', '-0'). */
export function numberText(m: fc.Arbitrary<bigint>, maxScale: number): fc.Arbitrary<string> {
  return fc
    .record({ m, scale: fc.nat(maxScale), form: fc.nat(3), zeros: fc.nat(2), plus: fc.boolean(), upper: fc.boolean() })
    .map(({ m, scale, form, zeros, plus, upper }) => {
      const sign = m < 0n || (m === 0n && upper) ? '-' : plus ? '+' : '';
      const digits = (m < 0n ? -m : m).toString();
      const exponent = -scale - zeros;
      if (form === 0) return `${sign}${digits}${'0'.repeat(zeros)}${upper ? 'E' : 'e'}${plus && exponent >= 0 ? '+' : ''}${exponent}`;
      const padded = digits.padStart(scale + 1, '0');
      const [whole, fraction] = [padded.slice(0, padded.length - scale), padded.slice(padded.length - scale) + '0'.repeat(zeros)];
      const lead = form === 2 && whole === '0' && fraction ? '' : '0'.repeat(form === 3 ? zeros : 0) + whole;
      return sign + lead + (fraction ? `.${fraction}` : form === 3 ? '.' : '');
    });
}

/** Small numbers in random notations (so values collide), and now and then a wider one. */
export const numberArb = fc.oneof(
  { weight: 3, arbitrary: numberText(fc.bigInt(-3n, 3n), 0) },
  { weight: 1, arbitrary: numberText(fc.bigInt(-(10n ** 12n), 10n ** 12n), 6) },
);

const encoder = new TextEncoder();
export function compareByteArrays(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return Math.sign(a.length - b.length);
}

/** DynamoDB orders strings by their UTF-8 bytes. */
export const compareUtf8Reference = (a: string, b: string) => compareByteArrays(encoder.encode(a), encoder.encode(b));

/** Characters around the places where UTF-16 and UTF-8 order disagree: ASCII, U+E000..U+FFFF, astral. */
export const tricky = fc.constantFrom('a', 'b', 'é', '\uE000', '\uFFFF', '😀', '\u{10FFFF}');
export const stringArb = fc.string({ unit: tricky, maxLength: 3 });
export const bytesArb = fc.array(fc.constantFrom(0, 1, 128, 255), { maxLength: 3 }).map((b) => Uint8Array.from(b));

/** Attribute names used by items, maps and paths, including reserved words and prototype keys. */
export const KEYS = ['a', 'b', 'c', 'status', 'a.b', '__proto__', 'constructor'] as const;
/** Bare names an expression may use unescaped. */
export const BARE = ['a', 'b', 'c'] as const;
/** Placeholders every test context defines (#p4 aliases bare b). */
export const NAMES: Record<string, string> = { '#p0': 'a', '#p1': 'status', '#p2': 'a.b', '#p3': '__proto__', '#p4': 'b', '#p5': 'constructor' };

const canonical = (text: string) => formatExact(exactOf(text));
const hex = (b: Uint8Array) => [...b].join(',');

export const scalarArb: fc.Arbitrary<AttributeValue> = fc.oneof(
  { weight: 3, arbitrary: stringArb.map((S) => ({ S })) },
  { weight: 3, arbitrary: numberArb.map((N) => ({ N })) },
  { weight: 2, arbitrary: bytesArb.map((B) => ({ B })) },
  { weight: 1, arbitrary: fc.boolean().map((BOOL) => ({ BOOL })) },
  { weight: 1, arbitrary: fc.constant({ NULL: true as const }) },
);

export const setArb: fc.Arbitrary<AttributeValue> = fc.oneof(
  fc.uniqueArray(stringArb, { minLength: 1, maxLength: 3 }).map((SS) => ({ SS })),
  fc.uniqueArray(numberArb, { minLength: 1, maxLength: 3, selector: canonical }).map((NS) => ({ NS })),
  fc.uniqueArray(bytesArb, { minLength: 1, maxLength: 3, selector: hex }).map((BS) => ({ BS })),
);

/** `Object.fromEntries`, so a '__proto__' entry becomes an own attribute, as JSON.parse would make it. */
export const entriesArb = <T>(value: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength, selector: ([k]) => k }).map((e) => Object.fromEntries(e));

export const valueArb: fc.Arbitrary<AttributeValue> = fc.letrec<{ value: AttributeValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: scalarArb },
    { weight: 2, arbitrary: setArb },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }).map((L) => ({ L })) },
    { weight: 1, arbitrary: entriesArb(tie('value'), 3).map((M) => ({ M })) },
  ),
})).value;

export const itemArb: fc.Arbitrary<Item> = entriesArb(valueArb, 5);

const typeOf = (v: AttributeValue) => Object.keys(v)[0]!;

/** DynamoDB's '=': same type, numbers numerically, sets as sets, lists in order, maps by key. */
export function referenceEquals(a: AttributeValue, b: AttributeValue): boolean {
  if (typeOf(a) !== typeOf(b)) return false;
  const [x, y] = [Object.values(a)[0], Object.values(b)[0]];
  switch (typeOf(a)) {
    case 'N':
      return compareExact(exactOf(x), exactOf(y)) === 0;
    case 'B':
      return compareByteArrays(x, y) === 0;
    case 'SS':
    case 'NS':
    case 'BS': {
      const wrap = (m: unknown) => ({ [typeOf(a).slice(0, 1)]: m }) as AttributeValue;
      return x.length === y.length && x.every((m: unknown) => y.some((n: unknown) => referenceEquals(wrap(m), wrap(n))));
    }
    case 'L':
      return x.length === y.length && x.every((m: AttributeValue, i: number) => referenceEquals(m, y[i]));
    case 'M':
      return Object.keys(x).length === Object.keys(y).length && Object.keys(x).every((k) => Object.hasOwn(y, k) && referenceEquals(x[k], y[k]));
    default:
      return x === y;
  }
}

/** Order of two S, N or B values of one type; undefined when DynamoDB does not order them. */
export function referenceOrder(a: AttributeValue, b: AttributeValue): number | undefined {
  if ('S' in a && 'S' in b) return compareUtf8Reference(a.S, b.S);
  if ('N' in a && 'N' in b) return compareExact(exactOf(a.N), exactOf(b.N));
  if ('B' in a && 'B' in b) return compareByteArrays(a.B, b.B);
  return undefined;
}

/** Reads a resolved document path by hand. */
export function referenceGet(item: Item | undefined, path: readonly (string | number)[]): AttributeValue | undefined {
  let value: AttributeValue | undefined = item && Object.hasOwn(item, path[0] as string) ? item[path[0] as string] : undefined;
  for (const step of path.slice(1)) {
    if (value === undefined) return undefined;
    if (typeof step === 'number') value = 'L' in value && step < value.L.length ? value.L[step] : undefined;
    else value = 'M' in value && Object.hasOwn(value.M, step) ? value.M[step] : undefined;
  }
  return value;
}

/** A copy of `item` with `value` at `path`, making the maps and lists on the way (lists padded with `filler`). */
export function plant(item: Item, path: readonly (string | number)[], value: AttributeValue, filler: AttributeValue): Item {
  const copy = structuredClone(item);
  let container: Record<string, AttributeValue> | AttributeValue[] = copy;
  path.forEach((step, i) => {
    const next = path[i + 1];
    if (Array.isArray(container)) while (container.length < (step as number)) container.push(filler);
    const existing = Array.isArray(container) ? container[step as number] : Object.hasOwn(container, step) ? container[step as string] : undefined;
    const child: AttributeValue =
      next === undefined ? value : typeof next === 'number' ? (existing && 'L' in existing ? existing : { L: [] }) : existing && 'M' in existing ? existing : { M: {} };
    const key = Array.isArray(container) ? Math.min(step as number, container.length) : step;
    Object.defineProperty(container, key, { value: child, enumerable: true, writable: true, configurable: true });
    if (next !== undefined) container = 'L' in child ? child.L : (child as { M: Record<string, AttributeValue> }).M;
  });
  return copy;
}

/** One step of a generated path: how it is written, and what it resolves to. */
export type Step = { readonly text: string; readonly name: string } | { readonly index: number };
export type GenPath = readonly Step[];

export const resolve = (path: GenPath) => path.map((s) => ('index' in s ? s.index : s.name));

const nameStep = fc.oneof(fc.constantFrom(...BARE).map((name) => ({ text: name, name })), fc.constantFrom(...Object.keys(NAMES)).map((text) => ({ text, name: NAMES[text]! })));

export const pathArb: fc.Arbitrary<GenPath> = fc
  .tuple(nameStep, fc.array(fc.oneof(nameStep, fc.nat(2).map((index) => ({ index }))), { maxLength: 2 }))
  .map(([head, rest]) => [head, ...rest]);

export const pathTokens = (path: GenPath) =>
  path.flatMap((s, i) => ('index' in s ? ['[', String(s.index), ']'] : i === 0 ? [s.text] : ['.', s.text]));

/** Pseudo-random choices that fast-check can shrink: whitespace between tokens, keyword case. */
export const styleArb = fc.array(fc.nat(99), { minLength: 1, maxLength: 24 });

export class Style {
  private i = 0;
  constructor(private readonly seeds: readonly number[]) {}
  pick = <T>(choices: readonly T[]): T => choices[this.seeds[this.i++ % this.seeds.length]! % choices.length]!;
  keyword = (word: string) => this.pick([word, word.toLowerCase(), word[0] + word.slice(1).toLowerCase(), word]);
}

/** Joins tokens with random whitespace (none, spaces, tabs, newlines), keeping apart tokens that would merge. */
export function joinTokens(tokens: readonly string[], style: Style): string {
  return tokens.reduce((text, token) => {
    let gap = style.pick(['', '', ' ', '  ', '\t', '\n', '\r\n ']);
    const WORD = /[A-Za-z0-9_]/;
    const merges = (WORD.test(text.at(-1) ?? '') && WORD.test(token[0]!)) || (/[<>]$/.test(text) && /^[=>]/.test(token));
    if (gap === '' && merges) gap = ' ';
    return text === '' ? token : text + gap + token;
  }, '');
}

/** Value placeholders: six random values, and attribute_type's type names (':tX' names no type). */
export const VALUE_NAMES = [':v0', ':v1', ':v2', ':v3', ':v4', ':v5'] as const;
export const TYPE_NAMES = ['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS', 'X'].map((t) => `:t${t}`);
/** Small numbers (0..4) to compare size() with. */
export const SIZE_NAMES = [':n0', ':n1'] as const;
export const valuesArb = fc
  .tuple(fc.tuple(...VALUE_NAMES.map(() => valueArb)), fc.tuple(...SIZE_NAMES.map(() => numberText(fc.bigInt(0n, 4n), 0))))
  .map(([vs, ns]) => ({
    ...Object.fromEntries([...vs.map((v, i) => [VALUE_NAMES[i]!, v]), ...ns.map((N, i) => [SIZE_NAMES[i]!, { N }])]),
    ...Object.fromEntries(TYPE_NAMES.map((n) => [n, { S: n.slice(2) }])),
  }) as Record<string, AttributeValue>);

export type GenOperand = { readonly paren: boolean } & (
  | { readonly kind: 'path'; readonly path: GenPath }
  | { readonly kind: 'value'; readonly name: string }
  | { readonly kind: 'size'; readonly arg: GenOperand }
);
export type GenCondition = { readonly paren: boolean } & (
  | { readonly kind: 'and'; readonly left: GenCondition; readonly right: GenCondition }
  | { readonly kind: 'or'; readonly left: GenCondition; readonly right: GenCondition }
  | { readonly kind: 'not'; readonly operand: GenCondition }
  | { readonly kind: 'compare'; readonly op: string; readonly left: GenOperand; readonly right: GenOperand }
  | { readonly kind: 'between'; readonly subject: GenOperand; readonly low: GenOperand; readonly high: GenOperand }
  | { readonly kind: 'in'; readonly subject: GenOperand; readonly candidates: readonly GenOperand[] }
  | { readonly kind: 'function'; readonly name: string; readonly args: readonly GenOperand[] }
);

const paren = fc.nat(3).map((n) => n === 0);
const pathOperand = fc.record({ kind: fc.constant('path' as const), path: pathArb, paren });
const valueOperand = (names: readonly string[]) => fc.record({ kind: fc.constant('value' as const), name: fc.constantFrom(...names), paren });
const sizeOf = (arg: fc.Arbitrary<GenOperand>) => fc.record({ kind: fc.constant('size' as const), arg, paren });
export const operandArb: fc.Arbitrary<GenOperand> = fc.oneof(
  { weight: 3, arbitrary: pathOperand },
  { weight: 3, arbitrary: valueOperand(VALUE_NAMES) },
  { weight: 1, arbitrary: sizeOf(fc.oneof(pathOperand, valueOperand(VALUE_NAMES), sizeOf(pathOperand))) },
);

const fn = (name: fc.Arbitrary<string>, args: fc.Arbitrary<GenOperand[]>) => fc.record({ kind: fc.constant('function' as const), name, args, paren });
const leafArb: fc.Arbitrary<GenCondition> = fc.oneof(
  fc.record({ kind: fc.constant('compare' as const), op: fc.constantFrom('=', '<>', '<', '<=', '>', '>='), left: operandArb, right: operandArb, paren }),
  fc.record({ kind: fc.constant('compare' as const), op: fc.constantFrom('=', '<', '>='), left: sizeOf(pathOperand), right: valueOperand(SIZE_NAMES), paren }),
  fc.record({ kind: fc.constant('between' as const), subject: operandArb, low: operandArb, high: operandArb, paren }),
  fc.record({ kind: fc.constant('in' as const), subject: operandArb, candidates: fc.array(operandArb, { minLength: 1, maxLength: 3 }), paren }),
  fn(fc.constantFrom('attribute_exists', 'attribute_not_exists'), fc.tuple(pathOperand)),
  fn(fc.constantFrom('begins_with', 'contains'), fc.tuple(operandArb, operandArb)),
  fn(fc.constant('attribute_type'), fc.tuple(operandArb, fc.oneof(valueOperand(TYPE_NAMES), valueOperand(VALUE_NAMES)))),
);

export const conditionArb: fc.Arbitrary<GenCondition> = fc.letrec<{ cond: GenCondition }>((tie) => ({
  cond: fc.oneof(
    { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
    leafArb,
    fc.record({ kind: fc.constantFrom('and' as const, 'or' as const), left: tie('cond'), right: tie('cond'), paren }),
    fc.record({ kind: fc.constant('not' as const), operand: tie('cond'), paren }),
  ),
})).cond;

export const commaJoin = (lists: string[][]) => lists.flatMap((list, i) => (i === 0 ? list : [',', ...list]));
export const wrap = (tokens: string[], yes: boolean) => (yes ? ['(', ...tokens, ')'] : tokens);

export function operandTokens(o: GenOperand): string[] {
  const tokens = o.kind === 'path' ? pathTokens(o.path) : o.kind === 'value' ? [o.name] : ['size', '(', ...operandTokens(o.arg), ')'];
  return wrap(tokens, o.paren);
}

const PRECEDENCE: Record<string, number> = { or: 1, and: 2, not: 3 };

/** Prints a tree; parentheses where precedence needs them, plus the generated redundant ones (one pair at most). */
export function conditionTokens(c: GenCondition, style: Style, min = 0): string[] {
  const precedence = PRECEDENCE[c.kind] ?? 4;
  const kw = (word: string) => style.keyword(word);
  const tokens =
    c.kind === 'and' || c.kind === 'or'
      ? [...conditionTokens(c.left, style, precedence), kw(c.kind.toUpperCase()), ...conditionTokens(c.right, style, precedence + 1)]
      : c.kind === 'not'
        ? [kw('NOT'), ...conditionTokens(c.operand, style, 3)]
        : c.kind === 'compare'
          ? [...operandTokens(c.left), c.op, ...operandTokens(c.right)]
          : c.kind === 'between'
            ? [...operandTokens(c.subject), kw('BETWEEN'), ...operandTokens(c.low), kw('AND'), ...operandTokens(c.high)]
            : c.kind === 'in'
              ? [...operandTokens(c.subject), kw('IN'), '(', ...commaJoin(c.candidates.map(operandTokens)), ')']
              : [c.name, '(', ...commaJoin(c.args.map(operandTokens)), ')'];
  return wrap(tokens, c.paren || precedence < min);
}

export const conditionTextArb = fc.tuple(conditionArb, styleArb).map(([c, seeds]) => {
  const style = new Style(seeds);
  return joinTokens(conditionTokens(c, style), style);
});
