// Event source mapping defaults, ranges and poller timings for stream sources, each with the AWS
// page it comes from (or, where AWS documents nothing, the playground's choice and why).

/** API reference, CreateEventSourceMapping: the API model's ranges (ValidationException outside them). */
export const ESM_RANGES = {
  batchSize: { min: 1, max: 10_000 },
  maximumBatchingWindowInSeconds: { min: 0, max: 300 },
  maximumRecordAgeInSeconds: { min: -1, max: 604_800 },
  maximumRetryAttempts: { min: -1, max: 10_000 },
  parallelizationFactor: { min: 1, max: 10 },
  tumblingWindowInSeconds: { min: 0, max: 900 },
  maxItems: { min: 1, max: 10_000 },
} as const;

/**
 * "Lambda parameters for Amazon DynamoDB event source mappings": BatchSize 100 (max 10,000),
 * MaximumBatchingWindowInSeconds 0, MaximumRecordAgeInSeconds -1, MaximumRetryAttempts -1,
 * ParallelizationFactor 1, BisectBatchOnFunctionError false. TumblingWindowInSeconds 0 and
 * FunctionResponseTypes [] are what CreateEventSourceMapping answers for a DynamoDB stream.
 */
export const STREAM_DEFAULTS = {
  batchSize: 100,
  maximumBatchingWindowInSeconds: 0,
  maximumRecordAgeInSeconds: -1,
  maximumRetryAttempts: -1,
  parallelizationFactor: 1,
  bisectBatchOnFunctionError: false,
  tumblingWindowInSeconds: 0,
} as const;

/** "Lambda parameters for Amazon SQS event source mappings": BatchSize 10, MaximumBatchingWindowInSeconds 0. */
export const QUEUE_DEFAULTS = {
  batchSize: 10,
  maximumBatchingWindowInSeconds: 0,
} as const;

/**
 * "Lambda starts processing five batches at a time with five concurrent invocations of your function.
 * If messages are still available, Lambda increases the number of processes that are reading batches
 * by up to 300 more instances per minute. The maximum number of batches that an event source mapping
 * can process simultaneously is 1,000" (Configuring scaling behavior for SQS event source mappings).
 */
export const QUEUE_SCALING = { initial: 5, perMinute: 300, max: 1000 } as const;

/** ScalingConfig.MaximumConcurrency: "Minimum value of 2. Maximum value of 1000." */
export const MAXIMUM_CONCURRENCY = { min: 2, max: 1000 } as const;

/** MaximumRecordAgeInSeconds: -1 or at least 60, although the API model allows 0–59. */
export const MIN_RECORD_AGE_SECONDS = 60;

/** "Lambda polls shards in your DynamoDB stream for records at a base rate of 4 times per second" (with-ddb). */
export const POLL_INTERVAL_MS = 250;

/** "the batch reaches the payload limit of 6 MB" (Lambda event source mappings, Batching behavior). */
export const BATCH_PAYLOAD_LIMIT = 6 * 1024 * 1024;

/**
 * Delay before the `n`th retry of a batch (n ≥ 1). AWS documents no interval for stream retries;
 * in a run LocalStack recorded against AWS (MaximumRecordAgeInSeconds 60, infinite retries), a
 * failing record was invoked 8 times before it aged out, so retries come within seconds: the
 * playground waits 1 s, doubling, at most 8 s. Throttles use the same schedule, counted apart.
 */
export function retryDelayMs(n: number): number {
  return Math.min(1000 * 2 ** Math.max(0, n - 1), 8000);
}

export const LAST_PROCESSING_RESULT = {
  none: 'No records processed',
  ok: 'OK',
  failed: 'PROBLEM: Function call failed',
} as const;

/** "StateTransitionReason: Indicates whether a user or Lambda made the last change". */
export const USER_ACTION = 'User action';

/** What Lambda answers for an SQS mapping (recorded by LocalStack against AWS). */
export const USER_INITIATED = 'USER_INITIATED';
