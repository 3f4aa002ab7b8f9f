// The checks SNS makes on a whole filter policy once it reads as one (SNS developer guide, "Filter
// policy constraints"): at most five keys, at most 150 combinations, no nesting when the policy
// looks at message attributes. SNS reports these without a position.
import { PolicyError, type FilterPolicyScope } from './types';

/** SNS's words for a nested policy on attributes; unlike the others they follow no `FilterPolicy: `. */
export const NESTED_ATTRIBUTES = 'Filter policy scope MessageAttributes does not support nested filter policy';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a key holds an object (a nested property) anywhere, `$or` branches included. */
function nested(policy: Json): boolean {
  return Object.entries(policy).some(([key, value]) =>
    key === '$or' && Array.isArray(value) ? value.some((branch) => isObject(branch) && nested(branch)) : isObject(value),
  );
}

/**
 * The total combination of values (SNS developer guide): the product of each array's length,
 * where a key nested at depth d counts d times over, and `$or` branches add up. This is the
 * calculation LocalStack checked against AWS; the guide's example, four values three levels deep
 * times three values two levels deep, gives 3 × 4 × 2 × 3 = 72.
 */
export function combinations(policy: Json, depth = 1, start = 1): number {
  let total = start;
  for (const [key, value] of Object.entries(policy)) {
    if (isObject(value)) total = combinations(value, depth + 1, total);
    else if (Array.isArray(value)) {
      if (key === '$or') total = value.reduce((sum: number, branch) => sum + (isObject(branch) ? combinations(branch, depth, total) : 0), 0);
      else total = total * value.length * depth;
    }
  }
  return total;
}

/** Throws SNS's refusal for the first constraint the policy breaks, in the order SNS checks them. */
export function checkConstraints(policy: Json, scope: FilterPolicyScope): void {
  if (Object.keys(policy).length > 5) throw new PolicyError('policy', 'Filter policy can not have more than 5 keys', undefined);
  if (scope === 'MessageAttributes' && nested(policy)) throw new PolicyError('policy', NESTED_ATTRIBUTES, undefined);
  if (combinations(policy) > 150) throw new PolicyError('policy', 'Filter policy is too complex', undefined);
}
