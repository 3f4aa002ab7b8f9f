// The poller of an SQS mapping ("Using Lambda with Amazon SQS"): receives messages (hidden for the
// queue's visibility timeout) into batches of BatchSize, waiting up to the batching window and never
// past 6 MB; invokes the function synchronously with `{ Records }`; deletes the batch when it succeeds,
// only the messages not listed in batchItemFailures with ReportBatchItemFailures, and none when it
// fails: those become visible again after the visibility timeout and, past the queue's
// maxReceiveCount, move to its dead-letter queue. Several batches run at once, scaling as Lambda does.
import type { Clock } from '../../ports';
import { errorText, readFailedIds } from './batch';
import type { QueueMapping } from './configuration';
import { BATCH_PAYLOAD_LIMIT, LAST_PROCESSING_RESULT, QUEUE_SCALING } from './limits';
import type { QueueMessage } from './queue-source';
import type { EsmBatchNotice, EsmBatchOutcome, InvokeOutcome, ShardState, ShardStatus } from './types';
import { refusal } from './verdict';
import { queueBatchTrace, type BatchTrace } from '../../tracing/batch-trace';

export interface QueuePollerHost {
  clock: Clock;
  /** `trace`: the batch's trace and queue wait; `chain`: the recursion chain the batch continues, when a function sent its messages. */
  invoke(payload: string, trace?: BatchTrace, chain?: unknown): Promise<InvokeOutcome>;
  notice(notice: Omit<EsmBatchNotice, 'type' | 'uuid' | 'functionName'>): void;
  processed(result: string): void;
}

/** A batch being gathered: messages received so far, the event's size, and when its window started. */
interface Gathering {
  messages: QueueMessage[];
  bytes: number;
  startedAt: number;
  cancel?: () => void;
}

const EMPTY_EVENT_BYTES = '{"Records":[]}'.length;

export class QueuePoller {
  #running = false;
  #disposed = false;
  #scheduled = false;
  #unsubscribe?: () => void;
  #gathering?: Gathering;
  #inFlight = 0;
  /** Since when every batch slot has been busy with messages still waiting (Lambda then scales up). */
  #backlogSince?: number;
  /** Wakes the poller when a minute of backlog lets it run more batches. */
  #scaleTimer?: () => void;
  #status: ShardStatus = 'stopped';
  #lastBatch?: ShardState['lastBatch'];
  #lastError?: string;
  #lastAgeMs = 0;

  constructor(
    private readonly mapping: () => QueueMapping,
    private readonly host: QueuePollerHost,
  ) {}

  /** "When false, Lambda pauses polling and invocation": Enabled again starts receiving again. */
  start(): void {
    if (this.#disposed || this.#running) return;
    this.#running = true;
    this.#unsubscribe ??= this.mapping().source.onMessage(() => this.#kick());
    if (!this.#inFlight) this.#status = 'idle';
    this.#kick();
  }

  /** Stops receiving; messages gathered for a batch not yet sent are made visible again. */
  stop(): void {
    this.#running = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    const gathering = this.#gathering;
    this.#gathering = undefined;
    gathering?.cancel?.();
    this.#scaleTimer?.();
    this.#scaleTimer = undefined;
    for (const m of gathering?.messages ?? []) this.mapping().source.changeVisibility(m.receiptHandle, 0);
    if (!this.#inFlight) this.#status = 'stopped';
  }

  /** Deleted: nothing further happens, not even for an invocation in flight. */
  dispose(): void {
    this.stop();
    this.#disposed = true;
  }

  /** One entry, named after the queue, in the shape the stream pollers report. */
  state(): ShardState[] {
    return [{
      shardId: this.#queueName(), status: this.#status, blocked: false, retries: 0, iteratorAgeMs: this.#lastAgeMs,
      ...(this.#lastBatch ? { lastBatch: { ...this.#lastBatch } } : {}),
      ...(this.#lastError ? { lastError: this.#lastError } : {}),
      batchesInFlight: this.#inFlight, concurrency: this.#limit(),
    }];
  }

  #now = () => this.host.clock.now();
  #queueName = () => this.mapping().eventSourceArn.split(':').pop() ?? '';

  /** Batches that may run at once: 5, up to 300 more per minute of backlog, at most 1,000 or MaximumConcurrency. */
  #limit(): number {
    const { initial, perMinute, max } = QUEUE_SCALING;
    const minutes = this.#backlogSince === undefined ? 0 : Math.floor((this.#now() - this.#backlogSince) / 60_000);
    return Math.min(this.mapping().settings.maximumConcurrency ?? max, Math.min(max, initial + perMinute * minutes));
  }

  /** Something may be receivable: look at the next microtask (never inside the queue's own call). */
  #kick(): void {
    if (!this.#running || this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#pump();
    });
  }

  #pump(): void {
    let full = false;
    while (this.#running && this.#inFlight < this.#limit()) {
      const batch = this.#gather();
      if (!batch) return;
      full = batch.length >= this.mapping().settings.batchSize;
      this.#dispatch(batch);
    }
    if (!this.#running || !full || this.#limit() >= QUEUE_SCALING.max) return;
    // Every slot is busy and the last batch was full: messages are waiting, so Lambda scales up.
    const since = (this.#backlogSince ??= this.#now());
    if (this.#scaleTimer) return;
    const nextMinute = since + 60_000 * (Math.floor((this.#now() - since) / 60_000) + 1);
    this.#scaleTimer = this.host.clock.setTimer(nextMinute - this.#now(), () => {
      this.#scaleTimer = undefined;
      this.#kick();
    });
  }

  /** Receives into the batch being gathered; answers it once full, past 6 MB, or at the end of its window. */
  #gather(): QueueMessage[] | undefined {
    const { source, settings } = this.mapping();
    const now = this.#now();
    const g = (this.#gathering ??= { messages: [], bytes: EMPTY_EVENT_BYTES, startedAt: now });
    let payloadFull = false;
    while (g.messages.length < settings.batchSize && !payloadFull) {
      const wanted = Math.min(10, settings.batchSize - g.messages.length);
      const received = source.receive(wanted);
      for (const m of received) {
        const size = JSON.stringify(m.data).length + 1;
        // "the batch reaches the payload limit of 6 MB": what does not fit goes back to the queue.
        if (payloadFull || (g.messages.length && g.bytes + size > BATCH_PAYLOAD_LIMIT)) {
          payloadFull = true;
          source.changeVisibility(m.receiptHandle, 0);
          continue;
        }
        g.messages.push(m);
        g.bytes += size;
      }
      if (received.length < wanted) break;
    }
    if (!g.messages.length) {
      this.#gathering = undefined;
      this.#backlogSince = undefined;
      this.#scaleTimer?.();
      this.#scaleTimer = undefined;
      if (!this.#inFlight) this.#status = 'idle';
      return undefined;
    }
    const due = g.startedAt + settings.maximumBatchingWindowInSeconds * 1000;
    if (g.messages.length >= settings.batchSize || payloadFull || now >= due) {
      g.cancel?.();
      this.#gathering = undefined;
      return g.messages;
    }
    if (!this.#inFlight) this.#status = 'batching';
    g.cancel ??= this.host.clock.setTimer(due - now, () => {
      g.cancel = undefined;
      this.#kick();
    });
    return undefined;
  }

  #dispatch(messages: QueueMessage[]): void {
    this.#inFlight++;
    this.#status = 'invoking';
    void this.#run(messages);
  }

  async #run(messages: QueueMessage[]): Promise<void> {
    let result: InvokeOutcome;
    try {
      // A batch continues the longest chain among its messages: a loop through the queue is stopped as recursion.
      const chain = messages.map((m) => m.chain).reduce((a, b) => (chainCount(b) > chainCount(a) ? b : a), undefined);
      result = await this.host.invoke(JSON.stringify({ Records: messages.map((m) => m.data) }), queueBatchTrace(messages), chain);
    } catch (error) {
      result = refusal(error);
    }
    this.#inFlight--;
    if (this.#disposed) return;
    this.#settle(messages, result);
    this.#status = this.#inFlight ? 'invoking' : this.#running ? 'idle' : 'stopped';
    this.#kick();
  }

  /** Deletes what succeeded; the rest stays in flight until the queue's visibility timeout ends. */
  #settle(messages: QueueMessage[], result: InvokeOutcome): void {
    const ran = result.ok || result.functionError !== undefined;
    let outcome: EsmBatchOutcome = 'ok';
    let done: QueueMessage[] = [];
    let error: string | undefined;
    if (!ran) {
      outcome = result.throttled || result.statusCode === 429 ? 'throttled' : 'system-error';
      error = errorText(result as Extract<InvokeOutcome, { ok: false }>);
    } else if (!result.ok) {
      outcome = 'function-error';
      error = errorText(result);
    } else if (!this.mapping().settings.reportBatchItemFailures) {
      done = messages;
    } else {
      const read = readFailedIds(result.payload, messages.map((m) => m.messageId));
      if (read.kind === 'success') done = messages;
      else {
        outcome = 'partial-failure';
        done = read.kind === 'partial' ? messages.filter((m) => !read.failed.has(m.messageId)) : [];
        error = read.kind === 'partial'
          ? `Partial batch response: ${read.failed.size} of ${messages.length} messages failed and are received again after the visibility timeout`
          : `Partial batch response: ${read.reason}; the whole batch is received again after the visibility timeout`;
      }
    }
    if (done.length) this.mapping().source.delete(done.map((m) => m.receiptHandle));
    this.host.processed(outcome === 'ok' ? LAST_PROCESSING_RESULT.ok : LAST_PROCESSING_RESULT.failed);
    if (error) this.#lastError = error;
    const time = this.#now();
    const summary = { size: messages.length, firstSequenceNumber: messages[0]!.messageId, lastSequenceNumber: messages[messages.length - 1]!.messageId };
    this.#lastAgeMs = time - Math.min(...messages.map((m) => m.sentTimestamp));
    this.#lastBatch = { ...summary, outcome, time };
    this.host.notice({
      shardId: this.#queueName(), outcome, ...summary, iteratorAgeMs: this.#lastAgeMs, time, invocations: ran ? 1 : 0,
      ...(error ? { error } : {}), ...(outcome !== 'ok' ? { next: 'retry' as const } : {}),
    });
  }
}

/** How far along its chain a message's sender was (0 for a message no function sent). */
function chainCount(chain: unknown): number {
  const count = (chain as { count?: unknown } | undefined)?.count;
  return typeof count === 'number' ? count : chain === undefined ? -1 : 0;
}
