// Lambda's event source mappings for poll-based sources (DynamoDB streams, SQS queues): CreateEventSourceMapping,
// GetEventSourceMapping, ListEventSourceMappings, UpdateEventSourceMapping, DeleteEventSourceMapping,
// and the pollers behind them, over the Clock port and the engine's invoke path.
import { invalidParameter, resourceConflict, resourceNotFound } from '../../errors';
import { requestId } from '../../ids';
import type { Clock } from '../../ports';
import {
  configuration, defaultSettings, exportInput, initialProcessingResult, withSettings, type MappingTarget, type QueueMapping, type StoredMapping,
  type StreamMapping,
} from './configuration';
import { conflict, listMappings } from './mapping-queries';
import { MappingRunner, type RunnerHost } from './mapping-runner';
import { QueuePoller } from './queue-poller';
import type { QueueSource } from './queue-source';
import { queueNotFound } from './queue-validation';
import type { StreamSource } from './stream-source';
import type {
  CreateEventSourceMappingInput, EsmDestinationConfig, EsmEvent, EventSourceMappingConfiguration, EventSourceMappingExport,
  EventSourceMappingRuntimeState, InvokeOutcome, ListEventSourceMappingsInput, ListEventSourceMappingsOutput,
  UpdateEventSourceMappingInput,
} from './types';
import { checkCreate, checkOnFailure, checkUpdate, resolveTarget, validateModel, type SourceCheck } from './validation';
import type { BatchTrace } from '../../tracing/batch-trace';

export interface EventSourceMappingDeps {
  clock: Clock;
  /** Finds the stream for an EventSourceArn, or undefined (→ "Stream not found: <arn>"). */
  resolveSource(arn: string): StreamSource | undefined;
  /** Finds the SQS queue for an `arn:aws:sqs:` EventSourceArn, or undefined (→ Lambda's NonExistentQueue answer). */
  resolveQueue?(arn: string): QueueSource | undefined;
  /** The function (name or ARN, with qualifier); throws ResourceNotFoundException when it does not exist. */
  resolveFunction(functionNameOrArn: string): { functionArn: string; functionName: string; qualifier?: string };
  /** Runs one synchronous invocation with the batch event; rejects when the call never reached the function. */
  /** `trace`: the batch's trace and queue wait; `chain`: the recursion chain it continues (messages a function sent). */
  invoke(target: { functionName: string; qualifier?: string }, payload: string, trace?: BatchTrace, chain?: unknown): Promise<InvokeOutcome>;
  /**
   * Sends the on-failure record to the destination ARN; rejects if it could not. `context` is what an
   * S3 destination also needs: the object key (aws/lambda/<ESM-UUID>/<shardID>/…) and the records.
   */
  deliverFailure(destinationArn: string, record: object, context: FailureContext): Promise<void>;
  /** Lambda's refusal of an on-failure destination, or undefined to accept it (default: SQS, SNS, S3, Kafka ARNs). */
  checkDestination?(destinationArn: string): string | undefined;
  emit(event: EsmEvent): void;
  /** Mapping UUIDs; deterministic in tests. */
  uuid?: () => string;
}

/** What an on-failure record is about, beyond the record itself. */
export interface FailureContext {
  uuid: string;
  shardId: string;
  /** The records given up on, as the function's event carries them. */
  payload: { Records: Array<Record<string, unknown>> };
}

/** What runs a mapping: a poller per shard of a stream, or the pollers of a queue. */
interface Runner {
  start(): void;
  stop(): void;
  dispose(): void;
  state(): EventSourceMappingRuntimeState['shards'];
}

interface Entry {
  stored: StoredMapping;
  runner: Runner;
}

const notFound = () => resourceNotFound('The resource you requested does not exist.');

export function createEventSourceMappings(deps: EventSourceMappingDeps) {
  const entries = new Map<string, Entry>();
  const newUuid = deps.uuid ?? (() => crypto.randomUUID());
  const changed = () => deps.emit({ type: 'event-source-mappings-changed' });
  function entry(uuid: string): Entry {
    const found = entries.get(uuid);
    if (!found) throw notFound();
    return found;
  }

  const target = (name: string) => resolveTarget(deps.resolveFunction, name);
  const checkDestination = (config: EsmDestinationConfig | undefined) => checkOnFailure(config, deps.checkDestination);
  const checkConflict = (arn: string, t: MappingTarget, except?: string) => conflict([...entries.values()].map((e) => e.stored), arn, t, except);

  function runner(uuid: string, kind: StoredMapping['kind']): Runner {
    const stored = () => entries.get(uuid)!.stored;
    const host: RunnerHost = {
      clock: deps.clock,
      invoke: (payload, trace, chain) => {
        const { functionName, qualifier } = stored().target;
        return deps.invoke({ functionName, ...(qualifier ? { qualifier } : {}) }, payload, trace, chain);
      },
      deliver: (destination, record, shardId, records) => {
        const context: FailureContext = { uuid, shardId, payload: { Records: records.map((r) => r.data) } };
        deps.deliverFailure(destination, record, context).catch((error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          const functionName = entries.get(uuid)?.stored.target.functionName ?? '';
          deps.emit({ type: 'esm-destination-failed', uuid, functionName, destination, message, time: deps.clock.now() });
        });
      },
      notice: (notice) => {
        const m = entries.get(uuid)?.stored;
        if (m) deps.emit({ type: 'esm-batch', uuid, functionName: m.target.functionName, ...notice });
      },
      processed: (result) => {
        const m = entries.get(uuid)?.stored;
        if (!m || m.lastProcessingResult === result) return;
        m.lastProcessingResult = result;
        changed();
      },
      requestId,
    };
    return kind === 'queue' ? new QueuePoller(stored as () => QueueMapping, host) : new MappingRunner(stored as () => StreamMapping, host);
  }

  /** The stored mapping of a new stream or queue mapping, its source found (or Lambda's refusal). */
  function newMapping(check: SourceCheck, input: CreateEventSourceMappingInput, uuid: string, t: MappingTarget): StoredMapping {
    const common = {
      uuid, eventSourceArn: check.arn, target: t, enabled: input.Enabled ?? true,
      lastModified: deps.clock.now(), lastProcessingResult: initialProcessingResult,
    };
    if (check.kind === 'queue') {
      const source = deps.resolveQueue?.(check.arn);
      if (!source) throw queueNotFound();
      return { ...common, kind: 'queue', source, settings: withSettings(defaultSettings('queue'), input) };
    }
    const source = deps.resolveSource(check.arn);
    if (!source) throw invalidParameter(`Stream not found: ${check.arn}`);
    return { ...common, kind: 'stream', source, startingPosition: check.startingPosition, settings: withSettings(defaultSettings(), input) };
  }

  function create(input: CreateEventSourceMappingInput, uuid: string): EventSourceMappingConfiguration {
    validateModel(input, true);
    const check = checkCreate(input);
    const stored = newMapping(check, input, uuid, target(input.FunctionName));
    checkDestination(input.DestinationConfig);
    checkConflict(stored.eventSourceArn, stored.target);
    const created: Entry = { stored, runner: runner(uuid, stored.kind) };
    entries.set(uuid, created);
    if (stored.enabled) created.runner.start();
    changed();
    // Lambda answers while it creates the mapping; the playground's is ready at once.
    return configuration(stored, 'Creating');
  }

  return {
    async createEventSourceMapping(input: CreateEventSourceMappingInput): Promise<EventSourceMappingConfiguration> {
      return create(input, newUuid());
    },

    async getEventSourceMapping(input: { UUID: string }): Promise<EventSourceMappingConfiguration> {
      const { stored } = entry(input.UUID);
      return configuration(stored, stored.enabled ? 'Enabled' : 'Disabled');
    },

    async listEventSourceMappings(input: ListEventSourceMappingsInput = {}): Promise<ListEventSourceMappingsOutput> {
      return listMappings([...entries.values()].map((e) => e.stored), input);
    },

    /**
     * Changes the settings given. "Updated settings are applied asynchronously and aren't reflected in
     * the output until the process completes" (with-ddb): the answer shows the settings as they were.
     */
    async updateEventSourceMapping(input: UpdateEventSourceMappingInput): Promise<EventSourceMappingConfiguration> {
      validateModel(input, false);
      const current = entry(input.UUID);
      checkUpdate(input, current.stored);
      const before = current.stored;
      const t = input.FunctionName !== undefined ? target(input.FunctionName) : before.target;
      checkDestination(input.DestinationConfig);
      checkConflict(before.eventSourceArn, t, before.uuid);
      const enabled = input.Enabled ?? before.enabled;
      const state = enabled === before.enabled ? 'Updating' : enabled ? 'Enabling' : 'Disabling';
      const now = deps.clock.now();
      current.stored = { ...before, target: t, settings: withSettings(before.settings, input), enabled, lastModified: now };
      if (enabled && !before.enabled) current.runner.start();
      if (!enabled && before.enabled) current.runner.stop();
      changed();
      return configuration({ ...before, lastModified: now }, state);
    },

    async deleteEventSourceMapping(input: { UUID: string }): Promise<EventSourceMappingConfiguration> {
      const { stored, runner: r } = entry(input.UUID);
      r.dispose();
      entries.delete(input.UUID);
      changed();
      return configuration(stored, 'Deleting');
    },

    /** Not an AWS API: what each shard's poller is doing, for the UI. */
    state(uuid: string): EventSourceMappingRuntimeState {
      const { stored, runner: r } = entry(uuid);
      return { uuid, state: stored.enabled ? 'Enabled' : 'Disabled', lastProcessingResult: stored.lastProcessingResult, shards: r.state() };
    },

    /**
     * Not an AWS API: drops the mappings of a deleted function (or of one version or alias). AWS itself
     * keeps them — GetEventSourceMapping still answers after DeleteFunction — and their invocations fail.
     */
    functionDeleted(functionName: string, qualifier?: string): string[] {
      const dropped = [...entries.values()].filter((e) => e.stored.target.functionName === functionName && (qualifier === undefined || e.stored.target.qualifier === qualifier));
      for (const e of dropped) {
        e.runner.dispose();
        entries.delete(e.stored.uuid);
      }
      if (dropped.length) changed();
      return dropped.map((e) => e.stored.uuid);
    },

    /** Not an AWS API: every mapping as CreateEventSourceMapping input plus its UUID, for saving. */
    exportAll(): EventSourceMappingExport[] {
      return [...entries.values()].map((e) => exportInput(e.stored));
    },

    /** Not an AWS API: restores a saved mapping under its UUID, with CreateEventSourceMapping's checks. */
    async import(input: EventSourceMappingExport): Promise<EventSourceMappingConfiguration> {
      if (entries.has(input.UUID)) throw resourceConflict(`An event source mapping with UUID ${input.UUID} already exists.`);
      const { UUID, ...rest } = input;
      return create(rest, UUID);
    },

    /** Stops every poller; invocations in flight finish but nothing further happens. */
    dispose(): void {
      for (const e of entries.values()) e.runner.dispose();
    },
  };
}

export type EventSourceMappings = ReturnType<typeof createEventSourceMappings>;
