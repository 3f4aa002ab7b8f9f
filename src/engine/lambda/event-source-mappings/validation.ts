// Checks CreateEventSourceMapping / UpdateEventSourceMapping input as Lambda does: the API model's
// constraints first (one ValidationException), then Lambda's own rules for stream and queue sources.
import { invalidParameter, ServiceError, validationError } from '../../errors';
import { range } from '../validation';
import { ESM_RANGES, MAXIMUM_CONCURRENCY, MIN_RECORD_AGE_SECONDS } from './limits';
import type { MappingTarget, StoredMapping } from './configuration';
import { checkQueueSettings } from './queue-validation';
import type { CreateEventSourceMappingInput, EsmDestinationConfig, UpdateEventSourceMappingInput } from './types';

// Patterns of the API model (API reference, CreateEventSourceMapping and OnFailure).
const FUNCTION_NAME_PATTERN = String.raw`(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?`;
const SOURCE_ARN_PATTERN = String.raw`arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.*)`;
const DESTINATION_PATTERN = String.raw`^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:([a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*)`;
const STARTING_POSITIONS = ['LATEST', 'AT_TIMESTAMP', 'TRIM_HORIZON'];
const RESPONSE_TYPES = ['ReportBatchItemFailures'];

const matches = (pattern: string, value: string) => new RegExp(`^(?:${pattern})$`).test(value);

/** Services Lambda reads from that the playground does not simulate yet. */
const NOT_SIMULATED: Record<string, string> = {
  kinesis: 'an Amazon Kinesis stream',
  kafka: 'an Amazon MSK cluster',
  mq: 'an Amazon MQ broker',
  rds: 'an Amazon DocumentDB cluster',
};

type AnyInput = Partial<CreateEventSourceMappingInput> & Partial<UpdateEventSourceMappingInput>;

/** The API model's checks, all failures in one ValidationException as AWS words them. */
export function validateModel(input: AnyInput, requireFunctionName: boolean): void {
  const failures: string[] = [];
  const name = input.FunctionName;
  if (name === undefined || name === null) {
    if (requireFunctionName) failures.push(`Value null at 'functionName' failed to satisfy constraint: Member must not be null`);
  } else if (typeof name !== 'string' || name.length > 140 || !matches(FUNCTION_NAME_PATTERN, name)) {
    const text = String(name);
    if (text.length > 140) failures.push(`Value '${text}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 140`);
    else failures.push(`Value '${text}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${FUNCTION_NAME_PATTERN}`);
  }
  const arn = input.EventSourceArn;
  if (arn !== undefined && (typeof arn !== 'string' || !matches(SOURCE_ARN_PATTERN, arn))) {
    failures.push(`Value '${String(arn)}' at 'eventSourceArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ${SOURCE_ARN_PATTERN}`);
  }
  const r = ESM_RANGES;
  range(failures, 'batchSize', input.BatchSize, r.batchSize.min, r.batchSize.max);
  range(failures, 'maximumBatchingWindowInSeconds', input.MaximumBatchingWindowInSeconds, r.maximumBatchingWindowInSeconds.min, r.maximumBatchingWindowInSeconds.max);
  range(failures, 'maximumRecordAgeInSeconds', input.MaximumRecordAgeInSeconds, r.maximumRecordAgeInSeconds.min, r.maximumRecordAgeInSeconds.max);
  range(failures, 'maximumRetryAttempts', input.MaximumRetryAttempts, r.maximumRetryAttempts.min, r.maximumRetryAttempts.max);
  range(failures, 'parallelizationFactor', input.ParallelizationFactor, r.parallelizationFactor.min, r.parallelizationFactor.max);
  range(failures, 'tumblingWindowInSeconds', input.TumblingWindowInSeconds, r.tumblingWindowInSeconds.min, r.tumblingWindowInSeconds.max);
  range(failures, 'scalingConfig.maximumConcurrency', input.ScalingConfig?.MaximumConcurrency, MAXIMUM_CONCURRENCY.min, MAXIMUM_CONCURRENCY.max);
  if (input.StartingPosition !== undefined && !STARTING_POSITIONS.includes(input.StartingPosition)) {
    failures.push(`Value '${String(input.StartingPosition)}' at 'startingPosition' failed to satisfy constraint: Member must satisfy enum value set: [${STARTING_POSITIONS.join(', ')}]`);
  }
  const types = input.FunctionResponseTypes;
  if (types !== undefined) {
    const shown = `[${Array.isArray(types) ? types.join(', ') : String(types)}]`;
    if (!Array.isArray(types) || types.some((t) => !RESPONSE_TYPES.includes(t))) {
      failures.push(`Value '${shown}' at 'functionResponseTypes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [${RESPONSE_TYPES.join(', ')}]]`);
    } else if (types.length > 1) {
      failures.push(`Value '${shown}' at 'functionResponseTypes' failed to satisfy constraint: Member must have length less than or equal to 1`);
    }
  }
  for (const kind of ['OnSuccess', 'OnFailure'] as const) {
    const destination = input.DestinationConfig?.[kind]?.Destination;
    if (destination !== undefined && (typeof destination !== 'string' || !matches(DESTINATION_PATTERN, destination))) {
      const field = kind === 'OnSuccess' ? 'onSuccess' : 'onFailure';
      failures.push(`Value '${String(destination)}' at 'destinationConfig.${field}.destination' failed to satisfy constraint: Member must satisfy regular expression pattern: ${DESTINATION_PATTERN}`);
    }
  }
  if (failures.length) throw validationError(failures);
}

/** The service an event source ARN names (`dynamodb`, `sqs`, …). */
export const arnService = (arn: string) => arn.split(':')[2] ?? '';

/** What CreateEventSourceMapping reads: a stream from a starting position, or a queue. */
export type SourceCheck = { kind: 'stream'; arn: string; startingPosition: 'TRIM_HORIZON' | 'LATEST' } | { kind: 'queue'; arn: string };

/**
 * Lambda's checks of a new mapping that need no lookups, in the order AWS answers them
 * (recorded by LocalStack against AWS): destinations, the source, the starting position.
 */
export function checkCreate(input: CreateEventSourceMappingInput): SourceCheck {
  checkOnSuccess(input);
  const arn = input.EventSourceArn;
  if (!arn) throw invalidParameter('Unrecognized event source.');
  const service = arnService(arn);
  if (service === 'sqs') {
    checkQueueSettings(input, arn);
    return { kind: 'queue', arn };
  }
  if (service !== 'dynamodb') {
    const kind = NOT_SIMULATED[service];
    if (!kind) throw invalidParameter('Unrecognized event source.');
    throw invalidParameter(`The event source ${arn} is ${kind}, which this playground does not simulate yet; use a DynamoDB stream or an SQS queue ARN.`);
  }
  // AWS answers a missing StartingPosition with InvalidParameterValueException in the model's words.
  if (input.StartingPosition === undefined) {
    throw invalidParameter(`1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null.`);
  }
  // "AT_TIMESTAMP is supported only for Amazon Kinesis streams" (CreateEventSourceMapping).
  if (input.StartingPosition === 'AT_TIMESTAMP') throw invalidParameter(`Unsupported starting position for arn type: ${arn}`);
  checkStreamSettings(input);
  return { kind: 'stream', arn, startingPosition: input.StartingPosition };
}

export function checkUpdate(input: UpdateEventSourceMappingInput, mapping: StoredMapping): void {
  checkOnSuccess(input);
  if (mapping.kind === 'queue') checkQueueSettings(input, mapping.eventSourceArn, mapping.settings);
  else checkStreamSettings(input);
}

/** Stream sources have only an on-failure destination (AWS's answer to an OnSuccess one). */
function checkOnSuccess(input: AnyInput): void {
  if (input.DestinationConfig?.OnSuccess?.Destination) {
    throw invalidParameter('Unsupported DestinationConfig parameter for given event source mapping type.');
  }
}

function checkStreamSettings(input: AnyInput): void {
  const age = input.MaximumRecordAgeInSeconds;
  if (age !== undefined && age !== -1 && age < MIN_RECORD_AGE_SECONDS) {
    throw invalidParameter('MaximumRecordAgeInSeconds must be either -1 (forever) or between 60 and 604800 (inclusive)');
  }
  if (input.TumblingWindowInSeconds) {
    throw invalidParameter('TumblingWindowInSeconds: tumbling windows are not simulated by this playground yet; leave it at 0.');
  }
  if (input.FilterCriteria?.Filters?.length) {
    throw invalidParameter('FilterCriteria: event filtering is not simulated by this playground yet; remove the filters.');
  }
  // "(Amazon SQS only) The scaling configuration for the event source."
  if (input.ScalingConfig?.MaximumConcurrency !== undefined) throw invalidParameter('Unsupported ScalingConfig parameter for given event source mapping type.');
}

/** On-failure destinations Lambda accepts for stream sources: "SNS topic, SQS queue, S3 bucket, or Kafka". */
export function defaultDestinationCheck(arn: string): string | undefined {
  if (['sqs', 'sns', 's3', 'kafka'].includes(arnService(arn))) return undefined;
  return `The provided destination config DestinationConfig(onSuccess=null, onFailure=OnFailure(destination=${arn})) is invalid.`;
}

/** Refuses an on-failure destination that `check` (or the default) refuses. */
export function checkOnFailure(config: EsmDestinationConfig | undefined, check = defaultDestinationCheck): void {
  const destination = config?.OnFailure?.Destination;
  const refusal = destination ? check(destination) : undefined;
  if (refusal) throw invalidParameter(refusal);
}

/**
 * The function a mapping invokes. AWS answers CreateEventSourceMapping for a function that does not
 * exist with InvalidParameterValueException "Function does not exist" (recorded by LocalStack against AWS).
 */
export function resolveTarget(
  resolve: (name: string) => { functionArn: string; functionName: string; qualifier?: string },
  name: string,
): MappingTarget {
  try {
    const { functionArn, functionName, qualifier } = resolve(name);
    return { functionArn: qualifier ? `${functionArn}:${qualifier}` : functionArn, functionName, ...(qualifier ? { qualifier } : {}) };
  } catch (error) {
    if (error instanceof ServiceError && error.code === 'ResourceNotFoundException') throw invalidParameter('Function does not exist');
    throw error;
  }
}
