import { beforeEach, describe, expect, it } from 'vitest';
import type { ListObjectsV2Input } from './api-types';
import { listObjectsV2 } from './list-objects';
import { MemoryObjectStore } from './memory-object-store';

let store: MemoryObjectStore;
const list = (input: Partial<ListObjectsV2Input> = {}) => listObjectsV2(store, { Bucket: 'b', ...input }, 'owner-id');
const keysOf = (out: Awaited<ReturnType<typeof list>>) => (out.Contents ?? []).map((c) => c.Key);
const prefixesOf = (out: Awaited<ReturnType<typeof list>>) => (out.CommonPrefixes ?? []).map((c) => c.Prefix);

async function put(...keys: string[]) {
  for (const key of keys) {
    await store.putObject({ bucket: 'b', key, size: key.length, etag: `"${key.length}"`, lastModified: 1_700_000_000_000, contentType: 'x', metadata: {} }, new Blob([key]));
  }
}

beforeEach(async () => {
  store = new MemoryObjectStore();
  await store.createBucket({ name: 'b', creationDate: 0 });
});

describe('ListObjectsV2', () => {
  it('lists every key with its details, in UTF-8 order, with S3 fields', async () => {
    await put('b.txt', 'a.txt', '😀.txt', '\uff5e.txt');
    const out = await list();
    expect(out).toEqual({
      IsTruncated: false,
      Contents: [
        { Key: 'a.txt', LastModified: new Date(1_700_000_000_000), ETag: '"5"', Size: 5, StorageClass: 'STANDARD' },
        { Key: 'b.txt', LastModified: new Date(1_700_000_000_000), ETag: '"5"', Size: 5, StorageClass: 'STANDARD' },
        { Key: '\uff5e.txt', LastModified: new Date(1_700_000_000_000), ETag: '"5"', Size: 5, StorageClass: 'STANDARD' },
        { Key: '😀.txt', LastModified: new Date(1_700_000_000_000), ETag: '"6"', Size: 6, StorageClass: 'STANDARD' },
      ],
      Name: 'b',
      Prefix: '',
      MaxKeys: 1000,
      KeyCount: 4,
    });
    expect(Object.keys(out)).toEqual(['IsTruncated', 'Contents', 'Name', 'Prefix', 'MaxKeys', 'KeyCount']);
  });

  it('answers an empty bucket without Contents', async () => {
    expect(await list()).toEqual({ IsTruncated: false, Name: 'b', Prefix: '', MaxKeys: 1000, KeyCount: 0 });
  });

  it('groups keys under CommonPrefixes with a delimiter, each counted once toward MaxKeys', async () => {
    await put('photos/2026/a.jpg', 'photos/2026/b.jpg', 'photos/2025/c.jpg', 'photos/top.jpg', 'readme.md', 'logs/x');
    const root = await list({ Delimiter: '/' });
    expect(keysOf(root)).toEqual(['readme.md']);
    expect(prefixesOf(root)).toEqual(['logs/', 'photos/']);
    expect(root.KeyCount).toBe(3);
    expect(root.Delimiter).toBe('/');
    const photos = await list({ Prefix: 'photos/', Delimiter: '/' });
    expect(keysOf(photos)).toEqual(['photos/top.jpg']);
    expect(prefixesOf(photos)).toEqual(['photos/2025/', 'photos/2026/']);
    expect(photos.Prefix).toBe('photos/');
  });

  it('pages with MaxKeys and opaque continuation tokens, without losing or repeating anything', async () => {
    const all = Array.from({ length: 25 }, (_, i) => `k${String(i).padStart(2, '0')}`);
    await put(...all);
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const out = await list({ MaxKeys: 10, ContinuationToken: token });
      pages++;
      seen.push(...keysOf(out));
      expect(out.KeyCount).toBe(keysOf(out).length);
      if (token) expect(out.ContinuationToken).toBe(token);
      expect(out.IsTruncated).toBe(out.NextContinuationToken !== undefined);
      token = out.NextContinuationToken;
    } while (token);
    expect(pages).toBe(3);
    expect(seen).toEqual(all);
  });

  it('is not truncated when the page ends exactly at the last key', async () => {
    await put('a', 'b');
    const out = await list({ MaxKeys: 2 });
    expect(out.IsTruncated).toBe(false);
    expect(out.NextContinuationToken).toBeUndefined();
  });

  it('pages through CommonPrefixes too, skipping the keys under a prefix already sent', async () => {
    await put('a/1', 'a/2', 'a/3', 'b/1', 'c', 'd/1');
    const first = await list({ Delimiter: '/', MaxKeys: 1 });
    expect(prefixesOf(first)).toEqual(['a/']);
    const second = await list({ Delimiter: '/', MaxKeys: 2, ContinuationToken: first.NextContinuationToken });
    expect(prefixesOf(second)).toEqual(['b/']);
    expect(keysOf(second)).toEqual(['c']);
    const third = await list({ Delimiter: '/', MaxKeys: 2, ContinuationToken: second.NextContinuationToken });
    expect(prefixesOf(third)).toEqual(['d/']);
    expect(third.IsTruncated).toBe(false);
  });

  it('starts after StartAfter, which a continuation token overrides', async () => {
    await put('a', 'b', 'c', 'd');
    const out = await list({ StartAfter: 'b' });
    expect(keysOf(out)).toEqual(['c', 'd']);
    expect(out.StartAfter).toBe('b');
    const page = await list({ MaxKeys: 1 });
    expect(keysOf(await list({ StartAfter: 'c', ContinuationToken: page.NextContinuationToken }))).toEqual(['b', 'c', 'd']);
  });

  it('returns at most 1000 keys, echoes MaxKeys, lists nothing for MaxKeys 0, and adds owners on request', async () => {
    await put(...Array.from({ length: 1001 }, (_, i) => `k${String(i).padStart(4, '0')}`));
    const big = await list({ MaxKeys: 5000 });
    expect(big.KeyCount).toBe(1000);
    expect(big.MaxKeys).toBe(5000);
    expect(big.IsTruncated).toBe(true);
    expect(keysOf(await list({ ContinuationToken: big.NextContinuationToken }))).toEqual(['k1000']);
    expect(await list({ MaxKeys: 0 })).toMatchObject({ KeyCount: 0, IsTruncated: false });
    expect((await list({ MaxKeys: 1, FetchOwner: true })).Contents?.[0]?.Owner).toEqual({ ID: 'owner-id' });
  });

  it('refuses bad tokens and bad MaxKeys as S3 does', async () => {
    const incorrect = expect.objectContaining({ code: 'InvalidArgument', message: 'The continuation token provided is incorrect' });
    await expect(list({ ContinuationToken: '' })).rejects.toEqual(incorrect);
    await expect(list({ ContinuationToken: 'not a token' })).rejects.toEqual(incorrect);
    await expect(list({ ContinuationToken: btoa('{"v":2}') })).rejects.toEqual(incorrect);
    await expect(list({ MaxKeys: -1 })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
