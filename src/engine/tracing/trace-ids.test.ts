import { describe, expect, it } from 'vitest';
import { formatTraceHeader, newSegmentId, newTraceId, parseTraceHeader, traceEpochMs } from './trace-ids';

describe('X-Ray ids', () => {
  it('makes trace ids of version 1, the request time in 8 hex digits and 96 random bits', () => {
    const at = Date.UTC(2026, 10, 21, 12, 0, 0);
    const id = newTraceId(at);
    expect(id).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(id.slice(2, 10)).toBe((at / 1000).toString(16));
    expect(traceEpochMs(id)).toBe(at);
    expect(newTraceId(at)).not.toBe(id);
    expect(newSegmentId()).toMatch(/^[0-9a-f]{16}$/);
  });

  it('writes and reads the trace header as Lambda and SQS carry it', () => {
    const root = newTraceId(Date.now());
    const header = formatTraceHeader(root, '53995c3f42cd8ad8');
    expect(header).toBe(`Root=${root};Parent=53995c3f42cd8ad8;Sampled=1`);
    expect(parseTraceHeader(header)).toEqual({ root, parent: '53995c3f42cd8ad8', sampled: true });
    expect(parseTraceHeader(`Sampled=0;Root=${root};Lineage=a87bd80c:0`)).toEqual({ root, sampled: false });
    expect(parseTraceHeader('Root=1-xyz')).toBeUndefined();
    expect(parseTraceHeader(undefined)).toBeUndefined();
    expect(formatTraceHeader(root, undefined, false)).toBe(`Root=${root};Sampled=0`);
  });
});
