// Test helpers for SQS mappings: the real SQS service and the mappings on one ManualClock, with
// "functions" that answer as each test scripts them and a record of every event they received.
import { resourceNotFound } from '../../errors';
import { functionArn } from '../../ids';
import { queueUrl } from '../../services/sqs/definitions';
import { createSqsService } from '../../services/sqs/service';
import { ManualClock } from '../../testing/fake-ports';
import { parseFunctionName } from '../validation';
import { createEventSourceMappings } from './event-source-mappings';
import { flush, ok } from './test-helpers';
import type { CreateEventSourceMappingInput, EsmBatchNotice, EsmEvent, InvokeOutcome } from './types';

export const QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:jobs';
export const QUEUE_URL = queueUrl('jobs');

export interface SqsRecord {
  messageId: string;
  body: string;
  attributes: Record<string, string>;
  [field: string]: unknown;
}

export type QueueHandler = (records: SqsRecord[]) => InvokeOutcome | Promise<InvokeOutcome>;

export function queueEsmHarness() {
  const clock = new ManualClock();
  const sqs = createSqsService({ clock, changed: () => {} });
  const invocations: Array<{ functionName: string; time: number; records: SqsRecord[] }> = [];
  const events: EsmEvent[] = [];
  let handler: QueueHandler = () => ok();
  let ids = 0;
  const esm = createEventSourceMappings({
    clock,
    resolveSource: () => undefined,
    resolveQueue: (arn) => sqs.queueSource(arn),
    resolveFunction: (nameOrArn) => {
      const { name, qualifier } = parseFunctionName(nameOrArn);
      if (!['worker', 'other'].includes(name)) throw resourceNotFound(`Function not found: ${functionArn(name)}`);
      return { functionArn: functionArn(name), functionName: name, ...(qualifier ? { qualifier } : {}) };
    },
    invoke: async (target, payload) => {
      const { Records } = JSON.parse(payload) as { Records: SqsRecord[] };
      invocations.push({ functionName: target.functionName, time: clock.now(), records: Records });
      return handler(Records);
    },
    deliverFailure: async () => {},
    emit: (event) => events.push(event),
    uuid: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  });
  return {
    clock, sqs, esm, invocations, events,
    setHandler(next: QueueHandler) {
      handler = next;
    },
    /** Creates a queue (a FIFO one for a `.fifo` name); answers its URL. */
    async queue(name = 'jobs', attributes: Record<string, string> = {}) {
      const fifo = name.endsWith('.fifo') ? { FifoQueue: 'true', ContentBasedDeduplication: 'true' } : {};
      return (await sqs.createQueue({ QueueName: name, Attributes: { ...fifo, ...attributes } })).QueueUrl;
    },
    /** Sends the bodies ten to a SendMessageBatch call, so they arrive together. */
    async send(bodies: string[], url = QUEUE_URL, extra: Record<string, unknown> = {}) {
      for (let i = 0; i < bodies.length; i += 10) {
        const Entries = bodies.slice(i, i + 10).map((body, n) => ({ Id: `m${i + n}`, MessageBody: body, ...extra }));
        const { Failed } = await sqs.sendMessageBatch({ QueueUrl: url, Entries });
        if (Failed.length) throw new Error(Failed[0]!.Message);
      }
    },
    /** Maps the `jobs` queue to `worker`, with `extra` settings. */
    map(extra: Partial<CreateEventSourceMappingInput> = {}) {
      return esm.createEventSourceMapping({ FunctionName: 'worker', EventSourceArn: QUEUE_ARN, ...extra });
    },
    /** Moves the clock in steps, letting invocations and the queue's timers settle between them. */
    async advance(ms: number, stepMs = 1000) {
      await flush();
      for (let moved = 0; moved < ms; moved += stepMs) {
        clock.advance(Math.min(stepMs, ms - moved));
        await flush();
      }
    },
    /** The bodies of each invocation, in order. */
    batches: () => invocations.map((i) => i.records.map((r) => r.body)),
    notices: (outcome?: EsmBatchNotice['outcome']) => events.filter((e): e is EsmBatchNotice => e.type === 'esm-batch' && (!outcome || e.outcome === outcome)),
    dispose() {
      esm.dispose();
      sqs.dispose();
    },
  };
}

export type QueueEsmHarness = ReturnType<typeof queueEsmHarness>;

/** A partial batch response naming these message IDs. */
export const failing = (...messageIds: string[]) => ok({ batchItemFailures: messageIds.map((itemIdentifier) => ({ itemIdentifier })) });
