// Every function's recent asynchronous-invocation steps (queued, attempt, retry, success, failure,
// drop), recorded from the start so a function's tab shows what happened before it was opened;
// and the playground's time scale for queue delays.
import type { Engine } from '../../engine/engine';
import type { AsyncEventNotice } from '../../engine/lambda/async/async-events';
import { RECURSION_LIMIT } from '../../engine/lambda/async/chain';

/** Steps kept per function, newest first. */
export const KEPT_EVENTS = 60;

/** The speeds offered: 600× turns Lambda's 1- and 2-minute retry waits into 0.1 and 0.2 s. */
export const TIME_SCALES = [1, 10, 60, 600] as const;

/** What one step means, in a sentence the async tab shows beside it. */
export function describeAsyncEvent(e: AsyncEventNotice): string {
  switch (e.kind) {
    case 'queued':
      return `Queued (from ${e.origin}).`;
    case 'attempt':
      return `Attempt ${e.attempt} started.`;
    case 'retry-scheduled': {
      const why = e.reason === 'function-error' ? 'the function failed' : e.reason === 'throttle' ? 'the invocation was throttled' : 'of a system error';
      const wait = e.delayMs === undefined ? '' : ` in ${formatWait(e.delayMs)} (Lambda's time)`;
      return `Retry scheduled${wait} because ${why}${e.error ? `: ${e.error}` : ''}.`;
    }
    case 'succeeded':
      return `Succeeded after ${e.attempt} attempt${e.attempt === 1 ? '' : 's'}${e.destination ? `; record sent to ${e.destination}` : ''}.`;
    case 'failed':
      return `Failed: retries exhausted after ${e.attempt} attempt${e.attempt === 1 ? '' : 's'}${e.error ? ` (${e.error})` : ''}${e.destination ? `; record sent to ${e.destination}` : ''}.`;
    case 'dropped':
      if (e.condition === 'RecursiveInvocationException') {
        return `Lambda stopped a recursive loop: this event was invocation ${RECURSION_LIMIT + 1} of one chain (after ${RECURSION_LIMIT} invocations caused by the same original event), so it was not run${e.destination ? `; record sent to ${e.destination}` : ''}.`;
      }
      return `Dropped (${e.condition ?? 'unknown'})${e.error ? `: ${e.error}` : ''}${e.destination ? `; record sent to ${e.destination}` : ''}.`;
  }
}

/** A delay in Lambda's time, e.g. `6 h`, `2 min`, `1 min 56 s`, `4.5 s`. */
export function formatWait(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 60_000) {
    const seconds = Math.round((ms % 60_000) / 1000);
    return seconds === 60 ? `${Math.floor(ms / 60_000) + 1} min` : `${Math.floor(ms / 60_000)} min ${seconds} s`;
  }
  if (ms >= 1000) return `${Math.round(ms / 100) / 10} s`;
  return `${ms} ms`;
}

export class AsyncEventLog {
  /** Function name → its steps, newest first (each list replaced, never mutated). */
  byFunction = $state.raw<Record<string, AsyncEventNotice[]>>({});
  timeScale = $state(1);

  constructor(private readonly engine: Engine) {
    this.timeScale = engine.lambda.getAsyncTimeScale();
    // The scale is the playground clock's, which the header changes too.
    engine.clock.onChange(() => (this.timeScale = engine.lambda.getAsyncTimeScale()));
    engine.events.on((event) => {
      if (event.type === 'async-event') this.#add(event);
    });
  }

  eventsOf(functionName: string): AsyncEventNotice[] {
    return this.byFunction[functionName] ?? [];
  }

  clear(functionName: string): void {
    const { [functionName]: _, ...rest } = this.byFunction;
    this.byFunction = rest;
  }

  setTimeScale(scale: number): void {
    this.engine.lambda.setAsyncTimeScale(scale);
    this.timeScale = this.engine.lambda.getAsyncTimeScale();
  }

  #add(event: AsyncEventNotice): void {
    const list = [event, ...(this.byFunction[event.functionName] ?? [])].slice(0, KEPT_EVENTS);
    this.byFunction = { ...this.byFunction, [event.functionName]: list };
  }
}
