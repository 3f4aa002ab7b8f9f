// CloudWatch over engine announcements: what each event records, EMF lines, and the API's shapes.
import { describe, expect, it } from 'vitest';
import { Emitter } from '../events';
import type { EngineEvent } from '../engine-events';
import type { InvocationRecord } from '../lambda/invoker';
import type { LogEvent } from '../logs/log-store';
import type { RequestTrace } from '../services/apigateway/gateway';
import { createCloudWatch } from './cloudwatch';

const MIN = 60_000;
const T0 = 1_800_000_000_000 - (1_800_000_000_000 % MIN);

function setup() {
  let now = T0;
  const events = new Emitter<EngineEvent>();
  const appended = new Emitter<LogEvent>();
  let busy = 0;
  const cw = createCloudWatch({ now: () => now, events, logs: { appended }, inFlight: () => busy, messageCounts: () => ({ visible: 3, inFlight: 1, delayed: 0 }) });
  return { cw, events, appended, advance: (ms: number) => (now += ms), setBusy: (n: number) => (busy = n) };
}

function record(over: Partial<InvocationRecord> = {}): InvocationRecord {
  return {
    requestId: 'r', functionName: 'hello', version: '$LATEST', environmentId: 'e', startedAt: 0, coldStart: false, status: 'success',
    durationMs: 10, billedDurationMs: 10, memorySizeMB: 128, maxMemoryUsedMB: 40, payload: 'null', logStreamName: 's', logLines: [], ...over,
  };
}

const sum = (cw: ReturnType<typeof setup>['cw'], MetricName: string, Dimensions: Array<{ Name: string; Value: string }>, stat = 'Sum', Namespace = 'AWS/Lambda') =>
  cw.series({ Namespace, MetricName, Dimensions }, { start: 0, end: Infinity, period: 60, stat }).values;

describe('CloudWatch recording', () => {
  it('records Invocations, Errors, Duration and ConcurrentExecutions per function and account-wide', () => {
    const { cw, events, setBusy } = setup();
    events.emit({ type: 'invocation', record: record({ durationMs: 10 }) });
    setBusy(2);
    events.emit({ type: 'invocation', record: record({ durationMs: 30, status: 'error' }) });
    events.emit({ type: 'invocation', record: record({ durationMs: 50, status: 'timeout' }) });
    const fn = [{ Name: 'FunctionName', Value: 'hello' }];
    expect(sum(cw, 'Invocations', fn)).toEqual([3]);
    expect(sum(cw, 'Errors', fn)).toEqual([2]);
    expect(sum(cw, 'Duration', fn, 'Maximum')).toEqual([50]);
    expect(sum(cw, 'Duration', fn, 'p50')).toEqual([30]);
    expect(sum(cw, 'ConcurrentExecutions', fn, 'Maximum')).toEqual([3]);
    expect(sum(cw, 'Invocations', [])).toEqual([3]);
  });

  it('adds Resource for versions and aliases, and ExecutedVersion for aliases', () => {
    const { cw, events } = setup();
    events.emit({ type: 'invocation', record: record({ version: '2', alias: 'live' }) });
    events.emit({ type: 'invocation', record: record({ version: '1' }) });
    const fn = { Name: 'FunctionName', Value: 'hello' };
    expect(sum(cw, 'Invocations', [fn, { Name: 'Resource', Value: 'hello:live' }])).toEqual([1]);
    expect(sum(cw, 'Invocations', [fn, { Name: 'Resource', Value: 'hello:live' }, { Name: 'ExecutedVersion', Value: '2' }])).toEqual([1]);
    expect(sum(cw, 'Invocations', [fn, { Name: 'Resource', Value: 'hello:1' }])).toEqual([1]);
    expect(sum(cw, 'Invocations', [fn])).toEqual([2]);
  });

  it('counts throttles, async event ages on the playground clock, iterator ages and queue gauges', () => {
    const { cw, events, advance } = setup();
    const fn = [{ Name: 'FunctionName', Value: 'hello' }];
    events.emit({ type: 'throttle', functionName: 'hello', reason: 'ReservedFunctionConcurrentInvocationLimitExceeded', time: 0 });
    const notice = { type: 'async-event' as const, functionName: 'hello', requestId: 'a', time: 0, origin: 'Invoke', attempt: 1, chain: { originId: 'a', count: 1 } };
    events.emit({ ...notice, kind: 'queued' });
    advance(1500);
    events.emit({ ...notice, kind: 'attempt' });
    events.emit({ type: 'esm-batch', uuid: 'u', functionName: 'hello', shardId: 's', outcome: 'ok', size: 1, firstSequenceNumber: '1', lastSequenceNumber: '1', iteratorAgeMs: 250, time: 0, invocations: 1 });
    events.emit({ type: 'messages-changed', queue: 'orders' });
    expect(sum(cw, 'Throttles', fn)).toEqual([1]);
    expect(sum(cw, 'AsyncEventsReceived', fn)).toEqual([1]);
    expect(sum(cw, 'AsyncEventAge', fn, 'Maximum')).toEqual([1500]);
    expect(sum(cw, 'IteratorAge', fn, 'Maximum')).toEqual([250]);
    expect(sum(cw, 'ApproximateNumberOfMessagesVisible', [{ Name: 'QueueName', Value: 'orders' }], 'Maximum', 'AWS/SQS')).toEqual([3]);
  });

  it('records REST APIs by ApiName with 4XXError/5XXError and HTTP APIs by ApiId with 4xx/5xx', () => {
    const { cw, events } = setup();
    const trace = (kind: 'rest' | 'http', statusCode: number): RequestTrace => ({
      requestId: 'q', time: 0, durationMs: 40, request: {} as RequestTrace['request'], response: { statusCode, headers: [], body: new Uint8Array() },
      api: { id: 'abc123', name: 'shop', kind }, stage: 'prod', integration: { target: { functionName: 'hello' }, event: {}, record: record({ durationMs: 25 }) },
    });
    events.emit({ type: 'api-request', trace: trace('rest', 404) });
    events.emit({ type: 'api-request', trace: trace('rest', 200) });
    events.emit({ type: 'api-request', trace: trace('http', 502) });
    const rest = [{ Name: 'ApiName', Value: 'shop' }];
    const http = [{ Name: 'ApiId', Value: 'abc123' }];
    expect(sum(cw, 'Count', rest, 'Sum', 'AWS/ApiGateway')).toEqual([2]);
    expect(sum(cw, '4XXError', rest, 'Average', 'AWS/ApiGateway')).toEqual([0.5]);
    expect(sum(cw, 'IntegrationLatency', [...rest, { Name: 'Stage', Value: 'prod' }], 'Maximum', 'AWS/ApiGateway')).toEqual([25]);
    expect(sum(cw, '5xx', http, 'Sum', 'AWS/ApiGateway')).toEqual([1]);
    expect(sum(cw, 'Latency', http, 'Maximum', 'AWS/ApiGateway')).toEqual([40]);
  });

  it('turns an EMF log line into metrics and ignores platform lines and broken documents', () => {
    const { cw, appended } = setup();
    const emf = JSON.stringify({ _aws: { Timestamp: 1, CloudWatchMetrics: [{ Namespace: 'Shop', Dimensions: [['Service']], Metrics: [{ Name: 'Orders', Unit: 'Count' }] }] }, Service: 'cart', Orders: [2, 3] });
    appended.emit({ group: '/aws/lambda/hello', stream: 's', timestamp: 0, level: 'INFO', message: `2026-12-07T00:00:00.000Z\tr\tINFO\t${emf}` });
    appended.emit({ group: '/aws/lambda/hello', stream: 's', timestamp: 0, level: 'platform', message: emf });
    appended.emit({ group: '/aws/lambda/hello', stream: 's', timestamp: 0, level: 'INFO', message: emf.replace('"Count"', '"Things"') });
    expect(sum(cw, 'Orders', [{ Name: 'Service', Value: 'cart' }], 'Sum', 'Shop')).toEqual([5]);
  });
});

describe('CloudWatch API', () => {
  it('PutMetricData stores Value, Values with Counts and StatisticValues; GetMetricStatistics reads them back', () => {
    const { cw } = setup();
    cw.putMetricData({ Namespace: 'Shop', MetricData: [
      { MetricName: 'Latency', Value: 5, Unit: 'Milliseconds' },
      { MetricName: 'Latency', Values: [10, 20], Counts: [2, 1], Unit: 'Milliseconds' },
    ] });
    const out = cw.getMetricStatistics({ Namespace: 'Shop', MetricName: 'Latency', StartTime: new Date(T0 - MIN), EndTime: new Date(T0 + MIN), Period: 60, Statistics: ['SampleCount', 'Sum', 'Maximum'] });
    expect(out).toEqual({ Label: 'Latency', Datapoints: [{ Timestamp: new Date(T0), SampleCount: 4, Sum: 45, Maximum: 20, Unit: 'Milliseconds' }] });
    const p = cw.getMetricStatistics({ Namespace: 'Shop', MetricName: 'Latency', StartTime: new Date(T0), EndTime: new Date(T0 + MIN), Period: 60, ExtendedStatistics: ['p50', 'p99'] });
    expect(p.Datapoints[0]!.ExtendedStatistics).toEqual({ p50: 10, p99: 20 });
  });

  it('refuses PutMetricData as CloudWatch does', () => {
    const { cw } = setup();
    const refusal = (input: Record<string, unknown>) => {
      try {
        cw.putMetricData(input);
      } catch (error) {
        return [(error as { code: string }).code, (error as Error).message];
      }
      return undefined;
    };
    expect(refusal({ MetricData: [{ MetricName: 'a', Value: 1 }] })).toEqual(['MissingRequiredParameterException', 'The parameter Namespace is required.']);
    expect(refusal({ Namespace: 'AWS/Lambda', MetricData: [{ MetricName: 'a', Value: 1 }] })).toEqual(['InvalidParameterValueException', 'The value AWS/Lambda for parameter Namespace is invalid.']);
    expect(refusal({ Namespace: 'N', MetricData: [{ Value: 1 }] })).toEqual(['MissingRequiredParameterException', 'The parameter MetricData.member.1.MetricName is required.']);
    expect(refusal({ Namespace: 'N', MetricData: [{ MetricName: 'a', Value: 1 }, { MetricName: 'b', Value: 1, StatisticValues: { SampleCount: 1, Sum: 1, Minimum: 1, Maximum: 1 } }] })).toEqual([
      'InvalidParameterCombinationException', 'The parameters MetricData.member.2.Value and MetricData.member.2.StatisticValues are mutually exclusive and you have specified both.',
    ]);
    expect(refusal({ Namespace: 'N', MetricData: [{ MetricName: 'a', Value: 1, Unit: 'ms' }] })?.[1]).toMatch(/^The parameter MetricData.member.1.Unit must be a value in the set \[ Seconds, Microseconds, /);
    expect(refusal({ Namespace: 'N', MetricData: [{ MetricName: 'a', Value: 1, Timestamp: new Date(T0 - 15 * 24 * 3600_000) }] })).toEqual([
      'InvalidParameterValueException', 'The parameter MetricData.member.1.Timestamp must specify a time within the past two weeks.',
    ]);
    expect(refusal({ Namespace: 'N', MetricData: [{ MetricName: 'a', Values: [1, 2], Counts: [1] }] })?.[0]).toBe('InvalidParameterValueException');
    // A refused request stores nothing, not even its valid members.
    expect(cw.listMetrics({ Namespace: 'N' }).Metrics).toEqual([]);
  });

  it('GetMetricData answers per query, newest first by default, with five-minute re-aggregation', () => {
    const { cw, events, advance } = setup();
    for (let i = 0; i < 6; i++) {
      events.emit({ type: 'invocation', record: record({ durationMs: i + 1 }) });
      advance(MIN);
    }
    const metric = { Namespace: 'AWS/Lambda', MetricName: 'Duration', Dimensions: [{ Name: 'FunctionName', Value: 'hello' }] };
    const out = cw.getMetricData({
      StartTime: new Date(T0), EndTime: new Date(T0 + 10 * MIN),
      MetricDataQueries: [
        { Id: 'p90', MetricStat: { Metric: metric, Period: 300, Stat: 'p90' } },
        { Id: 'count', MetricStat: { Metric: metric, Period: 300, Stat: 'SampleCount' }, Label: 'runs' },
        { Id: 'hidden', MetricStat: { Metric: metric, Period: 60, Stat: 'Sum' }, ReturnData: false },
      ],
    });
    expect(out.MetricDataResults).toEqual([
      { Id: 'p90', Label: 'Duration', Timestamps: [new Date(T0 + 5 * MIN), new Date(T0)], Values: [6, 5], StatusCode: 'Complete', Messages: [] },
      { Id: 'count', Label: 'runs', Timestamps: [new Date(T0 + 5 * MIN), new Date(T0)], Values: [1, 5], StatusCode: 'Complete', Messages: [] },
    ]);
    expect(() => cw.getMetricData({ StartTime: new Date(T0), EndTime: new Date(T0 + MIN), MetricDataQueries: [{ Id: 'm', MetricStat: { Metric: metric, Period: 60, Stat: 'Median' } }] })).toThrow(
      'The value Median for parameter MetricDataQueries.member.1.MetricStat.Stat is not a valid statistic.',
    );
  });

  it('ListMetrics filters by namespace, name and dimensions', () => {
    const { cw, events } = setup();
    events.emit({ type: 'invocation', record: record({ functionName: 'a' }) });
    events.emit({ type: 'invocation', record: record({ functionName: 'b' }) });
    const listed = cw.listMetrics({ Namespace: 'AWS/Lambda', MetricName: 'Invocations', Dimensions: [{ Name: 'FunctionName' }] }).Metrics;
    expect(listed.map((m) => m.Dimensions![0]!.Value).sort()).toEqual(['a', 'b']);
    expect(cw.listMetrics({ Dimensions: [{ Name: 'FunctionName', Value: 'a' }] }).Metrics.map((m) => m.MetricName).sort()).toEqual(['ConcurrentExecutions', 'Duration', 'Errors', 'Invocations']);
  });
});
