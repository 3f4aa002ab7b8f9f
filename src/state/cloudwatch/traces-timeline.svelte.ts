// Follows one function's invocations, environments and throttles into a TimelineBook, for the
// environments timeline: lanes appear while a burst scales out and bars close as records arrive.
import type { Engine } from '../../engine/engine';
import { TimelineBook, type TimelineLane } from './traces-timeline';

export class EnvironmentTimeline {
  lanes = $state.raw<TimelineLane[]>([]);
  throttles = $state.raw<number[]>([]);
  readonly #book = new TimelineBook();
  readonly #stop: () => void;
  #scheduled = false;

  constructor(engine: Engine, readonly functionName: string, now: () => number = Date.now) {
    this.#stop = engine.events.on((event) => {
      if (event.type === 'invocation' && event.record.functionName === functionName) this.#book.finished(event.record);
      else if (event.type === 'environments-changed' && event.functionName === functionName) {
        const environments = engine.environments.list(functionName);
        this.#book.sawEnvironments(environments, now());
        this.#book.settle(environments, now());
      } else if (event.type === 'throttle' && event.functionName === functionName) this.#book.throttled(event.time);
      else return;
      this.#publish();
    });
  }

  /** One copy per tick at most, however many invocations end in it. */
  #publish(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.lanes = this.#book.lanes.map((lane) => ({ environmentId: lane.environmentId, bars: lane.bars.map((b) => ({ ...b })) }));
      this.throttles = [...this.#book.throttles];
    });
  }

  dispose(): void {
    this.#stop();
  }
}
