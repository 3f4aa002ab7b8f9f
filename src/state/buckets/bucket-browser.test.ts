import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../../engine/engine';
import { BucketList } from './bucket-list.svelte';
import { crumbsOf } from './bucket-browser.svelte';
import { previewKind, TEXT_PREVIEW_BYTES } from './object-details.svelte';
import { testEngine, until } from '../shared/state-test-engine';

let engine: Engine;
let list: BucketList;
beforeEach(async () => {
  engine = await testEngine();
  list = new BucketList(engine, () => {});
  await list.create('photos');
});
afterEach(() => {
  vi.restoreAllMocks();
  engine.dispose();
});

const put = (Key: string, Body: string | Uint8Array = 'x', ContentType?: string) => engine.s3.putObject({ Bucket: 'photos', Key, Body, ...(ContentType ? { ContentType } : {}) });
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('bucket browser', () => {
  it('lists folders by the / delimiter, with breadcrumbs, hiding a folder marker inside its folder', async () => {
    await put('readme.txt', 'hello', 'text/plain');
    await put('trips/');
    await put('trips/summer/beach.jpg');
    await put('trips/notes.md');
    const b = list.browser('photos');
    await b.open('');
    expect(b.folders.map((f) => f.name)).toEqual(['trips/']);
    expect(b.objects.map((o) => [o.name, o.size, o.contentType])).toEqual([['readme.txt', 5, 'text/plain']]);
    await b.open('trips/');
    expect(b.folders).toEqual([{ prefix: 'trips/summer/', name: 'summer/' }]);
    expect(b.objects.map((o) => o.name)).toEqual(['notes.md']);
    expect(b.crumbs).toEqual([{ label: 'photos', prefix: '' }, { label: 'trips', prefix: 'trips/' }]);
    expect(crumbsOf('b', 'a/b/')).toEqual([{ label: 'b', prefix: '' }, { label: 'a', prefix: 'a/' }, { label: 'b', prefix: 'a/b/' }]);
  });

  it('creates a folder as a zero-byte key ending in /, with the console refusals', async () => {
    const b = list.browser('photos');
    await b.open('');
    expect(await b.createFolder('  ')).toBe('Enter a folder name.');
    expect(await b.createFolder('a/b')).toBe('Folder names can\'t contain "/".');
    expect(await b.createFolder('docs')).toBeUndefined();
    expect((await engine.s3.headObject({ Bucket: 'photos', Key: 'docs/' })).ContentLength).toBe(0);
    expect(b.folders.map((f) => f.prefix)).toEqual(['docs/']);
    expect(await b.createFolder('docs')).toBe('A folder named docs already exists here.');
  });

  it('uploads many files into the open folder, a few at a time, as Blobs, and lists them as they land', async () => {
    const b = list.browser('photos');
    await b.open('inbox/');
    const big = new File([new Uint8Array(3 * 1024 * 1024)], 'big.bin');
    const files = [new File(['a'], 'a.txt', { type: 'text/plain' }), new File([PNG], 'p.png', { type: 'image/png' }), big, new File(['d'], 'd.txt')];
    const spy = vi.spyOn(engine.s3, 'putObject');
    const done = b.uploads.add(files, b.prefix);
    expect(b.uploads.items.map((i) => i.state)).toEqual(['uploading', 'uploading', 'uploading', 'waiting']);
    await done;
    expect(b.uploads.items.every((i) => i.state === 'done')).toBe(true);
    expect(b.uploads.progress).toEqual({ finished: 4, total: 4, bytesFinished: 2 + 8 + 3 * 1024 * 1024, bytesTotal: 2 + 8 + 3 * 1024 * 1024 });
    // The File itself is the body: never read into a string.
    expect(spy.mock.calls.find((c) => c[0].Key === 'inbox/big.bin')?.[0].Body).toBe(big);
    await until(() => b.objects.length === 4);
    expect(b.objects.map((o) => [o.key, o.contentType])).toEqual([
      ['inbox/a.txt', 'text/plain'], ['inbox/big.bin', 'binary/octet-stream'], ['inbox/d.txt', 'binary/octet-stream'], ['inbox/p.png', 'image/png'],
    ]);
  });

  it('shows a failed upload with S3 error and keeps going with the others', async () => {
    const b = list.browser('photos');
    await b.open('');
    await b.uploads.add([new File(['x'], 'k'.repeat(1100)), new File(['y'], 'ok.txt')], '');
    expect(b.uploads.items.map((i) => [i.state, i.error])).toEqual([['failed', 'KeyTooLongError: Your key is too long'], ['done', undefined]]);
    b.uploads.clearFinished();
    expect(b.uploads.items).toEqual([]);
  });

  it('deletes the selected objects and everything in selected folders with DeleteObjects', async () => {
    await put('keep.txt');
    await put('gone.txt');
    await put('old/1.txt');
    await put('old/deep/2.txt');
    const b = list.browser('photos');
    await b.open('');
    const spy = vi.spyOn(engine.s3, 'deleteObjects');
    b.toggle('gone.txt', true);
    b.toggle('old/', true);
    expect(await b.deleteSelected()).toBeUndefined();
    expect(spy).toHaveBeenCalledTimes(1);
    expect((await engine.s3.listObjectsV2({ Bucket: 'photos' })).Contents?.map((o) => o.Key)).toEqual(['keep.txt']);
    expect(b.selection.size).toBe(0);
    expect(b.objects.map((o) => o.key)).toEqual(['keep.txt']);
    expect(b.folders).toEqual([]);
  });

  it('previews an image through an object URL it revokes when the panel changes', async () => {
    await put('p.png', PNG, 'image/png');
    await put('notes.txt', 'hello world', 'text/plain');
    const b = list.browser('photos');
    await b.open('');
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    await b.details.show('p.png');
    expect(b.details.head?.ContentType).toBe('image/png');
    expect(b.details.preview.kind).toBe('image');
    const url = (b.details.preview as { url: string }).url;
    expect(url).toMatch(/^blob:/);
    await b.details.show('notes.txt');
    expect(revoke).toHaveBeenCalledWith(url);
    expect(b.details.preview).toEqual({ kind: 'text', text: 'hello world', truncated: false });
  });

  it('previews only the first 64 KB of a large text object, read with a Range', async () => {
    await put('big.log', 'a'.repeat(TEXT_PREVIEW_BYTES + 10), 'text/plain');
    const b = list.browser('photos');
    await b.details.show('big.log');
    expect(b.details.preview).toMatchObject({ kind: 'text', truncated: true });
    expect((b.details.preview as { text: string }).text).toHaveLength(TEXT_PREVIEW_BYTES);
    await b.details.show('missing');
    expect(b.details.error).toBe('NotFound: Not Found');
  });

  it('closes the details of an object deleted elsewhere, and reads them again when it is replaced', async () => {
    await put('a.txt', 'one', 'text/plain');
    const b = list.browser('photos');
    await b.open('');
    await b.details.show('a.txt');
    await put('a.txt', 'two', 'text/plain');
    await until(() => b.details.preview.kind === 'text' && (b.details.preview as { text: string }).text === 'two');
    await engine.s3.deleteObject({ Bucket: 'photos', Key: 'a.txt' });
    await until(() => b.details.key === undefined);
  });

  it('decides previews by content type, falling back to the extension for generic types', () => {
    expect(previewKind('image/jpeg', 'x')).toBe('image');
    expect(previewKind('application/json', 'x')).toBe('text');
    expect(previewKind('application/vnd.api+json', 'x')).toBe('text');
    expect(previewKind('binary/octet-stream', 'cat.PNG')).toBe('image');
    expect(previewKind('binary/octet-stream', 'data.csv')).toBe('text');
    expect(previewKind('application/zip', 'a.txt')).toBeUndefined();
  });
});
