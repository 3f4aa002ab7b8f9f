// `@aws-sdk/client-sqs` inside the sandbox: SQSClient, the commands the playground's SQS serves, the
// aggregated SQS class, paginateListQueues, the modeled exceptions and the enum objects handlers
// import. SQS speaks JSON (since SDK 3.4xx) with no path labels, so inputs go as they are; binary
// message attributes travel as Uint8Array both ways.
import type { SdkErrorInfo, SdkService } from '../../../src/engine/sdk/types';
import { aggregateClient, defineClient, defineCommand, sdkPackage, type ClientDeps, type CommandClass } from './client';
import { createPaginator } from './client-dynamodb';
import { exceptionClass, serviceBase, toException, type ExceptionClass } from './errors';

/** The wire's service id (until `SdkService` lists it). */
const SQS = 'sqs' as SdkService;

const OPERATIONS = [
  'CreateQueue', 'GetQueueUrl', 'GetQueueAttributes', 'SetQueueAttributes', 'ListQueues', 'ListDeadLetterSourceQueues',
  'DeleteQueue', 'PurgeQueue', 'SendMessage', 'SendMessageBatch', 'ReceiveMessage', 'DeleteMessage', 'DeleteMessageBatch',
  'ChangeMessageVisibility', 'ChangeMessageVisibilityBatch',
] as const;

/** Every modeled error of the real client (models/errors.ts). `InvalidParameterValue` and `MissingParameter` are not among them. */
const MODELED = [
  'InvalidAddress', 'InvalidSecurity', 'OverLimit', 'QueueDoesNotExist', 'RequestThrottled', 'UnsupportedOperation',
  'ResourceNotFoundException', 'MessageNotInflight', 'ReceiptHandleIsInvalid', 'BatchEntryIdsNotDistinct', 'EmptyBatchRequest',
  'InvalidBatchEntryId', 'TooManyEntriesInBatchRequest', 'InvalidAttributeName', 'InvalidAttributeValue', 'QueueDeletedRecently',
  'QueueNameExists', 'InvalidIdFormat', 'PurgeQueueInProgress', 'KmsAccessDenied', 'KmsDisabled', 'KmsInvalidKeyUsage',
  'KmsInvalidState', 'KmsNotFound', 'KmsOptInRequired', 'KmsThrottled', 'InvalidMessageContents', 'BatchRequestTooLong',
] as const;

/** The enum objects of the real client (models/enums.ts). */
const ENUMS = {
  QueueAttributeName: [
    'All', 'ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesDelayed', 'ApproximateNumberOfMessagesNotVisible',
    'ContentBasedDeduplication', 'CreatedTimestamp', 'DeduplicationScope', 'DelaySeconds', 'FifoQueue', 'FifoThroughputLimit',
    'KmsDataKeyReusePeriodSeconds', 'KmsMasterKeyId', 'LastModifiedTimestamp', 'MaximumMessageSize', 'MessageRetentionPeriod',
    'Policy', 'QueueArn', 'ReceiveMessageWaitTimeSeconds', 'RedriveAllowPolicy', 'RedrivePolicy', 'SqsManagedSseEnabled', 'VisibilityTimeout',
  ],
  MessageSystemAttributeName: [
    'AWSTraceHeader', 'All', 'ApproximateFirstReceiveTimestamp', 'ApproximateReceiveCount', 'DeadLetterQueueSourceArn',
    'MessageDeduplicationId', 'MessageGroupId', 'SenderId', 'SentTimestamp', 'SequenceNumber',
  ],
  MessageSystemAttributeNameForSends: ['AWSTraceHeader'],
};

export function createSQSModule(deps: ClientDeps): Record<string, unknown> {
  const SQSServiceException = serviceBase('SQSServiceException');
  const modeled: Record<string, ExceptionClass> = Object.fromEntries(MODELED.map((name) => [name, exceptionClass(SQSServiceException, name)]));
  const SQSClient = defineClient('SQSClient', { service: SQS, toError: (info: SdkErrorInfo) => toException(info, modeled, SQSServiceException) }, deps);
  const commands: Record<string, CommandClass> = Object.fromEntries(OPERATIONS.map((operation) => [operation, defineCommand(SQS, { operation })]));
  const enums = Object.fromEntries(Object.entries(ENUMS).map(([name, values]) => [name, Object.fromEntries(values.map((value) => [value, value]))]));

  return sdkPackage('@aws-sdk/client-sqs', {
    SQSClient,
    SQS: aggregateClient(SQSClient, 'SQS', commands),
    ...Object.fromEntries(Object.values(commands).map((Command) => [Command.name, Command])),
    paginateListQueues: createPaginator(SQSClient, commands.ListQueues!, 'NextToken', 'NextToken', 'MaxResults'),
    paginateListDeadLetterSourceQueues: createPaginator(SQSClient, commands.ListDeadLetterSourceQueues!, 'NextToken', 'NextToken', 'MaxResults'),
    SQSServiceException,
    ...modeled,
    ...enums,
  });
}
