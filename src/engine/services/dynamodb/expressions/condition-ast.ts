// The syntax tree of a ConditionExpression / FilterExpression / KeyConditionExpression.
import type { AttributeValue } from '../attribute-value';
import type { DocPath } from './paths';

/** The comparison operators of DynamoDB's condition grammar. */
export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>=';

export const COMPARATORS: readonly string[] = ['=', '<>', '<', '<=', '>', '>='];

/** A function call: a condition on its own (`begins_with(a, :p)`) or, for `size`, an operand. */
export interface FunctionCall {
  readonly kind: 'call';
  readonly name: string;
  readonly args: readonly Operand[];
}

/** A document path, a `:value` placeholder (its value absent only when undefined, which fails the parse),
 *  or a function call. */
export type Operand =
  | { readonly kind: 'path'; readonly path: DocPath }
  | { readonly kind: 'value'; readonly name: string; readonly value?: AttributeValue }
  | FunctionCall;

/** A node of the condition tree. */
export type ConditionNode =
  | { readonly kind: 'and' | 'or'; readonly left: ConditionNode; readonly right: ConditionNode }
  | { readonly kind: 'not'; readonly operand: ConditionNode }
  | { readonly kind: 'compare'; readonly op: Comparator; readonly left: Operand; readonly right: Operand }
  | { readonly kind: 'between'; readonly subject: Operand; readonly low: Operand; readonly high: Operand }
  | { readonly kind: 'in'; readonly subject: Operand; readonly candidates: readonly Operand[] }
  | { readonly kind: 'function'; readonly call: FunctionCall };

/** A parsed ConditionExpression / FilterExpression. */
export interface Condition {
  readonly root: ConditionNode;
}

/** The condition functions and how many operands each takes; names are case-sensitive. */
export const CONDITION_FUNCTIONS: Readonly<Record<string, number>> = {
  attribute_exists: 1,
  attribute_not_exists: 1,
  attribute_type: 2,
  begins_with: 2,
  contains: 2,
  size: 1,
};

/** The attribute type an operand is known to have before any item is seen: a value's own type, or the type a
 *  function returns. Paths have no static type (null). */
export function staticType(operand: Operand): string | null {
  if (operand.kind === 'value') return operand.value ? Object.keys(operand.value)[0]! : null;
  if (operand.kind === 'call') return operand.name === 'size' ? 'N' : Object.hasOwn(CONDITION_FUNCTIONS, operand.name) ? 'BOOL' : null;
  return null;
}
