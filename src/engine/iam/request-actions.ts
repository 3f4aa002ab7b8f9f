// Which IAM action on which resource an API call needs (AWS docs, "Required permissions for Amazon S3 API operations").
import { functionArn } from '../ids';
import { parseCopySource } from '../services/s3/copy-source';
import type { RequestContext } from './conditions';

/** One permission a call needs; a call may need several (CopyObject reads one object and writes another). */
export interface AuthorizationRequest {
  action: string;
  /** An ARN, or `*` for actions that act on no resource. */
  resource: string;
  context?: RequestContext;
}

/** The S3 operations the simulated service offers. */
export type S3Operation =
  | 'CreateBucket' | 'DeleteBucket' | 'HeadBucket' | 'ListBuckets'
  | 'PutBucketNotificationConfiguration' | 'GetBucketNotificationConfiguration'
  | 'PutObject' | 'GetObject' | 'HeadObject' | 'DeleteObject' | 'DeleteObjects' | 'CopyObject' | 'ListObjectsV2';

/** The parts of an S3 request that decide its permissions (the SDK input shapes, all optional here). */
export interface S3RequestInput {
  Bucket?: string;
  Key?: string;
  CopySource?: string;
  Delete?: { Objects?: Array<{ Key: string }> };
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
}

export const s3BucketArn = (bucket: string) => `arn:aws:s3:::${bucket}`;
export const s3ObjectArn = (bucket: string, key: string) => `arn:aws:s3:::${bucket}/${key}`;

/** s3:ListBucket on a bucket: also what decides whether a missing key is NoSuchKey (allowed) or AccessDenied. */
export const s3ListBucketRequest = (bucket: string): AuthorizationRequest => ({ action: 's3:ListBucket', resource: s3BucketArn(bucket) });

/**
 * The permissions an S3 call needs, in the order S3 checks them. Action names differ from
 * operation names in places: ListObjectsV2 and HeadBucket need s3:ListBucket, ListBuckets needs
 * s3:ListAllMyBuckets (on no resource), HeadObject needs s3:GetObject, DeleteObjects needs
 * s3:DeleteObject for each key, and the notification operations drop "Configuration".
 */
export function s3Requests(operation: S3Operation, input: S3RequestInput = {}): AuthorizationRequest[] {
  const bucket = input.Bucket ?? '';
  const object = (action: string): AuthorizationRequest => ({ action, resource: s3ObjectArn(bucket, input.Key ?? '') });
  const onBucket = (action: string): AuthorizationRequest => ({ action, resource: s3BucketArn(bucket) });
  switch (operation) {
    case 'CreateBucket':
      return [onBucket('s3:CreateBucket')];
    case 'DeleteBucket':
      return [onBucket('s3:DeleteBucket')];
    case 'HeadBucket':
      return [s3ListBucketRequest(bucket)];
    case 'ListBuckets':
      return [{ action: 's3:ListAllMyBuckets', resource: '*' }];
    case 'PutBucketNotificationConfiguration':
      return [onBucket('s3:PutBucketNotification')];
    case 'GetBucketNotificationConfiguration':
      return [onBucket('s3:GetBucketNotification')];
    case 'PutObject':
      return [object('s3:PutObject')];
    case 'GetObject':
    case 'HeadObject':
      return [object('s3:GetObject')];
    case 'DeleteObject':
      return [object('s3:DeleteObject')];
    case 'DeleteObjects':
      return (input.Delete?.Objects ?? []).map((o) => ({ action: 's3:DeleteObject', resource: s3ObjectArn(bucket, o.Key) }));
    case 'CopyObject':
      return [...copySourceRequest(input.CopySource), object('s3:PutObject')];
    case 'ListObjectsV2':
      return [{ ...s3ListBucketRequest(bucket), context: listContext(input) }];
  }
}

/** Reading the source of a copy; a malformed CopySource needs no permission, S3 refuses it anyway. */
function copySourceRequest(copySource: string | undefined): AuthorizationRequest[] {
  try {
    const source = parseCopySource(copySource);
    return [{ action: 's3:GetObject', resource: s3ObjectArn(source.bucket, source.key) }];
  } catch {
    return [];
  }
}

/** ListBucket's own condition keys, present only when the request sets them. */
function listContext(input: S3RequestInput): RequestContext {
  const context: RequestContext = {};
  if (input.Prefix !== undefined) context['s3:prefix'] = input.Prefix;
  if (input.Delimiter !== undefined) context['s3:delimiter'] = input.Delimiter;
  if (input.MaxKeys !== undefined) context['s3:max-keys'] = String(input.MaxKeys);
  return context;
}

/**
 * Invoke needs lambda:InvokeFunction on the ARN the caller used: the qualified ARN when a version
 * or alias is named, so a grant on `function:name` does not cover `function:name:prod` (AWS docs,
 * "Using Lambda aliases in event sources and permissions policies"); `function:name*` covers both.
 */
export function lambdaInvokeRequest(functionName: string, qualifier?: string): AuthorizationRequest {
  return { action: 'lambda:InvokeFunction', resource: functionArn(functionName, qualifier) };
}
