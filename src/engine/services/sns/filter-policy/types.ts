// The shapes of a compiled SNS filter policy, and of what is wrong with one (with where it is).
import type { Cidr } from './cidr';

/** Where a subscription's filter policy looks: the message attributes (default) or the message body as JSON. */
export type FilterPolicyScope = 'MessageAttributes' | 'MessageBody';

/** A value a policy can compare: what JSON holds at a leaf. */
export type Scalar = string | number | boolean | null;

/** A numeric bound: `>` / `<` are exclusive, `>=` / `<=` inclusive. */
export interface Bound {
  value: number;
  inclusive: boolean;
}

/** One match expression of a key's array (the key matches when any of its rules does). */
export type Rule =
  | { type: 'equals'; value: Scalar }
  | { type: 'prefix'; value: string }
  | { type: 'suffix'; value: string }
  | { type: 'equals-ignore-case'; value: string }
  | { type: 'anything-but'; values: Array<string | number> }
  | { type: 'anything-but-prefix'; value: string }
  | { type: 'anything-but-suffix'; value: string }
  /** `["=", 5]` is a range with both bounds at 5, inclusive. */
  | { type: 'numeric'; lower?: Bound; upper?: Bound }
  | { type: 'exists'; value: boolean }
  | { type: 'cidr'; network: Cidr; text: string };

/** One key of a policy: a dotted path (nested body properties), and its rules. */
export interface KeyRules {
  key: string;
  rules: Rule[];
}

/** One way for a message to match: every key must match (AND); `$or` makes several of these. */
export type Conjunction = KeyRules[];

/** A policy ready to match messages: it matches when any alternative does. */
export interface FilterPolicy {
  scope: FilterPolicyScope;
  alternatives: Conjunction[];
}

/** 1-based line and column (as an editor shows them), and the 0-based offset in the policy text. */
export interface PolicyLocation {
  offset: number;
  line: number;
  column: number;
}

/**
 * What is wrong with a policy. `reason` is SNS's own words after `FilterPolicy: `; `location` is
 * where SNS's JSON parser stood when it gave up (absent for the checks SNS makes on the whole
 * policy: five keys, complexity, nesting, CIDR values); `path` names the key, e.g. `price[0].numeric`.
 */
export interface FilterPolicyProblem {
  kind: 'syntax' | 'rule' | 'policy';
  reason: string;
  location?: PolicyLocation;
  path: string;
}

/** Thrown while reading a policy; turned into a FilterPolicyProblem at the edge. */
export class PolicyError extends Error {
  constructor(
    readonly kind: FilterPolicyProblem['kind'],
    readonly reason: string,
    /** The parser's position (0-based offset) when it stopped. */
    readonly offset: number | undefined,
    readonly path = '',
  ) {
    super(reason);
  }
}
