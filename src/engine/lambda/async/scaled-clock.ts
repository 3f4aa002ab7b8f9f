// A clock that runs faster than the engine's: the event queue's delays (retries a minute apart)
// and event ages (up to six hours) run on it, so a lesson need not wait for them in real time.
import { invalidParameter } from '../../errors';
import type { Clock } from '../../ports';

export const MAX_TIME_SCALE = 3600;

interface Timer {
  /** When the timer is due, on this clock. */
  dueAt: number;
  fn: () => void;
  cancelBase: () => void;
}

/**
 * `scale` times faster than `base`: with 60, a minute on this clock passes in a second of the
 * base clock. Changing the scale keeps this clock's time continuous and re-arms pending timers.
 */
export class ScaledClock implements Clock {
  #scale = 1;
  #anchorBase: number;
  #anchorScaled: number;
  #timers = new Set<Timer>();

  constructor(private readonly base: Clock) {
    this.#anchorBase = this.#anchorScaled = base.now();
  }

  now(): number {
    return this.#anchorScaled + (this.base.now() - this.#anchorBase) * this.#scale;
  }

  setTimer(ms: number, fn: () => void): () => void {
    const timer: Timer = { dueAt: this.now() + ms, fn, cancelBase: () => {} };
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

  /** 1 is real time; 60 runs a minute of queue time per second. */
  setScale(scale: number): void {
    if (typeof scale !== 'number' || !Number.isFinite(scale) || scale < 1 || scale > MAX_TIME_SCALE) {
      throw invalidParameter(`The async time scale must be a number from 1 to ${MAX_TIME_SCALE} (1 is real time; 60 runs one minute per second).`);
    }
    this.#anchorScaled = this.now();
    this.#anchorBase = this.base.now();
    this.#scale = scale;
    for (const timer of this.#timers) {
      timer.cancelBase();
      this.#arm(timer);
    }
  }

  /** The base clock's time at which this clock reaches `at`, at the current scale. */
  baseTimeOf(at: number): number {
    return this.base.now() + (at - this.now()) / this.#scale;
  }

  /** Cancels every pending timer. */
  dispose(): void {
    for (const timer of this.#timers) timer.cancelBase();
    this.#timers.clear();
  }

  #arm(timer: Timer): void {
    const baseMs = Math.max(0, Math.ceil((timer.dueAt - this.now()) / this.#scale));
    timer.cancelBase = this.base.setTimer(baseMs, () => {
      this.#timers.delete(timer);
      timer.fn();
    });
  }
}
