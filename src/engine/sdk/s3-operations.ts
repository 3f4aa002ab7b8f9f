// The S3 commands a handler can send: each checked against IAM for the permissions S3 checks (the
// IAM module's table of them), then run by the S3 service as the function's role, so the event
// records it causes name that role.
import { ServiceError } from '../errors';
import { s3ListBucketRequest, s3Requests, type AuthorizationRequest, type S3Operation, type S3RequestInput } from '../iam/request-actions';
import type * as Api from '../services/s3/api-types';
import type { RequestIdentity } from '../services/s3/event-record';
import { s3HostId, s3RequestId } from '../services/s3/s3-ids';
import type { S3ServiceApi } from '../services/s3/service';
import { malformedInput } from './errors';

type Input = Record<string, unknown>;

/** What one operation needs from the dispatcher. */
export interface S3Context {
  s3: S3ServiceApi;
  input: Input;
  identity: RequestIdentity;
  /** The denial IAM gives for one permission, if it denies it. */
  denied(request: AuthorizationRequest): Promise<ServiceError | undefined>;
}

/** HEAD responses have no body: SDK v3 reports a refusal on them as `403` with the message `UnknownError`. */
const headForbidden = () => new ServiceError('403', 'UnknownError', 403);

/** The backstop for inputs the in-sandbox SDK would not have sent: labels must be non-empty strings. */
function labels(input: Input, ...names: string[]): void {
  for (const name of names) {
    if (typeof input[name] !== 'string' || input[name] === '') throw malformedInput('s3', `${name} must be a non-empty string.`);
  }
}

/** Members that go into IAM's condition context must have their modeled types. */
function optional(input: Input, type: 'string' | 'number', ...names: string[]): void {
  for (const name of names) {
    if (input[name] !== undefined && typeof input[name] !== type) throw malformedInput('s3', `${name} must be a ${type}.`);
  }
}

/** Every permission the operation needs, in S3's order; the first refused one is the error. */
async function allow(ctx: S3Context, operation: S3Operation, head = false): Promise<void> {
  for (const request of s3Requests(operation, ctx.input as S3RequestInput)) {
    const denial = await ctx.denied(request);
    if (denial) throw head ? headForbidden() : denial;
  }
}

/**
 * Without s3:ListBucket, S3 will not say whether a key exists: a missing key is then 403, not 404
 * ("If you don't have the s3:ListBucket permission, Amazon S3 returns an HTTP status code 403").
 */
async function hidingMissingKeys<T>(ctx: S3Context, head: boolean, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const missing = error instanceof ServiceError && (error.code === 'NoSuchKey' || (head && error.code === 'NotFound'));
    const denial = missing ? await ctx.denied(s3ListBucketRequest(ctx.input.Bucket as string)) : undefined;
    if (denial) throw head ? headForbidden() : denial;
    throw error;
  }
}

/** The header-like members objects carry; the SDK models each as a string. */
const OBJECT_HEADERS = ['ContentType', 'CacheControl', 'ContentDisposition', 'ContentEncoding', 'ContentLanguage'] as const;

/** User metadata is a map of strings (it becomes `x-amz-meta-*` headers). */
function metadata(input: Input): void {
  const value = input.Metadata;
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.values(value).every((v) => typeof v === 'string')) {
    throw malformedInput('s3', 'Metadata must be an object of strings.');
  }
}

const isBody = (body: unknown) => body === undefined || typeof body === 'string' || body instanceof Uint8Array || body instanceof Blob;

/** Operation name (as in `GetObjectCommand`) → how to run it. */
export const S3_OPERATIONS: Record<string, (ctx: S3Context) => Promise<object>> = {
  async CreateBucket(ctx) {
    labels(ctx.input, 'Bucket');
    await allow(ctx, 'CreateBucket');
    return ctx.s3.createBucket(ctx.input as unknown as Api.BucketInput);
  },
  async DeleteBucket(ctx) {
    labels(ctx.input, 'Bucket');
    await allow(ctx, 'DeleteBucket');
    return ctx.s3.deleteBucket(ctx.input as unknown as Api.BucketInput);
  },
  async ListBuckets(ctx) {
    await allow(ctx, 'ListBuckets');
    return ctx.s3.listBuckets();
  },
  async HeadBucket(ctx) {
    labels(ctx.input, 'Bucket');
    await allow(ctx, 'HeadBucket', true);
    return ctx.s3.headBucket(ctx.input as unknown as Api.BucketInput);
  },
  async PutObject(ctx) {
    labels(ctx.input, 'Bucket', 'Key');
    if (!isBody(ctx.input.Body)) throw malformedInput('s3', 'Body must be a string, a Uint8Array or a Blob.');
    optional(ctx.input, 'string', ...OBJECT_HEADERS);
    metadata(ctx.input);
    await allow(ctx, 'PutObject');
    return ctx.s3.putObject(ctx.input as unknown as Api.PutObjectInput, ctx.identity);
  },
  async GetObject(ctx) {
    labels(ctx.input, 'Bucket', 'Key');
    optional(ctx.input, 'string', 'Range');
    await allow(ctx, 'GetObject');
    return hidingMissingKeys(ctx, false, () => ctx.s3.getObject(ctx.input as unknown as Api.GetObjectInput));
  },
  async HeadObject(ctx) {
    labels(ctx.input, 'Bucket', 'Key');
    optional(ctx.input, 'string', 'Range');
    await allow(ctx, 'HeadObject', true);
    return hidingMissingKeys(ctx, true, () => ctx.s3.headObject(ctx.input as unknown as Api.GetObjectInput));
  },
  async DeleteObject(ctx) {
    labels(ctx.input, 'Bucket', 'Key');
    await allow(ctx, 'DeleteObject');
    return ctx.s3.deleteObject(ctx.input as unknown as Api.DeleteObjectInput, ctx.identity);
  },
  DeleteObjects: deleteObjects,
  async CopyObject(ctx) {
    labels(ctx.input, 'Bucket', 'Key', 'CopySource');
    optional(ctx.input, 'string', 'MetadataDirective', ...OBJECT_HEADERS);
    metadata(ctx.input);
    await allow(ctx, 'CopyObject');
    return ctx.s3.copyObject(ctx.input as unknown as Api.CopyObjectInput, ctx.identity);
  },
  async ListObjectsV2(ctx) {
    labels(ctx.input, 'Bucket');
    optional(ctx.input, 'string', 'Prefix', 'Delimiter', 'ContinuationToken', 'StartAfter');
    optional(ctx.input, 'number', 'MaxKeys');
    await allow(ctx, 'ListObjectsV2');
    return ctx.s3.listObjectsV2(ctx.input as unknown as Api.ListObjectsV2Input);
  },
  async PutBucketNotificationConfiguration(ctx) {
    labels(ctx.input, 'Bucket');
    await allow(ctx, 'PutBucketNotificationConfiguration');
    return ctx.s3.putBucketNotificationConfiguration(ctx.input as unknown as Api.PutBucketNotificationConfigurationInput);
  },
  async GetBucketNotificationConfiguration(ctx) {
    labels(ctx.input, 'Bucket');
    await allow(ctx, 'GetBucketNotificationConfiguration');
    return ctx.s3.getBucketNotificationConfiguration(ctx.input as unknown as Api.BucketInput);
  },
};

/** S3 checks s3:DeleteObject key by key: a refused key is reported in `Errors`, the others are deleted. */
async function deleteObjects(ctx: S3Context): Promise<Api.DeleteObjectsOutput> {
  const input = ctx.input as unknown as Api.DeleteObjectsInput;
  labels(ctx.input, 'Bucket');
  const objects = input.Delete?.Objects;
  // A request S3 rejects as a whole (MalformedXML) is left to the service to word.
  if (!Array.isArray(objects) || objects.length === 0 || objects.length > 1000 || !objects.every((o) => typeof o?.Key === 'string')) {
    return ctx.s3.deleteObjects(input, ctx.identity);
  }
  const allowed: Api.ObjectIdentifier[] = [];
  const errors: NonNullable<Api.DeleteObjectsOutput['Errors']> = [];
  const requests = s3Requests('DeleteObjects', input as S3RequestInput);
  for (const [index, object] of objects.entries()) {
    const denial = await ctx.denied(requests[index]!);
    if (denial) errors.push({ Key: object.Key, Code: denial.code, Message: denial.message });
    else allowed.push(object);
  }
  if (allowed.length === objects.length) return ctx.s3.deleteObjects(input, ctx.identity);
  if (allowed.length === 0) {
    const $metadata = { httpStatusCode: 200, requestId: s3RequestId(), extendedRequestId: s3HostId(), attempts: 1 as const, totalRetryDelay: 0 as const };
    return { Errors: errors, $metadata };
  }
  const output = await ctx.s3.deleteObjects({ ...input, Delete: { ...input.Delete, Objects: allowed } }, ctx.identity);
  return { ...output, Errors: [...(output.Errors ?? []), ...errors] };
}
