// Fires scheduled rules on the engine's clock: one timer per enabled rule with a schedule, set for its
// next fire time and set again after each firing. The clock may be paused, fast-forwarded or
// stepped; each firing carries the time it was due, and a late timer does not replay missed ones.
import type { Clock } from '../../ports';
import type { Rule } from './rules';
import { nextFireTime } from './schedule/schedule-expression';

export class Scheduler {
  readonly #timers = new Map<string, () => void>();
  #disposed = false;

  constructor(
    private readonly clock: Clock,
    /** Runs a rule's targets for the firing due at `time`. */
    private readonly fire: (rule: Rule, time: number) => void,
  ) {}

  /** When the rule fires next (after now), if it is enabled and has a schedule. */
  next(rule: Rule, after = this.clock.now()): number | undefined {
    if (rule.state !== 'ENABLED' || !rule.schedule) return undefined;
    return nextFireTime(rule.schedule, after, rule.anchor);
  }

  /** Sets (or clears) the rule's timer after it was created, changed, enabled, disabled or deleted. */
  sync(name: string, rule: Rule | undefined): void {
    this.#timers.get(name)?.();
    this.#timers.delete(name);
    if (rule && !this.#disposed) this.#arm(rule, this.clock.now());
  }

  #arm(rule: Rule, after: number): void {
    const due = this.next(rule, after);
    if (due === undefined) return;
    // One timer for the firing itself, however far away, so the clock's "next" jumps straight to it
    // (the playground clock arms waits longer than setTimeout holds in steps of its own).
    this.#timers.set(
      rule.name,
      this.clock.setTimer(Math.max(0, due - this.clock.now()), () => {
        this.#timers.delete(rule.name);
        this.fire(rule, due);
        // The next firing after this one, or after now if the timer came late (nothing is replayed).
        if (!this.#timers.has(rule.name)) this.#arm(rule, Math.max(due, this.clock.now()));
      }),
    );
  }

  /** Stops every timer for good: rules changed afterwards are not scheduled either. */
  dispose(): void {
    this.#disposed = true;
    for (const cancel of this.#timers.values()) cancel();
    this.#timers.clear();
  }
}
