// What the item operations share: the request's expression context, its checked Key and Item,
// ReturnValues' rules, and the ids DynamoDB puts in `$metadata`.
import type { AttributeValue, Item } from './attribute-value';
import { validation } from './errors';
import { ExpressionContext, parseCondition, type Condition } from './expressions';
import { checkItem, checkValue } from './item-validation';
import { checkKey } from './keys';
import type { Table } from './tables';

type Input = Record<string, unknown>;

/** The request's ExpressionAttributeNames/Values, values checked as attribute values. */
export function expressionContext(input: Input): ExpressionContext {
  const values = input.ExpressionAttributeValues as Record<string, unknown> | undefined;
  const checked: Record<string, AttributeValue> | undefined = values && typeof values === 'object' ? {} : undefined;
  if (values && checked) for (const [name, value] of Object.entries(values)) checked[name] = checkValue(value);
  return new ExpressionContext(input.ExpressionAttributeNames as Record<string, string> | undefined, checked);
}

/** The ConditionExpression, if the request has one. */
export function conditionOf(input: Input, ctx: ExpressionContext): Condition | undefined {
  const text = input.ConditionExpression;
  if (text === undefined) return undefined;
  if (typeof text !== 'string' || text.trim() === '') throw validation('Invalid ConditionExpression: The expression can not be empty;');
  return parseCondition(text, ctx, 'ConditionExpression');
}

/** The request's Key, checked against the table's schema. */
export function keyOf(input: Input, table: Table): Item {
  if (!input.Key || typeof input.Key !== 'object') throw validation('The provided key element does not match the schema');
  return checkKey(checkItem(input.Key as Input), table.def);
}

/** Members the playground does not model (the legacy conditional parameters), refused by name. */
export function refuseLegacy(input: Input, ...members: string[]): void {
  for (const member of members) {
    if (input[member] !== undefined) {
      throw validation(`The playground simulates expression parameters only: use the expression form instead of the legacy parameter ${member}.`);
    }
  }
}

/** ReturnValues, checked against what the operation allows. */
export function returnValuesOf(input: Input, allowed: readonly string[], operation: string): string {
  const value = (input.ReturnValues as string | undefined) ?? 'NONE';
  if (!allowed.includes(value)) {
    if (['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'].includes(value)) throw validation(`ReturnValues can only be ${allowed.join(' or ')} for ${operation}`);
    throw validation(`1 validation error detected: Value '${value}' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]`);
  }
  return value;
}

/** ReturnValuesOnConditionCheckFailure ALL_OLD: the item as it was goes on the exception. */
export const returnOldOnFailure = (input: Input) => input.ReturnValuesOnConditionCheckFailure === 'ALL_OLD';
