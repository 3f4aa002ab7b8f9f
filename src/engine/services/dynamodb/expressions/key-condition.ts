// KeyConditionExpression: DynamoDB's restricted conditions on a table's (or index's) key, checked against its schema.
import { typeOf, type AttributeValue, type Item } from '../attribute-value';
import type { ConditionNode, Operand } from './condition-ast';
import { parseConditionTree } from './condition-parser';
import { validationError, type ExpressionContext } from './context';
import { attributeEquals, compareBytes, compareKeyValues } from './values';

/** The operators a sort-key condition may use. */
export type SortKeyOperator = '=' | '<' | '<=' | '>' | '>=' | 'BETWEEN' | 'begins_with';

/** A Query's key condition: the partition key's value, and optionally one condition on the sort key. */
export interface KeyCondition {
  partition: { name: string; value: AttributeValue };
  sort?: { name: string; op: SortKeyOperator; values: AttributeValue[] };
}

/** A key attribute's name and scalar type. */
export interface KeyAttribute {
  name: string;
  type: 'S' | 'N' | 'B';
}

/** The key schema of the table or index a Query reads. */
export interface KeySchema {
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
}

// With the key attribute written second ('5 < sk'), the operator turns round.
const FLIPPED: Record<string, SortKeyOperator> = { '=': '=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** Checks against the table's (or index's) key schema: only the key attributes, '=' on the partition key,
 *  one condition on the sort key, AND only; AWS's messages, e.g. 'Query condition missed key schema element: id',
 *  'Query key condition not supported', 'Invalid KeyConditionExpression: ...'. Key types must match the schema
 *  ('One or more parameter values were invalid: Condition parameter type does not match schema type'). */
export function parseKeyCondition(text: string, ctx: ExpressionContext, keySchema: KeySchema): KeyCondition {
  const conditions = new Map<string, { op: SortKeyOperator; values: AttributeValue[] }>();
  collectConditions(parseConditionTree(text, ctx, 'KeyConditionExpression'), conditions);
  if (conditions.size > 2) throw validationError('Conditions can be of length 1 or 2 only');

  const { partitionKey, sortKey } = keySchema;
  const typeMismatch = () => validationError('One or more parameter values were invalid: Condition parameter type does not match schema type');
  const notSupported = () => validationError('Query key condition not supported');
  const missed = (key: KeyAttribute) => validationError(`Query condition missed key schema element: ${key.name}`);

  if (!sortKey && conditions.size > 1) throw notSupported();
  const partition = conditions.get(partitionKey.name);
  if (!partition) throw missed(partitionKey);
  if (partition.values.some((value) => typeOf(value) !== partitionKey.type)) throw typeMismatch();
  if (partition.op !== '=') throw notSupported();
  const result: KeyCondition = { partition: { name: partitionKey.name, value: partition.values[0]! } };
  if (!sortKey) return result;

  const sort = conditions.get(sortKey.name);
  if (!sort) {
    if (conditions.size > 1) throw missed(sortKey);
    return result;
  }
  if (sort.values.some((value) => typeOf(value) !== sortKey.type)) throw typeMismatch();
  return { ...result, sort: { name: sortKey.name, ...sort } };
}

/** Walks the AND tree, refusing what a key condition cannot hold, in the order DynamoDB checks it. */
function collectConditions(node: ConditionNode, conditions: Map<string, { op: SortKeyOperator; values: AttributeValue[] }>): void {
  const invalidOperator = (operator: string) => validationError(`Invalid operator used in KeyConditionExpression: ${operator}`);
  const invalidCondition = (detail: string) => validationError(`Invalid condition in KeyConditionExpression: ${detail}`);
  const firstOperand = (operator: string) => invalidCondition(`${operator} operator must have the key attribute as its first operand`);

  let operands: readonly Operand[];
  let op: SortKeyOperator;
  switch (node.kind) {
    case 'and':
      collectConditions(node.left, conditions);
      collectConditions(node.right, conditions);
      return;
    case 'or':
    case 'not':
    case 'in':
      throw invalidOperator(node.kind.toUpperCase());
    case 'compare':
      if (node.op === '<>') throw invalidOperator('<>');
      [operands, op] = [[node.left, node.right], node.op];
      break;
    case 'between':
      if (node.subject.kind !== 'path') throw firstOperand('BETWEEN');
      [operands, op] = [[node.subject, node.low, node.high], 'BETWEEN'];
      break;
    case 'function':
      if (node.call.name !== 'begins_with') throw invalidOperator(node.call.name);
      if (node.call.args[0]?.kind !== 'path') throw firstOperand('begins_with');
      [operands, op] = [node.call.args, 'begins_with'];
      break;
  }

  let key: { name: string; index: number } | undefined;
  for (const [index, operand] of operands.entries()) {
    if (operand.kind === 'call') throw validationError('KeyConditionExpressions cannot contain nested operations');
    if (operand.kind !== 'path') continue;
    if (key) throw invalidCondition('Multiple attribute names used in one condition');
    if (operand.path.length > 1) throw validationError('KeyConditionExpressions cannot have conditions on nested attributes');
    key = { name: String(operand.path[0]), index };
  }
  if (!key) throw invalidCondition('No key attribute specified');
  if (conditions.has(key.name)) throw validationError('KeyConditionExpressions must only contain one condition per key');
  // Parsing refused undefined placeholders, so every other operand is a value.
  const values = operands.flatMap((operand) => (operand.kind === 'value' && operand.value ? [operand.value] : []));
  conditions.set(key.name, { op: key.index === 0 ? op : FLIPPED[op]!, values });
}

/** Whether `item` satisfies the key condition (DynamoDB's key ordering for the sort-key operators). */
export function matchesKeyCondition(condition: KeyCondition, item: Item): boolean {
  const partition = item[condition.partition.name];
  if (!partition || !attributeEquals(partition, condition.partition.value)) return false;
  if (!condition.sort) return true;
  const value = item[condition.sort.name];
  const [first, second] = condition.sort.values;
  if (!value || !first || typeOf(value) !== typeOf(first)) return false;
  const order = compareKeyValues(value, first);
  switch (condition.sort.op) {
    case '=':
      return order === 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case 'BETWEEN':
      return order >= 0 && second !== undefined && compareKeyValues(value, second) <= 0;
    case 'begins_with':
      if ('S' in value && 'S' in first) return value.S.startsWith(first.S);
      return 'B' in value && 'B' in first && value.B.length >= first.B.length && compareBytes(value.B.subarray(0, first.B.length), first.B) === 0;
  }
}
