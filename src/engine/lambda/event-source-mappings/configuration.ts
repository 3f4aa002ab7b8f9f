// A stored event source mapping, and the shapes made from it: the API's EventSourceMappingConfiguration
// and the CreateEventSourceMapping input that restores it, for stream sources and for SQS queues.
import { ACCOUNT_ID, REGION } from '../../ids';
import { LAST_PROCESSING_RESULT, QUEUE_DEFAULTS, STREAM_DEFAULTS, USER_ACTION, USER_INITIATED } from './limits';
import type { QueueSource } from './queue-source';
import type { StreamSource } from './stream-source';
import type {
  CreateEventSourceMappingInput, EventSourceMappingConfiguration, EventSourceMappingExport, EventSourceMappingState,
  UpdateEventSourceMappingInput,
} from './types';

/** The settings a poller works with, Lambda's defaults filled in (a queue's use the first three and the last). */
export interface StreamSettings {
  batchSize: number;
  maximumBatchingWindowInSeconds: number;
  reportBatchItemFailures: boolean;
  maximumRetryAttempts: number;
  maximumRecordAgeInSeconds: number;
  bisectBatchOnFunctionError: boolean;
  /** Stored and shown; the playground still runs one batch per shard at a time. */
  parallelizationFactor: number;
  tumblingWindowInSeconds: number;
  onFailure?: string;
  /** SQS: ScalingConfig.MaximumConcurrency. */
  maximumConcurrency?: number;
}

export interface MappingTarget {
  /** As configured: qualified when the mapping names a version or alias. */
  functionArn: string;
  functionName: string;
  qualifier?: string;
}

interface MappingCommon {
  uuid: string;
  eventSourceArn: string;
  target: MappingTarget;
  settings: StreamSettings;
  enabled: boolean;
  /** Epoch ms of the last update or state change. */
  lastModified: number;
  lastProcessingResult: string;
}

/** A mapping of a stream (DynamoDB): shards read in order from a starting position. */
export interface StreamMapping extends MappingCommon {
  kind: 'stream';
  source: StreamSource;
  startingPosition: 'TRIM_HORIZON' | 'LATEST';
}

/** A mapping of an SQS queue: messages received, and deleted once the function has them. */
export interface QueueMapping extends MappingCommon {
  kind: 'queue';
  source: QueueSource;
}

export type StoredMapping = StreamMapping | QueueMapping;

export const mappingArn = (uuid: string) => `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:event-source-mapping:${uuid}`;

/** Lambda's defaults for a stream (BatchSize 100) or a queue (BatchSize 10, "Lambda parameters for Amazon SQS event source mappings"). */
export function defaultSettings(kind: StoredMapping['kind'] = 'stream'): StreamSettings {
  const d = STREAM_DEFAULTS;
  const q = kind === 'queue' ? QUEUE_DEFAULTS : undefined;
  return {
    batchSize: q?.batchSize ?? d.batchSize,
    maximumBatchingWindowInSeconds: q?.maximumBatchingWindowInSeconds ?? d.maximumBatchingWindowInSeconds,
    maximumRetryAttempts: d.maximumRetryAttempts,
    maximumRecordAgeInSeconds: d.maximumRecordAgeInSeconds,
    bisectBatchOnFunctionError: d.bisectBatchOnFunctionError,
    parallelizationFactor: d.parallelizationFactor,
    reportBatchItemFailures: false,
    tumblingWindowInSeconds: d.tumblingWindowInSeconds,
  };
}

/** The settings with the fields an input gives replaced (a copy: a running batch keeps its view). */
export function withSettings(current: StreamSettings, input: Partial<CreateEventSourceMappingInput> | UpdateEventSourceMappingInput): StreamSettings {
  const next = { ...current };
  if (input.BatchSize !== undefined) next.batchSize = input.BatchSize;
  if (input.MaximumBatchingWindowInSeconds !== undefined) next.maximumBatchingWindowInSeconds = input.MaximumBatchingWindowInSeconds;
  if (input.MaximumRetryAttempts !== undefined) next.maximumRetryAttempts = input.MaximumRetryAttempts;
  if (input.MaximumRecordAgeInSeconds !== undefined) next.maximumRecordAgeInSeconds = input.MaximumRecordAgeInSeconds;
  if (input.BisectBatchOnFunctionError !== undefined) next.bisectBatchOnFunctionError = input.BisectBatchOnFunctionError;
  if (input.ParallelizationFactor !== undefined) next.parallelizationFactor = input.ParallelizationFactor;
  if (input.FunctionResponseTypes !== undefined) next.reportBatchItemFailures = input.FunctionResponseTypes.includes('ReportBatchItemFailures');
  if (input.TumblingWindowInSeconds !== undefined) next.tumblingWindowInSeconds = input.TumblingWindowInSeconds;
  if (input.DestinationConfig !== undefined) {
    // A DestinationConfig replaces the destination; an empty string (or none) clears it.
    const destination = input.DestinationConfig.OnFailure?.Destination;
    if (destination) next.onFailure = destination;
    else delete next.onFailure;
  }
  if (input.ScalingConfig !== undefined) {
    // "To remove the configuration, pass an empty value."
    const max = input.ScalingConfig?.MaximumConcurrency;
    if (max === undefined) delete next.maximumConcurrency;
    else next.maximumConcurrency = max;
  }
  return next;
}

/** The API's answer; `state` is the stored one or the transition the call started. */
export function configuration(m: StoredMapping, state: EventSourceMappingState): EventSourceMappingConfiguration {
  const s = m.settings;
  if (m.kind === 'queue') return queueConfiguration(m, state);
  return {
    UUID: m.uuid,
    EventSourceMappingArn: mappingArn(m.uuid),
    EventSourceArn: m.eventSourceArn,
    FunctionArn: m.target.functionArn,
    StartingPosition: m.startingPosition,
    BatchSize: s.batchSize,
    MaximumBatchingWindowInSeconds: s.maximumBatchingWindowInSeconds,
    ParallelizationFactor: s.parallelizationFactor,
    MaximumRetryAttempts: s.maximumRetryAttempts,
    MaximumRecordAgeInSeconds: s.maximumRecordAgeInSeconds,
    BisectBatchOnFunctionError: s.bisectBatchOnFunctionError,
    FunctionResponseTypes: s.reportBatchItemFailures ? ['ReportBatchItemFailures'] : [],
    DestinationConfig: { OnFailure: s.onFailure ? { Destination: s.onFailure } : {} },
    TumblingWindowInSeconds: s.tumblingWindowInSeconds,
    LastModified: m.lastModified / 1000,
    LastProcessingResult: m.lastProcessingResult,
    State: state,
    StateTransitionReason: USER_ACTION,
  };
}

/** CreateEventSourceMapping input (plus the UUID) that recreates the mapping, for saving a project. */
export function exportInput(m: StoredMapping): EventSourceMappingExport {
  const s = m.settings;
  const { functionName, qualifier } = m.target;
  const common = {
    UUID: m.uuid,
    FunctionName: qualifier ? `${functionName}:${qualifier}` : functionName,
    EventSourceArn: m.eventSourceArn,
  };
  if (m.kind === 'queue') {
    return {
      ...common, Enabled: m.enabled, BatchSize: s.batchSize, MaximumBatchingWindowInSeconds: s.maximumBatchingWindowInSeconds,
      FunctionResponseTypes: s.reportBatchItemFailures ? ['ReportBatchItemFailures'] : [],
      ...(s.maximumConcurrency !== undefined ? { ScalingConfig: { MaximumConcurrency: s.maximumConcurrency } } : {}),
    };
  }
  return {
    ...common,
    StartingPosition: m.startingPosition,
    Enabled: m.enabled,
    BatchSize: s.batchSize,
    MaximumBatchingWindowInSeconds: s.maximumBatchingWindowInSeconds,
    MaximumRetryAttempts: s.maximumRetryAttempts,
    MaximumRecordAgeInSeconds: s.maximumRecordAgeInSeconds,
    BisectBatchOnFunctionError: s.bisectBatchOnFunctionError,
    ParallelizationFactor: s.parallelizationFactor,
    FunctionResponseTypes: s.reportBatchItemFailures ? ['ReportBatchItemFailures'] : [],
    ...(s.onFailure ? { DestinationConfig: { OnFailure: { Destination: s.onFailure } } } : {}),
  };
}

/**
 * An SQS mapping's answer: only the fields Lambda gives a queue (recorded by LocalStack against AWS),
 * StateTransitionReason USER_INITIATED, and ScalingConfig when set.
 */
function queueConfiguration(m: QueueMapping, state: EventSourceMappingState): EventSourceMappingConfiguration {
  const s = m.settings;
  return {
    UUID: m.uuid,
    EventSourceMappingArn: mappingArn(m.uuid),
    EventSourceArn: m.eventSourceArn,
    FunctionArn: m.target.functionArn,
    BatchSize: s.batchSize,
    MaximumBatchingWindowInSeconds: s.maximumBatchingWindowInSeconds,
    FunctionResponseTypes: s.reportBatchItemFailures ? ['ReportBatchItemFailures'] : [],
    ...(s.maximumConcurrency !== undefined ? { ScalingConfig: { MaximumConcurrency: s.maximumConcurrency } } : {}),
    LastModified: m.lastModified / 1000,
    State: state,
    StateTransitionReason: USER_INITIATED,
  };
}

export const initialProcessingResult = LAST_PROCESSING_RESULT.none;
