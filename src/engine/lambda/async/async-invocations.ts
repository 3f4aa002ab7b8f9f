// Asynchronous invocation: each function's event queue and the poller that drains it through the
// synchronous invoke path, with Lambda's retries, event ages, destinations, dead-letter queues and recursion stops.
import { ServiceError } from '../../errors';
import { requestId as newRequestId } from '../../ids';
import type { Clock } from '../../ports';
import type { LogStore } from '../../logs/log-store';
import type { InvocationRecord } from '../invoker';
import type { AsyncEngineEvent, AsyncEventKind, AsyncEventNotice, EndCondition, RetryReason } from './async-events';
import { AsyncLog, endMessage } from './async-log';
import { RECURSION_MESSAGE, exceedsRecursionLimit, invocationChain, newChain, type ChainContext } from './chain';
import { sendToDeadLetter, type DeadLetterDeps } from './dead-letters';
import type { EffectiveEventInvokeConfig, EventInvokeConfigs } from './event-invoke-configs';
import { EventQueues, summarize, type QueuedEvent, type QueuedEventSummary } from './event-queue';
import { invocationRecord, type DestinationCondition } from './invocation-record';
import { functionErrorRetryDelayMs, throttleRetryDelayMs } from './limits';
import { PlaygroundClock } from '../../clock/playground-clock';

/** One attempt as the synchronous path runs it: under the event's request id and chain. */
export interface AttemptRequest {
  functionName: string;
  qualifier?: string;
  payload: string;
  requestId: string;
  chain: ChainContext;
}

export interface AttemptOutcome {
  record: InvocationRecord;
  executedVersion: string;
}

/** An accepted event (Invoke has checked the function, the payload and its size). */
export interface EnqueueRequest {
  functionName: string;
  qualifier?: string;
  payload: string;
  origin: string;
  chain: ChainContext;
}

export interface AsyncDeps extends DeadLetterDeps {
  /** The engine's clock: wall-clock times of log lines and notices. */
  clock: Clock;
  /** The playground clock queue delays and event ages run on (shared with schedules and queues); a private one when left out. */
  queueClock?: PlaygroundClock;
  logs: LogStore;
  configs: EventInvokeConfigs;
  /** Runs one attempt through the synchronous invoke path (admission, environments, logs). */
  execute(request: AttemptRequest): Promise<AttemptOutcome>;
  /** Invokes a destination function asynchronously with the record (Invoke's checks apply). */
  deliver(destinationArn: string, payload: string, options: { origin: string; parentChain: ChainContext }): Promise<unknown>;
  /** The function's reserved concurrency; 0 turns asynchronous events away without retries. */
  reservedConcurrency(functionName: string): number | undefined;
  emit(event: AsyncEngineEvent): void;
}

export class AsyncInvocations {
  /** Queue delays and event ages run on this clock; `setTimeScale` speeds it up. */
  readonly clock: PlaygroundClock;
  readonly #queues = new EventQueues();
  readonly #log: AsyncLog;
  /** A clock made here (none was shared) is this queue's to dispose. */
  readonly #ownsClock: boolean;
  #disposed = false;

  constructor(private readonly d: AsyncDeps) {
    this.clock = d.queueClock ?? new PlaygroundClock(d.clock);
    this.#ownsClock = d.queueClock === undefined;
    this.#log = new AsyncLog(d.logs, d.clock);
  }

  /** Puts an event in its function's queue; the poller takes it up once the caller has its 202. */
  enqueue(request: EnqueueRequest): string {
    const event: QueuedEvent = {
      requestId: newRequestId(),
      functionName: request.functionName,
      ...(request.qualifier !== undefined ? { qualifier: request.qualifier } : {}),
      payload: request.payload,
      origin: request.origin,
      chain: { ...request.chain },
      enqueuedAt: this.clock.now(),
      enqueuedWallAt: this.d.clock.now(),
      status: 'pending',
      attempts: 0,
      throttles: 0,
      refusalsInARow: 0,
    };
    this.#queues.add(event);
    this.#notice(event, 'queued');
    this.#changed(event.functionName);
    queueMicrotask(() => void this.#dispatch(event));
    return event.requestId;
  }

  /** The function's queue: pending, running and retrying events, oldest first. */
  queue(functionName: string): QueuedEventSummary[] {
    return this.#queues.list(functionName).map((event) => summarize(event, this.clock, this.#config(event)));
  }

  get timeScale(): number {
    return this.clock.scale;
  }

  /** Runs queue delays and event ages `scale` times faster (1 = real time). */
  setTimeScale(scale: number): void {
    this.clock.setScale(scale);
    for (const functionName of this.#queues.functions()) this.#changed(functionName);
  }

  /** Deleting a function discards its queue and its asynchronous settings. */
  functionDeleted(functionName: string): void {
    this.d.configs.drop(functionName);
    const events = this.#queues.drop(functionName);
    for (const event of events) {
      event.cancel?.();
      this.#notice(event, 'dropped', { condition: 'FunctionDeleted' });
    }
    if (events.length) this.#changed(functionName);
  }

  /** Deleting a version discards its settings; its queued events are dropped when they come up. */
  versionDeleted(functionName: string, version: string): void {
    this.d.configs.drop(functionName, version);
  }

  /** Stops every timer; events in flight finish but nothing further happens. */
  dispose(): void {
    this.#disposed = true;
    if (this.#ownsClock) this.clock.dispose();
    this.#queues.clear();
  }

  async #dispatch(event: QueuedEvent): Promise<void> {
    if (!this.#live(event)) return;
    const config = this.#config(event);
    if (this.#ageMs(event) > config.maximumEventAgeInSeconds * 1000) return this.#fail(event, 'EventAgeExceeded', config);
    const chain = invocationChain(event.chain);
    if (exceedsRecursionLimit(chain)) return this.#stopRecursion(event, config);

    event.status = 'in-flight';
    delete event.nextAttemptAt;
    this.#notice(event, 'attempt', { attempt: event.attempts + 1 });
    this.#changed(event.functionName);
    let outcome: AttemptOutcome;
    try {
      outcome = await this.d.execute({
        functionName: event.functionName,
        ...(event.qualifier !== undefined ? { qualifier: event.qualifier } : {}),
        payload: event.payload,
        requestId: event.requestId,
        chain,
      });
    } catch (error) {
      if (this.#live(event)) this.#refused(event, error);
      return;
    }
    if (!this.#live(event)) return;
    event.attempts++;
    event.refusalsInARow = 0;
    const failed = outcome.record.status !== 'success';
    event.lastResponse = { executedVersion: outcome.executedVersion, payload: outcome.record.payload, failed };
    // Settings are read again: they may have changed while the function ran.
    const current = this.#config(event);
    if (!failed) return this.#succeed(event, current);
    const error = outcome.record.error;
    event.lastError = error ? `${error.errorType}: ${error.errorMessage}` : outcome.record.status;
    if (event.attempts > current.maximumRetryAttempts) return this.#fail(event, 'RetriesExhausted', current);
    this.#schedule(event, functionErrorRetryDelayMs(event.attempts), 'function-error', current);
  }

  /** The attempt never ran: a throttle or a system error is retried without using up a retry. */
  #refused(event: QueuedEvent, error: unknown): void {
    const config = this.#config(event);
    if (error instanceof ServiceError && error.code === 'ResourceNotFoundException') {
      // The version or alias was deleted while the event waited.
      event.lastError = `${error.code}: ${error.message}`;
      return this.#end(event, 'FunctionNotFound', config);
    }
    const throttle = error instanceof ServiceError && error.statusCode === 429;
    if (throttle && this.d.reservedConcurrency(event.functionName) === 0) {
      // "Lambda begins sending new events to the … on-failure event destination, without any retries."
      event.lastError = `${error.code} (${String(error.fields.Reason)})`;
      return this.#fail(event, 'ZeroReservedConcurrency', config);
    }
    event.throttles++;
    event.refusalsInARow++;
    event.lastError = throttle
      ? `${error.code} (${String(error.fields.Reason)})`
      : `${error instanceof ServiceError ? error.code : 'ServiceException'}: ${error instanceof Error ? error.message : String(error)}`;
    this.#schedule(event, throttleRetryDelayMs(event.refusalsInARow), throttle ? 'throttle' : 'system-error', config);
  }

  #schedule(event: QueuedEvent, delayMs: number, reason: RetryReason, config: EffectiveEventInvokeConfig): void {
    const now = this.clock.now();
    const due = now + delayMs;
    const expiry = event.enqueuedAt + config.maximumEventAgeInSeconds * 1000;
    // An event too old before its next try leaves the queue when it reaches its maximum age.
    const expiresFirst = expiry < due;
    event.status = 'retrying';
    event.nextAttemptAt = due;
    event.cancel = this.clock.setTimer((expiresFirst ? expiry : due) - now, () => {
      delete event.cancel;
      if (!this.#live(event)) return;
      if (expiresFirst) this.#fail(event, 'EventAgeExceeded', this.#config(event));
      else void this.#dispatch(event);
    });
    this.#notice(event, 'retry-scheduled', { reason, delayMs, nextAttemptAt: Math.round(this.clock.baseTimeOf(due)) });
    this.#changed(event.functionName);
  }

  #succeed(event: QueuedEvent, config: EffectiveEventInvokeConfig): void {
    this.#queues.remove(event);
    this.#notice(event, 'succeeded', config.onSuccess ? { destination: config.onSuccess } : {});
    this.#changed(event.functionName);
    if (config.onSuccess) this.#deliver(event, 'Success', config.onSuccess, 'OnSuccess');
  }

  /** An end with an on-failure record and the event in the dead-letter queue, whichever are set (both may be). */
  #fail(event: QueuedEvent, condition: Exclude<DestinationCondition, 'Success'>, config: EffectiveEventInvokeConfig): void {
    this.#end(event, condition, config);
    if (config.onFailure) this.#deliver(event, condition, config.onFailure, 'OnFailure');
    sendToDeadLetter(this.d, this.#log, event, condition);
  }

  #end(event: QueuedEvent, condition: EndCondition, config: EffectiveEventInvokeConfig): void {
    event.cancel?.();
    this.#queues.remove(event);
    const destination = condition === 'FunctionNotFound' ? undefined : config.onFailure;
    this.#notice(event, condition === 'RetriesExhausted' ? 'failed' : 'dropped', { condition, ...(destination ? { destination } : {}) });
    this.#changed(event.functionName);
    const level = condition === 'RetriesExhausted' || condition === 'RecursiveInvocationException' ? 'ERROR' : 'WARN';
    this.#log.write(event.functionName, event.qualifier, endMessage(event, condition, config.maximumEventAgeInSeconds), level);
  }

  /** "For asynchronous invokes, Lambda sends the event to a dead-letter queue or on-failure destination." */
  #stopRecursion(event: QueuedEvent, config: EffectiveEventInvokeConfig): void {
    event.lastError = `RecursiveInvocationException: ${RECURSION_MESSAGE}`;
    this.#fail(event, 'RecursiveInvocationException', config);
  }

  #deliver(event: QueuedEvent, condition: DestinationCondition, destination: string, kind: 'OnSuccess' | 'OnFailure'): void {
    const ran = event.lastResponse !== undefined;
    const record = invocationRecord({
      time: this.d.clock.now(),
      requestId: event.requestId,
      functionName: event.functionName,
      ...(event.qualifier !== undefined ? { qualifier: event.qualifier } : {}),
      condition,
      approximateInvokeCount: condition === 'EventAgeExceeded' ? Math.max(1, event.attempts) : event.attempts,
      payload: event.payload,
      ...(ran ? { response: event.lastResponse! } : {}),
    });
    // The record continues the chain of the run that produced it, so destinations that invoke each
    // other are stopped too. A recursion stop starts afresh, or its own record would be stopped.
    const parentChain = condition === 'RecursiveInvocationException' ? newChain() : invocationChain(event.chain);
    const origin = `Lambda destination (${kind}) of ${event.functionName}`;
    this.d.deliver(destination, JSON.stringify(record), { origin, parentChain }).then(
      () => this.#log.write(event.functionName, event.qualifier, `Invocation record of RequestId: ${event.requestId} (${condition}) sent to ${kind} destination ${destination}`),
      (error: unknown) => {
        // AWS counts these in the DestinationDeliveryFailures metric.
        const reason = error instanceof ServiceError ? `${error.code}: ${error.message}` : String(error);
        this.#log.write(event.functionName, event.qualifier, `Could not send the invocation record of RequestId: ${event.requestId} to ${kind} destination ${destination}: ${reason}`, 'ERROR');
      },
    );
  }

  #notice(event: QueuedEvent, kind: AsyncEventKind, extra: Partial<AsyncEventNotice> = {}): void {
    this.d.emit({
      type: 'async-event',
      functionName: event.functionName,
      kind,
      requestId: event.requestId,
      time: this.d.clock.now(),
      origin: event.origin,
      attempt: event.attempts,
      chain: { ...event.chain },
      ...(event.lastError && kind !== 'queued' && kind !== 'attempt' ? { error: event.lastError } : {}),
      ...extra,
    });
  }

  #changed(functionName: string): void {
    if (!this.#disposed) this.d.emit({ type: 'async-queue-changed', functionName });
  }

  #live(event: QueuedEvent): boolean {
    return !this.#disposed && this.#queues.has(event);
  }

  #config(event: QueuedEvent): EffectiveEventInvokeConfig {
    return this.d.configs.effective(event.functionName, event.qualifier);
  }

  #ageMs(event: QueuedEvent): number {
    return this.clock.now() - event.enqueuedAt;
  }
}
