// Reads a subscription's FilterPolicy text: JSON first (Jackson's words), then the policy itself (the
// matching engine's words, at its position), then SNS's constraints; and words a refusal as SNS does.
import { checkConstraints, NESTED_ATTRIBUTES } from './checks';
import { compilePolicy } from './compile';
import { lineAndColumn, locationText, tokenize } from './json-tokens';
import { PolicyError, type FilterPolicy, type FilterPolicyProblem, type FilterPolicyScope } from './types';

export type FilterPolicyResult = { ok: true; policy: FilterPolicy } | { ok: false; problem: FilterPolicyProblem };

/** Parses a policy for a subscription whose FilterPolicyScope is `scope`. Never throws for bad input. */
export function parseFilterPolicy(text: string, scope: FilterPolicyScope = 'MessageAttributes'): FilterPolicyResult {
  try {
    const tokens = tokenize(text);
    const alternatives = compilePolicy(tokens);
    // Jackson reads one value and ignores what follows it; so does this.
    const value = JSON.parse(text.slice(0, tokens.at(-1)!.end)) as Record<string, unknown>;
    checkConstraints(value, scope);
    return { ok: true, policy: { scope, alternatives } };
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    const location = error.offset === undefined ? undefined : { offset: error.offset, ...lineAndColumn(text, error.offset) };
    return { ok: false, problem: { kind: error.kind, reason: error.reason, path: error.path, ...(location ? { location } : {}) } };
  }
}

/**
 * SNS's message for a refused policy. Subscribe words it `Invalid parameter: Attributes Reason:
 * FilterPolicy: …`, SetSubscriptionAttributes `Invalid parameter: FilterPolicy: …`; JSON errors say
 * `failed to parse JSON.` first; a position is Jackson's `at [Source: …; line: 1, column: 12]`
 * (messages recorded from AWS in LocalStack's SNS snapshots).
 */
export function filterPolicyMessage(problem: FilterPolicyProblem, call: 'Subscribe' | 'SetSubscriptionAttributes'): string {
  const prefix = call === 'Subscribe' ? 'Invalid parameter: Attributes Reason: ' : 'Invalid parameter: ';
  if (problem.reason === NESTED_ATTRIBUTES) return `${prefix}${problem.reason}`;
  const reason = problem.kind === 'syntax' ? `failed to parse JSON. ${problem.reason}` : problem.reason;
  const at = problem.location ? `\n at ${locationText(problem.location.line, problem.location.column)}` : '';
  return `${prefix}FilterPolicy: ${reason}${at}`;
}

/** One line for the UI: SNS's reason, the key it concerns and where (line and column). */
export function describeProblem(problem: FilterPolicyProblem): string {
  const where = [problem.path && `at ${problem.path}`, problem.location && `line ${problem.location.line}, column ${problem.location.column}`].filter(Boolean).join(', ');
  return where ? `${problem.reason} (${where})` : problem.reason;
}
