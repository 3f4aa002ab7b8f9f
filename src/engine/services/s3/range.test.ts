import { describe, expect, it } from 'vitest';
import { resolveRange } from './range';

describe('Range header', () => {
  it('serves bytes=a-b, bytes=a- and bytes=-n with a Content-Range', () => {
    expect(resolveRange('bytes=0-9', 100)).toEqual({ start: 0, end: 10, contentRange: 'bytes 0-9/100' });
    expect(resolveRange('bytes=90-', 100)).toEqual({ start: 90, end: 100, contentRange: 'bytes 90-99/100' });
    expect(resolveRange('bytes=-10', 100)).toEqual({ start: 90, end: 100, contentRange: 'bytes 90-99/100' });
  });

  it('clamps ranges that run past the end, as HTTP requires', () => {
    expect(resolveRange('bytes=50-1000', 100)).toEqual({ start: 50, end: 100, contentRange: 'bytes 50-99/100' });
    expect(resolveRange('bytes=-500', 100)).toEqual({ start: 0, end: 100, contentRange: 'bytes 0-99/100' });
  });

  it('answers InvalidRange (416) for a range that starts past the end or is empty', () => {
    const invalid = expect.objectContaining({ code: 'InvalidRange', statusCode: 416, message: 'The requested range is not satisfiable' });
    expect(() => resolveRange('bytes=100-', 100)).toThrow(invalid);
    expect(() => resolveRange('bytes=200-300', 100)).toThrow(invalid);
    expect(() => resolveRange('bytes=-0', 100)).toThrow(invalid);
    expect(() => resolveRange('bytes=0-', 0)).toThrow(invalid);
    expect(() => resolveRange('bytes=0-0', 100)).not.toThrow();
  });

  it('ignores headers it cannot parse and serves the whole object, as S3 does', () => {
    for (const header of ['bytes=5-2', 'bytes=0-1,5-6', 'items=0-5', 'bytes=', 'bytes=-', 'bytes=a-b', undefined]) {
      expect(resolveRange(header, 100), String(header)).toBeUndefined();
    }
  });
});
