// DynamoDB's error names, statuses and messages, worded as DynamoDB words them.
import { ServiceError } from '../../errors';

const error = (code: string, message: string, fields: Record<string, unknown> = {}) => new ServiceError(code, message, 400, fields);

export const validation = (message: string) => error('ValidationException', message);

/** The data-plane wording (GetItem, PutItem, Query …) for a table that does not exist. */
export const tableNotFound = () => error('ResourceNotFoundException', 'Requested resource not found');

/** The control-plane wording (DescribeTable, DeleteTable, UpdateTable). */
export const tableNotFoundNamed = (table: string) => error('ResourceNotFoundException', `Requested resource not found: Table: ${table} not found`);

export const tableInUse = (table: string) => error('ResourceInUseException', `Table already exists: ${table}`);

/** `Item` is the item as it was, when the request asked for ReturnValuesOnConditionCheckFailure ALL_OLD. */
export const conditionalCheckFailed = (item?: Record<string, unknown>) =>
  error('ConditionalCheckFailedException', 'The conditional request failed', item ? { Item: item } : {});

export const invalidKey = () => validation('The provided key element does not match the schema');

export const invalidParameter = (detail: string) => validation(`One or more parameter values were invalid: ${detail}`);

/** One reason per item of a transaction, in order: `Code` 'None' for items that were fine. */
export interface CancellationReason {
  Code: string;
  Message?: string;
  Item?: Record<string, unknown>;
}

export const transactionCanceled = (reasons: CancellationReason[]) =>
  error('TransactionCanceledException', `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`, {
    CancellationReasons: reasons,
  });
