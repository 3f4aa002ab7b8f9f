// The CloudWatch commands a handler can send: each checked against IAM (a refusal becomes
// CloudWatch's AccessDenied), then answered by the account's metric store; outputs carry `$metadata`.
import { cloudwatchDenial, cloudwatchRequests } from '../iam/cloudwatch-actions';
import type { CloudWatch } from '../metrics/cloudwatch';
import { operationTable, type OperationContext } from './operation-table';

/** What one operation needs from the dispatcher. */
export interface CloudWatchContext extends OperationContext {
  cloudwatch: Pick<CloudWatch, 'putMetricData' | 'getMetricData' | 'getMetricStatistics' | 'listMetrics'>;
}

const METHODS = {
  PutMetricData: 'putMetricData',
  GetMetricData: 'getMetricData',
  GetMetricStatistics: 'getMetricStatistics',
  ListMetrics: 'listMetrics',
} as const;

export const CLOUDWATCH_OPERATIONS = operationTable<CloudWatchContext, keyof typeof METHODS>(Object.keys(METHODS) as Array<keyof typeof METHODS>, {
  requests: cloudwatchRequests,
  refuse: cloudwatchDenial,
  run: (ctx, operation) => ctx.cloudwatch[METHODS[operation]](ctx.input),
});
