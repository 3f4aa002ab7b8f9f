import { beforeEach, describe, expect, it } from 'vitest';
import { BucketRegistry } from './bucket-registry';
import type { BucketDef } from './definitions';
import { MemoryObjectStore } from './memory-object-store';

let store: MemoryObjectStore;
let registry: BucketRegistry;
let changes: number;
const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);

beforeEach(() => {
  store = new MemoryObjectStore();
  changes = 0;
  registry = new BucketRegistry(store, () => NOW, () => changes++);
});

const def = (overrides: Partial<BucketDef> = {}): BucketDef => ({
  name: 'photos',
  creationDate: 1_700_000_000_000,
  notificationConfiguration: { LambdaFunctionConfigurations: [{ Id: 'thumbs', LambdaFunctionArn: 'thumbs', Events: ['s3:ObjectCreated:*'] }] },
  seedObjects: [
    { key: 'readme.txt', body: 'hello', contentType: 'text/plain' },
    { key: 'in/pixel.gif', body: 'R0lGODlhAQABAAAAACw=', encoding: 'base64', contentType: 'image/gif', metadata: { Source: 'seed' } },
  ],
  ...overrides,
});

describe('creating and deleting buckets', () => {
  it('creates a bucket, records it in the store and announces the change', async () => {
    const bucket = await registry.create('my-bucket');
    expect(bucket).toEqual({ name: 'my-bucket', creationDate: NOW, notificationConfiguration: {} });
    expect(await store.listBuckets()).toEqual([{ name: 'my-bucket', creationDate: NOW }]);
    expect(changes).toBe(1);
  });

  it('refuses a second bucket with the same name and bad names', async () => {
    await registry.create('my-bucket');
    await expect(registry.create('my-bucket')).rejects.toMatchObject({
      code: 'BucketAlreadyOwnedByYou', statusCode: 409, message: 'Your previous request to create the named bucket succeeded and you already own it.',
    });
    await expect(registry.create('My_Bucket')).rejects.toMatchObject({ code: 'InvalidBucketName', statusCode: 400 });
    // Two creates racing: the second sees the first before the store answers.
    const results = await Promise.allSettled([registry.create('race'), registry.create('race')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
  });

  it('deletes only empty buckets, and forgets unknown ones with NoSuchBucket', async () => {
    await registry.create('bucket-one');
    await store.putObject({ bucket: 'bucket-one', key: 'k', size: 0, etag: '""', lastModified: 0, contentType: 'x', metadata: {} }, new Blob([]));
    await expect(registry.delete('bucket-one')).rejects.toMatchObject({ code: 'BucketNotEmpty', statusCode: 409, message: 'The bucket you tried to delete is not empty' });
    await store.deleteObject('bucket-one', 'k');
    await registry.delete('bucket-one');
    expect(registry.list()).toEqual([]);
    expect(await store.listBuckets()).toEqual([]);
    await expect(registry.delete('bucket-one')).rejects.toMatchObject({ code: 'NoSuchBucket', statusCode: 404, message: 'The specified bucket does not exist' });
  });

  it('lists buckets in name order', async () => {
    for (const name of ['zeta', 'alpha', 'mid']) await registry.create(name);
    expect(registry.list().map((b) => b.name)).toEqual(['alpha', 'mid', 'zeta']);
  });
});

describe('importing bucket definitions', () => {
  it('restores the definition and seeds its objects the first time', async () => {
    const bucket = await registry.import(def());
    expect(bucket.creationDate).toBe(1_700_000_000_000);
    expect(bucket.notificationConfiguration.LambdaFunctionConfigurations?.[0]?.Id).toBe('thumbs');
    const objects = await store.listObjects('photos');
    expect(objects.map((o) => [o.key, o.size, o.contentType])).toEqual([['in/pixel.gif', 14, 'image/gif'], ['readme.txt', 5, 'text/plain']]);
    expect(objects[1]!.etag).toBe('"5d41402abc4b2a76b9719d911017c592"');
    expect(objects[0]!.metadata).toEqual({ source: 'seed' });
    expect(changes).toBe(1);
  });

  it('leaves the objects alone when the store already holds the bucket (a reopened project)', async () => {
    await registry.import(def());
    await store.deleteObject('photos', 'readme.txt');
    const reopened = new BucketRegistry(store, () => NOW, () => {});
    await reopened.import(def());
    expect((await store.listObjects('photos')).map((o) => o.key)).toEqual(['in/pixel.gif']);
  });

  it('checks the whole definition and keeps nothing of a bad one', async () => {
    await expect(registry.import(def({ name: 'Bad' }))).rejects.toMatchObject({ code: 'InvalidBucketName' });
    await expect(
      registry.import(def({ notificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: 'f', Events: ['s3:Nope'] }] } })),
    ).rejects.toMatchObject({ code: 'InvalidArgument', message: 'The event is not supported for notifications' });
    await expect(registry.import(def({ seedObjects: [{ key: '', body: 'x' }] }))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(registry.import(def({ seedObjects: [{ key: 'k', body: '%%%', encoding: 'base64' }] }))).rejects.toThrow('not valid base64');
    expect(registry.list()).toEqual([]);
    await registry.import(def());
    await expect(registry.import(def())).rejects.toMatchObject({ code: 'BucketAlreadyOwnedByYou' });
  });

  it('round-trips through JSON, as the project document stores it', async () => {
    const bucket = await registry.import(def());
    const again = new BucketRegistry(new MemoryObjectStore(), () => NOW, () => {});
    expect(await again.import(JSON.parse(JSON.stringify(bucket)))).toEqual(bucket);
  });
});

describe('notification configurations', () => {
  it('replaces the configuration without mutating the old definition', async () => {
    const before = await registry.create('bucket-one');
    const after = registry.setNotificationConfiguration('bucket-one', { LambdaFunctionConfigurations: [{ Id: 'x', LambdaFunctionArn: 'f', Events: ['s3:ObjectRemoved:*'] }] });
    expect(before.notificationConfiguration).toEqual({});
    expect(after.notificationConfiguration.LambdaFunctionConfigurations).toHaveLength(1);
    expect(registry.get('bucket-one')).toBe(after);
    expect(() => registry.setNotificationConfiguration('nope', {})).toThrow(expect.objectContaining({ code: 'NoSuchBucket' }));
  });
});
