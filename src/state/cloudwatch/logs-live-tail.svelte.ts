// Live tail across chosen log groups: new lines of several functions stream in as they are written,
// through an optional filter pattern, and can be paused (lines keep arriving, shown on resume).
import { compileFilterPattern } from '../../engine/logs/filter-pattern/match';
import type { StoredLogEvent } from '../../engine/logs/log-store';
import { highlightTerms } from './logs-highlight';
import type { LogsEngine } from './logs-groups.svelte';

/** Lines kept on screen; older ones scroll away, as in the console's live tail. */
const MAX_LINES = 20_000;

export class LiveTail {
  groups = $state.raw<string[]>([]);
  pattern = $state('');
  running = $state(false);
  paused = $state(false);
  /** Lines that arrived while paused. */
  waiting = $state(0);
  version = $state(0);
  #lines: StoredLogEvent[] = [];
  #held: StoredLogEvent[] = [];
  #matches: (message: string) => boolean = () => true;
  #off: (() => void) | undefined;
  #scheduled = false;

  constructor(private readonly engine: LogsEngine) {}

  readonly terms = $derived(highlightTerms(this.pattern));

  get lines(): readonly StoredLogEvent[] {
    void this.version;
    return this.#lines;
  }

  toggleGroup(group: string): void {
    this.groups = this.groups.includes(group) ? this.groups.filter((g) => g !== group) : [...this.groups, group];
  }

  /** Starts a session over the chosen groups (the pattern must parse; it throws AWS's error if not). */
  start(): void {
    this.#matches = compileFilterPattern(this.pattern);
    this.stop();
    this.#lines = [];
    this.#held = [];
    this.waiting = 0;
    this.paused = false;
    this.running = true;
    const wanted = new Set(this.groups);
    this.#off = this.engine.logs.appended.on((e) => {
      if (!wanted.has(e.group) || !this.#matches(e.message)) return;
      if (this.paused) {
        this.#held.push(e);
        this.waiting = this.#held.length;
        return;
      }
      this.#lines.push(e);
      this.#announce();
    });
    this.version++;
  }

  stop(): void {
    this.#off?.();
    this.#off = undefined;
    this.running = false;
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.#lines.push(...this.#held);
    this.#held = [];
    this.waiting = 0;
    this.#announce();
  }

  clear(): void {
    this.#lines = [];
    this.version++;
  }

  #announce(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.#lines.length > MAX_LINES * 1.25) this.#lines.splice(0, this.#lines.length - MAX_LINES);
      this.version++;
    });
  }

  dispose(): void {
    this.stop();
  }
}
