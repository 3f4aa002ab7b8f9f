// SQS's error names and messages as SDK v3 (JSON protocol) shows them: modeled errors by their
// shape name (`QueueDoesNotExist`), the rest by their query code (`InvalidParameterValue`).
// Wording as AWS answers, recorded by LocalStack's snapshot tests and in public bug reports.
import { ServiceError } from '../../errors';

const error = (code: string, message: string, status = 400) => new ServiceError(code, message, status);

export const queueDoesNotExist = () => error('QueueDoesNotExist', 'The specified queue does not exist.');

export const queueNameExists = (attribute: string) =>
  error('QueueNameExists', `A queue already exists with the same name and a different value for attribute ${attribute}`);

export const queueDeletedRecently = () =>
  error('QueueDeletedRecently', 'You must wait 60 seconds after deleting a queue before you can create another with the same name.');

export const invalidParameterValue = (message: string) => error('InvalidParameterValue', message);

/** "Value X for parameter P is invalid. Reason: …", SQS's usual wording. */
export const invalidValue = (value: unknown, parameter: string, reason: string) =>
  invalidParameterValue(`Value ${typeof value === 'string' ? value : JSON.stringify(value)} for parameter ${parameter} is invalid. Reason: ${reason}`);

export const missingParameter = (parameter: string) => error('MissingParameter', `The request must contain the parameter ${parameter}.`);

export const invalidAttributeName = (name: string, message = `Unknown Attribute ${name}.`) => error('InvalidAttributeName', message);

export const invalidAttributeValue = (name: string, reason?: string) =>
  error('InvalidAttributeValue', `Invalid value for the parameter ${name}.${reason ? ` Reason: ${reason}` : ''}`);

export const receiptHandleIsInvalid = (handle: unknown) =>
  error('ReceiptHandleIsInvalid', `The input receipt handle "${String(handle)}" is not a valid receipt handle.`);

export const invalidMessageContents = () =>
  error(
    'InvalidMessageContents',
    'Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF',
  );

export const purgeQueueInProgress = (queue: string) =>
  error('PurgeQueueInProgress', `Only one PurgeQueue operation on ${queue} is allowed every 60 seconds.`, 403);

/** The batch request names: `SendMessageBatchRequestEntry`, `DeleteMessageBatchRequestEntry`, … */
export const emptyBatchRequest = (entryShape: string) => error('EmptyBatchRequest', `There should be at least one ${entryShape} in the request.`);

export const tooManyEntriesInBatchRequest = (count: number) =>
  error('TooManyEntriesInBatchRequest', `Maximum number of entries per request are 10. You have sent ${count}.`);

export const batchEntryIdsNotDistinct = (id: string) => error('BatchEntryIdsNotDistinct', `Id ${id} repeated.`);

export const invalidBatchEntryId = () =>
  error('InvalidBatchEntryId', 'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.');

export const batchRequestTooLong = (limit: number, sent: number) =>
  error('BatchRequestTooLong', `Batch requests cannot be longer than ${limit} bytes. You have sent ${sent} bytes.`);

/** A batch entry's failure, as the `Failed` list of a batch answer carries it. */
export interface BatchResultErrorEntry {
  Id: string;
  SenderFault: boolean;
  Code: string;
  Message: string;
}

export function failedEntry(id: string, failure: unknown): BatchResultErrorEntry {
  if (failure instanceof ServiceError) return { Id: id, SenderFault: failure.statusCode < 500, Code: failure.code, Message: failure.message };
  return { Id: id, SenderFault: false, Code: 'InternalError', Message: 'We encountered an internal error. Please try again.' };
}
