// Keeps S3 buckets and objects in IndexedDB (objects as Blobs), per project, so they survive a reload.
import type { BucketRecord, ObjectMeta, ObjectStore } from '../engine/ports';
import { compareKeys } from '../engine/services/s3/object-key';
import { openDatabase } from './idb-database';

/** A readable message for the storage errors a person can act on. */
function storageError(error: unknown): unknown {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return new Error("The browser refused to store the object: this site's storage is full. Delete objects or other projects to free space.");
  }
  return error;
}

/** The object store for one project (`scope`); other projects' buckets are invisible to it. */
export function idbObjectStore(scope = 'default'): ObjectStore {
  const db = () => openDatabase();
  return {
    async createBucket(record: BucketRecord) {
      const existing = await (await db()).get('s3Buckets', [scope, record.name]);
      if (!existing) await (await db()).put('s3Buckets', { scope, ...record });
    },
    async deleteBucket(name: string) {
      const tx = (await db()).transaction(['s3Buckets', 's3Objects'], 'readwrite');
      await tx.objectStore('s3Buckets').delete([scope, name]);
      const objects = tx.objectStore('s3Objects');
      for (const key of await objects.index('byBucket').getAllKeys([scope, name])) await objects.delete(key);
      await tx.done;
    },
    async listBuckets() {
      const records = await (await db()).getAllFromIndex('s3Buckets', 'byScope', scope);
      return records.map(({ name, creationDate }) => ({ name, creationDate }));
    },
    async putObject(meta: ObjectMeta, body: Blob) {
      try {
        await (await db()).put('s3Objects', { scope, bucket: meta.bucket, key: meta.key, meta, body });
      } catch (error) {
        throw storageError(error);
      }
    },
    async headObject(bucket: string, key: string) {
      return (await (await db()).get('s3Objects', [scope, bucket, key]))?.meta;
    },
    async getObject(bucket: string, key: string, range?: { start: number; end: number }) {
      const record = await (await db()).get('s3Objects', [scope, bucket, key]);
      if (!record) return undefined;
      // Blob.slice is lazy: a range of a large object reads only its bytes.
      return { meta: record.meta, body: range ? record.body.slice(range.start, range.end) : record.body };
    },
    async deleteObject(bucket: string, key: string) {
      const database = await db();
      const record = await database.get('s3Objects', [scope, bucket, key]);
      if (record) await database.delete('s3Objects', [scope, bucket, key]);
      return record?.meta;
    },
    async listObjects(bucket: string, options: { prefix?: string; startAfter?: string; limit?: number } = {}) {
      const { prefix = '', startAfter, limit } = options;
      // Keys come back in UTF-16 order; S3 lists in UTF-8 binary order, so sort before slicing.
      const range = IDBKeyRange.bound([scope, bucket, prefix], [scope, bucket, `${prefix}\uffff\uffff`]);
      const records = await (await db()).getAll('s3Objects', range);
      const metas = records
        .map((r) => r.meta)
        .filter((m) => m.key.startsWith(prefix) && (startAfter === undefined || compareKeys(m.key, startAfter) > 0))
        .sort((a, b) => compareKeys(a.key, b.key));
      return limit === undefined ? metas : metas.slice(0, limit);
    },
  };
}
