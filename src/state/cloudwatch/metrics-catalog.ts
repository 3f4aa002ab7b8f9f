// What the store holds, as the metric pickers need it: a function's versions and aliases with data,
// whether a metric exists, custom namespaces and their metrics, and totals over a window.
import type { Engine } from '../../engine/engine';
import type { MetricIdentity } from '../../engine/metrics/types';
import type { ReadSeries } from './metrics-chart-data';
import type { Window } from './metrics-range';

type Lister = Pick<Engine['cloudwatch'], 'listMetrics'>;

/** Versions and aliases the store has Resource metrics for, in name order. */
export function qualifiersOf(cloudwatch: Lister, functionName: string): string[] {
  const { Metrics } = cloudwatch.listMetrics({
    Namespace: 'AWS/Lambda', MetricName: 'Invocations', Dimensions: [{ Name: 'FunctionName', Value: functionName }, { Name: 'Resource' }],
  });
  const prefix = `${functionName}:`;
  const found = new Set<string>();
  for (const m of Metrics) {
    const resource = m.Dimensions?.find((d) => d.Name === 'Resource')?.Value;
    if (resource?.startsWith(prefix)) found.add(resource.slice(prefix.length));
  }
  return [...found].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export function hasMetric(cloudwatch: Lister, metric: MetricIdentity): boolean {
  return cloudwatch.listMetrics({ Namespace: metric.Namespace, MetricName: metric.MetricName, Dimensions: metric.Dimensions ?? [] }).Metrics.length > 0;
}

/** Namespaces a handler published to: everything outside AWS's own `AWS/` namespaces. */
export function customNamespaces(cloudwatch: Lister): string[] {
  const all = new Set<string>();
  for (const m of listAll(cloudwatch)) if (!m.Namespace.startsWith('AWS/')) all.add(m.Namespace);
  return [...all].sort();
}

/** A namespace's metrics by name, each with every dimension set stored for it. */
export function customMetrics(cloudwatch: Lister, namespace: string): Map<string, MetricIdentity[]> {
  const byName = new Map<string, MetricIdentity[]>();
  for (const m of listAll(cloudwatch, namespace)) {
    const list = byName.get(m.MetricName) ?? [];
    list.push(m);
    byName.set(m.MetricName, list);
  }
  return new Map([...byName].sort(([a], [b]) => a.localeCompare(b)));
}

function listAll(cloudwatch: Lister, namespace?: string): MetricIdentity[] {
  const out: MetricIdentity[] = [];
  let token: string | undefined;
  do {
    const page: { Metrics: MetricIdentity[]; NextToken?: string } = cloudwatch.listMetrics({ ...(namespace ? { Namespace: namespace } : {}), ...(token ? { NextToken: token } : {}) });
    out.push(...page.Metrics);
    token = page.NextToken;
  } while (token);
  return out;
}

/** A statistic over the whole window, as one period (Sum, SampleCount …); 0 without data. */
export function windowTotal(read: ReadSeries, metric: MetricIdentity, window: Window, stat = 'Sum'): number {
  const period = Math.max(60, (window.end - window.start) / 1000);
  return read(metric, { start: window.start, end: window.end, period, stat }).values.reduce((a, b) => a + b, 0);
}
