// Property: any text given to the expression parsers parses or is refused with a 400 ValidationException carrying DynamoDB's message prefix — never another exception, never a hang; what parses evaluates without throwing, and updates never mutate their inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../errors';
import {
  NAMES, RUNS, Style, VALUE_NAMES, commaJoin, conditionTextArb, itemArb, joinTokens, pathArb, pathTokens, resolve, styleArb, valuesArb, wrap,
} from './arbitraries';
import { applyUpdate, evaluateCondition, matchesKeyCondition, parseCondition, parseKeyCondition, parseProjection, parseUpdate, project } from './index';
import type { KeySchema } from './key-condition';
import { context } from './test-helpers';

const valueToken = fc.constantFrom(...VALUE_NAMES);
const pathTokensArb = pathArb.map(pathTokens);
const updateOperand: fc.Arbitrary<string[]> = fc.letrec<{ op: string[] }>((tie) => ({
  op: fc.oneof(
    { depthSize: 'small', maxDepth: 2 },
    pathTokensArb,
    valueToken.map((v) => [v]),
    fc.tuple(pathTokensArb, tie('op')).map(([p, o]) => ['if_not_exists', '(', ...p, ',', ...o, ')']),
    fc.tuple(tie('op'), tie('op')).map(([a, b]) => ['list_append', '(', ...a, ',', ...b, ')']),
  ),
})).op;
const setValue = fc.oneof(updateOperand, fc.tuple(updateOperand, fc.constantFrom('+', '-'), updateOperand, fc.boolean()).map(([a, op, b, p]) => wrap([...a, op, ...b], p)));

/** A random UpdateExpression: each clause once, in random order; every action on its own top-level attribute. */
const updateTextArb = fc
  .tuple(
    fc.uniqueArray(
      fc.tuple(fc.constantFrom('SET', 'REMOVE', 'ADD', 'DELETE'), pathArb, setValue, valueToken),
      { minLength: 1, maxLength: 5, selector: ([, path]) => resolve(path)[0] },
    ),
    styleArb,
  )
  .map(([actions, seeds]) => {
    const style = new Style(seeds);
    const clauses = ['SET', 'REMOVE', 'ADD', 'DELETE'].map((clause) => {
      const mine = actions.filter(([c]) => c === clause);
      const tokens = mine.map(([, p, v, w]) => [...pathTokens(p), ...(clause === 'SET' ? ['=', ...v] : clause === 'REMOVE' ? [] : [w])]);
      return tokens.length ? [style.keyword(clause), ...commaJoin(tokens)] : [];
    });
    const first = style.pick([0, 1, 2, 3]);
    return joinTokens([...clauses.slice(first), ...clauses.slice(0, first)].flat(), style);
  });

/** Fragments of DynamoDB's grammars, and things that are not in them. */
const PIECES = [
  'a', 'b', '#p0', '#p3', '#nope', ':v0', ':v1', ':nope', '#', ':', '(', ')', '[', ']', '0', '12', ',', '.', '=', '<', '>', '<>', '<=', '+', '-', ' ',
  'AND', 'or', 'NOT', 'BETWEEN', 'IN', 'size', 'begins_with', 'contains', 'attribute_exists', 'attribute_type', 'SET', 'REMOVE', 'ADD', 'DELETE',
  'if_not_exists', 'list_append', 'status', '__proto__', 'pk', 'sk', '"', '_x', '😀', '\u0000', '\n',
];
const soup = (maxLength: number) => fc.array(fc.constantFrom(...PIECES), { maxLength }).map((p) => p.join(''));
const edit = fc.record({ op: fc.constantFrom('truncate', 'delete', 'insert'), at: fc.nat(), text: fc.constantFrom(...PIECES) });

/** A valid expression truncated, or with characters deleted or pieces inserted. */
const mutated = (valid: fc.Arbitrary<string>) =>
  fc.tuple(valid, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([text, edits]) =>
    edits.reduce((t, { op, at, text: piece }) => {
      const i = at % (t.length + 1);
      return op === 'truncate' ? t.slice(0, i) : op === 'delete' ? t.slice(0, i) + t.slice(i + 1) : t.slice(0, i) + piece + t.slice(i);
    }, text),
  );

const texts = (valid: fc.Arbitrary<string>) =>
  fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), soup(20), valid, mutated(valid), mutated(valid));

const projectionTextArb = fc.array(pathArb, { minLength: 1, maxLength: 4 }).map((paths) => paths.map((p) => pathTokens(p).join('')).join(', '));
const KEY_TEXTS = ['pk = :v0', ':v0 = pk AND sk < :v1', 'pk = :v0 AND sk BETWEEN :v1 AND :v2', '(pk = :v0) and begins_with(sk, :v1)', '#p0 = :v0 AND #p4 >= :v3'];
const keyTextArb = fc.constantFrom(...KEY_TEXTS);
const schemaArb: fc.Arbitrary<KeySchema> = fc.record(
  { partitionKey: fc.record({ name: fc.constantFrom('pk', 'a'), type: fc.constantFrom('S', 'N', 'B' as const) }), sortKey: fc.record({ name: fc.constantFrom('sk', 'b'), type: fc.constantFrom('S', 'N', 'B' as const) }) },
  { requiredKeys: ['partitionKey'] },
);

const KEY_MESSAGES = [
  'Invalid KeyConditionExpression: ', 'Invalid operator used in KeyConditionExpression: ', 'Invalid condition in KeyConditionExpression: ',
  'Query condition missed key schema element: ', 'Query key condition not supported', 'Conditions can be of length 1 or 2 only',
  'KeyConditionExpressions cannot contain nested operations', 'KeyConditionExpressions cannot have conditions on nested attributes',
  'KeyConditionExpressions must only contain one condition per key', 'One or more parameter values were invalid: Condition parameter type does not match schema type',
];

/** Runs `run`; it must return, or throw a 400 ValidationException whose message starts with one of `prefixes`. Never slow. */
function parsesOrRefuses<T>(run: () => T, prefixes: readonly string[]): T | undefined {
  const started = performance.now();
  try {
    return run();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(ServiceError);
    const { code, statusCode, message } = error as ServiceError;
    expect({ code, statusCode }).toEqual({ code: 'ValidationException', statusCode: 400 });
    expect(prefixes.some((p) => message.startsWith(p)), message).toBe(true);
    return undefined;
  } finally {
    expect(performance.now() - started).toBeLessThan(1000);
  }
}

/** Every object (value, map, list, set array, byte array) reachable from `root`. */
function objectsIn(root: unknown, found = new Set<object>()): Set<object> {
  if (typeof root === 'object' && root !== null && !found.has(root)) {
    found.add(root);
    if (!ArrayBuffer.isView(root)) for (const child of Object.values(root)) objectsIn(child, found);
  }
  return found;
}

const RUNTIME_UPDATE_ERRORS = [
  'The provided expression refers to an attribute that does not exist in the item', 'An operand in the update expression has an incorrect data type',
  'The document path provided in the update expression is invalid for update', 'Number overflow.', 'Number underflow.', 'Attempting to store more than 38',
];

describe('expression parsers never throw anything but ValidationException (property)', () => {
  it('ConditionExpression / FilterExpression; what parses evaluates to a boolean', () => {
    fc.assert(
      fc.property(texts(conditionTextArb), valuesArb, fc.constantFrom('ConditionExpression', 'FilterExpression' as const), itemArb, (text, values, kind, item) => {
        const parsed = parsesOrRefuses(() => parseCondition(text, context(NAMES, values), kind as 'FilterExpression'), [`Invalid ${kind}: `]);
        if (parsed) for (const target of [item, undefined]) expect(typeof evaluateCondition(parsed, target)).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('UpdateExpression; what parses applies (or fails with a DynamoDB runtime error) without mutating or sharing its inputs', () => {
    fc.assert(
      fc.property(texts(updateTextArb), valuesArb, itemArb, (text, values, item) => {
        const plan = parsesOrRefuses(() => parseUpdate(text, context(NAMES, values)), ['Invalid UpdateExpression: ']);
        if (!plan) return;
        const [itemBefore, valuesBefore] = [structuredClone(item), structuredClone(values)];
        const result = parsesOrRefuses(() => applyUpdate(plan, item), RUNTIME_UPDATE_ERRORS);
        expect(item).toEqual(itemBefore);
        expect(values).toEqual(valuesBefore);
        const inputs = objectsIn(values, objectsIn(item));
        for (const object of result ? objectsIn(result) : []) expect(inputs.has(object), `${text} shares ${JSON.stringify(object)}`).toBe(false);
      }),
      RUNS,
    );
  });

  it('ProjectionExpression; what parses projects any item', () => {
    fc.assert(
      fc.property(texts(projectionTextArb), itemArb, (text, item) => {
        const projection = parsesOrRefuses(() => parseProjection(text, context(NAMES)), ['Invalid ProjectionExpression: ']);
        if (projection) expect(typeof project(item, projection)).toBe('object');
      }),
      RUNS,
    );
  });

  it('KeyConditionExpression; what parses matches any item to a boolean', () => {
    fc.assert(
      fc.property(texts(keyTextArb), valuesArb, schemaArb, itemArb, (text, values, schema, item) => {
        const condition = parsesOrRefuses(() => parseKeyCondition(text, context(NAMES, values), schema), KEY_MESSAGES);
        if (condition) expect(typeof matchesKeyCondition(condition, item)).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('long inputs (up to DynamoDB 4 KB expression limit) are refused or parsed quickly', () => {
    fc.assert(
      fc.property(soup(800).map((t) => t.slice(0, 4096)), valuesArb, (text, values) => {
        parsesOrRefuses(() => parseCondition(text, context(NAMES, values), 'ConditionExpression'), ['Invalid ConditionExpression: ']);
        parsesOrRefuses(() => parseUpdate(text, context(NAMES, values)), ['Invalid UpdateExpression: ']);
        parsesOrRefuses(() => parseProjection(text, context(NAMES)), ['Invalid ProjectionExpression: ']);
      }),
      { numRuns: Math.ceil(RUNS.numRuns / 10) },
    );
  });

  // The recursive-descent parser would overflow the stack on deep nesting that DynamoDB's 4 KB limit
  // allows ('('.repeat(2614)); the nesting guard turns that into the expression's ValidationException.
  it('deeply nested conditions within 4 KB are refused with a ValidationException, not a stack overflow', () => {
    const opener = fc.constantFrom('(', 'NOT(', 'size(', 'NOT ', '(a = :v0 AND ');
    fc.assert(
      fc.property(opener, fc.integer({ min: 1, max: 4096 }), (open, depth) => {
        const text = open.repeat(depth).slice(0, 4096 - 10);
        parsesOrRefuses(() => parseCondition(text, context(NAMES, { [VALUE_NAMES[0]]: { S: 'x' } }), 'ConditionExpression'), ['Invalid ConditionExpression: ']);
      }),
      { numRuns: 50, seed: 1 },
    );
  });
});
