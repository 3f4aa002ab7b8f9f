// The Logs page's events view: one group's events (or one stream's) through a filter pattern and a
// time range, kept up to date as lines arrive, with the pattern's error and where it stands.
import { compileFilterPattern } from '../../engine/logs/filter-pattern/match';
import { FilterPatternError } from '../../engine/logs/filter-pattern/types';
import type { StoredLogEvent } from '../../engine/logs/log-store';
import { highlightTerms } from './logs-highlight';
import type { LogsEngine } from './logs-groups.svelte';

/** The time ranges the events view offers, in milliseconds back from now (0: everything kept). */
export const TIME_RANGES = { '5m': 300_000, '30m': 1_800_000, '1h': 3_600_000, '12h': 43_200_000, all: 0 } as const;
export type TimeRange = keyof typeof TIME_RANGES;

export class LogSearch {
  group = $state<string | undefined>();
  stream = $state<string>('');
  pattern = $state('');
  range = $state<TimeRange>('all');
  /** Bumped when `results` changes (the array grows in place as lines arrive). */
  version = $state(0);
  #results: StoredLogEvent[] = [];
  #firstSeq = 0;
  #lastSeq = 0;
  #scheduled = false;
  #off: () => void;

  constructor(
    private readonly engine: LogsEngine,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.#off = engine.logs.appended.on((e) => {
      if (e.group === this.group) this.#catchUp();
    });
  }

  /** The pattern's refusal (AWS's message and the 1-based column), or undefined when it parses. */
  readonly problem = $derived.by((): { message: string; column: number } | undefined => {
    try {
      compileFilterPattern(this.pattern);
      return undefined;
    } catch (error) {
      if (error instanceof FilterPatternError) return { message: error.message, column: error.column };
      throw error;
    }
  });

  readonly terms = $derived(highlightTerms(this.pattern));

  /** The matching events, oldest first (reading this tracks `version`). */
  get results(): readonly StoredLogEvent[] {
    void this.version;
    return this.#results;
  }

  /** Searches again from scratch: call after changing group, stream, pattern or range. */
  run(): void {
    this.#results = [];
    this.#firstSeq = this.#lastSeq = 0;
    this.#scan();
  }

  #matcher(): ((e: StoredLogEvent) => boolean) | undefined {
    if (!this.group || this.problem) return undefined;
    const matches = compileFilterPattern(this.pattern);
    const since = TIME_RANGES[this.range] ? this.now() - TIME_RANGES[this.range] : -Infinity;
    const stream = this.stream;
    return (e) => e.timestamp >= since && (!stream || e.stream === stream) && matches(e.message);
  }

  #scan(): void {
    const test = this.#matcher();
    const view = test && this.group ? this.engine.logs.view(this.group) : [];
    // The store dropped old events (cap or retention): start over rather than show what is gone.
    if (view.length > 0 && this.#results.length > 0 && view[0]!.seq !== this.#firstSeq) this.#results = [];
    if (this.#results.length === 0) this.#lastSeq = 0;
    let from = view.length;
    while (from > 0 && view[from - 1]!.seq > this.#lastSeq) from--;
    for (let i = from; i < view.length; i++) if (test!(view[i]!)) this.#results.push(view[i]!);
    this.#firstSeq = view[0]?.seq ?? 0;
    this.#lastSeq = view.at(-1)?.seq ?? 0;
    this.version++;
  }

  #catchUp(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#scan();
    });
  }

  dispose(): void {
    this.#off();
  }
}
