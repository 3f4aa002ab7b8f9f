// The live tail of one log group for the log pane: follows new events, batched per burst.
import type { LogEvent, LogStore } from '../../engine/logs/log-store';

const MAX_LINES = 1000;

export class LogTail {
  lines = $state.raw<LogEvent[]>([]);
  #group: string | undefined;
  #pending: LogEvent[] = [];

  constructor(private readonly logs: LogStore) {
    logs.appended.on((event) => {
      if (event.group !== this.#group) return;
      // Lines come in bursts; copy the visible list once per burst, not once per line.
      if (this.#pending.push(event) > 1) return;
      queueMicrotask(() => {
        this.lines = [...this.lines, ...this.#pending].slice(-MAX_LINES);
        this.#pending = [];
      });
    });
  }

  /** Follows another log group (or none), starting from what it already holds. */
  follow(group: string | undefined): void {
    this.#group = group;
    this.#pending = [];
    this.lines = group ? this.logs.events(group).slice(-MAX_LINES) : [];
  }

  clear(): void {
    if (this.#group) this.logs.clear(this.#group);
    this.#pending = [];
    this.lines = [];
  }
}
