// The Logs page's groups and streams: DescribeLogGroups and DescribeLogStreams (newest first),
// refreshed as events arrive or the playground clock moves (retention), and retention edits.
import type { Engine } from '../../engine/engine';
import { describeError } from '../shared/describe-error';

export type LogsEngine = Pick<Engine, 'logs' | 'cloudwatchLogs' | 'clock'>;

type Awaited<T> = T extends Promise<infer U> ? U : T;
export type LogGroupRow = Awaited<ReturnType<Engine['cloudwatchLogs']['describeLogGroups']>>['logGroups'][number];
export type LogStreamRow = Awaited<ReturnType<Engine['cloudwatchLogs']['describeLogStreams']>>['logStreams'][number];

/** How often the lists follow a stream of new events, at most. */
const REFRESH_MS = 400;

export class LogGroupsView {
  groups = $state.raw<LogGroupRow[]>([]);
  selected = $state<string | undefined>();
  streams = $state.raw<LogStreamRow[]>([]);
  error = $state<string | undefined>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #off: Array<() => void> = [];

  constructor(private readonly engine: LogsEngine) {
    const soon = () => this.#schedule();
    this.#off.push(engine.logs.appended.on(soon), engine.logs.changed.on(soon), engine.clock.onChange(soon));
    void this.refresh();
  }

  readonly group = $derived(this.groups.find((g) => g.logGroupName === this.selected));

  select(name: string | undefined): void {
    this.selected = name;
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const api = this.engine.cloudwatchLogs;
    const groups: LogGroupRow[] = [];
    let nextToken: string | undefined;
    do {
      const page = await api.describeLogGroups(nextToken ? { nextToken } : {});
      groups.push(...page.logGroups);
      nextToken = page.nextToken;
    } while (nextToken);
    this.groups = groups;
    if (this.selected && !groups.some((g) => g.logGroupName === this.selected)) this.selected = undefined;
    this.streams = this.selected ? (await api.describeLogStreams({ logGroupName: this.selected, orderBy: 'LastEventTime', descending: true, limit: 50 })).logStreams : [];
  }

  /** PutRetentionPolicy, or DeleteRetentionPolicy for "Never expire" (undefined). */
  async setRetention(group: string, days: number | undefined): Promise<void> {
    try {
      this.error = undefined;
      if (days === undefined) await this.engine.cloudwatchLogs.deleteRetentionPolicy({ logGroupName: group });
      else await this.engine.cloudwatchLogs.putRetentionPolicy({ logGroupName: group, retentionInDays: days });
    } catch (error) {
      this.error = describeError(error);
    }
    await this.refresh();
  }

  #schedule(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.refresh();
    }, REFRESH_MS);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    for (const off of this.#off) off();
  }
}
