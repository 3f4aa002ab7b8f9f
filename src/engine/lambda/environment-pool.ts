// Keeps each function's execution environments: reuse an idle warm one of the same version
// and revision, else start a cold one; reap environments that stay idle too long.
import type { Clock, SandboxFactory } from '../ports';
import type { LogStore } from '../logs/log-store';
import { logStreamName } from '../logs/log-format';
import { hex } from '../ids';
import { Environment } from './environment';
import type { SdkDispatcher } from '../sdk/types';

/** The facts about a function version the pool needs to place an invocation. */
export interface PoolTarget {
  name: string;
  revision: number;
  version: string;
  logGroupName: string;
}

/** Lambda keeps idle environments for minutes; the playground's default, configurable. */
export const DEFAULT_IDLE_TIMEOUT_MS = 5 * 60_000;

export interface PoolHooks {
  /** Environments of this function started, stopped or changed state. */
  changed?(functionName: string): void;
  /** An environment ended: its /tmp goes with it. */
  stopped?(env: Environment): void;
  /** Answers the AWS SDK calls of handlers (see src/engine/sdk); without it they fail in the environment. */
  sdkCall?: SdkDispatcher;
}

export class EnvironmentPool {
  #byFunction = new Map<string, Environment[]>();
  #reapers = new Map<Environment, () => void>();
  idleTimeoutMs = DEFAULT_IDLE_TIMEOUT_MS;

  constructor(
    private readonly sandboxes: SandboxFactory,
    private readonly logs: LogStore,
    private readonly clock: Clock,
    private readonly hooks: PoolHooks = {},
  ) {}

  /** Takes an idle environment of the same revision (warm), or starts a new one (cold). */
  acquire(target: PoolTarget): { env: Environment; cold: boolean } {
    const envs = this.#envs(target.name);
    const warm = envs.find((e) => e.state === 'idle' && e.revision === target.revision && e.version === target.version);
    if (warm) {
      this.#reapers.get(warm)?.();
      this.#reapers.delete(warm);
      warm.state = 'busy';
      this.hooks.changed?.(target.name);
      return { env: warm, cold: false };
    }
    const env = new Environment(
      hex(8), target.name, target.version, target.revision, target.logGroupName,
      logStreamName(this.clock.now(), target.version), this.sandboxes, this.logs, this.clock,
      this.hooks.sdkCall && ((call, caller) => this.hooks.sdkCall!(call, caller)),
    );
    env.state = 'busy';
    envs.push(env);
    this.hooks.changed?.(target.name);
    return { env, cold: true };
  }

  /** Returns an environment after an invocation; one whose revision is no longer current stops. */
  release(env: Environment, currentRevision: number | undefined): void {
    env.lastUsedAt = this.clock.now();
    if (env.state === 'stopped') return;
    if (env.revision !== currentRevision) return this.stop(env);
    env.state = 'idle';
    this.#reapers.set(env, this.clock.setTimer(this.idleTimeoutMs, () => env.state === 'idle' && this.stop(env)));
    this.hooks.changed?.(env.functionName);
  }

  stop(env: Environment): void {
    if (!this.#envs(env.functionName).includes(env)) return;
    this.#reapers.get(env)?.();
    this.#reapers.delete(env);
    env.stop();
    const envs = this.#envs(env.functionName).filter((e) => e !== env);
    if (envs.length) this.#byFunction.set(env.functionName, envs);
    else this.#byFunction.delete(env.functionName);
    this.hooks.stopped?.(env);
    this.hooks.changed?.(env.functionName);
  }

  /** Stops idle environments now (all of the function's, or those `which` picks); busy ones finish first. */
  retire(functionName: string, which: (env: Environment) => boolean = () => true): void {
    for (const env of [...this.#envs(functionName)]) if (env.state === 'idle' && which(env)) this.stop(env);
  }

  list(functionName: string): readonly Environment[] {
    return this.#byFunction.get(functionName) ?? [];
  }

  /** Invocations in flight: for one function, or for all functions `include` picks. */
  busy(include: (functionName: string) => boolean): number {
    let count = 0;
    for (const [name, envs] of this.#byFunction) {
      if (!include(name)) continue;
      for (const env of envs) if (env.state === 'busy' || env.state === 'initializing') count++;
    }
    return count;
  }

  stopAll(): void {
    for (const envs of [...this.#byFunction.values()]) for (const env of envs) this.stop(env);
  }

  #envs(functionName: string): Environment[] {
    let envs = this.#byFunction.get(functionName);
    if (!envs) this.#byFunction.set(functionName, (envs = []));
    return envs;
  }
}
