// DynamoDB's expression language (condition, filter, key condition, update, projection): the public API.
import { parseCondition as parseConditionTree } from './condition-parser';
import { parseKeyCondition as parseKeyConditionTree } from './key-condition';
import { withNestingGuard } from './nesting-guard';
import { parseProjection as parseProjectionPaths } from './projection';
import { parseUpdate as parseUpdateClauses } from './update-parser';

export { ExpressionContext } from './context';
export type { Condition } from './condition-ast';
export { evaluateCondition } from './condition-eval';
export { matchesKeyCondition, type KeyCondition, type KeySchema, type SortKeyOperator } from './key-condition';
export type { UpdatePlan } from './update-parser';
export { applyUpdate, updatedAttributes } from './update-apply';
export { project, type Projection } from './projection';
export { compareKeyValues, attributeEquals } from './values';
export { normalizeNumber } from './decimal';

// Each parser behind the nesting guard, so any input is parsed or refused with DynamoDB's error.
export const parseCondition: typeof parseConditionTree = (text, ctx, kind) => withNestingGuard(kind, () => parseConditionTree(text, ctx, kind));
export const parseKeyCondition: typeof parseKeyConditionTree = (text, ctx, schema) => withNestingGuard('KeyConditionExpression', () => parseKeyConditionTree(text, ctx, schema));
export const parseUpdate: typeof parseUpdateClauses = (text, ctx) => withNestingGuard('UpdateExpression', () => parseUpdateClauses(text, ctx));
export const parseProjection: typeof parseProjectionPaths = (text, ctx) => withNestingGuard('ProjectionExpression', () => parseProjectionPaths(text, ctx));
