// DynamoDB's expression language (condition, filter, key condition, update, projection): the public API.
export { ExpressionContext } from './context';
export type { Condition } from './condition-ast';
export { parseCondition } from './condition-parser';
export { evaluateCondition } from './condition-eval';
export { parseKeyCondition, matchesKeyCondition, type KeyCondition, type KeySchema, type SortKeyOperator } from './key-condition';
export { parseUpdate, type UpdatePlan } from './update-parser';
export { applyUpdate, updatedAttributes } from './update-apply';
export { parseProjection, project, type Projection } from './projection';
export { compareKeyValues, attributeEquals } from './values';
export { normalizeNumber } from './decimal';
