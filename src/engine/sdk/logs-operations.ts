// The CloudWatch Logs commands a handler can send: each checked against IAM (a refusal becomes
// Logs' AccessDeniedException), then answered by the account's log groups; outputs carry `$metadata`.
import { logsDenial, logsRequests } from '../iam/logs-actions';
import type { LogsService } from '../logs/logs-service';
import { operationTable, type OperationContext } from './operation-table';

/** What one operation needs from the dispatcher. */
export interface LogsContext extends OperationContext {
  logs: LogsService;
}

const METHODS = {
  DescribeLogGroups: 'describeLogGroups',
  DescribeLogStreams: 'describeLogStreams',
  GetLogEvents: 'getLogEvents',
  FilterLogEvents: 'filterLogEvents',
  PutRetentionPolicy: 'putRetentionPolicy',
  DeleteRetentionPolicy: 'deleteRetentionPolicy',
  CreateLogGroup: 'createLogGroup',
  CreateLogStream: 'createLogStream',
  PutLogEvents: 'putLogEvents',
} as const;

export const LOGS_OPERATIONS = operationTable<LogsContext, keyof typeof METHODS>(Object.keys(METHODS) as Array<keyof typeof METHODS>, {
  requests: logsRequests,
  refuse: logsDenial,
  run: (ctx, operation) => ctx.logs[METHODS[operation]](ctx.input),
});
