// ListObjectsV2 over the ObjectStore: prefix, delimiter, MaxKeys, StartAfter and continuation tokens.
import type { ObjectMeta, ObjectStore } from '../../ports';
import type { ListedObject, ListObjectsV2Input, ListObjectsV2Output } from './api-types';
import { invalidArgument } from './errors';

/** Where a listing resumes: after `after`, skipping keys under `skip` (a CommonPrefix already sent). */
interface Cursor {
  after: string;
  skip?: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Tokens are opaque to callers, as S3's are; this one is base64 of a small JSON cursor. */
function encodeToken(cursor: Cursor): string {
  return btoa(String.fromCharCode(...encoder.encode(JSON.stringify({ v: 1, ...cursor }))));
}

function decodeToken(token: string): Cursor {
  const incorrect = () => invalidArgument('The continuation token provided is incorrect', 'continuation-token');
  try {
    const json = JSON.parse(decoder.decode(Uint8Array.from(atob(token), (c) => c.charCodeAt(0)))) as Partial<Cursor> & { v?: number };
    if (json.v !== 1 || typeof json.after !== 'string' || (json.skip !== undefined && typeof json.skip !== 'string')) throw incorrect();
    return json.skip === undefined ? { after: json.after } : { after: json.after, skip: json.skip };
  } catch {
    throw incorrect();
  }
}

/** The store's objects in order from a cursor, fetched a page at a time. */
async function* scan(store: ObjectStore, bucket: string, prefix: string, after: string | undefined): AsyncGenerator<ObjectMeta> {
  let startAfter = after;
  for (;;) {
    const page = await store.listObjects(bucket, { prefix, startAfter, limit: 1000 });
    yield* page;
    if (page.length < 1000) return;
    startAfter = page[page.length - 1]!.key;
  }
}

/** The body of a ListObjectsV2 answer, without `$metadata`. */
export async function listObjectsV2(store: ObjectStore, input: ListObjectsV2Input, ownerId: string): Promise<Omit<ListObjectsV2Output, '$metadata'>> {
  const requested = input.MaxKeys ?? 1000;
  if (!Number.isInteger(requested) || requested < 0) {
    throw invalidArgument('Provided max-keys not an integer or within integer range', 'max-keys', String(requested));
  }
  if (input.ContinuationToken === '') throw invalidArgument('The continuation token provided is incorrect', 'continuation-token');
  const maxKeys = Math.min(requested, 1000);
  const prefix = input.Prefix ?? '';
  const delimiter = input.Delimiter || undefined;
  // A continuation token wins over StartAfter, which only applies to the first request.
  const cursor: Cursor | undefined = input.ContinuationToken ? decodeToken(input.ContinuationToken) : input.StartAfter ? { after: input.StartAfter } : undefined;

  const contents: ListedObject[] = [];
  const commonPrefixes: string[] = [];
  let skip = cursor?.skip;
  let last: Cursor | undefined;
  let truncated = false;
  for await (const meta of scan(store, input.Bucket, prefix, cursor?.after)) {
    // Keys under a CommonPrefix already listed are contiguous in this order: pass over them.
    if (skip !== undefined && meta.key.startsWith(skip)) continue;
    const cut = delimiter === undefined ? -1 : meta.key.indexOf(delimiter, prefix.length);
    const common = cut < 0 ? undefined : meta.key.slice(0, cut + delimiter!.length);
    if (contents.length + commonPrefixes.length >= maxKeys) {
      // Something is left beyond MaxKeys, so the listing is truncated (MaxKeys 0 lists nothing).
      truncated = maxKeys > 0;
      break;
    }
    if (common !== undefined) {
      commonPrefixes.push(common);
      skip = common;
      last = { after: common, skip: common };
    } else {
      const entry: ListedObject = { Key: meta.key, LastModified: new Date(meta.lastModified), ETag: meta.etag, Size: meta.size, StorageClass: 'STANDARD' };
      if (input.FetchOwner) entry.Owner = { ID: ownerId };
      contents.push(entry);
      last = { after: meta.key };
    }
  }

  // Fields in the order S3 writes them; optional ones only when they apply.
  return {
    IsTruncated: truncated,
    ...(contents.length ? { Contents: contents } : {}),
    Name: input.Bucket,
    Prefix: prefix,
    ...(delimiter !== undefined ? { Delimiter: delimiter } : {}),
    MaxKeys: requested,
    ...(commonPrefixes.length ? { CommonPrefixes: commonPrefixes.map((p) => ({ Prefix: p })) } : {}),
    KeyCount: contents.length + commonPrefixes.length,
    ...(input.ContinuationToken ? { ContinuationToken: input.ContinuationToken } : {}),
    ...(truncated && last ? { NextContinuationToken: encodeToken(last) } : {}),
    ...(input.StartAfter ? { StartAfter: input.StartAfter } : {}),
  };
}
