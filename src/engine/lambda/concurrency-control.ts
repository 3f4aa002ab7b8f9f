// PutFunctionConcurrency, GetFunctionConcurrency, DeleteFunctionConcurrency, GetAccountSettings,
// and the throttle check every invocation passes before it gets an environment.
import { invalidParameter } from '../errors';
import type { EnvironmentPool } from './environment-pool';
import type { FunctionRegistry } from './function-registry';
import {
  DEFAULT_ACCOUNT_LIMIT, MAX_ACCOUNT_LIMIT, checkReservation, minimumUnreserved, throttleReason, throttled,
} from './concurrency';

export class ConcurrencyControl {
  accountLimit = DEFAULT_ACCOUNT_LIMIT;

  constructor(
    private readonly registry: FunctionRegistry,
    private readonly pool: EnvironmentPool,
    private readonly changed: () => void,
  ) {}

  async putFunctionConcurrency(input: { FunctionName: string; ReservedConcurrentExecutions: number }) {
    const { record } = this.registry.get(input.FunctionName);
    const others = this.#reservedTotal() - (record.reservedConcurrency ?? 0);
    checkReservation(input.ReservedConcurrentExecutions, this.accountLimit, others);
    record.reservedConcurrency = input.ReservedConcurrentExecutions;
    this.changed();
    return { ReservedConcurrentExecutions: record.reservedConcurrency };
  }

  async getFunctionConcurrency(input: { FunctionName: string }): Promise<{ ReservedConcurrentExecutions?: number }> {
    const { record } = this.registry.get(input.FunctionName);
    return record.reservedConcurrency === undefined ? {} : { ReservedConcurrentExecutions: record.reservedConcurrency };
  }

  async deleteFunctionConcurrency(input: { FunctionName: string }): Promise<Record<string, never>> {
    const { record } = this.registry.get(input.FunctionName);
    delete record.reservedConcurrency;
    this.changed();
    return {};
  }

  async getAccountSettings() {
    return {
      AccountLimit: {
        ConcurrentExecutions: this.accountLimit,
        UnreservedConcurrentExecutions: this.accountLimit - this.#reservedTotal(),
      },
      AccountUsage: { FunctionCount: this.registry.all().length },
    };
  }

  /** The playground's own setting: how many environments the account may run at once. */
  setAccountConcurrencyLimit(limit: number): void {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ACCOUNT_LIMIT) {
      throw invalidParameter(`The account concurrency limit must be a whole number from 1 to ${MAX_ACCOUNT_LIMIT}.`);
    }
    if (limit - this.#reservedTotal() < minimumUnreserved(limit)) {
      throw invalidParameter(`Reserved concurrency (${this.#reservedTotal()}) leaves less than ${minimumUnreserved(limit)} unreserved under a limit of ${limit}.`);
    }
    this.accountLimit = limit;
    this.changed();
  }

  /** Throws TooManyRequestsException when one more invocation of `name` has no room. */
  admit(name: string): void {
    const reserved = this.registry.get(name).record.reservedConcurrency;
    let reservedTotal = 0;
    const reservedNames = new Set<string>();
    for (const r of this.registry.values()) {
      if (r.reservedConcurrency === undefined) continue;
      reservedTotal += r.reservedConcurrency;
      reservedNames.add(r.latest.config.FunctionName);
    }
    const reason = throttleReason({
      accountLimit: this.accountLimit,
      reservedTotal,
      reserved,
      inFlightFunction: this.pool.busy((n) => n === name),
      inFlightUnreserved: this.pool.busy((n) => !reservedNames.has(n)),
    });
    if (reason) throw throttled(reason);
  }

  /** Invocations in flight across the account. */
  inFlight(): number {
    return this.pool.busy(() => true);
  }

  #reservedTotal(): number {
    let total = 0;
    for (const r of this.registry.values()) total += r.reservedConcurrency ?? 0;
    return total;
  }
}
