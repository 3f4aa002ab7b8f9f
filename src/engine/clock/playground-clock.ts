// The playground clock: the time schedules, queue delays, retries and event ages run on. It follows
// the engine's clock, but can run faster (×60 turns a minute into a second, ×3600 an hour), be
// paused, or jump to its next timer, so a daily job or a two-minute retry can be watched in seconds.
// Function timeouts and durations stay on real time: only the waiting between things is compressed.
import { invalidParameter } from '../errors';
import type { Clock } from '../ports';

export const MAX_TIME_SCALE = 3600;

/** setTimeout holds at most 2^31 - 1 ms (about 24.8 days); a longer wait is armed again when that runs out. */
const MAX_BASE_WAIT_MS = 2 ** 31 - 1;

interface Timer {
  /** When the timer is due, on this clock. */
  dueAt: number;
  fn: () => void;
  cancelBase: () => void;
}

/** What the clock's controls show. */
export interface PlaygroundClockState {
  now: number;
  scale: number;
  paused: boolean;
  /** When the next timer fires, on this clock; undefined when none is pending. */
  nextTimerAt?: number;
}

export class PlaygroundClock implements Clock {
  #scale = 1;
  #paused = false;
  #anchorBase: number;
  #anchorTime: number;
  #timers = new Set<Timer>();
  #listeners = new Set<() => void>();

  constructor(private readonly base: Clock) {
    this.#anchorBase = this.#anchorTime = base.now();
  }

  now(): number {
    return this.#paused ? this.#anchorTime : this.#anchorTime + (this.base.now() - this.#anchorBase) * this.#scale;
  }

  setTimer(ms: number, fn: () => void): () => void {
    const timer: Timer = { dueAt: this.now() + Math.max(0, ms), fn, cancelBase: () => {} };
    this.#timers.add(timer);
    this.#arm(timer);
    return () => {
      timer.cancelBase();
      this.#timers.delete(timer);
    };
  }

  get scale(): number {
    return this.#scale;
  }

  get paused(): boolean {
    return this.#paused;
  }

  state(): PlaygroundClockState {
    const next = this.#next();
    return { now: this.now(), scale: this.#scale, paused: this.#paused, ...(next ? { nextTimerAt: next.dueAt } : {}) };
  }

  /** 1 is real time; 60 runs a minute per second. Time stays continuous and pending timers re-arm. */
  setScale(scale: number): void {
    if (typeof scale !== 'number' || !Number.isFinite(scale) || scale < 1 || scale > MAX_TIME_SCALE) {
      throw invalidParameter(`The time scale must be a number from 1 to ${MAX_TIME_SCALE} (1 is real time; 60 runs one minute per second).`);
    }
    this.#reanchor(() => (this.#scale = scale));
  }

  pause(): void {
    if (!this.#paused) this.#reanchor(() => (this.#paused = true));
  }

  resume(): void {
    if (this.#paused) this.#reanchor(() => (this.#paused = false));
  }

  /** Moves time forward by `ms` at once, firing the timers that fall due, in order. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw invalidParameter('The clock only moves forward: give a number of milliseconds of 0 or more.');
    this.#jumpTo(this.now() + ms);
  }

  /** Moves time to the next pending timer and fires it (and any due with it); the time jumped to. */
  stepToNext(): number | undefined {
    const next = this.#next();
    if (!next) return undefined;
    this.#jumpTo(Math.max(next.dueAt, this.now()));
    return next.dueAt;
  }

  /** The base clock's time at which this clock reaches `at`, at the current scale (Infinity while paused). */
  baseTimeOf(at: number): number {
    return this.#paused ? Infinity : this.base.now() + (at - this.now()) / this.#scale;
  }

  /** Called after the scale, pause state or time changes by a control (not as time passes). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  /** Cancels every pending timer. */
  dispose(): void {
    for (const timer of this.#timers) timer.cancelBase();
    this.#timers.clear();
  }

  #next(): Timer | undefined {
    let next: Timer | undefined;
    for (const timer of this.#timers) if (!next || timer.dueAt < next.dueAt) next = timer;
    return next;
  }

  #jumpTo(target: number): void {
    // Fire due timers one at a time, oldest first; each may set new timers that are also due.
    for (;;) {
      const next = this.#next();
      if (!next || next.dueAt > target) break;
      this.#reanchorAt(Math.max(next.dueAt, this.now()));
      next.cancelBase();
      this.#timers.delete(next);
      next.fn();
    }
    this.#reanchorAt(Math.max(target, this.now()));
    this.#rearmAll();
    this.#changed();
  }

  #reanchor(change: () => void): void {
    this.#anchorTime = this.now();
    this.#anchorBase = this.base.now();
    change();
    this.#rearmAll();
    this.#changed();
  }

  #reanchorAt(time: number): void {
    this.#anchorTime = time;
    this.#anchorBase = this.base.now();
  }

  #rearmAll(): void {
    for (const timer of this.#timers) {
      timer.cancelBase();
      this.#arm(timer);
    }
  }

  #arm(timer: Timer): void {
    if (this.#paused) return;
    const baseMs = Math.max(0, Math.ceil((timer.dueAt - this.now()) / this.#scale));
    // Stepping here, not in the callers, keeps each timer's due time the one "next" jumps to.
    if (baseMs > MAX_BASE_WAIT_MS) {
      timer.cancelBase = this.base.setTimer(MAX_BASE_WAIT_MS, () => this.#arm(timer));
      return;
    }
    timer.cancelBase = this.base.setTimer(baseMs, () => {
      this.#timers.delete(timer);
      timer.fn();
    });
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}
