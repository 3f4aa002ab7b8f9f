// Test helpers for event source mappings: a fake stream with shards kept for a retention period, and a
// harness on a ManualClock whose "functions" answer as each test scripts them.
import { resourceNotFound } from '../../errors';
import { functionArn } from '../../ids';
import { ManualClock } from '../../testing/fake-ports';
import { parseFunctionName } from '../validation';
import { createEventSourceMappings, type FailureContext } from './event-source-mappings';
import type { ShardInfo, ShardRecord, StreamSource } from './stream-source';
import type { CreateEventSourceMappingInput, EsmBatchNotice, EsmEvent, InvokeOutcome } from './types';

export const STREAM_ARN = 'arn:aws:dynamodb:us-east-1:123456789012:table/photos/stream/2026-11-21T12:00:00.000';

/** A stream whose shards hold records in order, trimmed after `retentionMs` (24 h, as DynamoDB). */
export class FakeStream implements StreamSource {
  retentionMs = 24 * 60 * 60 * 1000;
  #shards = new Map<string, ShardRecord[]>();
  #listeners = new Set<() => void>();
  #next = 0;

  constructor(private readonly clock: ManualClock, readonly arn = STREAM_ARN, shardIds = ['shard-1']) {
    for (const id of shardIds) this.#shards.set(id, []);
  }

  addShard(shardId: string): void {
    this.#shards.set(shardId, []);
  }

  /** Appends a record (sequence numbers 100, 200, … across shards) and tells the listeners. */
  put(data: Record<string, unknown> = {}, shardId = [...this.#shards.keys()][0]!): ShardRecord {
    const sequenceNumber = String(++this.#next * 100).padStart(6, '0');
    const record = { sequenceNumber, arrivalTime: this.clock.now(), sizeBytes: 10, data: { ...data, dynamodb: { SequenceNumber: sequenceNumber } } };
    this.#shards.get(shardId)!.push(record);
    for (const listener of this.#listeners) listener();
    return record;
  }

  putMany(count: number, shardId?: string): ShardRecord[] {
    return Array.from({ length: count }, (_, i) => this.put({ n: i }, shardId));
  }

  shards(): ShardInfo[] {
    return [...this.#shards.keys()].map((shardId) => ({ shardId }));
  }

  read(shardId: string, from: { after: string } | { position: 'TRIM_HORIZON' | 'LATEST' }, limit: number): ShardRecord[] {
    const kept = (this.#shards.get(shardId) ?? []).filter((r) => this.clock.now() - r.arrivalTime < this.retentionMs);
    if ('position' in from) return from.position === 'LATEST' ? [] : kept.slice(0, limit);
    return kept.filter((r) => r.sequenceNumber > from.after).slice(0, limit);
  }

  latest(shardId: string): string | undefined {
    return this.#shards.get(shardId)?.at(-1)?.sequenceNumber;
  }

  onAppend(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  get listeners(): number {
    return this.#listeners.size;
  }
}

/** Lets promise chains settle (the ManualClock does not move real time). */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

export const ok = (value: unknown = null): InvokeOutcome => ({ ok: true, payload: JSON.stringify(value), statusCode: 200, executedVersion: '$LATEST' });
export const fail = (message = 'boom'): InvokeOutcome => ({
  ok: false, functionError: 'Unhandled', statusCode: 200, executedVersion: '$LATEST',
  payload: JSON.stringify({ errorType: 'Error', errorMessage: message, trace: [] }),
});
export const throttle = (): InvokeOutcome => ({ ok: false, throttled: true, statusCode: 429, payload: JSON.stringify({ message: 'Rate Exceeded.' }) });

type Event = { Records: Array<{ dynamodb: { SequenceNumber: string } }> };
export type Handler = (event: Event, sequenceNumbers: string[]) => InvokeOutcome | Promise<InvokeOutcome>;

export function esmHarness(options: { shards?: string[] } = {}) {
  const clock = new ManualClock();
  const stream = new FakeStream(clock, STREAM_ARN, options.shards);
  const functions = new Set(['worker', 'other']);
  const invocations: Array<{ functionName: string; qualifier?: string; time: number; sequenceNumbers: string[] }> = [];
  const deliveries: Array<{ destination: string; record: Record<string, unknown>; context: FailureContext }> = [];
  const events: EsmEvent[] = [];
  let handler: Handler = () => ok();
  let deliveryError: string | undefined;
  let ids = 0;
  const esm = createEventSourceMappings({
    clock,
    resolveSource: (arn) => (arn === stream.arn ? stream : undefined),
    resolveFunction: (nameOrArn) => {
      const { name, qualifier } = parseFunctionName(nameOrArn);
      if (!functions.has(name)) throw resourceNotFound(`Function not found: ${functionArn(name)}`);
      return { functionArn: functionArn(name), functionName: name, ...(qualifier ? { qualifier } : {}) };
    },
    invoke: async (target, payload) => {
      const event = JSON.parse(payload) as Event;
      const sequenceNumbers = event.Records.map((r) => r.dynamodb.SequenceNumber);
      invocations.push({ ...target, time: clock.now(), sequenceNumbers });
      return handler(event, sequenceNumbers);
    },
    deliverFailure: async (destination, record, context) => {
      if (deliveryError) throw new Error(deliveryError);
      deliveries.push({ destination, record: record as Record<string, unknown>, context });
    },
    emit: (event) => events.push(event),
    uuid: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  });
  return {
    clock, stream, esm, functions, invocations, deliveries, events,
    setHandler(next: Handler) {
      handler = next;
    },
    /** Makes every on-failure delivery fail with `message`. */
    failDeliveries(message: string) {
      deliveryError = message;
    },
    /** Creates a mapping of the stream to `worker` from TRIM_HORIZON, with `extra` settings. */
    map(extra: Partial<CreateEventSourceMappingInput> = {}) {
      return esm.createEventSourceMapping({ FunctionName: 'worker', EventSourceArn: STREAM_ARN, StartingPosition: 'TRIM_HORIZON', ...extra });
    },
    /** Moves the clock in steps (250 ms: one poll), letting invocations finish between steps. */
    async advance(ms: number, stepMs = 250) {
      await flush();
      for (let moved = 0; moved < ms; moved += stepMs) {
        clock.advance(Math.min(stepMs, ms - moved));
        await flush();
      }
    },
    /** The sequence numbers of each invocation, in order. */
    batches: () => invocations.map((i) => i.sequenceNumbers),
    notices: (outcome?: EsmBatchNotice['outcome']) => events.filter((e): e is EsmBatchNotice => e.type === 'esm-batch' && (!outcome || e.outcome === outcome)),
  };
}

export type EsmHarness = ReturnType<typeof esmHarness>;
