// The S3 operations (buckets, objects, listings, notification settings); object changes become events.
import { REGION } from '../../ids';
import type { Clock, ObjectMeta, ObjectStore } from '../../ports';
import type * as Api from './api-types';
import { toBlob } from './body';
import type { BucketRegistry } from './bucket-registry';
import { parseCopySource } from './copy-source';
import type { LambdaTarget } from './definitions';
import { invalidArgument, invalidRequest, malformedXml, noSuchKey, notFound } from './errors';
import { encodeEventKey } from './event-key';
import { CONSOLE_IDENTITY, s3Event, type RequestIdentity, type S3Event } from './event-record';
import { listObjectsV2 } from './list-objects';
import { lambdaTarget, matchingConfigurations } from './notifications';
import { ServiceError } from '../../errors';
import { checkKey } from './object-key';
import { copiedHeaders, lastModifiedAt, newObjectMeta, responseHeaders, storedHeaders } from './object-meta';
import { resolveRange } from './range';
import { CANONICAL_USER_ID, s3HostId, s3RequestId, Sequencer } from './s3-ids';

export interface S3ServiceDeps {
  registry: BucketRegistry;
  store: ObjectStore;
  clock: Clock;
  /** Delivers one event to one function; S3 invokes asynchronously, so this must not wait. */
  notify: (target: LambdaTarget, event: S3Event, identity: RequestIdentity) => void;
  /** Called after objects of a bucket change (for the UI). */
  objectsChanged?: (bucket: string) => void;
  /**
   * Whether S3 may invoke a destination function for this bucket: a reason when it may not. S3
   * checks this when the configuration is saved, as it does on AWS (the function's resource policy).
   */
  checkDestination?: (target: LambdaTarget, bucket: string) => string | undefined;
}

/** One request's ids: the same ones go in `$metadata` and in the event records it causes. */
interface Request {
  requestId: string;
  hostId: string;
}

const newRequest = (): Request => ({ requestId: s3RequestId(), hostId: s3HostId() });
const metadata = (request: Request, httpStatusCode = 200): Api.ResponseMetadata => ({
  httpStatusCode, requestId: request.requestId, extendedRequestId: request.hostId, attempts: 1, totalRetryDelay: 0,
});

/** The operations; `caller` is who made the request (the playground user unless an SDK call says otherwise). */
export class S3Service {
  readonly #sequencer = new Sequencer();

  constructor(private readonly deps: S3ServiceDeps) {}

  async createBucket(input: Api.BucketInput): Promise<Api.CreateBucketOutput> {
    const request = newRequest();
    await this.deps.registry.create(input.Bucket);
    return { Location: `/${input.Bucket}`, $metadata: metadata(request) };
  }

  async deleteBucket(input: Api.BucketInput): Promise<Api.Output> {
    const request = newRequest();
    await this.deps.registry.delete(input.Bucket);
    return { $metadata: metadata(request, 204) };
  }

  async headBucket(input: Api.BucketInput): Promise<Api.HeadBucketOutput> {
    if (!this.deps.registry.find(input.Bucket)) throw notFound();
    return { BucketRegion: REGION, $metadata: metadata(newRequest()) };
  }

  async listBuckets(): Promise<Api.ListBucketsOutput> {
    const Buckets = this.deps.registry.list().map((b) => ({ Name: b.name, CreationDate: new Date(b.creationDate), BucketRegion: REGION }));
    return { Buckets, Owner: { ID: CANONICAL_USER_ID }, $metadata: metadata(newRequest()) };
  }

  async putBucketNotificationConfiguration(input: Api.PutBucketNotificationConfigurationInput): Promise<Api.Output> {
    this.deps.registry.get(input.Bucket);
    const failures = (input.NotificationConfiguration?.LambdaFunctionConfigurations ?? []).flatMap((config) => {
      const reason = this.deps.checkDestination?.(lambdaTarget(config.LambdaFunctionArn), input.Bucket);
      return reason ? [{ arn: config.LambdaFunctionArn, reason }] : [];
    });
    if (failures.length > 0) {
      // S3's answer when it cannot invoke a destination; the details name each one and why.
      throw new ServiceError('InvalidArgument', 'Unable to validate the following destination configurations', 400, {
        ArgumentName: failures[0]!.arn,
        ArgumentValue: failures.map((f) => `${f.arn}: ${f.reason}`).join('; '),
      });
    }
    this.deps.registry.setNotificationConfiguration(input.Bucket, input.NotificationConfiguration);
    return { $metadata: metadata(newRequest()) };
  }

  async getBucketNotificationConfiguration(input: Api.BucketInput): Promise<Api.GetBucketNotificationConfigurationOutput> {
    const config = structuredClone(this.deps.registry.get(input.Bucket).notificationConfiguration);
    return { ...config, $metadata: metadata(newRequest()) };
  }

  async putObject(input: Api.PutObjectInput, caller: RequestIdentity = CONSOLE_IDENTITY): Promise<Api.PutObjectOutput> {
    const request = newRequest();
    this.deps.registry.get(input.Bucket);
    const key = checkKey(input.Key);
    // Bytes in hand are hashed in hand (a string as the UTF-8 the Blob holds), not read back from the Blob.
    const bytes = typeof input.Body === 'string' ? new TextEncoder().encode(input.Body) : input.Body instanceof Uint8Array ? input.Body : undefined;
    const body = toBlob(bytes ?? input.Body);
    const meta = await newObjectMeta(input.Bucket, key, body, input, this.deps.clock.now(), bytes);
    // The bucket may have gone while the body was hashed.
    this.deps.registry.get(input.Bucket);
    await this.deps.store.putObject(meta, body);
    this.#changed('ObjectCreated:Put', meta.bucket, key, meta, request, caller);
    return { ETag: meta.etag, ServerSideEncryption: 'AES256', $metadata: metadata(request) };
  }

  async getObject(input: Api.GetObjectInput): Promise<Api.GetObjectOutput> {
    const request = newRequest();
    this.deps.registry.get(input.Bucket);
    const key = checkKey(input.Key);
    // One read gives metadata and bytes that belong together; slicing a Blob copies nothing.
    const found = await this.deps.store.getObject(input.Bucket, key);
    if (!found) throw noSuchKey(key);
    const range = resolveRange(input.Range, found.meta.size);
    const head = this.#head(found.meta, range);
    const Body = range ? found.body.slice(range.start, range.end) : found.body;
    return { ...head, Body, $metadata: metadata(request, range ? 206 : 200) };
  }

  /** HEAD has no body, so a missing bucket or key is `NotFound`, not NoSuchBucket/NoSuchKey. */
  async headObject(input: Api.GetObjectInput): Promise<Api.HeadObjectOutput> {
    const request = newRequest();
    if (!this.deps.registry.find(input.Bucket)) throw notFound();
    const meta = await this.deps.store.headObject(input.Bucket, checkKey(input.Key));
    if (!meta) throw notFound();
    const range = resolveRange(input.Range, meta.size);
    return { ...this.#head(meta, range), $metadata: metadata(request, range ? 206 : 200) };
  }

  /** Deleting a key that does not exist succeeds too (204), and then no event is sent. */
  async deleteObject(input: Api.DeleteObjectInput, caller: RequestIdentity = CONSOLE_IDENTITY): Promise<Api.Output> {
    const request = newRequest();
    this.deps.registry.get(input.Bucket);
    const key = checkKey(input.Key);
    const removed = await this.deps.store.deleteObject(input.Bucket, key);
    if (removed) this.#changed('ObjectRemoved:Delete', input.Bucket, key, undefined, request, caller);
    return { $metadata: metadata(request, 204) };
  }

  /**
   * Up to 1000 keys in one request. Unlike DeleteObject, S3 sends an ObjectRemoved:Delete event
   * for every key listed, even one that did not exist (LocalStack records this against AWS).
   */
  async deleteObjects(input: Api.DeleteObjectsInput, caller: RequestIdentity = CONSOLE_IDENTITY): Promise<Api.DeleteObjectsOutput> {
    const request = newRequest();
    this.deps.registry.get(input.Bucket);
    const objects = input.Delete?.Objects;
    if (!Array.isArray(objects) || objects.length === 0 || objects.length > 1000) throw malformedXml();
    const deleted: Api.ObjectIdentifier[] = [];
    const errors: NonNullable<Api.DeleteObjectsOutput['Errors']> = [];
    for (const object of objects) {
      if (object.VersionId !== undefined && object.VersionId !== 'null') {
        // Buckets are unversioned: only the "null" version exists.
        errors.push({ Key: object.Key, VersionId: object.VersionId, Code: 'NoSuchVersion', Message: 'The specified version does not exist.' });
        continue;
      }
      try {
        checkKey(object.Key);
      } catch (error) {
        const e = error as { code: string; message: string };
        errors.push({ Key: String(object.Key), Code: e.code, Message: e.message });
        continue;
      }
      await this.deps.store.deleteObject(input.Bucket, object.Key);
      this.#changed('ObjectRemoved:Delete', input.Bucket, object.Key, undefined, request, caller);
      deleted.push(object.VersionId === undefined ? { Key: object.Key } : { Key: object.Key, VersionId: object.VersionId });
    }
    return {
      ...(input.Delete.Quiet || deleted.length === 0 ? {} : { Deleted: deleted }),
      ...(errors.length ? { Errors: errors } : {}),
      $metadata: metadata(request),
    };
  }

  /** Copies bytes by reference (Blobs are immutable); the ETag of a single-part copy is the source's. */
  async copyObject(input: Api.CopyObjectInput, caller: RequestIdentity = CONSOLE_IDENTITY): Promise<Api.CopyObjectOutput> {
    const request = newRequest();
    this.deps.registry.get(input.Bucket);
    const key = checkKey(input.Key);
    const source = parseCopySource(input.CopySource);
    this.deps.registry.get(source.bucket);
    const directive = input.MetadataDirective ?? 'COPY';
    if (directive !== 'COPY' && directive !== 'REPLACE') throw invalidArgument('Unknown metadata directive.', 'x-amz-metadata-directive', String(directive));
    const found = await this.deps.store.getObject(source.bucket, source.key);
    if (!found) throw noSuchKey(source.key);
    if (source.bucket === input.Bucket && source.key === key && directive !== 'REPLACE') {
      throw invalidRequest(
        "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
      );
    }
    const src = found.meta;
    const headers = directive === 'REPLACE' ? storedHeaders(input) : copiedHeaders(src);
    const meta: ObjectMeta = { bucket: input.Bucket, key, size: src.size, etag: src.etag, lastModified: lastModifiedAt(this.deps.clock.now()), ...headers };
    this.deps.registry.get(input.Bucket);
    await this.deps.store.putObject(meta, found.body);
    this.#changed('ObjectCreated:Copy', input.Bucket, key, meta, request, caller);
    return { CopyObjectResult: { ETag: meta.etag, LastModified: new Date(meta.lastModified) }, ServerSideEncryption: 'AES256', $metadata: metadata(request) };
  }

  async listObjectsV2(input: Api.ListObjectsV2Input): Promise<Api.ListObjectsV2Output> {
    const request = newRequest();
    this.deps.registry.get(input.Bucket);
    return { ...(await listObjectsV2(this.deps.store, input, CANONICAL_USER_ID)), $metadata: metadata(request) };
  }

  #head(meta: ObjectMeta, range: { start: number; end: number; contentRange: string } | undefined): Omit<Api.HeadObjectOutput, '$metadata'> {
    return {
      AcceptRanges: 'bytes',
      LastModified: new Date(meta.lastModified),
      ContentLength: range ? range.end - range.start : meta.size,
      ETag: meta.etag,
      ...responseHeaders(meta),
      ServerSideEncryption: 'AES256',
      ...(range ? { ContentRange: range.contentRange } : {}),
    };
  }

  /** Sends the event for a change to every configuration of the bucket it matches. */
  #changed(eventName: string, bucket: string, key: string, meta: ObjectMeta | undefined, request: Request, identity: RequestIdentity): void {
    this.deps.objectsChanged?.(bucket);
    const def = this.deps.registry.find(bucket);
    if (!def) return;
    const configs = matchingConfigurations(def.notificationConfiguration, eventName, encodeEventKey(key));
    if (configs.length === 0) return;
    const time = this.deps.clock.now();
    // One change, one sequencer, whatever the number of destinations.
    const change = { eventName, bucket, key, size: meta?.size, etag: meta?.etag, time, sequencer: this.#sequencer.next(time), ...request, identity };
    for (const config of configs) {
      // A delivery that fails is S3's problem, not the writer's: the request has succeeded.
      try {
        this.deps.notify(lambdaTarget(config.LambdaFunctionArn), s3Event(change, config.Id!), identity);
      } catch (error) {
        console.error('S3 event notification failed', error);
      }
    }
  }
}

