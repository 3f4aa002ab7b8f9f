import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_TYPE, newObjectMeta, normaliseMetadata, responseHeaders } from './object-meta';

describe('object metadata', () => {
  it("defaults Content-Type to S3's binary/octet-stream", async () => {
    const meta = await newObjectMeta('b', 'k', new Blob(['hi']), {}, 5_000);
    expect(meta).toEqual({ bucket: 'b', key: 'k', size: 2, etag: '"49f68a5c8493ec2c0bf489821c21fc3b"', lastModified: 5_000, contentType: DEFAULT_CONTENT_TYPE, metadata: {} });
    expect(DEFAULT_CONTENT_TYPE).toBe('binary/octet-stream');
  });

  it('keeps Last-Modified to the second, as S3 does', async () => {
    expect((await newObjectMeta('b', 'k', new Blob([]), {}, 12_345)).lastModified).toBe(12_000);
  });

  it('lower-cases user metadata names, as HTTP headers carry them', () => {
    expect(normaliseMetadata({ 'Original-Name': 'IMG 1.JPG', width: '640' })).toEqual({ 'original-name': 'IMG 1.JPG', width: '640' });
  });

  it('limits user metadata to 2 KB', () => {
    expect(() => normaliseMetadata({ a: 'x'.repeat(2047) })).not.toThrow();
    expect(() => normaliseMetadata({ a: 'x'.repeat(2048) })).toThrow(
      expect.objectContaining({ code: 'MetadataTooLarge', message: 'Your metadata headers exceed the maximum allowed metadata size' }),
    );
    expect(() => normaliseMetadata({ a: 1 as never })).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
  });

  it('keeps the standard headers it was given and returns them on reads', async () => {
    const meta = await newObjectMeta('b', 'k', new Blob([]), { ContentType: 'image/png', CacheControl: 'max-age=60', Metadata: { A: '1' } }, 0);
    expect(responseHeaders(meta)).toEqual({ ContentType: 'image/png', CacheControl: 'max-age=60', Metadata: { a: '1' } });
  });
});
