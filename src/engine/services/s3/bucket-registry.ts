// The project's buckets (name, notification configuration, seed objects) with S3's checks; objects live in the ObjectStore.
import type { ObjectStore } from '../../ports';
import { checkBucketName } from './bucket-name';
import type { BucketDef, NotificationConfiguration, SeedObjectDef } from './definitions';
import { bucketAlreadyOwnedByYou, bucketNotEmpty, invalidArgument, noSuchBucket } from './errors';
import { checkNotificationConfiguration } from './notifications';
import { checkKey } from './object-key';
import { newObjectMeta } from './object-meta';

function seedBody(seed: SeedObjectDef): Blob {
  if (seed.encoding === 'base64') {
    let binary: string;
    try {
      binary = atob(seed.body);
    } catch {
      throw invalidArgument(`Seed object ${seed.key}: body is not valid base64.`, 'body');
    }
    return new Blob([Uint8Array.from(binary, (c) => c.charCodeAt(0))]);
  }
  return new Blob([seed.body]);
}

function checkSeeds(seeds: unknown): SeedObjectDef[] | undefined {
  if (seeds === undefined) return undefined;
  if (!Array.isArray(seeds)) throw invalidArgument('seedObjects must be a list.', 'seedObjects');
  return seeds.map((seed: SeedObjectDef) => {
    if (typeof seed?.body !== 'string') throw invalidArgument(`Seed object ${String(seed?.key)}: body must be a string.`, 'body');
    const checked: SeedObjectDef = { key: checkKey(seed.key), body: seed.body };
    if (seed.encoding === 'base64' || seed.encoding === 'utf8') checked.encoding = seed.encoding;
    if (seed.contentType !== undefined) checked.contentType = String(seed.contentType);
    if (seed.metadata !== undefined) checked.metadata = { ...seed.metadata };
    seedBody(checked);
    return checked;
  });
}

/** Holds the bucket definitions; every change goes through S3's checks and then `changed()`. */
export class BucketRegistry {
  readonly #buckets = new Map<string, BucketDef>();

  constructor(
    private readonly store: ObjectStore,
    private readonly now: () => number,
    private readonly changed: () => void,
  ) {}

  /** In name order, as ListBuckets returns them. */
  list(): BucketDef[] {
    return [...this.#buckets.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  find(name: string): BucketDef | undefined {
    return this.#buckets.get(name);
  }

  get(name: string): BucketDef {
    const bucket = this.#buckets.get(name);
    if (!bucket) throw noSuchBucket(name);
    return bucket;
  }

  /**
   * CreateBucket. Real S3 in us-east-1 answers 200 when you re-create a bucket you own (a legacy
   * quirk; every other region says BucketAlreadyOwnedByYou); the playground always says it.
   */
  async create(name: string): Promise<BucketDef> {
    checkBucketName(name);
    if (this.#buckets.has(name)) throw bucketAlreadyOwnedByYou(name);
    const def: BucketDef = { name, creationDate: this.now(), notificationConfiguration: {} };
    // Registered before the store is awaited, so a second concurrent create sees it.
    this.#buckets.set(name, def);
    try {
      await this.store.createBucket({ name, creationDate: def.creationDate });
    } catch (error) {
      this.#buckets.delete(name);
      throw error;
    }
    this.changed();
    return def;
  }

  /**
   * Restores a saved bucket (projects, imports), checking the whole definition. Seed objects
   * are written only when the store has never held the bucket, so reopening a project keeps
   * what its functions and its user did to the objects; importing never sends notifications.
   */
  async import(input: BucketDef): Promise<BucketDef> {
    const name = checkBucketName(input?.name);
    if (this.#buckets.has(name)) throw bucketAlreadyOwnedByYou(name);
    const def: BucketDef = {
      name,
      creationDate: typeof input.creationDate === 'number' ? input.creationDate : this.now(),
      notificationConfiguration: checkNotificationConfiguration(input.notificationConfiguration ?? {}),
    };
    const seeds = checkSeeds(input.seedObjects);
    if (seeds) def.seedObjects = seeds;
    this.#buckets.set(name, def);
    try {
      const recorded = (await this.store.listBuckets()).some((b) => b.name === name);
      if (!recorded) {
        await this.store.createBucket({ name, creationDate: def.creationDate });
        for (const seed of seeds ?? []) {
          const body = seedBody(seed);
          const meta = await newObjectMeta(name, seed.key, body, { ContentType: seed.contentType, Metadata: seed.metadata }, def.creationDate);
          await this.store.putObject(meta, body);
        }
      }
    } catch (error) {
      this.#buckets.delete(name);
      throw error;
    }
    this.changed();
    return def;
  }

  /** DeleteBucket: only an empty bucket can go. */
  async delete(name: string): Promise<void> {
    this.get(name);
    if ((await this.store.listObjects(name, { limit: 1 })).length > 0) throw bucketNotEmpty(name);
    this.#buckets.delete(name);
    await this.store.deleteBucket(name);
    this.changed();
  }

  /** PutBucketNotificationConfiguration: replaces the whole configuration. */
  setNotificationConfiguration(name: string, config: NotificationConfiguration): BucketDef {
    const current = this.get(name);
    const next: BucketDef = { ...current, notificationConfiguration: checkNotificationConfiguration(config) };
    // Definitions are replaced, never mutated, so readers may hold on to them.
    this.#buckets.set(name, next);
    this.changed();
    return next;
  }
}
