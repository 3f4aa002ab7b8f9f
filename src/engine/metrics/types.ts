// The shapes of CloudWatch metrics as the API names them: metrics, dimensions, statistics and units.

export interface Dimension {
  Name: string;
  Value: string;
}

/** A metric's identity: CloudWatch treats each distinct set of dimensions as a separate metric. */
export interface MetricIdentity {
  Namespace: string;
  MetricName: string;
  Dimensions?: Dimension[];
}

export const STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const;
export type Statistic = (typeof STATISTICS)[number];

/** CloudWatch's StandardUnit values (the API model's enum). */
export const STANDARD_UNITS = [
  'Seconds', 'Microseconds', 'Milliseconds', 'Bytes', 'Kilobytes', 'Megabytes', 'Gigabytes', 'Terabytes',
  'Bits', 'Kilobits', 'Megabits', 'Gigabits', 'Terabits', 'Percent', 'Count',
  'Bytes/Second', 'Kilobytes/Second', 'Megabytes/Second', 'Gigabytes/Second', 'Terabytes/Second',
  'Bits/Second', 'Kilobits/Second', 'Megabits/Second', 'Gigabits/Second', 'Terabits/Second', 'Count/Second', 'None',
] as const;
export type StandardUnit = (typeof STANDARD_UNITS)[number];

/** Every stored period is one minute long, the finest resolution the playground keeps. */
export const PERIOD_MS = 60_000;

/** A stable key for a metric: dimensions in name order, since their order does not make a different metric. */
export function metricKey(namespace: string, name: string, dimensions: readonly Dimension[] = []): string {
  const sorted = dimensions.length > 1 ? [...dimensions].sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0)) : dimensions;
  let key = `${namespace}\u0000${name}`;
  for (const d of sorted) key += `\u0000${d.Name}=${d.Value}`;
  return key;
}
