import { describe, expect, it } from 'vitest';
import { appLine, billedDuration, endLine, initReportLine, logStreamName, reportLine, startLine, timeoutLine } from './log-format';

describe('Lambda log line formats', () => {
  const id = 'c6af9ac6-7b61-11e6-9a41-93e812345678';

  it('START and END', () => {
    expect(startLine(id, '$LATEST')).toBe(`START RequestId: ${id} Version: $LATEST`);
    expect(endLine(id)).toBe(`END RequestId: ${id}`);
  });

  it('REPORT, with Init Duration on a cold start and Status on failure', () => {
    const warm = reportLine({ requestId: id, durationMs: 12.3456, billedDurationMs: 13, memorySizeMB: 128, maxMemoryUsedMB: 40 });
    expect(warm).toBe(`REPORT RequestId: ${id}\tDuration: 12.35 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB`);
    const cold = reportLine({ requestId: id, durationMs: 3000, billedDurationMs: 3150, memorySizeMB: 128, maxMemoryUsedMB: 40, initDurationMs: 150, status: 'timeout' });
    expect(cold).toBe(`REPORT RequestId: ${id}\tDuration: 3000.00 ms\tBilled Duration: 3150 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB\tInit Duration: 150.00 ms\tStatus: timeout`);
    expect(initReportLine(57.123, 'error', 'Runtime.ImportModuleError')).toBe(
      'INIT_REPORT Init Duration: 57.12 ms\tPhase: init\tStatus: error\tError Type: Runtime.ImportModuleError',
    );
  });

  it('app lines: ISO time, request id (undefined during INIT), level, message', () => {
    const time = Date.UTC(2026, 10, 21, 9, 30, 0, 123);
    expect(appLine({ time, requestId: id, level: 'INFO', message: 'hi' })).toBe(`2026-11-21T09:30:00.123Z\t${id}\tINFO\thi`);
    expect(appLine({ time, requestId: undefined, level: 'WARN', message: 'init' })).toBe('2026-11-21T09:30:00.123Z\tundefined\tWARN\tinit');
  });

  it('the timeout notice', () => {
    expect(timeoutLine(Date.UTC(2026, 0, 2, 3, 4, 5, 6), id, 3)).toBe(`2026-01-02T03:04:05.006Z ${id} Task timed out after 3.00 seconds`);
  });

  it('log stream names are dated, versioned and end in 32 hex digits', () => {
    expect(logStreamName(Date.UTC(2026, 10, 1), '$LATEST')).toMatch(/^2026\/11\/01\/\[\$LATEST\][0-9a-f]{32}$/);
  });

  it('billing rounds up to the millisecond and includes INIT', () => {
    expect(billedDuration(12.01)).toBe(13);
    expect(billedDuration(0.2)).toBe(1);
    expect(billedDuration(10.5, 150.2)).toBe(161);
  });
});
