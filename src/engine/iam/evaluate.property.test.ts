// The policy evaluator against a naive reference written from the IAM guide ("Policy evaluation
// logic", "Condition operators"): generated policy documents, parsed as the playground parses them,
// decide every generated request as the reference does — an applicable Deny wins, else an
// applicable Allow, else an implicit deny; `*`/`?` in Action (any case) and Resource (exact case),
// NotAction/NotResource, and each condition operator the playground evaluates, with IfExists and Null.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../testing/property-runs';
import { evaluate } from './evaluate';
import { parsePolicy, type Policy } from './policy';
import type { RequestContext } from './conditions';

type Doc = { Version: string; Statement: Array<Record<string, unknown>> };

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** IAM's wildcards as a regular expression: `*` any run, `?` one character, the rest literal. */
const like = (pattern: string, value: string) =>
  new RegExp(`^${pattern.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : escape(c))).join('')}$`, 's').test(value);
const listOf = (x: unknown): string[] | undefined => (x === undefined ? undefined : (Array.isArray(x) ? x : [x]).map(String));
function arnLike(pattern: string, arn: string) {
  const six = (s: string) => (s.split(':').length < 6 ? undefined : [...s.split(':').slice(0, 5), s.split(':').slice(5).join(':')]);
  const [p, a] = [six(pattern), six(arn)];
  return !!p && !!a && p.every((part, i) => like(part, a[i]!));
}
const TESTS: Record<string, (policy: string, actual: string) => boolean> = {
  StringEquals: (p, a) => p === a,
  StringEqualsIgnoreCase: (p, a) => p.toLowerCase() === a.toLowerCase(),
  StringLike: like,
  ArnEquals: arnLike,
  ArnLike: arnLike,
  Bool: (p, a) => p.toLowerCase() === a.toLowerCase(),
};

function referenceCondition(condition: Record<string, Record<string, unknown>> | undefined, context: RequestContext): boolean {
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    const ifExists = operator.endsWith('IfExists');
    const base = ifExists ? operator.slice(0, -'IfExists'.length) : operator;
    const negated = base.includes('Not');
    for (const [key, policyValues] of Object.entries(keys)) {
      const values = listOf(policyValues)!;
      const entry = Object.entries(context).find(([name, v]) => name.toLowerCase() === key.toLowerCase() && v !== undefined);
      const actual = entry ? listOf(entry[1]) : undefined;
      let holds: boolean;
      if (base === 'Null') holds = values.some((v) => (v.toLowerCase() === 'true') === (actual === undefined));
      else if (actual === undefined) holds = ifExists || negated;
      else {
        const test = TESTS[base.replace('Not', '')]!;
        const any = actual.some((a) => values.some((p) => test(p, a)));
        holds = negated ? !any : any;
      }
      if (!holds) return false;
    }
  }
  return true;
}

function reference(docs: Doc[], action: string, resource: string, context: RequestContext) {
  let allow: [number, number] | undefined;
  for (const [p, doc] of docs.entries()) {
    for (const [s, st] of doc.Statement.entries()) {
      const actions = listOf(st.Action);
      const notActions = listOf(st.NotAction);
      const resources = listOf(st.Resource);
      const notResources = listOf(st.NotResource);
      const actionOk = actions ? actions.some((x) => like(x.toLowerCase(), action.toLowerCase())) : !notActions!.some((x) => like(x.toLowerCase(), action.toLowerCase()));
      const resourceOk = resources ? resources.some((x) => like(x, resource)) : !notResources!.some((x) => like(x, resource));
      if (!actionOk || !resourceOk || !referenceCondition(st.Condition as Record<string, Record<string, unknown>>, context)) continue;
      if (st.Effect === 'Deny') return { decision: 'explicit-deny', at: [p, s] };
      allow ??= [p, s];
    }
  }
  return allow ? { decision: 'allow', at: allow } : { decision: 'implicit-deny', at: undefined };
}

// Requests and the patterns made from them, so that matches and near misses are both common.
const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 'dynamodb:GetItem', 'dynamodb:PutItem', 'lambda:InvokeFunction', 'sqs:SendMessage'];
const RESOURCES = [
  'arn:aws:s3:::photos', 'arn:aws:s3:::photos/cat.jpg', 'arn:aws:s3:::photos/raw/dog.png', 'arn:aws:s3:::docs/a?b',
  'arn:aws:dynamodb:us-east-1:123456789012:table/Orders', 'arn:aws:lambda:us-east-1:123456789012:function:resize',
  'arn:aws:lambda:us-east-1:123456789012:function:resize:live', 'arn:aws:sqs:us-east-1:123456789012:jobs',
];
const STRINGS = ['123456789012', '111122223333', 'photos/', 'photos/raw/', 'Photos/', 'us-east-1', ''];

/** `text` with wildcards put in from character `from` on: a run replaced by `*`, a character by `?`, or nothing. */
const wildcarded = (text: string, from: number) =>
  fc.record({ i: fc.nat(), j: fc.nat(), kind: fc.constantFrom('star', 'question', 'exact', 'star-end') }).map(({ i, j, kind }) => {
    const room = text.length - from;
    if (room <= 0 || kind === 'exact') return text;
    const a = from + (i % room);
    if (kind === 'question') return `${text.slice(0, a)}?${text.slice(a + 1)}`;
    if (kind === 'star-end') return `${text.slice(0, a)}*`;
    const b = a + (j % (text.length - a + 1));
    return `${text.slice(0, a)}*${text.slice(b)}`;
  });
const randomCase = (text: string) => fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((up) => text.split('').map((c, i) => (up[i] ? c.toUpperCase() : c.toLowerCase())).join(''));
const actionPattern = fc.oneof(
  { arbitrary: fc.constant('*'), weight: 1 },
  { arbitrary: fc.constantFrom(...ACTIONS).chain((a) => wildcarded(a, a.indexOf(':') + 1)), weight: 6 },
  { arbitrary: fc.constantFrom(...ACTIONS).chain(randomCase), weight: 2 },
);
/** Wildcards only in the resource part (and a whole region or account as `*`), so IAM accepts the ARN. */
const resourcePattern = fc.oneof(
  { arbitrary: fc.constant('*'), weight: 1 },
  {
    arbitrary: fc.constantFrom(...RESOURCES).chain((r) => {
      const head = r.split(':').slice(0, 5).join(':').length + 1;
      return wildcarded(r, head);
    }),
    weight: 6,
  },
  { arbitrary: fc.constantFrom(...RESOURCES).map((r) => r.replace(':us-east-1:', ':*:').replace(':123456789012:', ':*:')), weight: 1 },
);
const oneOrMany = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.array(arb, { minLength: 1, maxLength: 3 }));

const CONDITION_KEYS = ['aws:SourceArn', 'aws:SourceAccount', 's3:prefix', 'aws:SecureTransport'];
const OPERATORS = [
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
  'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'Bool', 'Null',
];
const operatorName = fc.tuple(fc.constantFrom(...OPERATORS), fc.boolean()).map(([op, ifExists]) => (ifExists && op !== 'Null' ? `${op}IfExists` : op));
const conditionValue = (operator: string) => {
  if (operator.startsWith('Bool') || operator === 'Null') return fc.constantFrom('true', 'false', 'TRUE', 'False');
  if (operator.startsWith('Arn')) return fc.constantFrom(...RESOURCES).chain((r) => wildcarded(r, 0));
  return fc.oneof(fc.constantFrom(...STRINGS, ...RESOURCES), fc.constantFrom(...STRINGS).chain((s) => wildcarded(s, 0)), fc.constantFrom(...STRINGS).chain(randomCase));
};
const condition = fc.uniqueArray(operatorName, { minLength: 1, maxLength: 2 }).chain((ops) =>
  fc.tuple(...ops.map((op) =>
    fc.uniqueArray(fc.constantFrom(...CONDITION_KEYS).chain(randomCase), { minLength: 1, maxLength: 2, selector: (k) => k.toLowerCase() })
      .chain((keys) => fc.tuple(...keys.map((k) => oneOrMany(conditionValue(op)).map((v) => [k, v] as const))))
      .map((entries) => [op, Object.fromEntries(entries)] as const),
  )).map((entries) => Object.fromEntries(entries)),
);

const statement = fc
  .record({
    Effect: fc.constantFrom('Allow', 'Deny'),
    not: fc.record({ action: fc.boolean(), resource: fc.boolean() }),
    actions: oneOrMany(actionPattern),
    resources: oneOrMany(resourcePattern),
    Condition: fc.option(condition, { nil: undefined, freq: 2 }),
  })
  .map(({ Effect, not, actions, resources, Condition }) => ({
    Effect,
    [not.action ? 'NotAction' : 'Action']: actions,
    [not.resource ? 'NotResource' : 'Resource']: resources,
    ...(Condition ? { Condition } : {}),
  }));
const docs = fc.array(fc.record({ Version: fc.constant('2012-10-17'), Statement: fc.array(statement, { minLength: 1, maxLength: 3 }) }), { maxLength: 3 });
const context: fc.Arbitrary<RequestContext> = fc.record(
  {
    'aws:SourceArn': fc.constantFrom(...RESOURCES),
    'aws:sourceaccount': fc.constantFrom('123456789012', '111122223333'),
    's3:prefix': fc.constantFrom('photos/', 'photos/raw/', 'Photos/', ''),
    'aws:SecureTransport': fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('IAM policy evaluation (properties)', () => {
  it('decides as the naive reference does, naming the same deciding statement', () => {
    fc.assert(
      fc.property(docs, fc.constantFrom(...ACTIONS), fc.constantFrom(...RESOURCES), context, (documents, action, resource, ctx) => {
        const policies: Policy[] = documents.map((d) => parsePolicy(d));
        const result = evaluate({ policies, action, resource, context: ctx });
        const expected = reference(documents, action, resource, ctx);
        expect(result.decision).toBe(expected.decision);
        const at = result.matchedStatement && [result.matchedStatement.policyIndex, result.matchedStatement.statementIndex];
        expect(at).toEqual(expected.at);
      }),
      runs(500),
    );
  });

  it('never allows more when a Deny statement is added, and never less when an Allow is', () => {
    fc.assert(
      fc.property(docs, statement, fc.constantFrom(...ACTIONS), fc.constantFrom(...RESOURCES), context, (documents, extra, action, resource, ctx) => {
        const before = evaluate({ policies: documents.map((d) => parsePolicy(d)), action, resource, context: ctx }).decision;
        const after = evaluate({ policies: [...documents, { Version: '2012-10-17', Statement: [extra] }].map((d) => parsePolicy(d)), action, resource, context: ctx }).decision;
        if (extra.Effect === 'Deny' && before !== 'allow') expect(after).not.toBe('allow');
        if (extra.Effect === 'Allow' && before === 'allow') expect(after).toBe('allow');
        if (before === 'explicit-deny') expect(after).toBe('explicit-deny');
      }),
      runs(300),
    );
  });
});
