// The comparisons an event pattern's values make (EventBridge user guide, "Content filtering in event
// patterns"): what each matches in an event's leaf value, as aws/event-ruler decides it.
import { ipToBytes } from './ip-address';

/** One bound of a numeric range. */
export interface Bound {
  value: number;
  /** `>` or `<` rather than `>=` or `<=`. */
  open: boolean;
}

/** One value of a pattern's array: the event's value matches the field if any of them matches. */
export type Matcher =
  | { type: 'exactly'; value: string | number | boolean | null }
  | { type: 'prefix' | 'suffix'; value: string; ignoreCase: boolean }
  | { type: 'equals-ignore-case'; value: string }
  | { type: 'wildcard'; value: string }
  | { type: 'numeric'; bottom?: Bound; top?: Bound }
  | { type: 'exists'; value: boolean }
  | { type: 'cidr'; bottom: number[]; top: number[] }
  | { type: 'anything-but'; values: Array<string | number> }
  | { type: 'anything-but-prefix' | 'anything-but-suffix' | 'anything-but-ignore-case' | 'anything-but-wildcard'; values: string[] };

/** A leaf value of an event: what a pattern compares (objects and arrays are walked into). */
export type Leaf = string | number | boolean | null;

const lower = (s: string) => s.toLowerCase();
const equalsIgnoreCase = (a: string, b: string) => a === b || lower(a) === lower(b) || a.toUpperCase() === b.toUpperCase();

/**
 * Wildcard matching: `*` stands for any run of characters (zero or more), `\*` for a literal star
 * and `\\` for a backslash (aws/event-ruler's WildcardParser).
 */
export function wildcardMatches(pattern: string, value: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') source += '.*';
    else if (c === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) source += `\\${pattern[++i]}`;
    else source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 's').test(value);
}

function numericMatches(matcher: { bottom?: Bound; top?: Bound }, value: number): boolean {
  const { bottom, top } = matcher;
  if (bottom && (bottom.open ? value <= bottom.value : value < bottom.value)) return false;
  if (top && (top.open ? value >= top.value : value > top.value)) return false;
  return true;
}

function compareBytes(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function cidrMatches(matcher: { bottom: number[]; top: number[] }, value: string): boolean {
  const bytes = ipToBytes(value);
  return !!bytes && bytes.length === matcher.bottom.length && compareBytes(bytes, matcher.bottom) >= 0 && compareBytes(bytes, matcher.top) <= 0;
}

/** Whether a present leaf value satisfies a matcher (`exists` is decided by presence, see event-pattern.ts). */
export function leafMatches(matcher: Matcher, value: Leaf): boolean {
  switch (matcher.type) {
    case 'exactly':
      // A number in a pattern matches the same number however the event writes it (5, 5.0, 5e0).
      return value === matcher.value;
    case 'prefix':
      return typeof value === 'string' && (matcher.ignoreCase ? lower(value).startsWith(lower(matcher.value)) : value.startsWith(matcher.value));
    case 'suffix':
      return typeof value === 'string' && (matcher.ignoreCase ? lower(value).endsWith(lower(matcher.value)) : value.endsWith(matcher.value));
    case 'equals-ignore-case':
      return typeof value === 'string' && equalsIgnoreCase(value, matcher.value);
    case 'wildcard':
      return typeof value === 'string' && wildcardMatches(matcher.value, value);
    case 'numeric':
      return typeof value === 'number' && numericMatches(matcher, value);
    case 'cidr':
      return typeof value === 'string' && cidrMatches(matcher, value);
    case 'exists':
      return matcher.value;
    // anything-but needs the field to be there, but then matches any other value, null included
    // (LocalStack's AWS-validated cases: anything-but "initializing" matches `"state": null`).
    case 'anything-but':
      return !matcher.values.some((v) => v === value);
    case 'anything-but-prefix':
      return typeof value !== 'string' || !matcher.values.some((v) => value.startsWith(v));
    case 'anything-but-suffix':
      return typeof value !== 'string' || !matcher.values.some((v) => value.endsWith(v));
    case 'anything-but-ignore-case':
      return typeof value !== 'string' || !matcher.values.some((v) => equalsIgnoreCase(v, value));
    case 'anything-but-wildcard':
      return typeof value !== 'string' || !matcher.values.some((v) => wildcardMatches(v, value));
  }
}
