import { describe, expect, it } from 'vitest';
import { toInitResult, toInvokeResult, toLogLine } from './sandbox-replies';

describe('replies from an environment are checked before use', () => {
  it('keeps well-formed results as they are', () => {
    expect(toInvokeResult({ status: 'ok', payload: '1', durationMs: 2, memoryUsedMB: 68 })).toEqual({ status: 'ok', payload: '1', durationMs: 2, memoryUsedMB: 68 });
    expect(toLogLine({ time: 5, requestId: 'r', level: 'WARN', message: 'm' })).toEqual({ time: 5, requestId: 'r', level: 'WARN', message: 'm' });
  });

  it('turns anything malformed into a harmless value or a crash', () => {
    expect(toLogLine({ level: 'EVIL', message: 'x' })).toBeUndefined();
    expect(toLogLine('x')).toBeUndefined();
    // A value String() throws on (structured clone keeps a string-valued toString) is no crash.
    expect(toLogLine({ level: 'INFO', message: { toString: 'x' } })).toMatchObject({ message: '' });
    expect(toInitResult(null)).toEqual({ status: 'error', error: { errorType: 'Error', errorMessage: '', trace: [] }, initDurationMs: 0 });
    expect(toInvokeResult({ status: 'ok', payload: { not: 'text' }, durationMs: -1 })).toMatchObject({ status: 'error', fatal: true, durationMs: 0 });
    expect(toInvokeResult({ status: 'error', error: { errorType: 7, trace: 'x' }, fatal: false })).toMatchObject({ error: { errorType: '7', trace: [] }, fatal: false });
  });

  it('accepts /tmp changes only under /tmp', () => {
    const result = toInvokeResult({
      status: 'ok', payload: 'null', durationMs: 1, memoryUsedMB: 1,
      tmp: { usage: { bytes: 3, files: 1 }, changes: [
        { type: 'file', path: '/tmp/a', data: new Uint8Array(3), mtimeMs: 1 },
        { type: 'file', path: '/var/task/index.js', data: new Uint8Array(1), mtimeMs: 1 },
        { type: 'deleted', path: '/tmp/../etc' },
        { type: 'file', path: '/tmp/b', data: 'not bytes', mtimeMs: 1 },
      ] },
    });
    expect(result.tmp?.changes.map((c) => c.path)).toEqual(['/tmp/a']);
  });
});
