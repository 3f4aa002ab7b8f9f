// One bucket's object browser, as the S3 console shows it: folders by the `/` delimiter,
// breadcrumbs, selection, new folders and deletes, with the uploads and details panel beside it.
import type { Engine } from '../../engine/engine';
import { describeS3Error } from './s3-messages';
import { t } from '../../i18n/i18n.svelte';
import { BucketUploads } from './bucket-uploads.svelte';
import { ObjectDetails } from './object-details.svelte';

type S3 = Engine['s3'];
type Notify = (kind: 'info' | 'error', text: string) => void;

/** A common prefix of the listing, shown as a folder (`name` keeps its trailing `/`). */
export interface FolderRow {
  prefix: string;
  name: string;
}

export interface ObjectRow {
  key: string;
  /** The key without the folder it is listed in. */
  name: string;
  size: number;
  lastModified: Date;
  etag: string;
  /** From HeadObject: ListObjectsV2 does not return it. */
  contentType?: string;
}

/** Every key under a prefix, through as many ListObjectsV2 pages as it takes. */
export async function allKeysUnder(s3: S3, bucket: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.listObjectsV2({ Bucket: bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) });
    keys.push(...(page.Contents ?? []).map((o) => o.Key));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
}

/** DeleteObjects takes at most 1000 keys a request; answers how many went and S3's per-key errors. */
export async function deleteKeys(s3: S3, bucket: string, keys: string[]): Promise<{ deleted: number; errors: string[] }> {
  let deleted = 0;
  const errors: string[] = [];
  for (let i = 0; i < keys.length; i += 1000) {
    const batch = keys.slice(i, i + 1000);
    const out = await s3.deleteObjects({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } });
    errors.push(...(out.Errors ?? []).map((e) => `${e.Key}: ${e.Code}: ${e.Message}`));
    deleted += batch.length - (out.Errors?.length ?? 0);
  }
  return { deleted, errors };
}

/** The path above the listing: the bucket, then one crumb per folder. */
export function crumbsOf(bucket: string, prefix: string): Array<{ label: string; prefix: string }> {
  const parts = prefix.split('/').slice(0, -1);
  return [{ label: bucket, prefix: '' }, ...parts.map((label, i) => ({ label, prefix: `${parts.slice(0, i + 1).join('/')}/` }))];
}

export class BucketBrowser {
  prefix = $state('');
  folders = $state.raw<FolderRow[]>([]);
  objects = $state.raw<ObjectRow[]>([]);
  loaded = $state(false);
  error = $state('');
  /** Selected object keys and folder prefixes. */
  selection = $state.raw<ReadonlySet<string>>(new Set());
  readonly uploads: BucketUploads;
  readonly details: ObjectDetails;
  readonly rowCount = $derived(this.folders.length + this.objects.length);

  /** Content types already read, by key and ETag (an object with the same ETag has the same bytes). */
  readonly #types = new Map<string, string>();
  #listing: Promise<void> | undefined;
  #listAgain = false;

  constructor(
    private readonly engine: Engine,
    readonly bucket: string,
    private readonly notify: Notify,
  ) {
    this.uploads = new BucketUploads(engine.s3, bucket);
    this.details = new ObjectDetails(engine.s3, bucket);
  }

  get crumbs(): Array<{ label: string; prefix: string }> {
    return crumbsOf(this.bucket, this.prefix);
  }

  /** Shows a folder ('' is the bucket's top level). */
  open(prefix: string): Promise<void> {
    this.prefix = prefix;
    this.selection = new Set();
    this.details.close();
    return this.refresh();
  }

  /** Lists the folder again; calls during a listing are folded into one more listing after it. */
  refresh(): Promise<void> {
    if (this.#listing) {
      this.#listAgain = true;
      return this.#listing;
    }
    this.#listing = (async () => {
      do {
        this.#listAgain = false;
        await this.#listOnce();
      } while (this.#listAgain);
      this.#listing = undefined;
    })();
    return this.#listing;
  }

  toggle(id: string, on: boolean): void {
    const next = new Set(this.selection);
    if (on) next.add(id);
    else next.delete(id);
    this.selection = next;
  }

  selectAll(on: boolean): void {
    this.selection = new Set(on ? [...this.folders.map((f) => f.prefix), ...this.objects.map((o) => o.key)] : []);
  }

  /** The console's "Create folder": a zero-byte object whose key ends in `/`. */
  async createFolder(name: string): Promise<string | undefined> {
    const folder = name.trim();
    if (!folder) return t('buckets.folderNameMissing');
    if (folder.includes('/')) return t('buckets.folderNameSlash');
    const prefix = `${this.prefix}${folder}/`;
    if (this.folders.some((f) => f.prefix === prefix)) return t('buckets.folderExists', folder);
    try {
      await this.engine.s3.putObject({ Bucket: this.bucket, Key: prefix, Body: '' });
    } catch (error) {
      return describeS3Error(error);
    }
    await this.refresh();
    return undefined;
  }

  /** Deletes the selected objects and everything in the selected folders (DeleteObjects). */
  async deleteSelected(): Promise<string | undefined> {
    const ids = [...this.selection];
    try {
      const keys = new Set(ids.filter((id) => !this.folders.some((f) => f.prefix === id)));
      for (const folder of ids.filter((id) => this.folders.some((f) => f.prefix === id))) {
        for (const key of await allKeysUnder(this.engine.s3, this.bucket, folder)) keys.add(key);
      }
      if (keys.size === 0) return undefined;
      const { deleted, errors } = await deleteKeys(this.engine.s3, this.bucket, [...keys]);
      this.selection = new Set();
      await this.refresh();
      if (errors.length) return t('buckets.deletedSomeRefused', deleted, errors.length, errors.join('; '));
      this.notify('info', t('buckets.deletedObjects', deleted, this.bucket));
      return undefined;
    } catch (error) {
      return describeS3Error(error);
    }
  }

  async deleteObject(key: string): Promise<string | undefined> {
    try {
      await this.engine.s3.deleteObject({ Bucket: this.bucket, Key: key });
    } catch (error) {
      return describeS3Error(error);
    }
    await this.refresh();
    return undefined;
  }

  /** The object's bytes, for a download; a Blob, so nothing is copied into a string. */
  async blobOf(key: string): Promise<Blob> {
    return (await this.engine.s3.getObject({ Bucket: this.bucket, Key: key })).Body;
  }

  dispose(): void {
    this.details.close();
  }

  async #listOnce(): Promise<void> {
    const prefix = this.prefix;
    const folders: FolderRow[] = [];
    const objects: ObjectRow[] = [];
    try {
      let token: string | undefined;
      do {
        const page = await this.engine.s3.listObjectsV2({ Bucket: this.bucket, Prefix: prefix, Delimiter: '/', ...(token ? { ContinuationToken: token } : {}) });
        folders.push(...(page.CommonPrefixes ?? []).map((p) => ({ prefix: p.Prefix, name: p.Prefix.slice(prefix.length) })));
        // The folder's own marker object (`photos/` inside photos/) is not listed, as in the console.
        for (const o of page.Contents ?? []) {
          if (o.Key !== prefix) objects.push({ key: o.Key, name: o.Key.slice(prefix.length), size: o.Size, lastModified: o.LastModified, etag: o.ETag });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      await this.#addContentTypes(objects);
    } catch (error) {
      if (prefix === this.prefix) this.error = describeS3Error(error);
      return;
    }
    // A folder opened meanwhile lists itself; this result belongs to the old one.
    if (prefix !== this.prefix) return;
    this.error = '';
    this.folders = folders;
    this.objects = objects;
    this.loaded = true;
    const ids = new Set([...folders.map((f) => f.prefix), ...objects.map((o) => o.key)]);
    if ([...this.selection].some((id) => !ids.has(id))) this.selection = new Set([...this.selection].filter((id) => ids.has(id)));
    const shown = this.details.key;
    if (shown !== undefined && shown.startsWith(prefix) && !shown.slice(prefix.length).includes('/')) {
      const row = objects.find((o) => o.key === shown);
      if (!row) this.details.close();
      else if (row.etag !== this.details.head?.ETag) void this.details.show(shown);
    }
  }

  async #addContentTypes(objects: ObjectRow[]): Promise<void> {
    await Promise.all(
      objects.map(async (o) => {
        const id = `${o.key}\n${o.etag}`;
        let type = this.#types.get(id);
        if (type === undefined) {
          type = await this.engine.s3.headObject({ Bucket: this.bucket, Key: o.key }).then((h) => h.ContentType, () => undefined);
          if (type !== undefined) this.#types.set(id, type);
        }
        if (type !== undefined) o.contentType = type;
      }),
    );
  }
}
