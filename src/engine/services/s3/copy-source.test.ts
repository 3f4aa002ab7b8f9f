import { describe, expect, it } from 'vitest';
import { parseCopySource } from './copy-source';

describe('CopySource', () => {
  it('splits bucket and key and decodes the key like a URL path', () => {
    expect(parseCopySource('photos/in/a.jpg')).toEqual({ bucket: 'photos', key: 'in/a.jpg' });
    expect(parseCopySource('/photos/in/red%20flower.jpg')).toEqual({ bucket: 'photos', key: 'in/red flower.jpg' });
    expect(parseCopySource(`photos/${encodeURIComponent('사진 1+2.jpg')}`)).toEqual({ bucket: 'photos', key: '사진 1+2.jpg' });
    expect(parseCopySource('photos/a+b.txt')).toEqual({ bucket: 'photos', key: 'a+b.txt' });
    expect(parseCopySource('photos/a.txt?versionId=null')).toEqual({ bucket: 'photos', key: 'a.txt' });
  });

  it('refuses a source without a bucket and a key, or with broken escapes', () => {
    for (const source of ['photos', 'photos/', '/a.txt', 'photos/%E0%A4%A', 42]) {
      expect(() => parseCopySource(source), String(source)).toThrow(expect.objectContaining({ code: 'InvalidArgument', message: 'Invalid copy source object key' }));
    }
  });
});
