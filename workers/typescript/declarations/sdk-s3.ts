// Declarations of @aws-sdk/client-s3 as the playground serves it: S3Client, the commands its S3
// implements (shapes as in SDK v3, trimmed to the members S3 reads or returns here), S3, the paginator.
import { packageDeclarations, type OperationDecl } from './sdk-common';

const op = (name: string, optionalInput = false): OperationDecl => ({ name, input: `${name}Request`, output: `${name}Output`, optionalInput });

const BODY = `
import type { Readable } from 'node:stream';
import type { SdkStream } from '@aws-sdk/util-stream-node';
export type ServerSideEncryption = 'AES256' | 'aws:kms' | 'aws:kms:dsse';
export type StorageClass = 'STANDARD' | 'REDUCED_REDUNDANCY' | 'STANDARD_IA' | 'ONEZONE_IA' | 'INTELLIGENT_TIERING' | 'GLACIER' | 'DEEP_ARCHIVE' | 'GLACIER_IR';
export type ObjectCannedACL = 'private' | 'public-read' | 'public-read-write' | 'authenticated-read' | 'aws-exec-read' | 'bucket-owner-read' | 'bucket-owner-full-control';
/** What a PutObject Body may be: text, bytes, a Blob, or a stream. */
export type StreamingBlobPayloadInputTypes = string | Uint8Array | Buffer | Blob | Readable | ReadableStream;
export interface CreateBucketRequest {
  Bucket: string | undefined;
  ACL?: 'private' | 'public-read' | 'public-read-write' | 'authenticated-read';
  CreateBucketConfiguration?: { LocationConstraint?: string };
}
export interface CreateBucketOutput { Location?: string }
export interface DeleteBucketRequest { Bucket: string | undefined }
export interface ListBucketsRequest { MaxBuckets?: number; ContinuationToken?: string; Prefix?: string; BucketRegion?: string }
export interface Bucket { Name?: string; CreationDate?: Date; BucketRegion?: string }
export interface Owner { DisplayName?: string; ID?: string }
export interface ListBucketsOutput { Buckets?: Bucket[]; Owner?: Owner; ContinuationToken?: string; Prefix?: string }
export interface HeadBucketRequest { Bucket: string | undefined; ExpectedBucketOwner?: string }
export interface HeadBucketOutput { BucketRegion?: string; AccessPointAlias?: boolean }
/** Headers stored with an object and returned by GetObject and HeadObject. */
interface ObjectHeaders {
  CacheControl?: string;
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  ContentType?: string;
  Expires?: Date;
  /** User metadata (x-amz-meta-*); S3 lower-cases the names. */
  Metadata?: Record<string, string>;
}
export interface PutObjectRequest extends ObjectHeaders {
  Bucket: string | undefined;
  Key: string | undefined;
  Body?: StreamingBlobPayloadInputTypes;
  ContentLength?: number;
  ContentMD5?: string;
  ACL?: ObjectCannedACL;
  StorageClass?: StorageClass;
  ServerSideEncryption?: ServerSideEncryption;
  Tagging?: string;
}
export interface PutObjectOutput { ETag?: string; VersionId?: string; ServerSideEncryption?: ServerSideEncryption; Expiration?: string }
export interface GetObjectRequest {
  Bucket: string | undefined;
  Key: string | undefined;
  /** bytes=a-b, bytes=a- or bytes=-n. */
  Range?: string;
  IfMatch?: string;
  IfNoneMatch?: string;
  IfModifiedSince?: Date;
  IfUnmodifiedSince?: Date;
  VersionId?: string;
  PartNumber?: number;
  ResponseContentType?: string;
  ResponseCacheControl?: string;
  ResponseContentDisposition?: string;
}
export interface HeadObjectRequest extends Omit<GetObjectRequest, 'ResponseContentType' | 'ResponseCacheControl' | 'ResponseContentDisposition'> {}
export interface HeadObjectOutput extends ObjectHeaders {
  AcceptRanges?: string;
  LastModified?: Date;
  ContentLength?: number;
  ETag?: string;
  VersionId?: string;
  DeleteMarker?: boolean;
  StorageClass?: StorageClass;
  ServerSideEncryption?: ServerSideEncryption;
}
export interface GetObjectOutput extends HeadObjectOutput {
  /** The object's bytes: read it once with transformToString(), transformToByteArray() or as a stream. */
  Body?: SdkStream<Readable>;
  /** bytes a-b/size, when a Range was served. */
  ContentRange?: string;
  TagCount?: number;
}
export interface DeleteObjectRequest { Bucket: string | undefined; Key: string | undefined; VersionId?: string }
export interface DeleteObjectOutput { DeleteMarker?: boolean; VersionId?: string }
export interface ObjectIdentifier { Key: string | undefined; VersionId?: string }
export interface DeleteObjectsRequest { Bucket: string | undefined; Delete: { Objects: ObjectIdentifier[] | undefined; Quiet?: boolean } | undefined }
export interface DeletedObject { Key?: string; VersionId?: string; DeleteMarker?: boolean }
export interface S3Error { Key?: string; VersionId?: string; Code?: string; Message?: string }
export interface DeleteObjectsOutput { Deleted?: DeletedObject[]; Errors?: S3Error[] }
export interface CopyObjectRequest extends ObjectHeaders {
  Bucket: string | undefined;
  Key: string | undefined;
  /** source-bucket/source-key, URL-encoded. */
  CopySource: string | undefined;
  /** COPY (the default) keeps the source's metadata; REPLACE takes this request's. */
  MetadataDirective?: 'COPY' | 'REPLACE';
  ACL?: ObjectCannedACL;
  StorageClass?: StorageClass;
}
export interface CopyObjectOutput { CopyObjectResult?: { ETag?: string; LastModified?: Date }; ServerSideEncryption?: ServerSideEncryption; VersionId?: string }
export interface ListObjectsV2Request {
  Bucket: string | undefined;
  Prefix?: string;
  Delimiter?: string;
  /** 1000 by default, and at most 1000. */
  MaxKeys?: number;
  ContinuationToken?: string;
  StartAfter?: string;
  FetchOwner?: boolean;
  EncodingType?: 'url';
}
export interface _Object { Key?: string; LastModified?: Date; ETag?: string; Size?: number; StorageClass?: StorageClass; Owner?: Owner }
export interface CommonPrefix { Prefix?: string }
export interface ListObjectsV2Output {
  IsTruncated?: boolean;
  Contents?: _Object[];
  Name?: string;
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
  CommonPrefixes?: CommonPrefix[];
  KeyCount?: number;
  ContinuationToken?: string;
  NextContinuationToken?: string;
  StartAfter?: string;
}
export type Event = 's3:ObjectCreated:*' | 's3:ObjectCreated:Put' | 's3:ObjectCreated:Post' | 's3:ObjectCreated:Copy' | 's3:ObjectCreated:CompleteMultipartUpload' | 's3:ObjectRemoved:*' | 's3:ObjectRemoved:Delete' | 's3:ObjectRemoved:DeleteMarkerCreated' | (string & {});
export interface FilterRule { Name?: 'prefix' | 'suffix'; Value?: string }
export interface LambdaFunctionConfiguration {
  Id?: string;
  LambdaFunctionArn: string | undefined;
  Events: Event[] | undefined;
  Filter?: { Key?: { FilterRules?: FilterRule[] } };
}
export interface NotificationConfiguration {
  LambdaFunctionConfigurations?: LambdaFunctionConfiguration[];
  TopicConfigurations?: unknown[];
  QueueConfigurations?: unknown[];
  EventBridgeConfiguration?: {};
}
export interface PutBucketNotificationConfigurationRequest { Bucket: string | undefined; NotificationConfiguration: NotificationConfiguration | undefined; SkipDestinationValidation?: boolean }
export interface GetBucketNotificationConfigurationRequest { Bucket: string | undefined; ExpectedBucketOwner?: string }
export interface S3PaginationConfiguration extends PaginationConfiguration<S3Client> {}
/** Pages of ListObjectsV2, following NextContinuationToken while the listing is truncated. */
export declare function paginateListObjectsV2(config: S3PaginationConfiguration, input: ListObjectsV2CommandInput): Paginator<ListObjectsV2CommandOutput>;
`;

export const CLIENT_S3 = packageDeclarations({
  service: 's3',
  client: 'S3Client',
  baseException: 'S3ServiceException',
  operations: [
    op('CreateBucket'), op('DeleteBucket'), op('ListBuckets', true), op('HeadBucket'),
    op('PutObject'), op('GetObject'), op('HeadObject'), op('DeleteObject'), op('DeleteObjects'), op('CopyObject'), op('ListObjectsV2'),
    op('PutBucketNotificationConfiguration'), op('GetBucketNotificationConfiguration'),
  ].map((o) => (o.name === 'DeleteBucket' || o.name === 'PutBucketNotificationConfiguration' ? { ...o, output: null } : o))
    .map((o) => (o.name === 'GetBucketNotificationConfiguration' ? { ...o, output: 'NotificationConfiguration' } : o)),
  exceptions: {
    NoSuchKey: '', NoSuchBucket: '', NotFound: '', BucketAlreadyExists: '', BucketAlreadyOwnedByYou: '',
    InvalidObjectState: 'StorageClass?: StorageClass; AccessTier?: string', NoSuchUpload: '', ObjectNotInActiveTierError: '',
  },
  body: BODY,
});
