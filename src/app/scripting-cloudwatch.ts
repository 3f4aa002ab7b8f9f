// `window.playground.cloudwatch`: CloudWatch metrics with the AWS SDK v3 input and output shapes
// (timestamps as Date), plus the plain series a chart reads and the cost estimate over them.
import type { Engine } from '../engine/engine';
import { estimateFromMetrics, type FunctionSettings } from '../engine/cost/estimate';
import { invocationCost } from '../engine/cost/lambda-cost';
import { PRICES } from '../engine/cost/prices';

export function createCloudWatchScripting(cloudwatch: Engine['cloudwatch']) {
  return {
    putMetricData: (input: Record<string, unknown>) => cloudwatch.putMetricData(input),
    getMetricData: (input: Record<string, unknown>) => cloudwatch.getMetricData(input),
    getMetricStatistics: (input: Record<string, unknown>) => cloudwatch.getMetricStatistics(input),
    listMetrics: (input: Record<string, unknown> = {}) => cloudwatch.listMetrics(input),
    /** Not an AWS API: a metric's statistic per period as numbers (epoch ms on the playground clock). */
    series: cloudwatch.series,
    /** Not an AWS API: turns recording of the AWS/* metrics and EMF lines off or on. */
    setRecording: cloudwatch.setRecording,
    /** Not an AWS API: the playground time now. */
    now: cloudwatch.now,
    /** Not an AWS API: the cost of one invocation, and a month projected from the metrics between start and end. */
    cost: {
      prices: PRICES,
      invocation: invocationCost,
      month: (functions: FunctionSettings[], start: number, end: number, options: { freeTier?: boolean } = {}) => estimateFromMetrics(cloudwatch.store, functions, start, end, options),
    },
  };
}
