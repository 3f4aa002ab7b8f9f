// Fakes for unit tests of the engine's own logic: a clock that moves only when told, and
// sandboxes that answer at once without running any code.
import type { Clock, Sandbox, SandboxFactory } from '../ports';

export class ManualClock implements Clock {
  #now = Date.UTC(2026, 10, 21, 12, 0, 0);
  #timers: Array<{ at: number; fn: () => void; cancelled: boolean }> = [];

  now(): number {
    return this.#now;
  }

  setTimer(ms: number, fn: () => void): () => void {
    const timer = { at: this.#now + ms, fn, cancelled: false };
    this.#timers.push(timer);
    return () => void (timer.cancelled = true);
  }

  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void {
    const until = this.#now + ms;
    for (;;) {
      const due = this.#timers.filter((t) => !t.cancelled && t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.#now = due.at;
      due.cancelled = true;
      due.fn();
    }
    this.#now = until;
  }
}

/** Sandboxes whose INIT and invocations succeed immediately; counts what was started and stopped. */
export function instantSandboxes() {
  const stats = { created: 0, disposed: 0 };
  const factory: SandboxFactory = {
    create(): Sandbox {
      stats.created++;
      return {
        init: async () => ({ status: 'ok', initDurationMs: 1 }),
        invoke: async () => ({ status: 'ok', payload: 'null', durationMs: 1, memoryUsedMB: 1 }),
        dispose: () => void stats.disposed++,
      };
    },
  };
  return { factory, stats };
}
