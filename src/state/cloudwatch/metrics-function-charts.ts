// The Lambda console's standard graphs of one function (or one of its versions or aliases), as chart
// specs: which metric, statistic and dimensions each line reads.
import type { Dimension, MetricIdentity } from '../../engine/metrics/types';
import { t } from '../../i18n/i18n.svelte';
import type { ChartSpec } from './metrics-chart-data';

/** `all` is the function as a whole; anything else a version number or an alias name. */
export type Qualifier = string;
export const ALL_QUALIFIERS = 'all';

const NS = 'AWS/Lambda';

/**
 * Lambda publishes Invocations, Errors, Duration and ConcurrentExecutions per FunctionName and per
 * FunctionName+Resource (`name:qualifier`); Throttles, AsyncEventAge and IteratorAge per FunctionName only.
 */
export function functionDimensions(name: string, qualifier: Qualifier = ALL_QUALIFIERS): Dimension[] {
  const dims = [{ Name: 'FunctionName', Value: name }];
  return qualifier === ALL_QUALIFIERS ? dims : [...dims, { Name: 'Resource', Value: `${name}:${qualifier}` }];
}

export interface FunctionChartOptions {
  /** Show AsyncEventAge: the function has had asynchronous events. */
  async?: boolean;
  /** Show IteratorAge: the function has read batches from a stream or queue. */
  iterator?: boolean;
}

export function functionCharts(name: string, qualifier: Qualifier, options: FunctionChartOptions = {}): ChartSpec[] {
  const dims = functionDimensions(name, qualifier);
  const fnOnly = functionDimensions(name);
  const metric = (MetricName: string, Dimensions = dims): MetricIdentity => ({ Namespace: NS, MetricName, Dimensions });
  const spread = (MetricName: string, Dimensions = dims) => [
    { label: t('cloudwatch.metricsMinimum'), metric: metric(MetricName, Dimensions), stat: 'Minimum' },
    { label: t('cloudwatch.metricsAverage'), metric: metric(MetricName, Dimensions), stat: 'Average' },
    { label: t('cloudwatch.metricsMaximum'), metric: metric(MetricName, Dimensions), stat: 'Maximum' },
  ];
  const charts: ChartSpec[] = [
    { id: 'invocations', title: t('cloudwatch.metricsInvocations'), unit: 'count', lines: [{ label: t('cloudwatch.metricsSum'), metric: metric('Invocations'), stat: 'Sum' }] },
    { id: 'duration', title: t('cloudwatch.metricsDuration'), unit: 'ms', lines: spread('Duration') },
    {
      id: 'duration-percentiles', title: t('cloudwatch.metricsDurationPercentiles'), unit: 'ms',
      lines: ['p50', 'p90', 'p99'].map((stat) => ({ label: stat, metric: metric('Duration'), stat })),
    },
    {
      id: 'errors', title: t('cloudwatch.metricsErrors'), unit: 'count',
      lines: [
        { label: t('cloudwatch.metricsErrorCount'), metric: metric('Errors'), stat: 'Sum' },
        { label: t('cloudwatch.metricsInvocations'), metric: metric('Invocations'), stat: 'Sum' },
      ],
      successRate: { label: t('cloudwatch.metricsSuccessRate') },
    },
    { id: 'throttles', title: t('cloudwatch.metricsThrottles'), unit: 'count', lines: [{ label: t('cloudwatch.metricsSum'), metric: metric('Throttles', fnOnly), stat: 'Sum' }] },
    { id: 'concurrency', title: t('cloudwatch.metricsConcurrency'), unit: 'count', lines: [{ label: t('cloudwatch.metricsMaximum'), metric: metric('ConcurrentExecutions'), stat: 'Maximum' }] },
  ];
  if (options.async) charts.push({ id: 'async-event-age', title: t('cloudwatch.metricsAsyncEventAge'), unit: 'ms', lines: spread('AsyncEventAge', fnOnly) });
  if (options.iterator) charts.push({ id: 'iterator-age', title: t('cloudwatch.metricsIteratorAge'), unit: 'ms', lines: [{ label: t('cloudwatch.metricsMaximum'), metric: metric('IteratorAge', fnOnly), stat: 'Maximum' }] });
  return charts;
}
