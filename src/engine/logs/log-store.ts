// CloudWatch Logs in miniature: log groups of streams of events, with a retention cap so
// that thousands of invocations cannot grow memory or slow the invoke path.
import { Emitter } from '../events';
import type { LogLevel } from '../lambda/runtime-protocol';

/** One stored log event, as CloudWatch keeps it, plus what the UI needs to style it. */
export interface LogEvent {
  group: string;
  stream: string;
  timestamp: number;
  message: string;
  /** `platform` for START/END/REPORT and runtime notices, else the console level. */
  level: LogLevel | 'platform';
}

export class LogStore {
  readonly appended = new Emitter<LogEvent>();
  #groups = new Map<string, LogEvent[]>();

  /** @param maxEventsPerGroup oldest events are dropped past this many. */
  constructor(private readonly maxEventsPerGroup = 20_000) {}

  append(event: LogEvent): void {
    let events = this.#groups.get(event.group);
    if (!events) this.#groups.set(event.group, (events = []));
    events.push(event);
    // Trim in chunks so the cost stays amortised O(1) per event.
    if (events.length > this.maxEventsPerGroup * 1.25) events.splice(0, events.length - this.maxEventsPerGroup);
    this.appended.emit(event);
  }

  /** Events of a group in arrival order, optionally of one stream. */
  events(group: string, stream?: string): LogEvent[] {
    const events = this.#groups.get(group) ?? [];
    return stream ? events.filter((e) => e.stream === stream) : events.slice();
  }

  streams(group: string): string[] {
    return [...new Set((this.#groups.get(group) ?? []).map((e) => e.stream))];
  }

  clear(group: string): void {
    this.#groups.delete(group);
  }
}
