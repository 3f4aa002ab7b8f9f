// The event source mapping API's shapes (API reference: CreateEventSourceMapping, UpdateEventSourceMapping,
// EventSourceMappingConfiguration), plus what the playground shows of each mapping's pollers.

export type StartingPosition = 'TRIM_HORIZON' | 'LATEST' | 'AT_TIMESTAMP';

/** "Creating, Enabling, Enabled, Disabling, Disabled, Updating, or Deleting" (EventSourceMappingConfiguration.State). */
export type EventSourceMappingState = 'Creating' | 'Enabling' | 'Enabled' | 'Disabling' | 'Disabled' | 'Updating' | 'Deleting';

export interface EsmDestinationConfig {
  /** Not valid for stream sources: Lambda refuses it. */
  OnSuccess?: { Destination?: string };
  OnFailure?: { Destination?: string };
}

export interface CreateEventSourceMappingInput {
  FunctionName: string;
  EventSourceArn?: string;
  /** Default true. */
  Enabled?: boolean;
  /** 1–10000; default 100 for streams. */
  BatchSize?: number;
  /** 0–300; default 0 for streams. */
  MaximumBatchingWindowInSeconds?: number;
  /** Required for streams; AT_TIMESTAMP only for Kinesis. */
  StartingPosition?: StartingPosition;
  StartingPositionTimestamp?: number;
  /** -1 (infinite, the default) to 10000. */
  MaximumRetryAttempts?: number;
  /** -1 (infinite, the default) or 60–604800. */
  MaximumRecordAgeInSeconds?: number;
  BisectBatchOnFunctionError?: boolean;
  /** 1–10, default 1. */
  ParallelizationFactor?: number;
  /** [] or ['ReportBatchItemFailures']. */
  FunctionResponseTypes?: string[];
  DestinationConfig?: EsmDestinationConfig;
  /** 0–900; windows are not simulated, so only 0 is accepted. */
  TumblingWindowInSeconds?: number;
  /** Event filtering is not simulated: only an empty filter list is accepted. */
  FilterCriteria?: { Filters?: Array<{ Pattern?: string }> };
  /** Amazon SQS only: MaximumConcurrency 2–1000; an empty object removes it. */
  ScalingConfig?: ScalingConfig;
}

/** "(Amazon SQS only) The scaling configuration for the event source. To remove the configuration, pass an empty value." */
export interface ScalingConfig {
  MaximumConcurrency?: number;
}

/** UpdateEventSourceMapping: the source and the starting position cannot change. */
export type UpdateEventSourceMappingInput = { UUID: string } & Partial<
  Omit<CreateEventSourceMappingInput, 'EventSourceArn' | 'StartingPosition' | 'StartingPositionTimestamp'>
>;

/** A saved mapping: CreateEventSourceMapping input plus the UUID it is restored under. */
export type EventSourceMappingExport = CreateEventSourceMappingInput & { UUID: string };

/**
 * The API's answer, as its JSON carries it (LastModified in epoch seconds). A stream mapping has every
 * field but ScalingConfig; an SQS mapping has none of the stream fields (StartingPosition,
 * ParallelizationFactor, retries, record age, bisection, DestinationConfig, tumbling window, LastProcessingResult).
 */
export interface EventSourceMappingConfiguration {
  UUID: string;
  EventSourceMappingArn: string;
  EventSourceArn: string;
  FunctionArn: string;
  StartingPosition?: StartingPosition;
  BatchSize: number;
  MaximumBatchingWindowInSeconds: number;
  ParallelizationFactor?: number;
  MaximumRetryAttempts?: number;
  MaximumRecordAgeInSeconds?: number;
  BisectBatchOnFunctionError?: boolean;
  FunctionResponseTypes: string[];
  /** Streams: always present, `{ OnFailure: {} }` when no destination is set, as Lambda answers. */
  DestinationConfig?: { OnFailure: { Destination?: string } };
  TumblingWindowInSeconds?: number;
  /** SQS only, when set. */
  ScalingConfig?: ScalingConfig;
  /** Epoch seconds (with milliseconds as a fraction), e.g. 1560209851.963. */
  LastModified: number;
  /** Streams: 'No records processed', 'OK' or 'PROBLEM: Function call failed'. */
  LastProcessingResult?: string;
  State: EventSourceMappingState;
  /** 'User action' for streams, 'USER_INITIATED' for SQS. */
  StateTransitionReason: string;
}

export interface ListEventSourceMappingsInput {
  EventSourceArn?: string;
  FunctionName?: string;
  Marker?: string;
  MaxItems?: number;
}

export interface ListEventSourceMappingsOutput {
  EventSourceMappings: EventSourceMappingConfiguration[];
  NextMarker?: string;
}

/** One synchronous invocation's result, as the engine's invoke path reports it. */
export type InvokeOutcome =
  | { ok: true; payload: string; statusCode?: number; executedVersion?: string; requestId?: string }
  | {
      ok: false;
      functionError?: string;
      payload?: string;
      throttled?: boolean;
      statusCode: number;
      executedVersion?: string;
      requestId?: string;
    };

/**
 * What happened to one batch: it succeeded, the function reported some records failed, failed as a
 * whole, was turned away (throttle, or an error before the function ran), or was given up on.
 */
export type EsmBatchOutcome = 'ok' | 'partial-failure' | 'function-error' | 'throttled' | 'system-error' | 'discarded';

/** Why a batch was given up on, as the on-failure record names it. */
export type DiscardCondition = 'RetryAttemptsExhausted' | 'RecordAgeExceeded';

/** One batch's outcome. For a queue, `shardId` is the queue's name and the sequence numbers are message IDs. */
export interface EsmBatchNotice {
  type: 'esm-batch';
  uuid: string;
  functionName: string;
  shardId: string;
  outcome: EsmBatchOutcome;
  size: number;
  firstSequenceNumber: string;
  lastSequenceNumber: string;
  /** Now minus the arrival of the batch's last record (the IteratorAge metric's definition). */
  iteratorAgeMs: number;
  /** Wall-clock epoch ms. */
  time: number;
  /** Invocations with these records so far. */
  invocations: number;
  error?: string;
  /** After a failure: what the poller does next. */
  next?: 'retry' | 'bisect' | 'discard';
  /** When the retry starts (epoch ms). */
  nextAttemptAt?: number;
  condition?: DiscardCondition;
  /** `discarded`: where the on-failure record went, if anywhere. */
  destination?: string;
}

/** The on-failure record could not be delivered (AWS counts these as DestinationDeliveryFailures). */
export interface EsmDestinationFailure {
  type: 'esm-destination-failed';
  uuid: string;
  functionName: string;
  destination: string;
  message: string;
  time: number;
}

export type EsmEvent = { type: 'event-source-mappings-changed' } | EsmBatchNotice | EsmDestinationFailure;

export type ShardStatus = 'idle' | 'batching' | 'invoking' | 'retrying' | 'stopped';

/** What the UI shows of one shard's poller. */
export interface ShardState {
  shardId: string;
  status: ShardStatus;
  /** The last sequence number processed (or given up on). */
  checkpoint?: string;
  /** A failing batch holds back the records behind it (in-order processing per shard). */
  blocked: boolean;
  /** Counted retries of the current batch (function errors and partial failures). */
  retries: number;
  nextAttemptAt?: number;
  /** Age of the oldest unprocessed record, else the IteratorAge of the last batch. */
  iteratorAgeMs: number;
  lastBatch?: { size: number; firstSequenceNumber: string; lastSequenceNumber: string; outcome: EsmBatchOutcome; time: number };
  lastError?: string;
  /** Queue pollers: batches being invoked now, and how many may be (scaling, MaximumConcurrency). */
  batchesInFlight?: number;
  concurrency?: number;
}

export interface EventSourceMappingRuntimeState {
  uuid: string;
  state: 'Enabled' | 'Disabled';
  lastProcessingResult: string;
  shards: ShardState[];
}
