// An ObjectStore in memory: for unit tests, and for running the engine in Node.
import type { BucketRecord, ByteRange, ObjectMeta, ObjectStore } from '../../ports';
import { compareKeys } from './object-key';

interface StoredBucket {
  record: BucketRecord;
  objects: Map<string, { meta: ObjectMeta; body: Blob }>;
  /** Keys in S3's order, rebuilt lazily after a key is added or removed. */
  sorted?: string[];
}

const copyMeta = (meta: ObjectMeta): ObjectMeta => ({ ...meta, metadata: { ...meta.metadata } });

/** First index in the sorted `keys` whose key is after `key` (or not before it, when `inclusive`). */
function lowerBound(keys: string[], key: string, inclusive: boolean): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compareKeys(keys[mid]!, key);
    if (c < 0 || (c === 0 && !inclusive)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps buckets and objects in Maps; bodies are the caller's Blobs (immutable, so shared safely). */
export class MemoryObjectStore implements ObjectStore {
  readonly #buckets = new Map<string, StoredBucket>();

  async createBucket(record: BucketRecord): Promise<void> {
    if (!this.#buckets.has(record.name)) this.#buckets.set(record.name, { record: { ...record }, objects: new Map() });
  }

  async deleteBucket(name: string): Promise<void> {
    this.#buckets.delete(name);
  }

  async listBuckets(): Promise<BucketRecord[]> {
    return [...this.#buckets.values()].map((b) => ({ ...b.record }));
  }

  async putObject(meta: ObjectMeta, body: Blob): Promise<void> {
    const bucket = this.#bucket(meta.bucket);
    if (!bucket.objects.has(meta.key)) bucket.sorted = undefined;
    bucket.objects.set(meta.key, { meta: copyMeta(meta), body });
  }

  async headObject(bucket: string, key: string): Promise<ObjectMeta | undefined> {
    const entry = this.#buckets.get(bucket)?.objects.get(key);
    return entry && copyMeta(entry.meta);
  }

  async getObject(bucket: string, key: string, range?: ByteRange): Promise<{ meta: ObjectMeta; body: Blob } | undefined> {
    const entry = this.#buckets.get(bucket)?.objects.get(key);
    if (!entry) return undefined;
    return { meta: copyMeta(entry.meta), body: range ? entry.body.slice(range.start, range.end) : entry.body };
  }

  async deleteObject(bucket: string, key: string): Promise<ObjectMeta | undefined> {
    const stored = this.#buckets.get(bucket);
    const entry = stored?.objects.get(key);
    if (!stored || !entry) return undefined;
    stored.objects.delete(key);
    stored.sorted = undefined;
    return entry.meta;
  }

  async listObjects(bucket: string, options: { prefix?: string; startAfter?: string; limit?: number } = {}): Promise<ObjectMeta[]> {
    const stored = this.#buckets.get(bucket);
    if (!stored) return [];
    stored.sorted ??= [...stored.objects.keys()].sort(compareKeys);
    const keys = stored.sorted;
    const prefix = options.prefix ?? '';
    // Keys sharing a prefix are contiguous in this order, starting at the first key >= prefix.
    let index = lowerBound(keys, prefix, true);
    if (options.startAfter !== undefined) index = Math.max(index, lowerBound(keys, options.startAfter, false));
    const limit = options.limit ?? Infinity;
    const out: ObjectMeta[] = [];
    for (; index < keys.length && out.length < limit; index++) {
      const key = keys[index]!;
      if (!key.startsWith(prefix)) break;
      out.push(copyMeta(stored.objects.get(key)!.meta));
    }
    return out;
  }

  #bucket(name: string): StoredBucket {
    const bucket = this.#buckets.get(name);
    if (!bucket) throw new Error(`MemoryObjectStore: no bucket ${name}`);
    return bucket;
  }
}
