// The limits on what leaves an environment: CloudWatch's event size and the per-invocation line budget.
import { describe, expect, it } from 'vitest';
import type { LogLevel } from '../../src/engine/lambda/runtime-protocol';
import { LOG_EVENT_MAX_BYTES, createLogLimiter, splitLogMessage } from './log-limits';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('splitLogMessage', () => {
  it('keeps a line up to 262,118 bytes whole and splits a longer one into events of at most that size', () => {
    expect(LOG_EVENT_MAX_BYTES).toBe(262_118);
    const exact = 'a'.repeat(LOG_EVENT_MAX_BYTES);
    expect(splitLogMessage(exact)).toEqual([exact]);
    const long = 'b'.repeat(LOG_EVENT_MAX_BYTES * 2 + 5);
    const parts = splitLogMessage(long);
    expect(parts.map((p) => p.length)).toEqual([LOG_EVENT_MAX_BYTES, LOG_EVENT_MAX_BYTES, 5]);
    expect(parts.join('')).toBe(long);
  });

  it('never cuts a multi-byte character in two', () => {
    const text = '가'.repeat(10); // 3 bytes each
    const parts = splitLogMessage(text, 10);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(bytes(part)).toBeLessThanOrEqual(10);
    expect(parts[0]).toBe('가가가');
  });
});

describe('createLogLimiter', () => {
  it('forwards the first lines of a phase, drops the rest and says how many at the end', () => {
    const out: Array<[LogLevel, string]> = [];
    const limiter = createLogLimiter((level, message) => out.push([level, message]), 3);
    limiter.begin();
    for (let i = 1; i <= 10; i++) limiter.emit('INFO', `line ${i}`);
    limiter.end();
    expect(out.slice(0, 3)).toEqual([['INFO', 'line 1'], ['INFO', 'line 2'], ['INFO', 'line 3']]);
    expect(out).toHaveLength(4);
    expect(out[3]![0]).toBe('WARN');
    expect(out[3]![1]).toContain('7 more log lines of this invocation were dropped');
    // The next invocation starts with the whole budget again, and says nothing when within it.
    limiter.begin();
    limiter.emit('INFO', 'again');
    limiter.end();
    expect(out.slice(4)).toEqual([['INFO', 'again']]);
  });
});
