// Lines the event queue writes in the function's log group, so a learner sees in the logs why an
// event stopped: a recursive loop, retries used up, too old, or where its record was sent.
import type { Clock } from '../../ports';
import type { LogStore } from '../../logs/log-store';
import { logGroupName } from '../../logs/log-format';
import type { EndCondition } from './async-events';
import { RECURSION_LIMIT, RECURSION_MESSAGE } from './chain';
import type { QueuedEvent } from './event-queue';

/**
 * Lambda itself reports these through metrics and notifications, not in the function's logs; the
 * playground writes them to one stream per day, named apart from environments' streams.
 */
export function asyncLogStreamName(time: number, qualifier: string | undefined): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/[${qualifier ?? '$LATEST'}]async-event-queue`;
}

export class AsyncLog {
  constructor(
    private readonly logs: LogStore,
    private readonly clock: Clock,
  ) {}

  write(functionName: string, qualifier: string | undefined, message: string, level: 'platform' | 'WARN' | 'ERROR' = 'platform'): void {
    const timestamp = this.clock.now();
    this.logs.append({ group: logGroupName(functionName), stream: asyncLogStreamName(timestamp, qualifier), timestamp, message, level });
  }
}

/** The line written when an event leaves the queue without success. */
export function endMessage(event: QueuedEvent, condition: EndCondition, maximumEventAgeInSeconds: number): string {
  const id = `RequestId: ${event.requestId}`;
  const runs = `${event.attempts} attempt${event.attempts === 1 ? '' : 's'}`;
  switch (condition) {
    case 'RetriesExhausted':
      return `Event failed all ${runs} (RetriesExhausted): ${id} (${event.lastError ?? 'function error'})`;
    case 'EventAgeExceeded':
      return `Event dropped after ${runs}: ${id} is older than MaximumEventAgeInSeconds (${maximumEventAgeInSeconds} s) (EventAgeExceeded)`;
    case 'ZeroReservedConcurrency':
      return `Event dropped without running: ${id}; reserved concurrency is 0 (ZeroReservedConcurrency)`;
    case 'RecursiveInvocationException':
      return (
        `RecursiveInvocationException: ${RECURSION_MESSAGE} ${id} would have been invocation ${event.chain.count + 1} ` +
        `of the chain started by event ${event.chain.originId}; Lambda stops a chain after ${RECURSION_LIMIT} invocations. The event was dropped.`
      );
    default:
      return `Event dropped: ${id}: ${event.lastError ?? condition}`;
  }
}
