// Property: random condition trees, printed with random spacing, case and parentheses, parse back to the same tree and evaluate as a naive reference evaluator of DynamoDB's documented semantics does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../errors';
import type { AttributeValue, Item } from '../attribute-value';
import {
  RUNS, Style, compareByteArrays, conditionArb, conditionTokens, exactOf, compareExact, itemArb, joinTokens, KEYS, NAMES, plant, VALUE_NAMES, valueArb, referenceEquals,
  referenceGet, referenceOrder, resolve, styleArb, valuesArb, type GenCondition, type GenOperand,
} from './arbitraries';
import type { ConditionNode, Operand } from './condition-ast';
import { evaluateCondition, parseCondition } from './index';
import { context } from './test-helpers';

type Values = Record<string, AttributeValue>;
const typeOf = (v: AttributeValue) => Object.keys(v)[0]!;

// ------------------------------------------------------------- reference evaluation

function sizeOf(v: AttributeValue): number | undefined {
  if ('S' in v) return v.S.length; // UTF-16 code units, the rule the module documents
  if ('B' in v) return v.B.length;
  if ('SS' in v) return v.SS.length;
  if ('NS' in v) return v.NS.length;
  if ('BS' in v) return v.BS.length;
  if ('L' in v) return v.L.length;
  if ('M' in v) return Object.keys(v.M).length;
  return undefined;
}

function operandValue(o: GenOperand, item: Item | undefined, values: Values): AttributeValue | undefined {
  if (o.kind === 'path') return referenceGet(item, resolve(o.path));
  if (o.kind === 'value') return values[o.name];
  const inner = operandValue(o.arg, item, values);
  const size = inner === undefined ? undefined : sizeOf(inner);
  return size === undefined ? undefined : { N: String(size) };
}

const bytesIncludes = (hay: Uint8Array, needle: Uint8Array) =>
  Array.from({ length: hay.length - needle.length + 1 }, (_, i) => i).some((i) => compareByteArrays(hay.subarray(i, i + needle.length), needle) === 0);

function contains(a: AttributeValue, b: AttributeValue): boolean {
  if ('S' in a) return 'S' in b && a.S.includes(b.S);
  if ('B' in a) return 'B' in b && bytesIncludes(a.B, b.B);
  if ('L' in a) return a.L.some((e) => referenceEquals(e, b));
  if ('SS' in a) return 'S' in b && a.SS.includes(b.S);
  if ('NS' in a) return 'N' in b && a.NS.some((n) => compareExact(exactOf(n), exactOf(b.N)) === 0);
  if ('BS' in a) return 'B' in b && a.BS.some((m) => compareByteArrays(m, b.B) === 0);
  return false;
}

function callHolds(name: string, [a, b]: (AttributeValue | undefined)[]): boolean {
  if (name === 'attribute_exists') return a !== undefined;
  if (name === 'attribute_not_exists') return a === undefined;
  if (a === undefined || b === undefined) return false;
  if (name === 'attribute_type') return 'S' in b && typeOf(a) === b.S;
  if (name === 'contains') return contains(a, b);
  if ('S' in a && 'S' in b) return a.S.startsWith(b.S);
  return 'B' in a && 'B' in b && a.B.length >= b.B.length && compareByteArrays(a.B.subarray(0, b.B.length), b.B) === 0;
}

/** Missing operand: false, except '<>' which holds. Other types: unequal, unordered. Only S, N, B order. */
function holds(c: GenCondition, item: Item | undefined, values: Values): boolean {
  const value = (o: GenOperand) => operandValue(o, item, values);
  switch (c.kind) {
    case 'and':
      return holds(c.left, item, values) && holds(c.right, item, values);
    case 'or':
      return holds(c.left, item, values) || holds(c.right, item, values);
    case 'not':
      return !holds(c.operand, item, values);
    case 'compare': {
      const [l, r] = [value(c.left), value(c.right)];
      if (c.op === '<>') return !l || !r || !referenceEquals(l, r);
      if (!l || !r) return false;
      if (c.op === '=') return referenceEquals(l, r);
      const order = referenceOrder(l, r);
      if (order === undefined) return false;
      return { '<': order < 0, '<=': order <= 0, '>': order > 0, '>=': order >= 0 }[c.op]!;
    }
    case 'between': {
      const [v, low, high] = [value(c.subject), value(c.low), value(c.high)];
      if (!v || !low || !high) return false;
      const [a, b] = [referenceOrder(low, v), referenceOrder(v, high)];
      return a !== undefined && b !== undefined && a <= 0 && b <= 0;
    }
    case 'in': {
      const v = value(c.subject);
      return v !== undefined && c.candidates.some((o) => { const w = value(o); return w !== undefined && referenceEquals(v, w); });
    }
    case 'function':
      return callHolds(c.name, c.args.map(value));
  }
}

// ------------------------------------------------------------- what DynamoDB refuses before evaluating

const staticType = (o: GenOperand, values: Values) => (o.kind === 'value' ? typeOf(values[o.name]!) : o.kind === 'size' ? 'N' : null);
const samePath = (a: GenOperand, b: GenOperand | undefined) =>
  a.kind === 'path' && b?.kind === 'path' && JSON.stringify(resolve(a.path)) === JSON.stringify(resolve(b.path));
const TYPES = ['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS'];

/** The errors a tree must be refused with: 'distinct' (a = a) outranks the operand-type ('function') errors. */
function expectedErrors(root: GenCondition, values: Values): { distinct: boolean; function: string[] } {
  const found = { distinct: false, function: [] as string[] };
  const operand = (o: GenOperand): void => {
    if (o.kind !== 'size') return;
    operand(o.arg);
    if (['N', 'BOOL', 'NULL'].includes(staticType(o.arg, values) ?? '')) found.function.push('operator or function: size, operand type');
  };
  const walk = (c: GenCondition): void => {
    if (c.kind === 'and' || c.kind === 'or') return [c.left, c.right].forEach(walk);
    if (c.kind === 'not') return walk(c.operand);
    if (c.kind === 'compare') {
      [c.left, c.right].forEach(operand);
      if (samePath(c.left, c.right)) found.distinct = true;
    } else if (c.kind === 'between') {
      [c.subject, c.low, c.high].forEach(operand);
      if (c.low.kind === 'value' && c.high.kind === 'value') {
        const [low, high] = [values[c.low.name]!, values[c.high.name]!];
        if (typeOf(low) !== typeOf(high)) found.function.push('BETWEEN operator requires same data type');
        else if ((referenceOrder(low, high) ?? 0) > 0) found.function.push('BETWEEN operator requires upper bound to be greater');
      }
    } else if (c.kind === 'in') {
      [c.subject, ...c.candidates].forEach(operand);
    } else {
      c.args.forEach(operand);
      if (samePath(c.args[0]!, c.args[1])) found.distinct = true;
      const types = c.args.map((o) => staticType(o, values));
      if (c.name === 'begins_with' && types.some((t) => t !== null && t !== 'S' && t !== 'B')) found.function.push('function: begins_with, operand type');
      if (c.name === 'attribute_type') {
        const name = c.args[1]!.kind === 'value' ? values[c.args[1]!.name] : undefined;
        if (types[1] !== 'S') found.function.push('function: attribute_type, operand type');
        else if (name && 'S' in name && !TYPES.includes(name.S)) found.function.push('Invalid attribute type name found');
      }
    }
  };
  walk(root);
  return found;
}

/** Checks every subtree of the parsed tree against the same subtree of the generated one, so AND/OR cannot mask a leaf. */
function expectAgreement(tree: GenCondition, node: ConditionNode, item: Item | undefined, values: Values): void {
  expect(evaluateCondition({ root: node }, item), `${JSON.stringify(node)} on ${JSON.stringify(item)}`).toBe(holds(tree, item, values));
  if ((tree.kind === 'and' || tree.kind === 'or') && (node.kind === 'and' || node.kind === 'or')) {
    expectAgreement(tree.left, node.left, item, values);
    expectAgreement(tree.right, node.right, item, values);
  } else if (tree.kind === 'not' && node.kind === 'not') {
    expectAgreement(tree.operand, node.operand, item, values);
  }
}

// ------------------------------------------------------------- items that hold the tree's paths

type Path = readonly (string | number)[];

function pathsOf(c: GenCondition): Path[] {
  const ofOperand = (o: GenOperand): Path[] => (o.kind === 'path' ? [resolve(o.path)] : o.kind === 'size' ? ofOperand(o.arg) : []);
  if (c.kind === 'and' || c.kind === 'or') return [...pathsOf(c.left), ...pathsOf(c.right)];
  if (c.kind === 'not') return pathsOf(c.operand);
  const operands = c.kind === 'compare' ? [c.left, c.right] : c.kind === 'between' ? [c.subject, c.low, c.high] : c.kind === 'in' ? [c.subject, ...c.candidates] : c.args;
  return operands.flatMap(ofOperand);
}

// ------------------------------------------------------------- the tree the parser should build

function toOperand(o: GenOperand, values: Values): Operand {
  if (o.kind === 'path') return { kind: 'path', path: resolve(o.path) };
  if (o.kind === 'value') return { kind: 'value', name: o.name, value: values[o.name] };
  return { kind: 'call', name: 'size', args: [toOperand(o.arg, values)] };
}

function toNode(c: GenCondition, values: Values): ConditionNode {
  const op = (o: GenOperand) => toOperand(o, values);
  switch (c.kind) {
    case 'and':
    case 'or':
      return { kind: c.kind, left: toNode(c.left, values), right: toNode(c.right, values) };
    case 'not':
      return { kind: 'not', operand: toNode(c.operand, values) };
    case 'compare':
      return { kind: 'compare', op: c.op as '=', left: op(c.left), right: op(c.right) };
    case 'between':
      return { kind: 'between', subject: op(c.subject), low: op(c.low), high: op(c.high) };
    case 'in':
      return { kind: 'in', subject: op(c.subject), candidates: c.candidates.map(op) };
    case 'function':
      return { kind: 'function', call: { kind: 'call', name: c.name, args: c.args.map(op) } };
  }
}

describe('condition expressions (property)', () => {
  it('parse(print(tree)) is the tree, or DynamoDB refuses it for the reason the tree predicts', () => {
    fc.assert(
      fc.property(conditionArb, styleArb, valuesArb, fc.constantFrom('ConditionExpression', 'FilterExpression' as const), (tree, seeds, values, kind) => {
        const style = new Style(seeds);
        const text = joinTokens(conditionTokens(tree, style), style);
        const expected = expectedErrors(tree, values);
        let parsed: ReturnType<typeof parseCondition>;
        try {
          parsed = parseCondition(text, context(NAMES, values), kind as 'ConditionExpression');
        } catch (error) {
          expect(error).toBeInstanceOf(ServiceError);
          const { code, message } = error as ServiceError;
          expect(code).toBe('ValidationException');
          expect(message.startsWith(`Invalid ${kind}: `), message).toBe(true);
          if (expected.distinct) expect(message).toContain('The first operand must be distinct');
          else expect(expected.function.some((fragment) => message.includes(fragment)), `${message} not in ${expected.function}`).toBe(true);
          return;
        }
        expect(expected, `accepted ${text}`).toEqual({ distinct: false, function: [] });
        expect(parsed.root).toEqual(toNode(tree, values));
      }),
      RUNS,
    );
  });

  it('evaluateCondition agrees with the reference evaluator on random items (and on no item)', () => {
    // Items get values planted at the tree's own paths (or the values table's values), so paths resolve often.
    const plantsArb = fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...VALUE_NAMES), valueArb), valueArb), { maxLength: 4 });
    fc.assert(
      fc.property(conditionArb, styleArb, valuesArb, fc.array(fc.tuple(itemArb, plantsArb), { maxLength: 4 }), (tree, seeds, values, seeds2) => {
        const expected = expectedErrors(tree, values);
        fc.pre(!expected.distinct && expected.function.length === 0);
        const style = new Style(seeds);
        const condition = parseCondition(joinTokens(conditionTokens(tree, style), style), context(NAMES, values), 'FilterExpression');
        const paths = pathsOf(tree);
        const items = seeds2.map(([item, plants]) =>
          plants.reduce((it, [i, value, filler]) => plant(it, paths[i % paths.length] ?? ['a'], typeof value === 'string' ? values[value]! : value, filler), item),
        );
        for (const item of [...items, undefined]) expectAgreement(tree, condition.root, item, values);
      }),
      RUNS,
    );
  });

  it('agrees with the reference when every path resolves (paths cut to their first step, items holding every name)', () => {
    const headOnly = (c: GenCondition): GenCondition => {
      const cut = (o: GenOperand): GenOperand => (o.kind === 'path' ? { ...o, path: o.path.slice(0, 1) } : o.kind === 'size' ? { ...o, arg: cut(o.arg) } : o);
      if (c.kind === 'and' || c.kind === 'or') return { ...c, left: headOnly(c.left), right: headOnly(c.right) };
      if (c.kind === 'not') return { ...c, operand: headOnly(c.operand) };
      if (c.kind === 'compare') return { ...c, left: cut(c.left), right: cut(c.right) };
      if (c.kind === 'between') return { ...c, subject: cut(c.subject), low: cut(c.low), high: cut(c.high) };
      if (c.kind === 'in') return { ...c, subject: cut(c.subject), candidates: c.candidates.map(cut) };
      return { ...c, args: c.args.map(cut) };
    };
    const fullItem = fc.tuple(...KEYS.map(() => fc.oneof(fc.constantFrom(...VALUE_NAMES), valueArb)));
    fc.assert(
      fc.property(conditionArb.map(headOnly), styleArb, valuesArb, fc.array(fullItem, { minLength: 1, maxLength: 3 }), (tree, seeds, values, picks) => {
        const expected = expectedErrors(tree, values);
        fc.pre(!expected.distinct && expected.function.length === 0);
        const style = new Style(seeds);
        const condition = parseCondition(joinTokens(conditionTokens(tree, style), style), context(NAMES, values), 'ConditionExpression');
        for (const pick of picks) {
          const item: Item = Object.fromEntries(KEYS.map((k, i) => [k, typeof pick[i] === 'string' ? values[pick[i] as string]! : (pick[i] as AttributeValue)]));
          expectAgreement(tree, condition.root, item, values);
        }
      }),
      RUNS,
    );
  });
});
