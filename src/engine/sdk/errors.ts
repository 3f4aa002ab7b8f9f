// Turns what went wrong on the host into the error an SDK v3 client would have thrown: S3 errors
// carry their XML body's members (`Code`, `RequestId`, `HostId`, ...), Lambda's its JSON `Type`.
import { ServiceError } from '../errors';
import { s3HostId, s3RequestId } from '../services/s3/s3-ids';
import { dynamoRequestId } from '../services/dynamodb/dynamodb-ids';
import type { SdkErrorInfo, SdkResult, SdkService } from './types';

/** Maps a ServiceError (or anything else thrown) to the SDK's shape for `service`. */
export function toSdkError(error: unknown, service: SdkService): SdkErrorInfo {
  const known = error instanceof ServiceError ? error : undefined;
  // Anything else is the host's fault, not the caller's: a 500, without the host's stack.
  const name = known?.code ?? 'InternalError';
  const message = known?.message ?? 'We encountered an internal error. Please try again.';
  const statusCode = known?.statusCode ?? 500;
  const extra = known?.fields ?? {};
  if (service === 's3') {
    const requestId = s3RequestId();
    const hostId = s3HostId();
    return { name, message, statusCode, requestId, extendedRequestId: hostId, fields: { Code: name, ...extra, RequestId: requestId, HostId: hostId } };
  }
  if (service === 'sqs' || service === 'sns' || service === 'eventbridge') {
    return { name, message, statusCode, requestId: crypto.randomUUID(), fields: { ...(service === 'sns' ? { Type: statusCode >= 500 ? 'Receiver' : 'Sender', Code: name } : {}), ...extra } };
  }
  if (service === 'dynamodb') {
    return known
      ? { name, message, statusCode, requestId: dynamoRequestId(), fields: { ...extra } }
      : { name: 'InternalServerError', message: 'Internal server error', statusCode, requestId: dynamoRequestId(), fields: {} };
  }
  return { name, message, statusCode, requestId: crypto.randomUUID(), fields: { Type: statusCode >= 500 ? 'Service' : 'User', ...extra } };
}

export const failure = (error: unknown, service: SdkService): SdkResult => ({ ok: false, error: toSdkError(error, service) });

/** A call whose input does not have the shape the operation needs (the in-sandbox SDK checks first; this is the backstop). */
export const malformedInput = (service: SdkService, message: string) =>
  new ServiceError(
    service === 's3' ? 'InvalidRequest' : service === 'lambda' ? 'InvalidParameterValueException' : service === 'sns' ? 'InvalidParameter' : 'ValidationException',
    message,
    400,
  );

/** The environment has no invocation running, so nobody to act for (Lambda freezes it between invocations). */
export const outsideInvocation = (operation: string): SdkResult => ({
  ok: false,
  error: {
    name: 'Playground.OutsideInvocation',
    message: `${operation} was refused: SDK calls are served only while an invocation (or INIT) runs, and this environment is between invocations.`,
    statusCode: 400,
    requestId: crypto.randomUUID(),
    fields: {},
  },
});
