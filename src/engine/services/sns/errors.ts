// SNS's errors as the AWS SDK v3 throws them: `name` is the modeled exception (NotFoundException),
// while the Query protocol's error body says `NotFound`; both travel, with `Type: 'Sender'`.
import { ServiceError } from '../../errors';

/**
 * An SNS error. SNS speaks the AWS Query protocol: its error body is
 * `<Error><Type>Sender</Type><Code>NotFound</Code><Message>…</Message></Error>`, which SDK v3 turns
 * into the modeled class (`NotFoundException`) and copies the body's members onto it.
 */
function snsError(name: string, wireCode: string, message: string, status: number): ServiceError {
  const body = { Type: 'Sender', Code: wireCode, Message: message };
  return new ServiceError(name, message, status, { Type: 'Sender', Code: wireCode, Error: body });
}

/** `Topic does not exist`, `Subscription does not exist` (HTTP 404). */
export const notFound = (message: string) => snsError('NotFoundException', 'NotFound', message, 404);

export const topicNotFound = () => notFound('Topic does not exist');

export const subscriptionNotFound = () => notFound('Subscription does not exist');

/** Every `Invalid parameter: …` refusal. */
export const invalidParameter = (message: string) => snsError('InvalidParameterException', 'InvalidParameter', message, 400);

/** Message attribute problems (`The message attribute 'x' …`): wire code ParameterValueInvalid. */
export const parameterValueInvalid = (message: string) => snsError('InvalidParameterValueException', 'ParameterValueInvalid', message, 400);

/** The Query protocol's own check of required members; no modeled class, so the SDK names it ValidationError. */
export const validationError = (message: string) => snsError('ValidationError', 'ValidationError', message, 400);

/** SNS's AccessDenied: `User: … is not authorized to perform: SNS:Publish on resource: …` (HTTP 403). */
export const authorizationError = (message: string) => snsError('AuthorizationErrorException', 'AuthorizationError', message, 403);

export const tooManyEntries = () => snsError('TooManyEntriesInBatchRequestException', 'TooManyEntriesInBatchRequest', 'The batch request contains more entries than permissible.', 400);

export const emptyBatch = () => snsError('EmptyBatchRequestException', 'EmptyBatchRequest', "The batch request doesn't contain any entries.", 400);

export const batchIdsNotDistinct = () => snsError('BatchEntryIdsNotDistinctException', 'BatchEntryIdsNotDistinct', 'Two or more batch entries in the request have the same Id.', 400);

export const invalidBatchEntryId = (message: string) => snsError('InvalidBatchEntryIdException', 'InvalidBatchEntryId', message, 400);

export const batchTooLong = () => snsError('BatchRequestTooLongException', 'BatchRequestTooLong', 'The length of all the messages put together is more than the limit.', 400);

/**
 * A malformed ARN, as SNS words it: `Invalid parameter: TopicArn Reason: An ARN must have at least
 * 6 elements, not 1` (the count is of `:`-separated parts).
 */
export function malformedArn(parameter: string, arn: string): ServiceError {
  return invalidParameter(`Invalid parameter: ${parameter} Reason: An ARN must have at least 6 elements, not ${arn.split(':').length}`);
}
