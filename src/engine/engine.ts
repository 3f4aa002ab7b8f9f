// Composes the account: Lambda control plane, environment pool, invoker and logs, over ports.
import { Emitter } from './events';
import { LogStore } from './logs/log-store';
import { EnvironmentPool } from './lambda/environment-pool';
import { Invoker } from './lambda/invoker';
import { LambdaService, type LambdaEvent } from './lambda/lambda-service';
import type { Clock, Compiler, SandboxFactory } from './ports';

export interface EnginePorts {
  compiler: Compiler;
  sandboxes: SandboxFactory;
  clock: Clock;
}

export type EngineEvent = LambdaEvent | { type: 'environments-changed'; functionName: string };

/** The simulated AWS account, free of any browser API. */
export function createEngine(ports: EnginePorts) {
  const events = new Emitter<EngineEvent>();
  const logs = new LogStore();
  const pool = new EnvironmentPool(ports.sandboxes, logs, ports.clock, (functionName) =>
    events.emit({ type: 'environments-changed', functionName }),
  );
  const invoker = new Invoker(pool, ports.clock);
  const lambda = new LambdaService(ports.compiler, pool, invoker, events, () => ports.clock.now());
  return {
    lambda,
    logs,
    events,
    environments: (functionName: string) => pool.list(functionName),
    dispose: () => pool.stopAll(),
  };
}

export type Engine = ReturnType<typeof createEngine>;
