// The live tail of one log group for the log pane: follows new events, announced once per burst.
import type { LogStore, StoredLogEvent } from '../../engine/logs/log-store';

export class LogTail {
  /** Bumped whenever the lines change; the list itself is the store's own array (up to 100k lines, never copied). */
  version = $state(0);
  #lines: readonly StoredLogEvent[] = [];
  #group: string | undefined;
  #scheduled = false;

  constructor(private readonly logs: LogStore) {
    logs.appended.on((event) => {
      if (event.group === this.#group) this.#announce();
    });
    logs.changed.on((group) => {
      if (group === this.#group) this.#announce();
    });
  }

  /** The followed group's events, oldest first (reading this tracks `version`). */
  get lines(): readonly StoredLogEvent[] {
    void this.version;
    return this.#lines;
  }

  /** Follows another log group (or none), starting from what it already holds. */
  follow(group: string | undefined): void {
    this.#group = group;
    this.#lines = group ? this.logs.view(group) : [];
    this.version++;
  }

  clear(): void {
    if (this.#group) this.logs.clear(this.#group);
    this.#announce();
  }

  // Lines come in bursts; tell the view once per burst, not once per line.
  #announce(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.#group) this.#lines = this.logs.view(this.#group);
      this.version++;
    });
  }
}
