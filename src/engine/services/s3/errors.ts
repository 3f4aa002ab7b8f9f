// S3's error codes, HTTP statuses and messages, worded as S3 words them.
import { ServiceError } from '../../errors';

/** S3 errors carry the resource they are about (`BucketName`, `Key`, ...) as extra fields. */
const s3Error = (code: string, message: string, status: number, fields: Record<string, unknown> = {}) =>
  new ServiceError(code, message, status, fields);

export const noSuchBucket = (bucket: string) => s3Error('NoSuchBucket', 'The specified bucket does not exist', 404, { BucketName: bucket });

export const noSuchKey = (key: string) => s3Error('NoSuchKey', 'The specified key does not exist.', 404, { Key: key });

/**
 * HEAD responses have no body, so S3 cannot name the error: SDK v3 reports a missing key or
 * bucket on HeadObject/HeadBucket as `NotFound` with the status text as its message.
 */
export const notFound = () => s3Error('NotFound', 'Not Found', 404);

export const bucketAlreadyOwnedByYou = (bucket: string) =>
  s3Error('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', 409, { BucketName: bucket });

export const bucketNotEmpty = (bucket: string) => s3Error('BucketNotEmpty', 'The bucket you tried to delete is not empty', 409, { BucketName: bucket });

/** S3's message never says which rule a name breaks; `Reason` carries it for the UI. */
export const invalidBucketName = (bucket: string, reason?: string) =>
  s3Error('InvalidBucketName', 'The specified bucket is not valid.', 400, reason ? { BucketName: bucket, Reason: reason } : { BucketName: bucket });

export const invalidRange = (range: string, size: number) =>
  s3Error('InvalidRange', 'The requested range is not satisfiable', 416, { RangeRequested: range, ActualObjectSize: size });

/** Used by the IAM evaluator; S3 says no more than this. */
export const accessDenied = () => s3Error('AccessDenied', 'Access Denied', 403);

export const keyTooLong = (size: number) => s3Error('KeyTooLongError', 'Your key is too long', 400, { MaxSizeAllowed: 1024, Size: size });

export const invalidArgument = (message: string, argumentName?: string, argumentValue?: string) => {
  const fields: Record<string, unknown> = {};
  if (argumentName !== undefined) fields.ArgumentName = argumentName;
  if (argumentValue !== undefined) fields.ArgumentValue = argumentValue;
  return s3Error('InvalidArgument', message, 400, fields);
};

export const invalidRequest = (message: string) => s3Error('InvalidRequest', message, 400);

export const malformedXml = () =>
  s3Error('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema', 400);

export const metadataTooLarge = (size: number) =>
  s3Error('MetadataTooLarge', 'Your metadata headers exceed the maximum allowed metadata size', 400, { Size: size, MaxSizeAllowed: 2048 });

export const notImplemented = (message: string) => s3Error('NotImplemented', message, 501);
