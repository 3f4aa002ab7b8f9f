// The concurrency timeline of one function as data: its execution environments as lanes, each
// invocation a bar (its INIT marked on a cold start), bars opened while an invocation runs and
// completed from its record, and throttles as instants. Bounded, so a long session stays small.
import type { EnvironmentSummary } from '../../engine/lambda/environment';

/** What the timeline reads of an environment. */
type WorkingState = Pick<EnvironmentSummary, 'id' | 'state'>;
import type { InvocationRecord } from '../../engine/lambda/invoker';

export interface TimelineBar {
  requestId?: string;
  start: number;
  /** INIT time at the start of the bar (cold starts). */
  initMs: number;
  /** Undefined while the invocation runs. */
  end?: number;
  status: 'running' | 'success' | 'error' | 'timeout';
  cold: boolean;
}

export interface TimelineLane {
  environmentId: string;
  bars: TimelineBar[];
}

export const MAX_LANES = 200;
export const MAX_BARS_PER_LANE = 100;
export const MAX_THROTTLES = 1000;

export class TimelineBook {
  lanes: TimelineLane[] = [];
  throttles: number[] = [];
  #byId = new Map<string, TimelineLane>();

  #lane(environmentId: string): TimelineLane {
    let lane = this.#byId.get(environmentId);
    if (!lane) {
      lane = { environmentId, bars: [] };
      this.#byId.set(environmentId, lane);
      this.lanes.push(lane);
      if (this.lanes.length > MAX_LANES) this.#byId.delete(this.lanes.shift()!.environmentId);
    }
    return lane;
  }

  /** Environments that are working now get an open bar (live during a burst, before records arrive). */
  sawEnvironments(environments: readonly WorkingState[], now: number): boolean {
    let changed = false;
    for (const env of environments) {
      if (env.state !== 'busy' && env.state !== 'initializing') continue;
      const lane = this.#lane(env.id);
      if (lane.bars.at(-1)?.status === 'running') continue;
      lane.bars.push({ start: now, initMs: 0, status: 'running', cold: env.state === 'initializing' });
      changed = true;
    }
    return changed;
  }

  /** A finished invocation replaces its open bar (or is added) with its exact times. */
  finished(record: InvocationRecord): void {
    const lane = this.#lane(record.environmentId);
    const initMs = record.initDurationMs ?? 0;
    const bar: TimelineBar = {
      requestId: record.requestId, start: record.startedAt, initMs, end: record.startedAt + initMs + record.durationMs,
      status: record.status, cold: record.coldStart,
    };
    const open = lane.bars.findIndex((b) => b.status === 'running');
    if (open >= 0) lane.bars[open] = bar;
    else lane.bars.push(bar);
    if (lane.bars.length > MAX_BARS_PER_LANE) lane.bars.shift();
  }

  throttled(time: number): void {
    this.throttles.push(time);
    if (this.throttles.length > MAX_THROTTLES) this.throttles.shift();
  }

  /** Open bars whose environment is no longer working (it stopped without a record) are closed at `now`. */
  settle(environments: readonly WorkingState[], now: number): void {
    const working = new Set(environments.filter((e) => e.state === 'busy' || e.state === 'initializing').map((e) => e.id));
    for (const lane of this.lanes) {
      const last = lane.bars.at(-1);
      if (last?.status === 'running' && !working.has(lane.environmentId) && now - last.start > 1000) Object.assign(last, { status: 'error', end: now });
    }
  }
}
