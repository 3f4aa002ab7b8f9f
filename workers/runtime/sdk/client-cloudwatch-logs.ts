// `@aws-sdk/client-cloudwatch-logs` inside the sandbox: CloudWatchLogsClient, the log commands the
// playground serves (groups, streams, events, retention), the aggregated CloudWatchLogs class, the
// paginators, the modeled exceptions and the enum objects handlers import.
import type { SdkErrorInfo } from '../../../src/engine/sdk/types';
import { aggregateClient, defineClient, defineCommand, sdkPackage, type ClientDeps, type CommandClass } from './client';
import { createPaginator } from './client-dynamodb';
import { exceptionClass, serviceBase, toException, type ExceptionClass } from './errors';

export const LOGS_OPERATIONS = [
  'DescribeLogGroups', 'DescribeLogStreams', 'GetLogEvents', 'FilterLogEvents', 'PutRetentionPolicy', 'DeleteRetentionPolicy',
  'CreateLogGroup', 'CreateLogStream', 'PutLogEvents',
] as const;

/** The modeled errors of the real client (models/errors.ts); ServiceUnavailableException is the server's fault. */
export const LOGS_EXCEPTIONS = [
  'AccessDeniedException', 'ConflictException', 'DataAlreadyAcceptedException', 'InvalidOperationException', 'InvalidParameterException',
  'InvalidSequenceTokenException', 'LimitExceededException', 'MalformedQueryException', 'OperationAbortedException', 'ResourceAlreadyExistsException',
  'ResourceNotFoundException', 'ServiceQuotaExceededException', 'ServiceUnavailableException', 'SessionStreamingException', 'SessionTimeoutException',
  'ThrottlingException', 'TooManyTagsException', 'UnrecognizedClientException', 'ValidationException',
] as const;

const ENUMS = {
  OrderBy: { LastEventTime: 'LastEventTime', LogStreamName: 'LogStreamName' },
  LogGroupClass: { DELIVERY: 'DELIVERY', INFREQUENT_ACCESS: 'INFREQUENT_ACCESS', STANDARD: 'STANDARD' },
};

export function createCloudWatchLogsModule(deps: ClientDeps): Record<string, unknown> {
  const CloudWatchLogsServiceException = serviceBase('CloudWatchLogsServiceException');
  const modeled: Record<string, ExceptionClass> = Object.fromEntries(
    LOGS_EXCEPTIONS.map((name) => [name, exceptionClass(CloudWatchLogsServiceException, name, name === 'ServiceUnavailableException' ? 'server' : 'client')]),
  );
  const CloudWatchLogsClient = defineClient('CloudWatchLogsClient', { service: 'logs', toError: (info: SdkErrorInfo) => toException(info, modeled, CloudWatchLogsServiceException) }, deps);
  const commands: Record<string, CommandClass> = Object.fromEntries(LOGS_OPERATIONS.map((operation) => [operation, defineCommand('logs', { operation })]));

  return sdkPackage('@aws-sdk/client-cloudwatch-logs', {
    CloudWatchLogsClient,
    CloudWatchLogs: aggregateClient(CloudWatchLogsClient, 'CloudWatchLogs', commands),
    ...Object.fromEntries(Object.values(commands).map((Command) => [Command.name, Command])),
    paginateDescribeLogGroups: createPaginator(CloudWatchLogsClient, commands.DescribeLogGroups!, 'nextToken', 'nextToken', 'limit'),
    paginateDescribeLogStreams: createPaginator(CloudWatchLogsClient, commands.DescribeLogStreams!, 'nextToken', 'nextToken', 'limit'),
    paginateFilterLogEvents: createPaginator(CloudWatchLogsClient, commands.FilterLogEvents!, 'nextToken', 'nextToken', 'limit'),
    // GetLogEvents pages forward until the token comes back unchanged, as the real paginator's stopOnSameToken does.
    paginateGetLogEvents: (config: Record<string, unknown>, input: Record<string, unknown>) =>
      createPaginator(CloudWatchLogsClient, commands.GetLogEvents!, 'nextToken', 'nextForwardToken', 'limit')({ ...config, stopOnSameToken: true } as never, input),
    CloudWatchLogsServiceException,
    ...modeled,
    ...ENUMS,
  });
}
