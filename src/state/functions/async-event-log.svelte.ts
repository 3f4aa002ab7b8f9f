// Every function's recent asynchronous-invocation steps (queued, attempt, retry, success, failure,
// drop), recorded from the start so a function's tab shows what happened before it was opened;
// and the playground's time scale for queue delays.
import type { Engine } from '../../engine/engine';
import type { AsyncEventNotice } from '../../engine/lambda/async/async-events';
import { RECURSION_LIMIT } from '../../engine/lambda/async/chain';
import { t } from '../../i18n/i18n.svelte';
import { formatNumber } from '../../i18n/format';

/** Steps kept per function, newest first. */
export const KEPT_EVENTS = 60;

/** The speeds offered: 600× turns Lambda's 1- and 2-minute retry waits into 0.1 and 0.2 s. */
export const TIME_SCALES = [1, 10, 60, 600] as const;

/** What one step means, in a sentence the async tab shows beside it (in the interface language). */
export function describeAsyncEvent(e: AsyncEventNotice): string {
  const sent = e.destination ? t('functions.asyncRecordSent', e.destination) : '';
  switch (e.kind) {
    case 'queued':
      return t('functions.asyncQueued', e.origin);
    case 'attempt':
      return t('functions.asyncAttempt', e.attempt);
    case 'retry-scheduled': {
      const wait = e.delayMs === undefined ? '' : t('functions.asyncRetryWait', formatWait(e.delayMs));
      return t('functions.asyncRetryScheduled', wait, t('functions.asyncRetryReason', e.reason ?? 'system-error'), e.error ?? '');
    }
    case 'succeeded':
      return t('functions.asyncSucceeded', e.attempt, sent);
    case 'failed':
      return t('functions.asyncFailed', e.attempt, e.error ?? '', sent);
    case 'dropped':
      if (e.condition === 'RecursiveInvocationException') return t('functions.asyncRecursion', RECURSION_LIMIT + 1, RECURSION_LIMIT, sent);
      return t('functions.asyncDropped', e.condition ?? t('functions.unknown'), e.error ?? '', sent);
  }
}

/** A delay in Lambda's time, e.g. `6 h`, `2 min`, `1 min 56 s`, `4.5 s` (`6시간`, `2분` … in Korean). */
export function formatWait(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return t('shared.hours', formatNumber(ms / 3_600_000));
  if (ms >= 60_000 && ms % 60_000 === 0) return t('shared.minutes', formatNumber(ms / 60_000));
  if (ms >= 60_000) {
    const seconds = Math.round((ms % 60_000) / 1000);
    return seconds === 60
      ? t('shared.minutes', formatNumber(Math.floor(ms / 60_000) + 1))
      : t('shared.minutesSeconds', formatNumber(Math.floor(ms / 60_000)), String(seconds));
  }
  if (ms >= 1000) return t('shared.seconds', formatNumber(Math.round(ms / 100) / 10));
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
