// The playground clock as the header shows it: its time, ticking while shown; its speed (×1, ×60,
// ×3600); pause and resume; and a step to the next thing that will happen (a schedule, a retry).
import type { Engine } from '../../engine/engine';

/** The speeds the header offers: real time, a minute per second, an hour per second. */
export const CLOCK_SCALES = [1, 60, 3600] as const;

export class PlaygroundClockView {
  now = $state(0);
  scale = $state(1);
  paused = $state(false);
  nextTimerAt = $state<number | undefined>(undefined);
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly clock: Engine['clock']) {
    clock.onChange(() => this.refresh());
    this.refresh();
  }

  refresh(): void {
    const state = this.clock.state();
    this.now = state.now;
    this.scale = state.scale;
    this.paused = state.paused;
    this.nextTimerAt = state.nextTimerAt;
  }

  /** Ticks the shown time while a view shows it; returns the stop for the view's cleanup. */
  watch(): () => void {
    this.#timer ??= setInterval(() => this.refresh(), 250);
    return () => {
      clearInterval(this.#timer);
      this.#timer = undefined;
    };
  }

  setScale(scale: number): void {
    this.clock.setScale(scale);
  }

  toggle(): void {
    if (this.paused) this.clock.resume();
    else this.clock.pause();
  }

  /** Jumps to the next pending timer: the next firing of a schedule, retry or delay. */
  step(): void {
    this.clock.stepToNext();
  }
}
