// CloudWatch in the tab: the metric store, the recorders that turn what the engine announces
// (invocations, throttles, async events, batches, API requests, queue changes, EMF log lines)
// into AWS's metrics, and the CloudWatch API over them.
import type { Emitter } from '../events';
import type { EngineEvent } from '../engine-events';
import type { LogEvent } from '../logs/log-store';
import { recordApiRequest } from './apigateway-metrics';
import { parseEmf } from './emf';
import { LambdaMetrics } from './lambda-metrics';
import { MetricStore, type SeriesData, type SeriesQuery } from './metric-store';
import { getMetricData, getMetricStatistics, listMetrics } from './metric-queries';
import { putMetricData } from './put-metric-data';
import { SqsMetrics, type QueuedMessage } from './sqs-metrics';
import { metricKey, type MetricIdentity } from './types';

export interface CloudWatchDeps {
  /** The playground clock: periods follow its pauses and fast-forwards. */
  now: () => number;
  events: Pick<Emitter<EngineEvent>, 'on'>;
  /** Function log lines, read for Embedded Metric Format documents. */
  logs?: { appended: Pick<Emitter<LogEvent>, 'on'> };
  /** Invocations running now, of a function or (no name) of the account: ConcurrentExecutions. */
  inFlight?: (functionName?: string) => number;
  /** A queue's message counts (synchronous and cheap): the ApproximateNumberOfMessages* gauges. */
  messageCounts?: (queue: string) => { visible: number; inFlight: number; delayed: number };
  /** A queue's messages without receiving them (undefined: no such queue): the NumberOfMessages* counters. */
  queueMessages?: (queue: string) => readonly QueuedMessage[] | undefined;
}

export function createCloudWatch(deps: CloudWatchDeps) {
  const store = new MetricStore(deps.now);
  const lambda = new LambdaMetrics(store, { inFlight: deps.inFlight ?? (() => 0) });

  const sqs = new SqsMetrics(store);

  const queueGauges = (queue: string) => {
    if (deps.queueMessages) sqs.changed(queue, deps.queueMessages(queue));
    const counts = deps.messageCounts?.(queue);
    if (!counts) return;
    const dims = [{ Name: 'QueueName', Value: queue }];
    const now = store.now();
    store.add(store.series('AWS/SQS', 'ApproximateNumberOfMessagesVisible', dims), counts.visible, 1, now, 'Count');
    store.add(store.series('AWS/SQS', 'ApproximateNumberOfMessagesNotVisible', dims), counts.inFlight, 1, now, 'Count');
    store.add(store.series('AWS/SQS', 'ApproximateNumberOfMessagesDelayed', dims), counts.delayed, 1, now, 'Count');
  };

  // Off: what the engine announces is not recorded (the bench compares invoke overhead both ways).
  let recording = true;
  const offEvents = deps.events.on((event) => {
    if (!recording) return;
    switch (event.type) {
      case 'invocation':
        return lambda.invocation(event.record);
      case 'throttle':
        return lambda.throttle(event.functionName);
      case 'async-event':
        return lambda.asyncEvent(event);
      case 'esm-batch':
        return lambda.batch(event);
      case 'api-request':
        return recordApiRequest(store, event.trace);
      case 'messages-changed':
        return queueGauges(event.queue);
    }
  });

  // EMF: the metrics count at the playground time the line arrives, the clock every series runs on
  // (the document's own Timestamp is the handler's wall clock, which a fast-forward does not move).
  const offLogs = deps.logs?.appended.on((line) => {
    if (!recording || line.level === 'platform') return;
    const metrics = parseEmf(line.message);
    if (!metrics) return;
    const now = store.now();
    for (const m of metrics) {
      const series = store.series(m.namespace, m.name, m.dimensions);
      for (const value of m.values) store.add(series, value, 1, now, m.unit);
    }
  });

  return {
    /** The store itself (series handles, retention), for the engine's own recorders and tests. */
    store,
    putMetricData: (input: Record<string, unknown>) => putMetricData(store, input),
    getMetricData: (input: Record<string, unknown>) => getMetricData(store, input),
    getMetricStatistics: (input: Record<string, unknown>) => getMetricStatistics(store, input),
    listMetrics: (input: Record<string, unknown> = {}) => listMetrics(store, input),
    /** Not an AWS API: a metric's statistic per period as plain numbers (epoch ms, playground clock), oldest first. */
    series: (metric: MetricIdentity, query: SeriesQuery): SeriesData => store.query(metric, query),
    /** Not an AWS API: told (once per burst) the keys of metrics that changed; a chart re-reads its series. */
    onChange: (listener: (keys: ReadonlySet<string>) => void) => store.onChange(listener),
    /** Not an AWS API: the key onChange reports for a metric. */
    keyOf: (metric: MetricIdentity) => metricKey(metric.Namespace, metric.MetricName, metric.Dimensions),
    /** Not an AWS API: the playground time now, the end of a live chart's window. */
    now: () => store.now(),
    /** Not an AWS API: turns recording of the engine's announcements and EMF lines off or on (PutMetricData still records). */
    setRecording: (on: boolean) => void (recording = on),
    /** Not an AWS API: forgets every metric. */
    clear: () => store.clear(),
    dispose: () => {
      offEvents();
      offLogs?.();
    },
  };
}

export type CloudWatch = ReturnType<typeof createCloudWatch>;
