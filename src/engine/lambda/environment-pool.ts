// Keeps each function's execution environments: reuse an idle warm one, else start a cold one.
import type { Clock, SandboxFactory } from '../ports';
import type { LogStore } from '../logs/log-store';
import { logStreamName } from '../logs/log-format';
import { hex } from '../ids';
import { Environment } from './environment';

/** The facts about a function the pool needs to place an invocation. */
export interface PoolTarget {
  name: string;
  revision: number;
  version: string;
  logGroupName: string;
}

export class EnvironmentPool {
  #byFunction = new Map<string, Environment[]>();

  constructor(
    private readonly sandboxes: SandboxFactory,
    private readonly logs: LogStore,
    private readonly clock: Clock,
    private readonly onChange: (functionName: string) => void = () => {},
  ) {}

  /** Takes an idle environment of the current revision (warm), or starts a new one (cold). */
  acquire(target: PoolTarget): { env: Environment; cold: boolean } {
    const envs = this.#envs(target.name);
    const warm = envs.find((e) => e.state === 'idle' && e.revision === target.revision);
    if (warm) {
      warm.state = 'busy';
      this.onChange(target.name);
      return { env: warm, cold: false };
    }
    const env = new Environment(
      hex(8),
      target.name,
      target.revision,
      target.logGroupName,
      logStreamName(this.clock.now(), target.version),
      this.sandboxes,
      this.logs,
      this.clock,
    );
    env.state = 'busy';
    envs.push(env);
    this.onChange(target.name);
    return { env, cold: true };
  }

  /** Returns an environment after an invocation; one of an old revision is stopped instead. */
  release(env: Environment, currentRevision: number | undefined): void {
    env.lastUsedAt = this.clock.now();
    if (env.state === 'stopped') return;
    if (env.revision !== currentRevision) this.stop(env);
    else {
      env.state = 'idle';
      this.onChange(env.functionName);
    }
  }

  stop(env: Environment): void {
    env.stop();
    const envs = this.#envs(env.functionName).filter((e) => e !== env);
    if (envs.length) this.#byFunction.set(env.functionName, envs);
    else this.#byFunction.delete(env.functionName);
    this.onChange(env.functionName);
  }

  /** Stops a function's idle environments now; busy ones stop when their invocation ends. */
  retire(functionName: string): void {
    for (const env of this.#envs(functionName)) if (env.state === 'idle') this.stop(env);
  }

  list(functionName: string): readonly Environment[] {
    return this.#byFunction.get(functionName) ?? [];
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
