// The dashboard's shared charts: one line per function for each Lambda metric, one per API for API
// Gateway's, one per queue for SQS's, and a custom metric's lines (one per dimension set).
import type { MetricIdentity } from '../../engine/metrics/types';
import { t } from '../../i18n/i18n.svelte';
import type { ChartSpec } from './metrics-chart-data';

/** An API as its metrics name it: REST APIs by ApiName with 4XXError/5XXError, HTTP APIs by ApiId with 4xx/5xx. */
export interface ApiRef {
  id: string;
  name: string;
  kind: 'rest' | 'http' | string;
}

export function functionDashboardCharts(names: readonly string[]): ChartSpec[] {
  const per = (id: string, title: string, MetricName: string, stat: string, unit: ChartSpec['unit']): ChartSpec => ({
    id, title, unit,
    lines: names.map((name) => ({ label: name, stat, metric: { Namespace: 'AWS/Lambda', MetricName, Dimensions: [{ Name: 'FunctionName', Value: name }] } })),
  });
  return [
    per('fn-invocations', t('cloudwatch.metricsInvocations'), 'Invocations', 'Sum', 'count'),
    per('fn-errors', t('cloudwatch.metricsErrorCount'), 'Errors', 'Sum', 'count'),
    per('fn-duration', t('cloudwatch.metricsDurationP90'), 'Duration', 'p90', 'ms'),
    per('fn-throttles', t('cloudwatch.metricsThrottles'), 'Throttles', 'Sum', 'count'),
    per('fn-concurrency', t('cloudwatch.metricsConcurrency'), 'ConcurrentExecutions', 'Maximum', 'count'),
  ];
}

/** Function URLs report in AWS/Lambda, not here, so only REST and HTTP APIs are charted. */
export function apiDashboardCharts(apis: readonly ApiRef[]): ChartSpec[] {
  const charted = apis.filter((a) => a.kind === 'rest' || a.kind === 'http');
  if (charted.length === 0) return [];
  const metric = (api: ApiRef, rest: string, http: string): MetricIdentity => ({
    Namespace: 'AWS/ApiGateway',
    MetricName: api.kind === 'rest' ? rest : http,
    Dimensions: [api.kind === 'rest' ? { Name: 'ApiName', Value: api.name } : { Name: 'ApiId', Value: api.id }],
  });
  const per = (id: string, title: string, rest: string, http: string, stat: string, unit: ChartSpec['unit']): ChartSpec => ({
    id, title, unit, lines: charted.map((api) => ({ label: api.name, stat, metric: metric(api, rest, http) })),
  });
  return [
    per('api-count', t('cloudwatch.metricsApiCount'), 'Count', 'Count', 'Sum', 'count'),
    per('api-4xx', t('cloudwatch.metricsApi4xx'), '4XXError', '4xx', 'Sum', 'count'),
    per('api-5xx', t('cloudwatch.metricsApi5xx'), '5XXError', '5xx', 'Sum', 'count'),
    per('api-latency', t('cloudwatch.metricsApiLatency'), 'Latency', 'Latency', 'Average', 'ms'),
  ];
}

export function queueDashboardCharts(queues: readonly string[]): ChartSpec[] {
  if (queues.length === 0) return [];
  const per = (id: string, title: string, MetricName: string, stat: string): ChartSpec => ({
    id, title, unit: 'count',
    lines: queues.map((queue) => ({ label: queue, stat, metric: { Namespace: 'AWS/SQS', MetricName, Dimensions: [{ Name: 'QueueName', Value: queue }] } })),
  });
  return [
    per('sqs-sent', t('cloudwatch.metricsSqsSent'), 'NumberOfMessagesSent', 'Sum'),
    per('sqs-received', t('cloudwatch.metricsSqsReceived'), 'NumberOfMessagesReceived', 'Sum'),
    per('sqs-deleted', t('cloudwatch.metricsSqsDeleted'), 'NumberOfMessagesDeleted', 'Sum'),
    per('sqs-visible', t('cloudwatch.metricsSqsVisible'), 'ApproximateNumberOfMessagesVisible', 'Maximum'),
  ];
}

/** A dimension set as a line's label: `Service=cart, Stage=prod`, or the metric's name without dimensions. */
export function dimensionLabel(metric: MetricIdentity): string {
  const dims = metric.Dimensions ?? [];
  return dims.length ? dims.map((d) => `${d.Name}=${d.Value}`).join(', ') : metric.MetricName;
}

/** One chart of a custom metric: every dimension set stored under the namespace and name. */
export function customMetricChart(metrics: readonly MetricIdentity[], stat: string): ChartSpec | undefined {
  const first = metrics[0];
  if (!first) return undefined;
  return {
    id: 'custom', title: `${first.Namespace} · ${first.MetricName} (${stat})`, unit: 'count',
    lines: metrics.map((metric) => ({ label: dimensionLabel(metric), stat, metric })),
  };
}
