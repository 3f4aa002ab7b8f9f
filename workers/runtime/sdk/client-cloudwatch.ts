// `@aws-sdk/client-cloudwatch` inside the sandbox: CloudWatchClient, the metric commands the
// playground serves (PutMetricData, GetMetricData, GetMetricStatistics, ListMetrics), the aggregated
// CloudWatch class, the paginators, the modeled exceptions and the enum objects handlers import.
import type { SdkErrorInfo } from '../../../src/engine/sdk/types';
import { aggregateClient, defineClient, defineCommand, sdkPackage, type ClientDeps, type CommandClass } from './client';
import { createPaginator } from './client-dynamodb';
import { exceptionClass, serviceBase, toException, type ExceptionClass } from './errors';

const OPERATIONS = ['PutMetricData', 'GetMetricData', 'GetMetricStatistics', 'ListMetrics'] as const;

/** Every modeled error of the real client (models/errors.ts); InternalServiceFault is the server's fault. */
const MODELED = [
  'ConcurrentModificationException', 'ConflictException', 'DashboardInvalidInputError', 'DashboardNotFoundError', 'InternalServiceFault',
  'InvalidFormatFault', 'InvalidNextToken', 'InvalidParameterCombinationException', 'InvalidParameterValueException', 'LimitExceededException',
  'LimitExceededFault', 'MissingRequiredParameterException', 'ResourceNotFound', 'ResourceNotFoundException',
] as const;

/** The enum objects of the real client (models/enums.ts) a metrics handler uses. */
const UNITS = [
  'Seconds', 'Microseconds', 'Milliseconds', 'Bytes', 'Kilobytes', 'Megabytes', 'Gigabytes', 'Terabytes', 'Bits', 'Kilobits', 'Megabits',
  'Gigabits', 'Terabits', 'Percent', 'Count', 'Bytes/Second', 'Kilobytes/Second', 'Megabytes/Second', 'Gigabytes/Second', 'Terabytes/Second',
  'Bits/Second', 'Kilobits/Second', 'Megabits/Second', 'Gigabits/Second', 'Terabits/Second', 'Count/Second', 'None',
];
const ENUMS = {
  // The SDK's keys drop the slash: `Bytes_Second` for 'Bytes/Second'.
  StandardUnit: Object.fromEntries(UNITS.map((u) => [u.replace('/', '_'), u])),
  Statistic: { Average: 'Average', Maximum: 'Maximum', Minimum: 'Minimum', SampleCount: 'SampleCount', Sum: 'Sum' },
  ScanBy: { TIMESTAMP_ASCENDING: 'TimestampAscending', TIMESTAMP_DESCENDING: 'TimestampDescending' },
  StatusCode: { COMPLETE: 'Complete', FORBIDDEN: 'Forbidden', INTERNAL_ERROR: 'InternalError', PARTIAL_DATA: 'PartialData' },
  RecentlyActive: { PT3H: 'PT3H' },
};

export function createCloudWatchModule(deps: ClientDeps): Record<string, unknown> {
  const CloudWatchServiceException = serviceBase('CloudWatchServiceException');
  const modeled: Record<string, ExceptionClass> = Object.fromEntries(
    MODELED.map((name) => [name, exceptionClass(CloudWatchServiceException, name, name === 'InternalServiceFault' ? 'server' : 'client')]),
  );
  const CloudWatchClient = defineClient('CloudWatchClient', { service: 'cloudwatch', toError: (info: SdkErrorInfo) => toException(info, modeled, CloudWatchServiceException) }, deps);
  const commands: Record<string, CommandClass> = Object.fromEntries(OPERATIONS.map((operation) => [operation, defineCommand('cloudwatch', { operation })]));

  return sdkPackage('@aws-sdk/client-cloudwatch', {
    CloudWatchClient,
    CloudWatch: aggregateClient(CloudWatchClient, 'CloudWatch', commands),
    ...Object.fromEntries(Object.values(commands).map((Command) => [Command.name, Command])),
    paginateGetMetricData: createPaginator(CloudWatchClient, commands.GetMetricData!, 'NextToken', 'NextToken', 'MaxDatapoints'),
    paginateListMetrics: createPaginator(CloudWatchClient, commands.ListMetrics!, 'NextToken', 'NextToken'),
    CloudWatchServiceException,
    ...modeled,
    ...ENUMS,
  });
}
