import { beforeEach, describe, expect, it } from 'vitest';
import type { ObjectMeta } from '../../ports';
import { MemoryObjectStore } from './memory-object-store';

let store: MemoryObjectStore;
const meta = (key: string, bucket = 'b'): ObjectMeta => ({
  bucket, key, size: 3, etag: '"x"', lastModified: 1, contentType: 'text/plain', metadata: { a: '1' },
});

beforeEach(async () => {
  store = new MemoryObjectStore();
  await store.createBucket({ name: 'b', creationDate: 1 });
});

describe('MemoryObjectStore', () => {
  it('records buckets once and forgets them with their objects', async () => {
    await store.createBucket({ name: 'b', creationDate: 2 });
    expect(await store.listBuckets()).toEqual([{ name: 'b', creationDate: 1 }]);
    await store.putObject(meta('k'), new Blob(['abc']));
    await store.deleteBucket('b');
    expect(await store.listBuckets()).toEqual([]);
    expect(await store.headObject('b', 'k')).toBeUndefined();
  });

  it('stores, reads (whole or a range), replaces and deletes objects', async () => {
    const body = new Blob(['abcdef']);
    await store.putObject(meta('k'), body);
    const whole = await store.getObject('b', 'k');
    expect(whole?.body).toBe(body); // the same Blob: nothing copied
    expect(await (await store.getObject('b', 'k', { start: 1, end: 3 }))!.body.text()).toBe('bc');
    await store.putObject({ ...meta('k'), contentType: 'image/png' }, new Blob(['z']));
    expect((await store.headObject('b', 'k'))?.contentType).toBe('image/png');
    expect((await store.deleteObject('b', 'k'))?.key).toBe('k');
    expect(await store.deleteObject('b', 'k')).toBeUndefined();
    expect(await store.getObject('b', 'k')).toBeUndefined();
  });

  it('hands out copies, so callers cannot change what is stored', async () => {
    await store.putObject(meta('k'), new Blob(['abc']));
    const head = (await store.headObject('b', 'k'))!;
    head.metadata.a = 'changed';
    expect((await store.headObject('b', 'k'))!.metadata.a).toBe('1');
  });

  it('lists in UTF-8 order with prefix, startAfter and limit', async () => {
    for (const key of ['b/2', 'a', '😀', 'b/1', '\uff5e', 'c', 'b']) await store.putObject(meta(key), new Blob([]));
    const keys = async (options?: Parameters<MemoryObjectStore['listObjects']>[1]) => (await store.listObjects('b', options)).map((m) => m.key);
    expect(await keys()).toEqual(['a', 'b', 'b/1', 'b/2', 'c', '\uff5e', '😀']);
    expect(await keys({ prefix: 'b/' })).toEqual(['b/1', 'b/2']);
    expect(await keys({ startAfter: 'b' })).toEqual(['b/1', 'b/2', 'c', '\uff5e', '😀']);
    expect(await keys({ prefix: 'b', startAfter: 'b/1', limit: 5 })).toEqual(['b/2']);
    expect(await keys({ startAfter: 'a', limit: 2 })).toEqual(['b', 'b/1']);
    expect(await keys({ startAfter: 'zzz' })).toEqual(['\uff5e', '😀']);
    await store.deleteObject('b', 'b');
    expect(await keys({ prefix: 'b' })).toEqual(['b/1', 'b/2']);
    expect(await store.listObjects('missing')).toEqual([]);
  });
});
