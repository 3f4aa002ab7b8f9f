// Condition blocks: which operators and keys the playground evaluates, their checks, and how they decide.
import type { JsonNode } from './json-source';
import { AWS, type ProblemList } from './policy-problems';
import { arnMatches, wildcardMatch } from './wildcard';

/** A statement's Condition, normalised: operator → condition key → values (as strings). */
export type ConditionBlock = Record<string, Record<string, string[]>>;

/** The request's context keys and values; key names are compared without regard to case, as IAM does. */
export type RequestContext = Record<string, string | string[] | boolean | number | undefined>;

/** Every operator IAM knows (before `IfExists` and set qualifiers); the rest are not operators at all. */
const KNOWN_OPERATORS = [
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
  'NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals',
  'DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals',
  'Bool', 'BinaryEquals', 'IpAddress', 'NotIpAddress', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'Null',
];

/** The operators the playground evaluates, each as a test of one context value against one policy value. */
const OPERATORS: Record<string, { test: (policy: string, actual: string) => boolean; negated?: boolean }> = {
  StringEquals: { test: (p, a) => p === a },
  StringNotEquals: { test: (p, a) => p === a, negated: true },
  StringEqualsIgnoreCase: { test: (p, a) => p.toLowerCase() === a.toLowerCase() },
  StringNotEqualsIgnoreCase: { test: (p, a) => p.toLowerCase() === a.toLowerCase(), negated: true },
  StringLike: { test: (p, a) => wildcardMatch(p, a) },
  StringNotLike: { test: (p, a) => wildcardMatch(p, a), negated: true },
  // The IAM docs describe ArnEquals and ArnLike alike: both compare part by part with wildcards.
  ArnEquals: { test: arnMatches },
  ArnLike: { test: arnMatches },
  ArnNotEquals: { test: arnMatches, negated: true },
  ArnNotLike: { test: arnMatches, negated: true },
  Bool: { test: (p, a) => p.toLowerCase() === a.toLowerCase() },
};

/** Context keys the playground fills in; a condition on any other key could not be decided faithfully. */
export const SUPPORTED_KEYS = [
  'aws:SourceArn', 'aws:SourceAccount', 'aws:PrincipalArn', 'aws:PrincipalAccount', 'aws:RequestedRegion', 'aws:SecureTransport',
  's3:prefix', 's3:delimiter', 's3:max-keys', 'lambda:FunctionUrlAuthType', 'sns:Protocol', 'sns:Endpoint', 'cloudwatch:namespace',
];
const SUPPORTED_KEY_SET = new Set(SUPPORTED_KEYS.map((k) => k.toLowerCase()));

export const SUPPORTED_OPERATORS = [...Object.keys(OPERATORS), 'Null'];

interface Operator {
  base: string;
  ifExists: boolean;
  setQualifier?: string;
}

function parseOperator(name: string): Operator {
  const set = /^(ForAnyValue|ForAllValues):(.*)$/.exec(name);
  const rest = set ? set[2]! : name;
  const ifExists = rest.endsWith('IfExists') && rest !== 'IfExists';
  const base = ifExists ? rest.slice(0, -'IfExists'.length) : rest;
  return set ? { base, ifExists, setQualifier: set[1]! } : { base, ifExists };
}

const scalar = (node: JsonNode) => (node.kind === 'string' || node.kind === 'number' || node.kind === 'boolean' ? String(node.value) : undefined);

/** Checks a Condition element and returns it normalised (undefined when it has errors). */
export function checkCondition(node: JsonNode, path: string, problems: ProblemList): ConditionBlock | undefined {
  if (node.kind !== 'object') {
    problems.error(path, ['conditionShape', {}], AWS.syntax, node);
    return undefined;
  }
  const block: ConditionBlock = {};
  let ok = true;
  for (const { key: name, keySpan, value } of node.entries) {
    const at = `${path}.${name}`;
    const op = parseOperator(name);
    if (op.base === 'Null' && op.ifExists) {
      problems.error(at, ['conditionNullIfExists', {}], AWS.syntax, keySpan);
      ok = false;
      continue;
    }
    if (!KNOWN_OPERATORS.includes(op.base)) {
      const near = KNOWN_OPERATORS.find((k) => k.toLowerCase() === op.base.toLowerCase());
      problems.error(at, near ? ['conditionOperatorCase', { near }] : ['conditionUnknownOperator', {}], AWS.syntax, keySpan);
      ok = false;
      continue;
    }
    if (op.setQualifier || !SUPPORTED_OPERATORS.includes(op.base)) {
      const supported = SUPPORTED_OPERATORS.join(', ');
      problems.error(at, op.setQualifier ? ['conditionQualifier', { qualifier: op.setQualifier, supported }] : ['conditionOperator', { operator: op.base, supported }], `The playground does not simulate the condition operator ${name}.`, keySpan, true);
      ok = false;
      continue;
    }
    if (value.kind !== 'object') {
      problems.error(at, ['conditionKeysShape', {}], AWS.syntax, value);
      ok = false;
      continue;
    }
    const keys: Record<string, string[]> = {};
    for (const entry of value.entries) {
      const values = checkValues(entry.value, `${at}.${entry.key}`, op.base, problems);
      const keyOk = checkKey(entry.key, `${at}.${entry.key}`, entry.keySpan, problems);
      if (!values || !keyOk) ok = false;
      else keys[entry.key] = values;
    }
    block[name] = keys;
  }
  return ok ? block : undefined;
}

function checkKey(key: string, path: string, span: { start: number; end: number }, problems: ProblemList): boolean {
  const colons = key.split(':').length - 1;
  if (colons === 0) {
    problems.error(path, ['conditionKeyPrefix', { key }], AWS.vendor, span);
    return false;
  }
  if (colons > 1) {
    problems.error(path, ['conditionKeyColons', { key }], AWS.oneColon, span);
    return false;
  }
  if (!SUPPORTED_KEY_SET.has(key.toLowerCase())) {
    problems.error(path, ['conditionKeyUnsupported', { key, supported: SUPPORTED_KEYS.join(', ') }], `The playground does not simulate the condition key ${key}.`, span, true);
    return false;
  }
  return true;
}

function checkValues(node: JsonNode, path: string, operator: string, problems: ProblemList): string[] | undefined {
  const items = node.kind === 'array' ? node.items : [node];
  const values: string[] = [];
  for (const item of items) {
    const value = scalar(item);
    if (value === undefined) {
      problems.error(path, ['stringList', {}], AWS.syntax, item);
      return undefined;
    }
    if ((operator === 'Bool' || operator === 'Null') && !/^(true|false)$/i.test(value)) {
      problems.error(path, ['conditionBoolean', { operator }], AWS.legacy, item);
      return undefined;
    }
    values.push(value);
  }
  return values;
}

/** The context value for a key (names are case-insensitive), as strings; undefined when absent. */
function lookup(context: RequestContext, key: string): string[] | undefined {
  const wanted = key.toLowerCase();
  for (const [name, value] of Object.entries(context)) {
    if (name.toLowerCase() !== wanted || value === undefined) continue;
    return Array.isArray(value) ? value.map(String) : [String(value)];
  }
  return undefined;
}

/**
 * Whether every operator and every key of a block holds (IAM ANDs them; a key's values are ORed).
 * A key absent from the request makes a condition false, except that negated operators
 * (StringNotEquals, ArnNotLike, ...) and `...IfExists` operators are then true, and `Null`
 * tests exactly that absence (IAM docs, "Condition operators" and "IfExists").
 */
export function conditionHolds(block: ConditionBlock | undefined, context: RequestContext): boolean {
  if (!block) return true;
  return Object.entries(block).every(([name, keys]) => {
    const op = parseOperator(name);
    return Object.entries(keys).every(([key, policyValues]) => {
      const actual = lookup(context, key);
      if (op.base === 'Null') return policyValues.some((v) => (v.toLowerCase() === 'true') === (actual === undefined));
      const spec = OPERATORS[op.base];
      if (!spec) return false;
      if (actual === undefined) return op.ifExists || spec.negated === true;
      const anyMatch = actual.some((a) => policyValues.some((p) => spec.test(p, a)));
      return spec.negated ? !anyMatch : anyMatch;
    });
  });
}
