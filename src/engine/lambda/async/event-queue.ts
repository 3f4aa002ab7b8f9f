// Each function's asynchronous event queue: the events waiting, running or waiting to retry, and
// the summary of one that the UI lists.
import type { ChainContext } from './chain';
import type { EffectiveEventInvokeConfig } from './event-invoke-configs';
import type { LastResponse } from './invocation-record';
import type { PlaygroundClock } from '../../clock/playground-clock';

export type QueuedEventStatus = 'pending' | 'in-flight' | 'retrying';

/** One event in a function's queue (engine-internal; the UI sees `QueuedEventSummary`). */
export interface QueuedEvent {
  /** The same for every attempt, as on Lambda (`context.awsRequestId` repeats on retries). */
  requestId: string;
  functionName: string;
  /** As invoked: a version, an alias, `$LATEST`, or none. */
  qualifier?: string;
  payload: string;
  origin: string;
  /** The chain of whatever caused the event; its invocations run one step further. */
  chain: ChainContext;
  /** On the async clock (scaled), against which MaximumEventAgeInSeconds is measured. */
  enqueuedAt: number;
  /** Wall-clock epoch milliseconds. */
  enqueuedWallAt: number;
  status: QueuedEventStatus;
  /** Function runs so far (throttled tries are not runs). */
  attempts: number;
  /** Tries refused by a throttle or failed by a system error, in all. */
  throttles: number;
  /** The same, since the last run: sets the backoff. */
  refusalsInARow: number;
  /** When the next try is due, on the async clock. */
  nextAttemptAt?: number;
  lastError?: string;
  lastResponse?: LastResponse;
  cancel?: () => void;
}

/** What `getEventQueue(functionName)` lists for each event. */
export interface QueuedEventSummary {
  requestId: string;
  functionName: string;
  qualifier?: string;
  origin: string;
  status: QueuedEventStatus;
  attempts: number;
  throttles: number;
  /** Wall-clock epoch milliseconds. */
  enqueuedAt: number;
  /** Age on the async clock (what MaximumEventAgeInSeconds limits). */
  ageMs: number;
  /** When the next try starts: wall-clock epoch ms, and how far ahead on the async clock. */
  nextAttemptAt?: number;
  nextAttemptInMs?: number;
  lastError?: string;
  chain: ChainContext;
  /** The settings this event is handled with (Lambda's defaults unless configured). */
  maximumRetryAttempts: number;
  maximumEventAgeInSeconds: number;
}

/** An event as the UI lists it; times converted from the async clock to the wall clock. */
export function summarize(e: QueuedEvent, clock: PlaygroundClock, config: EffectiveEventInvokeConfig): QueuedEventSummary {
  const now = clock.now();
  return {
    requestId: e.requestId,
    functionName: e.functionName,
    ...(e.qualifier !== undefined ? { qualifier: e.qualifier } : {}),
    origin: e.origin,
    status: e.status,
    attempts: e.attempts,
    throttles: e.throttles,
    enqueuedAt: e.enqueuedWallAt,
    ageMs: now - e.enqueuedAt,
    ...(e.nextAttemptAt !== undefined
      ? { nextAttemptAt: Math.round(clock.baseTimeOf(e.nextAttemptAt)), nextAttemptInMs: Math.max(0, e.nextAttemptAt - now) }
      : {}),
    ...(e.lastError ? { lastError: e.lastError } : {}),
    chain: { ...e.chain },
    maximumRetryAttempts: config.maximumRetryAttempts,
    maximumEventAgeInSeconds: config.maximumEventAgeInSeconds,
  };
}

export class EventQueues {
  #byFunction = new Map<string, Map<string, QueuedEvent>>();

  add(event: QueuedEvent): void {
    let queue = this.#byFunction.get(event.functionName);
    if (!queue) this.#byFunction.set(event.functionName, (queue = new Map()));
    queue.set(event.requestId, event);
  }

  has(event: QueuedEvent): boolean {
    return this.#byFunction.get(event.functionName)?.get(event.requestId) === event;
  }

  remove(event: QueuedEvent): void {
    const queue = this.#byFunction.get(event.functionName);
    if (queue?.get(event.requestId) !== event) return;
    queue.delete(event.requestId);
    if (!queue.size) this.#byFunction.delete(event.functionName);
  }

  /** A function's events, oldest first. */
  list(functionName: string): QueuedEvent[] {
    return [...(this.#byFunction.get(functionName)?.values() ?? [])];
  }

  /** Empties a function's queue and returns what it held. */
  drop(functionName: string): QueuedEvent[] {
    const events = this.list(functionName);
    this.#byFunction.delete(functionName);
    return events;
  }

  functions(): string[] {
    return [...this.#byFunction.keys()];
  }

  clear(): void {
    this.#byFunction.clear();
  }
}
