// The recording switch: off, the engine's announcements and EMF lines leave no metric; on again, they do.
import { describe, expect, it } from 'vitest';
import { Emitter } from '../events';
import type { EngineEvent } from '../engine-events';
import type { InvocationRecord } from '../lambda/invoker';
import type { LogEvent } from '../logs/log-store';
import { createCloudWatch } from './cloudwatch';

const T0 = 1_800_000_000_000 - (1_800_000_000_000 % 60_000);
const record = { requestId: 'r', functionName: 'hello', version: '$LATEST', environmentId: 'e', startedAt: 0, coldStart: false, status: 'success', durationMs: 10, billedDurationMs: 10, memorySizeMB: 128, maxMemoryUsedMB: 40, payload: 'null', logStreamName: 's', logLines: [] } satisfies InvocationRecord;
const emf = JSON.stringify({ _aws: { Timestamp: 0, CloudWatchMetrics: [{ Namespace: 'App', Dimensions: [[]], Metrics: [{ Name: 'Orders' }] }] }, Orders: 1 });

describe('CloudWatch recording switch', () => {
  it('records nothing while off and records again once on', () => {
    const events = new Emitter<EngineEvent>();
    const appended = new Emitter<LogEvent>();
    const cw = createCloudWatch({ now: () => T0, events, logs: { appended } });
    const count = (Namespace: string, MetricName: string) =>
      cw.series({ Namespace, MetricName, Dimensions: [] }, { start: 0, end: Infinity, period: 60, stat: 'SampleCount' }).values;
    const line = { message: emf, level: 'INFO' } as unknown as LogEvent;

    cw.setRecording(false);
    events.emit({ type: 'invocation', record });
    appended.emit(line);
    expect(count('AWS/Lambda', 'Invocations')).toEqual([]);
    expect(count('App', 'Orders')).toEqual([]);

    cw.setRecording(true);
    events.emit({ type: 'invocation', record });
    appended.emit(line);
    expect(count('AWS/Lambda', 'Invocations')).toEqual([1]);
    expect(count('App', 'Orders')).toEqual([1]);
  });
});
