// A stored event source mapping, and the shapes made from it: the API's EventSourceMappingConfiguration
// and the CreateEventSourceMapping input that restores it.
import { ACCOUNT_ID, REGION } from '../../ids';
import { LAST_PROCESSING_RESULT, STREAM_DEFAULTS, USER_ACTION } from './limits';
import type { StreamSource } from './stream-source';
import type {
  CreateEventSourceMappingInput, EventSourceMappingConfiguration, EventSourceMappingExport, EventSourceMappingState,
  UpdateEventSourceMappingInput,
} from './types';

/** The settings a stream poller works with, Lambda's defaults filled in. */
export interface StreamSettings {
  batchSize: number;
  maximumBatchingWindowInSeconds: number;
  maximumRetryAttempts: number;
  maximumRecordAgeInSeconds: number;
  bisectBatchOnFunctionError: boolean;
  /** Stored and shown; the playground still runs one batch per shard at a time. */
  parallelizationFactor: number;
  reportBatchItemFailures: boolean;
  tumblingWindowInSeconds: number;
  onFailure?: string;
}

export interface MappingTarget {
  /** As configured: qualified when the mapping names a version or alias. */
  functionArn: string;
  functionName: string;
  qualifier?: string;
}

export interface StoredMapping {
  uuid: string;
  eventSourceArn: string;
  source: StreamSource;
  target: MappingTarget;
  startingPosition: 'TRIM_HORIZON' | 'LATEST';
  settings: StreamSettings;
  enabled: boolean;
  /** Epoch ms of the last update or state change. */
  lastModified: number;
  lastProcessingResult: string;
}

export const mappingArn = (uuid: string) => `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:event-source-mapping:${uuid}`;

export function defaultSettings(): StreamSettings {
  const d = STREAM_DEFAULTS;
  return {
    batchSize: d.batchSize,
    maximumBatchingWindowInSeconds: d.maximumBatchingWindowInSeconds,
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
  return next;
}

/** The API's answer; `state` is the stored one or the transition the call started. */
export function configuration(m: StoredMapping, state: EventSourceMappingState): EventSourceMappingConfiguration {
  const s = m.settings;
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
  return {
    UUID: m.uuid,
    FunctionName: qualifier ? `${functionName}:${qualifier}` : functionName,
    EventSourceArn: m.eventSourceArn,
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

export const initialProcessingResult = LAST_PROCESSING_RESULT.none;
