// Inputs and outputs of the S3 operations, shaped as the AWS SDK v3 commands shape them (Date, `$metadata`).
import type { BodyInput } from './body';
import type { NotificationConfiguration } from './definitions';

/** What SDK v3 puts in `$metadata`; `httpStatusCode` tells 200 from 206 and 204. */
export interface ResponseMetadata {
  httpStatusCode: number;
  /** `x-amz-request-id`, also in the event records the request causes. */
  requestId: string;
  /** `x-amz-id-2`. */
  extendedRequestId: string;
  attempts: 1;
  totalRetryDelay: 0;
}

export interface Output {
  $metadata: ResponseMetadata;
}

/** Since January 2023 S3 encrypts every new object with SSE-S3 and says so in responses. */
export type ServerSideEncryption = 'AES256';

export interface BucketInput {
  Bucket: string;
}

export interface CreateBucketOutput extends Output {
  /** `/name` in us-east-1. */
  Location: string;
}

export interface HeadBucketOutput extends Output {
  BucketRegion: string;
}

export interface ListBucketsOutput extends Output {
  Buckets: Array<{ Name: string; CreationDate: Date; BucketRegion: string }>;
  Owner: { ID: string };
}

/** Headers S3 stores with an object and returns on GET and HEAD. */
export interface ObjectHeaders {
  ContentType?: string;
  CacheControl?: string;
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  /** User metadata (`x-amz-meta-*`); S3 lower-cases the names. */
  Metadata?: Record<string, string>;
}

export interface PutObjectInput extends ObjectHeaders {
  Bucket: string;
  Key: string;
  Body?: BodyInput;
}

export interface PutObjectOutput extends Output {
  ETag: string;
  ServerSideEncryption: ServerSideEncryption;
}

export interface GetObjectInput {
  Bucket: string;
  Key: string;
  /** `bytes=a-b`, `bytes=a-` or `bytes=-n`. */
  Range?: string;
}

export interface HeadObjectOutput extends Output, ObjectHeaders {
  AcceptRanges: 'bytes';
  LastModified: Date;
  ContentLength: number;
  ETag: string;
  ContentType: string;
  Metadata: Record<string, string>;
  ServerSideEncryption: ServerSideEncryption;
  /** `bytes a-b/size`, when a Range was served (GetObject only). */
  ContentRange?: string;
}

export interface GetObjectOutput extends HeadObjectOutput {
  /** The bytes (a lazy slice for ranges); the SDK bridge adds `transformToString` and friends. */
  Body: Blob;
}

export interface DeleteObjectInput {
  Bucket: string;
  Key: string;
}

export interface ObjectIdentifier {
  Key: string;
  VersionId?: string;
}

export interface DeleteObjectsInput {
  Bucket: string;
  Delete: { Objects: ObjectIdentifier[]; Quiet?: boolean };
}

export interface DeleteObjectsOutput extends Output {
  /** Left out when `Quiet`. */
  Deleted?: ObjectIdentifier[];
  Errors?: Array<ObjectIdentifier & { Code: string; Message: string }>;
}

export interface CopyObjectInput extends ObjectHeaders {
  Bucket: string;
  Key: string;
  /** `source-bucket/source-key`, URL-encoded, optionally with a leading `/`. */
  CopySource: string;
  /** COPY (the default) keeps the source's metadata; REPLACE takes this request's. */
  MetadataDirective?: 'COPY' | 'REPLACE';
}

export interface CopyObjectOutput extends Output {
  CopyObjectResult: { ETag: string; LastModified: Date };
  ServerSideEncryption: ServerSideEncryption;
}

export interface ListObjectsV2Input {
  Bucket: string;
  Prefix?: string;
  Delimiter?: string;
  /** 1000 by default, and at most 1000 are returned whatever is asked. */
  MaxKeys?: number;
  ContinuationToken?: string;
  StartAfter?: string;
  FetchOwner?: boolean;
}

/** One entry of `Contents` (`_Object` in the SDK). */
export interface ListedObject {
  Key: string;
  LastModified: Date;
  ETag: string;
  Size: number;
  StorageClass: 'STANDARD';
  Owner?: { ID: string };
}

export interface ListObjectsV2Output extends Output {
  IsTruncated: boolean;
  Contents?: ListedObject[];
  Name: string;
  Prefix: string;
  Delimiter?: string;
  MaxKeys: number;
  CommonPrefixes?: Array<{ Prefix: string }>;
  KeyCount: number;
  ContinuationToken?: string;
  NextContinuationToken?: string;
  StartAfter?: string;
}

export interface PutBucketNotificationConfigurationInput {
  Bucket: string;
  NotificationConfiguration: NotificationConfiguration;
}

export type GetBucketNotificationConfigurationOutput = Output & NotificationConfiguration;
