import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../testing/fake-ports';
import type { LambdaTarget } from './definitions';
import type { S3Event } from './event-record';
import { MemoryObjectStore } from './memory-object-store';
import { createS3Service, type S3ServiceApi } from './service';

let clock: ManualClock;
let s3: S3ServiceApi;
let sent: Array<{ target: LambdaTarget; event: S3Event }>;
let touched: string[];

beforeEach(async () => {
  clock = new ManualClock();
  sent = [];
  touched = [];
  s3 = createS3Service({
    store: new MemoryObjectStore(),
    clock,
    notify: (target, event) => sent.push({ target, event }),
    changed: () => {},
    objectsChanged: (bucket) => touched.push(bucket),
  });
  await s3.createBucket({ Bucket: 'photos' });
});

const records = () => sent.map((s) => s.event.Records[0]!);

describe('buckets', () => {
  it('creates, lists, heads and deletes buckets with SDK-shaped answers', async () => {
    expect(await s3.createBucket({ Bucket: 'docs' })).toMatchObject({ Location: '/docs', $metadata: { httpStatusCode: 200 } });
    const listed = await s3.listBuckets();
    expect(listed.Buckets.map((b) => b.Name)).toEqual(['docs', 'photos']);
    expect(listed.Buckets[0]!.CreationDate).toEqual(new Date(clock.now()));
    expect(listed.Owner.ID).toMatch(/^[0-9a-f]{64}$/);
    expect(await s3.headBucket({ Bucket: 'docs' })).toMatchObject({ BucketRegion: 'us-east-1' });
    expect(await s3.deleteBucket({ Bucket: 'docs' })).toMatchObject({ $metadata: { httpStatusCode: 204 } });
    await expect(s3.headBucket({ Bucket: 'docs' })).rejects.toMatchObject({ code: 'NotFound', statusCode: 404 });
  });

  it('gives every answer request ids shaped like S3 ones', async () => {
    const { $metadata } = await s3.listBuckets();
    expect($metadata).toEqual({ httpStatusCode: 200, requestId: expect.stringMatching(/^[0-9A-F]{16}$/), extendedRequestId: expect.any(String), attempts: 1, totalRetryDelay: 0 });
  });

  it('answers NoSuchBucket for objects of a bucket that does not exist', async () => {
    const noSuchBucket = expect.objectContaining({ code: 'NoSuchBucket', statusCode: 404, fields: { BucketName: 'nope' } });
    await expect(s3.putObject({ Bucket: 'nope', Key: 'k', Body: 'x' })).rejects.toEqual(noSuchBucket);
    await expect(s3.getObject({ Bucket: 'nope', Key: 'k' })).rejects.toEqual(noSuchBucket);
    await expect(s3.listObjectsV2({ Bucket: 'nope' })).rejects.toEqual(noSuchBucket);
    await expect(s3.deleteObject({ Bucket: 'nope', Key: 'k' })).rejects.toEqual(noSuchBucket);
  });
});

describe('objects', () => {
  it('puts and gets an object with its ETag, type, metadata and length', async () => {
    const put = await s3.putObject({ Bucket: 'photos', Key: 'notes/hello.txt', Body: 'hello world', ContentType: 'text/plain', Metadata: { Author: 'Kim' } });
    expect(put).toMatchObject({ ETag: '"5eb63bbbe01eeed093cb22bb8f5acdc3"', ServerSideEncryption: 'AES256', $metadata: { httpStatusCode: 200 } });
    const got = await s3.getObject({ Bucket: 'photos', Key: 'notes/hello.txt' });
    expect(await got.Body.text()).toBe('hello world');
    expect(got).toMatchObject({
      AcceptRanges: 'bytes', ContentLength: 11, ContentType: 'text/plain', ETag: put.ETag, Metadata: { author: 'Kim' },
      LastModified: new Date(Math.floor(clock.now() / 1000) * 1000), $metadata: { httpStatusCode: 200 },
    });
    expect(got.ContentRange).toBeUndefined();
    expect(touched).toEqual(['photos']);
  });

  it('stores binary bodies and Blobs unchanged, defaulting the type to binary/octet-stream', async () => {
    const bytes = new Uint8Array([0, 255, 1, 254]);
    await s3.putObject({ Bucket: 'photos', Key: 'raw.bin', Body: bytes });
    const got = await s3.getObject({ Bucket: 'photos', Key: 'raw.bin' });
    expect(new Uint8Array(await got.Body.arrayBuffer())).toEqual(bytes);
    expect(got.ContentType).toBe('binary/octet-stream');
    const blob = new Blob(['big'.repeat(1000)]);
    await s3.putObject({ Bucket: 'photos', Key: 'blob', Body: blob });
    expect((await s3.getObject({ Bucket: 'photos', Key: 'blob' })).Body).toBe(blob);
  });

  it('serves ranges with 206 and Content-Range, and refuses unsatisfiable ones with 416', async () => {
    await s3.putObject({ Bucket: 'photos', Key: 'digits', Body: '0123456789' });
    const part = await s3.getObject({ Bucket: 'photos', Key: 'digits', Range: 'bytes=2-4' });
    expect(await part.Body.text()).toBe('234');
    expect(part).toMatchObject({ ContentLength: 3, ContentRange: 'bytes 2-4/10', $metadata: { httpStatusCode: 206 } });
    expect(await (await s3.getObject({ Bucket: 'photos', Key: 'digits', Range: 'bytes=-3' })).Body.text()).toBe('789');
    expect(await (await s3.getObject({ Bucket: 'photos', Key: 'digits', Range: 'bytes=7-' })).Body.text()).toBe('789');
    await expect(s3.getObject({ Bucket: 'photos', Key: 'digits', Range: 'bytes=10-' })).rejects.toMatchObject({ code: 'InvalidRange', statusCode: 416 });
    expect(await s3.headObject({ Bucket: 'photos', Key: 'digits', Range: 'bytes=0-0' })).toMatchObject({ ContentLength: 1, $metadata: { httpStatusCode: 206 } });
  });

  it("answers a missing key with NoSuchKey on GET and NotFound on HEAD, in S3's words", async () => {
    await expect(s3.getObject({ Bucket: 'photos', Key: 'missing.jpg' })).rejects.toMatchObject({
      code: 'NoSuchKey', statusCode: 404, message: 'The specified key does not exist.', fields: { Key: 'missing.jpg' },
    });
    await expect(s3.headObject({ Bucket: 'photos', Key: 'missing.jpg' })).rejects.toMatchObject({ code: 'NotFound', statusCode: 404 });
    await expect(s3.putObject({ Bucket: 'photos', Key: 'k'.repeat(1025), Body: '' })).rejects.toMatchObject({ code: 'KeyTooLongError' });
  });

  it('heads an object without its body', async () => {
    await s3.putObject({ Bucket: 'photos', Key: 'a.txt', Body: 'abc', CacheControl: 'no-cache' });
    const head = await s3.headObject({ Bucket: 'photos', Key: 'a.txt' });
    expect(head).toMatchObject({ ContentLength: 3, CacheControl: 'no-cache', ETag: '"900150983cd24fb0d6963f7d28e17f72"' });
    expect(head).not.toHaveProperty('Body');
  });

  it('deletes idempotently with 204', async () => {
    await s3.putObject({ Bucket: 'photos', Key: 'a.txt', Body: 'abc' });
    expect(await s3.deleteObject({ Bucket: 'photos', Key: 'a.txt' })).toMatchObject({ $metadata: { httpStatusCode: 204 } });
    expect(await s3.deleteObject({ Bucket: 'photos', Key: 'a.txt' })).toMatchObject({ $metadata: { httpStatusCode: 204 } });
    await expect(s3.getObject({ Bucket: 'photos', Key: 'a.txt' })).rejects.toMatchObject({ code: 'NoSuchKey' });
  });

  it('deletes many keys, reporting Deleted (unless Quiet) and Errors', async () => {
    await s3.putObject({ Bucket: 'photos', Key: 'a', Body: '1' });
    await s3.putObject({ Bucket: 'photos', Key: 'b', Body: '2' });
    const out = await s3.deleteObjects({ Bucket: 'photos', Delete: { Objects: [{ Key: 'a' }, { Key: 'missing' }, { Key: 'b', VersionId: 'v2' }] } });
    expect(out.Deleted).toEqual([{ Key: 'a' }, { Key: 'missing' }]);
    expect(out.Errors).toEqual([{ Key: 'b', VersionId: 'v2', Code: 'NoSuchVersion', Message: 'The specified version does not exist.' }]);
    const quiet = await s3.deleteObjects({ Bucket: 'photos', Delete: { Objects: [{ Key: 'b' }], Quiet: true } });
    expect(quiet).not.toHaveProperty('Deleted');
    expect(quiet).not.toHaveProperty('Errors');
    expect((await s3.listObjectsV2({ Bucket: 'photos' })).KeyCount).toBe(0);
    await expect(s3.deleteObjects({ Bucket: 'photos', Delete: { Objects: [] } })).rejects.toMatchObject({ code: 'MalformedXML' });
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ Key: `k${i}` }));
    await expect(s3.deleteObjects({ Bucket: 'photos', Delete: { Objects: tooMany } })).rejects.toMatchObject({ code: 'MalformedXML' });
  });

  it('copies an object, keeping or replacing its metadata', async () => {
    await s3.createBucket({ Bucket: 'archive' });
    await s3.putObject({ Bucket: 'photos', Key: 'in/red flower.jpg', Body: 'jpeg', ContentType: 'image/jpeg', Metadata: { camera: 'x100' } });
    clock.advance(5000);
    const copied = await s3.copyObject({ Bucket: 'archive', Key: 'flower.jpg', CopySource: 'photos/in/red%20flower.jpg', ContentType: 'ignored/without-replace' });
    expect(copied.CopyObjectResult).toEqual({ ETag: '"ab4f3ccba74857c5f2ba0d5b7dbf65e1"', LastModified: new Date(Math.floor(clock.now() / 1000) * 1000) });
    const copy = await s3.getObject({ Bucket: 'archive', Key: 'flower.jpg' });
    expect(copy).toMatchObject({ ContentType: 'image/jpeg', Metadata: { camera: 'x100' } });
    expect(await copy.Body.text()).toBe('jpeg');
    await s3.copyObject({ Bucket: 'archive', Key: 'flower.jpg', CopySource: 'archive/flower.jpg', MetadataDirective: 'REPLACE', ContentType: 'image/png', Metadata: { Edited: 'yes' } });
    expect(await s3.headObject({ Bucket: 'archive', Key: 'flower.jpg' })).toMatchObject({ ContentType: 'image/png', Metadata: { edited: 'yes' } });
  });

  it("refuses to copy an object onto itself without REPLACE, and a missing source, in S3's words", async () => {
    await s3.putObject({ Bucket: 'photos', Key: 'a', Body: 'x' });
    await expect(s3.copyObject({ Bucket: 'photos', Key: 'a', CopySource: 'photos/a' })).rejects.toMatchObject({
      code: 'InvalidRequest',
      message: "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
    });
    await expect(s3.copyObject({ Bucket: 'photos', Key: 'b', CopySource: 'photos/nope' })).rejects.toMatchObject({ code: 'NoSuchKey' });
    await expect(s3.copyObject({ Bucket: 'photos', Key: 'b', CopySource: 'gone/a' })).rejects.toMatchObject({ code: 'NoSuchBucket' });
    await expect(s3.copyObject({ Bucket: 'photos', Key: 'b', CopySource: 'photos/a', MetadataDirective: 'MERGE' as never })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses to delete a bucket that still holds objects', async () => {
    await s3.putObject({ Bucket: 'photos', Key: 'a', Body: 'x' });
    await expect(s3.deleteBucket({ Bucket: 'photos' })).rejects.toMatchObject({ code: 'BucketNotEmpty', statusCode: 409 });
  });
});

describe('event notifications', () => {
  beforeEach(async () => {
    await s3.putBucketNotificationConfiguration({
      Bucket: 'photos',
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          { Id: 'thumbs', LambdaFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:make-thumb:live', Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'in/' }] } } },
          { Id: 'audit', LambdaFunctionArn: 'audit', Events: ['s3:ObjectRemoved:*'] },
        ],
      },
    });
  });

  it('answers the configuration as S3 stores it', async () => {
    const config = await s3.getBucketNotificationConfiguration({ Bucket: 'photos' });
    expect(config.LambdaFunctionConfigurations?.[0]?.Filter).toEqual({ Key: { FilterRules: [{ Name: 'Prefix', Value: 'in/' }] } });
    expect(config.$metadata.httpStatusCode).toBe(200);
  });

  it('sends ObjectCreated:Put to the matching function, with the request ids of the PutObject answer', async () => {
    const put = await s3.putObject({ Bucket: 'photos', Key: 'in/red flower.jpg', Body: 'jpeg' }, { principalId: 'AWS:AROAEXAMPLE:uploader', sourceIPAddress: '10.0.0.7' });
    await s3.putObject({ Bucket: 'photos', Key: 'out/ignored.jpg', Body: 'jpeg' });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.target).toEqual({ functionName: 'make-thumb', qualifier: 'live' });
    const [record] = records();
    expect(record).toMatchObject({
      eventName: 'ObjectCreated:Put',
      eventTime: new Date(clock.now()).toISOString(),
      userIdentity: { principalId: 'AWS:AROAEXAMPLE:uploader' },
      requestParameters: { sourceIPAddress: '10.0.0.7' },
      responseElements: { 'x-amz-request-id': put.$metadata.requestId, 'x-amz-id-2': put.$metadata.extendedRequestId },
      s3: { configurationId: 'thumbs', bucket: { name: 'photos', arn: 'arn:aws:s3:::photos' }, object: { key: 'in/red+flower.jpg', size: 4, eTag: put.ETag.replace(/"/g, '') } },
    });
  });

  it('sends ObjectCreated:Copy for copies, and deletes without size or eTag', async () => {
    await s3.putObject({ Bucket: 'photos', Key: 'src.jpg', Body: 'x' });
    await s3.copyObject({ Bucket: 'photos', Key: 'in/copy.jpg', CopySource: 'photos/src.jpg' });
    await s3.deleteObject({ Bucket: 'photos', Key: 'in/copy.jpg' });
    expect(records().map((r) => [r.eventName, r.s3.configurationId])).toEqual([['ObjectCreated:Copy', 'thumbs'], ['ObjectRemoved:Delete', 'audit']]);
    expect(records()[1]!.s3.object).toEqual({ key: 'in/copy.jpg', sequencer: expect.stringMatching(/^[0-9A-F]{18}$/) });
    expect(sent[1]!.target).toEqual({ functionName: 'audit' });
  });

  it('sends nothing when DeleteObject removes nothing, but one event per key for DeleteObjects', async () => {
    await s3.deleteObject({ Bucket: 'photos', Key: 'never-existed' });
    expect(sent).toHaveLength(0);
    await s3.putObject({ Bucket: 'photos', Key: 'a', Body: '1' });
    await s3.deleteObjects({ Bucket: 'photos', Delete: { Objects: [{ Key: 'a' }, { Key: 'never-existed' }] } });
    expect(records().map((r) => r.s3.object.key)).toEqual(['a', 'never-existed']);
    // One request: the same request id on both records.
    expect(new Set(records().map((r) => r.responseElements['x-amz-request-id'])).size).toBe(1);
  });

  it("orders a key's events by sequencer", async () => {
    await s3.putObject({ Bucket: 'photos', Key: 'in/a.jpg', Body: '1' });
    await s3.putObject({ Bucket: 'photos', Key: 'in/a.jpg', Body: '2' });
    clock.advance(1500);
    await s3.deleteObject({ Bucket: 'photos', Key: 'in/a.jpg' });
    const sequencers = records().map((r) => r.s3.object.sequencer);
    expect(sequencers).toHaveLength(3);
    expect([...sequencers].sort()).toEqual(sequencers);
    expect(new Set(sequencers).size).toBe(3);
  });

  it('stops sending once the configuration is removed', async () => {
    await s3.putBucketNotificationConfiguration({ Bucket: 'photos', NotificationConfiguration: {} });
    await s3.putObject({ Bucket: 'photos', Key: 'in/a.jpg', Body: '1' });
    expect(sent).toEqual([]);
    expect(await s3.getBucketNotificationConfiguration({ Bucket: 'photos' })).toEqual({ $metadata: expect.any(Object) });
  });
});

describe('a failing delivery', () => {
  it('does not fail the request that caused it', async () => {
    const failing = createS3Service({ store: new MemoryObjectStore(), clock, notify: () => { throw new Error('engine down'); }, changed: () => {} });
    await failing.createBucket({ Bucket: 'photos' });
    await failing.putBucketNotificationConfiguration({ Bucket: 'photos', NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: 'f', Events: ['s3:ObjectCreated:*'] }] } });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await expect(failing.putObject({ Bucket: 'photos', Key: 'k', Body: 'v' })).resolves.toMatchObject({ ETag: expect.any(String) });
      expect(logged).toHaveBeenCalledWith('S3 event notification failed', expect.any(Error));
    } finally {
      logged.mockRestore();
    }
    expect(await (await failing.getObject({ Bucket: 'photos', Key: 'k' })).Body.text()).toBe('v');
  });
});
