// Lambda's rules for a mapping that reads an SQS queue ("Lambda parameters for Amazon SQS event source
// mappings"): the stream settings are refused, BatchSize above 10 needs a batching window, and a FIFO
// queue takes batches of at most 10 with no window.
import { invalidParameter } from '../../errors';
import type { StreamSettings } from './configuration';
import type { CreateEventSourceMappingInput, UpdateEventSourceMappingInput } from './types';

type AnyInput = Partial<CreateEventSourceMappingInput> & Partial<UpdateEventSourceMappingInput>;

/** Settings that only stream sources have, in the order they are checked. */
const STREAM_ONLY = [
  'StartingPositionTimestamp', 'MaximumRetryAttempts', 'MaximumRecordAgeInSeconds', 'BisectBatchOnFunctionError',
  'ParallelizationFactor', 'TumblingWindowInSeconds', 'DestinationConfig',
] as const;

/** A FIFO queue's ARN ends in `.fifo`, as its name does. */
export const isFifoArn = (arn: string) => arn.endsWith('.fifo');

/** The queue checks of CreateEventSourceMapping (`current`: none) or UpdateEventSourceMapping (the mapping's settings). */
export function checkQueueSettings(input: AnyInput, arn: string, current?: StreamSettings): void {
  // AWS: "StartingPosition is not valid for SQS event sources." (as boto3 and node-lambda users reported it).
  if (input.StartingPosition !== undefined) throw invalidParameter('StartingPosition is not valid for SQS event sources.');
  for (const name of STREAM_ONLY) {
    // The wording Lambda uses for DestinationConfig.OnSuccess on a stream, for each stream-only setting.
    if (input[name] !== undefined) throw invalidParameter(`Unsupported ${name} parameter for given event source mapping type.`);
  }
  if (input.FilterCriteria?.Filters?.length) {
    throw invalidParameter('FilterCriteria: event filtering is not simulated by this playground yet; remove the filters.');
  }
  const batchSize = input.BatchSize ?? current?.batchSize ?? 10;
  const window = input.MaximumBatchingWindowInSeconds ?? current?.maximumBatchingWindowInSeconds ?? 0;
  if (isFifoArn(arn)) {
    // "Batching window is not supported for FIFO queues"; "For FIFO queues, the maximum is 10" (the
    // guide's words: AWS's error wording for these two is not recorded).
    if (window > 0) throw invalidParameter('Batching window is not supported for FIFO queues.');
    if (batchSize > 10) throw invalidParameter('BatchSize must be between 1 and 10 for FIFO queues.');
  }
  if (batchSize > 10 && window === 0) {
    throw invalidParameter('Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10');
  }
}

/** "Error occurred while ReceiveMessage": what Lambda answers when the queue does not exist (recorded by LocalStack against AWS). */
export const queueNotFound = () =>
  invalidParameter(
    'Error occurred while ReceiveMessage. SQS Error Code: AWS.SimpleQueueService.NonExistentQueue. SQS Error Message: The specified queue does not exist for this wsdl version.',
  );
