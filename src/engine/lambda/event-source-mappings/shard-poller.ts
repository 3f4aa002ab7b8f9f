// One shard's poller: reads from its checkpoint, gathers a batch (size, batching window, 6 MB), invokes
// the function and keeps records in order — a failing batch blocks the records behind it.
import type { Clock } from '../../ports';
import { batchPayload, halves, splitExpired, stillKept, takeBatch } from './batch';
import type { StreamMapping } from './configuration';
import { approximateInvokeCount, streamFailureRecord, type StreamFailureRecord } from './failure-record';
import { LAST_PROCESSING_RESULT, POLL_INTERVAL_MS, retryDelayMs } from './limits';
import type { ShardRecord, StreamSource } from './stream-source';
import type { DiscardCondition, EsmBatchNotice, InvokeOutcome, ShardState, ShardStatus } from './types';
import { judge, newBatch, refusal, type InFlightBatch, type Verdict } from './verdict';
import { streamBatchTrace, type BatchTrace } from '../../tracing/batch-trace';

export type Checkpoint = { after: string } | { position: 'TRIM_HORIZON' };

export interface ShardHost {
  clock: Clock;
  source: StreamSource;
  /** The mapping as it is now: settings and function may change between batches. */
  mapping(): StreamMapping;
  /** `trace`: the batch's trace and queue wait; `chain`: the recursion chain it continues (unused by streams). */
  invoke(payload: string, trace?: BatchTrace, chain?: unknown): Promise<InvokeOutcome>;
  /** Sends an on-failure record; `records` are the records given up on (an S3 destination gets them too). */
  deliver(destination: string, record: StreamFailureRecord, shardId: string, records: ShardRecord[]): void;
  notice(notice: Omit<EsmBatchNotice, 'type' | 'uuid' | 'functionName'>): void;
  processed(result: string): void;
  requestId(): string;
}

type Timer = { kind: 'poll' | 'window' | 'retry'; due: number; cancel: () => void };

export class ShardPoller {
  #checkpoint: Checkpoint;
  #running = false;
  #disposed = false;
  #busy = false;
  #timer?: Timer;
  /** The batch being invoked or retried; `#queue` holds bisected halves still to process. */
  #current?: InFlightBatch;
  #queue: InFlightBatch[] = [];
  #failed = false;
  /** "the next batching window begins as soon as the previous function invocation completes". */
  #windowStart = 0;
  #status: ShardStatus = 'stopped';
  #lastBatch?: ShardState['lastBatch'];
  #lastError?: string;
  #lastIteratorAgeMs = 0;

  constructor(readonly shardId: string, checkpoint: Checkpoint, private readonly host: ShardHost) {
    this.#checkpoint = checkpoint;
  }

  /** Starts polling, afresh from the checkpoint; an invocation in flight carries on instead. */
  start(): void {
    if (this.#disposed || this.#running) return;
    this.#running = true;
    if (this.#busy) return;
    this.#current = undefined;
    this.#queue = [];
    this.#failed = false;
    this.#windowStart = this.#now();
    this.#status = 'idle';
    this.#schedule('poll', POLL_INTERVAL_MS);
  }

  stop(): void {
    this.#running = false;
    this.#timer?.cancel();
    this.#timer = undefined;
    if (!this.#busy) this.#status = 'stopped';
  }

  dispose(): void {
    this.#disposed = true;
    this.stop();
  }

  /** Records were appended: they are seen at the next poll (4 a second), unless a failing batch blocks. */
  wake(): void {
    if (!this.#running || this.#busy) return;
    const t = this.#timer;
    if (t && (t.kind !== 'window' || t.due <= this.#now() + POLL_INTERVAL_MS)) return;
    this.#schedule('poll', POLL_INTERVAL_MS);
  }

  state(): ShardState {
    const oldest = this.#current?.records[0] ?? this.#queue[0]?.records[0] ?? this.#read(1)[0];
    return {
      shardId: this.shardId,
      status: this.#status,
      ...('after' in this.#checkpoint ? { checkpoint: this.#checkpoint.after } : {}),
      blocked: this.#failed,
      retries: this.#current?.retries ?? 0,
      ...(this.#timer?.kind === 'retry' ? { nextAttemptAt: this.#timer.due } : {}),
      iteratorAgeMs: oldest ? this.#now() - oldest.arrivalTime : this.#lastIteratorAgeMs,
      ...(this.#lastBatch ? { lastBatch: { ...this.#lastBatch } } : {}),
      ...(this.#lastError ? { lastError: this.#lastError } : {}),
    };
  }

  #now = () => this.host.clock.now();
  #settings = () => this.host.mapping().settings;
  #read = (limit: number) => this.host.source.read(this.shardId, this.#checkpoint, limit);

  #schedule(kind: Timer['kind'], delayMs: number): void {
    this.#timer?.cancel();
    const cancel = this.host.clock.setTimer(delayMs, () => {
      this.#timer = undefined;
      void this.#step();
    });
    this.#timer = { kind, due: this.#now() + delayMs, cancel };
  }

  /** Takes up the current batch, a queued half, or a new batch once it is full or its window ends. */
  async #step(): Promise<void> {
    if (!this.#running || this.#busy) return;
    try {
      this.#current ??= this.#queue.shift() ?? this.#gather();
      if (this.#current) await this.#attempt(this.#current);
    } catch (error) {
      // The stream failed to answer (e.g. its table is being deleted): look again a little later.
      this.#lastError = error instanceof Error ? error.message : String(error);
      if (this.#running && !this.#timer) this.#schedule('poll', retryDelayMs(4));
    }
  }

  #gather(): InFlightBatch | undefined {
    const { batchSize, maximumBatchingWindowInSeconds } = this.#settings();
    const records = this.#read(batchSize);
    const batch = takeBatch(records, batchSize);
    const full = batch.length === batchSize || batch.length < records.length;
    const due = this.#windowStart + maximumBatchingWindowInSeconds * 1000;
    if (records.length && (full || this.#now() >= due)) return newBatch(batch);
    this.#status = records.length ? 'batching' : 'idle';
    if (records.length) this.#schedule('window', due - this.#now());
    return undefined;
  }

  async #attempt(batch: InFlightBatch): Promise<void> {
    // Records the stream has dropped (retention) are lost; records too old are given up on.
    batch.records = stillKept(batch.records, this.#read(batch.records.length));
    const [expired, fresh] = splitExpired(batch.records, this.#now(), this.#settings().maximumRecordAgeInSeconds);
    batch.records = fresh;
    if (expired.length) this.#discard(expired, 'RecordAgeExceeded', batch);
    if (!batch.records.length) return this.#finish();
    this.#busy = true;
    this.#status = 'invoking';
    let result: InvokeOutcome;
    try {
      result = await this.host.invoke(batchPayload(batch.records), streamBatchTrace(batch.records));
    } catch (error) {
      result = refusal(error);
    }
    this.#busy = false;
    if (!this.#disposed) this.#apply(batch, judge(batch, result, this.#settings()));
  }

  #apply(batch: InFlightBatch, verdict: Verdict): void {
    const { next, done, error } = verdict;
    if (done.length) this.#commit(done[done.length - 1]!);
    this.host.processed(next === 'advance' ? LAST_PROCESSING_RESULT.ok : LAST_PROCESSING_RESULT.failed);
    if (error) this.#lastError = error;
    const retryAt = next === 'retry' ? this.#now() + (verdict.delayMs ?? 0) : undefined;
    this.#notice(next === 'advance' ? done : [...done, ...batch.records], verdict.outcome, batch, {
      ...(error ? { error } : {}),
      ...(next !== 'advance' ? { next } : {}),
      ...(retryAt !== undefined ? { nextAttemptAt: retryAt } : {}),
    });
    if (next === 'advance') return this.#finish();
    this.#failed = true;
    if (next === 'discard') {
      this.#discard(batch.records, 'RetryAttemptsExhausted', batch);
      return this.#finish();
    }
    if (next === 'bisect') {
      const [first, second] = halves(batch.records);
      this.#queue.unshift({ ...batch, records: second });
      this.#current = { ...batch, records: first };
      return this.#continue();
    }
    if (!this.#running) return void (this.#status = 'stopped');
    this.#status = 'retrying';
    this.#schedule('retry', retryAt! - this.#now());
  }

  /** Gives up on records: the on-failure record goes to the destination, and the shard moves on. */
  #discard(records: ShardRecord[], condition: DiscardCondition, batch: InFlightBatch): void {
    const m = this.host.mapping();
    this.#notice(records, 'discarded', batch, { condition });
    if (m.settings.onFailure) {
      const record = streamFailureRecord({
        time: this.#now(), requestId: batch.requestId ?? this.host.requestId(), functionArn: m.target.functionArn, condition,
        approximateInvokeCount: approximateInvokeCount(condition, batch.invocations), ...(batch.response ? { response: batch.response } : {}),
        shardId: this.shardId, streamArn: m.eventSourceArn, records,
      });
      this.host.deliver(m.settings.onFailure, record, this.shardId, records);
    }
    this.#commit(records[records.length - 1]!);
  }

  #commit(record: ShardRecord): void {
    this.#checkpoint = { after: record.sequenceNumber };
    this.#lastIteratorAgeMs = this.#now() - record.arrivalTime;
  }

  /** The batch is done with (processed or given up on): the next one, from the queue or the stream. */
  #finish(): void {
    this.#current = undefined;
    if (!this.#queue.length) this.#failed = false;
    this.#windowStart = this.#now();
    this.#continue();
  }

  #continue(): void {
    if (!this.#running) return void (this.#status = 'stopped');
    // A microtask, not a call: a long run of batches must not deepen the stack.
    queueMicrotask(() => void this.#step());
  }

  #notice(records: ShardRecord[], outcome: EsmBatchNotice['outcome'], batch: InFlightBatch, extra: Partial<EsmBatchNotice>): void {
    if (!records.length) return;
    const time = this.#now();
    const last = records[records.length - 1]!;
    const summary = { size: records.length, firstSequenceNumber: records[0]!.sequenceNumber, lastSequenceNumber: last.sequenceNumber };
    this.#lastBatch = { ...summary, outcome, time };
    const destination = outcome === 'discarded' ? this.#settings().onFailure : undefined;
    this.host.notice({
      shardId: this.shardId, outcome, ...summary, iteratorAgeMs: time - last.arrivalTime, time,
      invocations: batch.invocations, ...(destination ? { destination } : {}), ...extra,
    });
  }
}
