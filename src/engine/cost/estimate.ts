// A month's Lambda bill projected from the metrics a project recorded: each function's invocations
// and average duration over a window of playground time, at the same rate for a whole month.
import type { MetricStore } from '../metrics/metric-store';
import { monthlyLambdaCost, perMonth, type Architecture, type MonthlyLambdaCost } from './lambda-cost';

export interface FunctionSettings {
  name: string;
  memoryMB: number;
  architecture?: Architecture;
}

/**
 * From the AWS/Lambda Invocations and Duration metrics between `start` and `end` (playground ms).
 * The duration used is the window's average rounded up, which can be up to 1 ms per invocation
 * below the sum of each invocation's own rounding.
 */
export function estimateFromMetrics(store: MetricStore, functions: readonly FunctionSettings[], start: number, end: number, options: { freeTier?: boolean } = {}): MonthlyLambdaCost {
  const period = Math.max(60, Math.ceil((end - start) / 60_000) * 60);
  const usage = functions.map((f) => {
    const metric = (MetricName: string) => ({ Namespace: 'AWS/Lambda', MetricName, Dimensions: [{ Name: 'FunctionName', Value: f.name }] });
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const invocations = sum(store.query(metric('Invocations'), { start, end, period, stat: 'Sum' }).values);
    const totalMs = sum(store.query(metric('Duration'), { start, end, period, stat: 'Sum' }).values);
    return {
      name: f.name,
      memoryMB: f.memoryMB,
      ...(f.architecture ? { architecture: f.architecture } : {}),
      invocations: perMonth(invocations, end - start),
      averageDurationMs: invocations > 0 ? totalMs / invocations : 0,
    };
  });
  return monthlyLambdaCost(usage, options);
}
