// Composes the account: the Lambda control plane (functions, versions, aliases, concurrency),
// the environment pool, the invoker and the logs, over ports.
import { Emitter } from './events';
import { LogStore } from './logs/log-store';
import { ConcurrencyControl } from './lambda/concurrency-control';
import { EnvironmentPool } from './lambda/environment-pool';
import { FunctionRegistry } from './lambda/function-registry';
import { Invoker } from './lambda/invoker';
import { LambdaService, type LambdaEvent } from './lambda/lambda-service';
import { VersionControl } from './lambda/version-control';
import { burst, type BurstInput } from './lambda/burst';
import { buildFunction } from './lambda/build';
import type { Runtime } from './lambda/types';
import { createApiGateway } from './services/apigateway/service';
import type { RequestTrace } from './services/apigateway/gateway';
import type { Clock, Compiler, SandboxFactory, TmpStore } from './ports';

export interface EnginePorts {
  compiler: Compiler;
  sandboxes: SandboxFactory;
  clock: Clock;
  /** Keeps each environment's /tmp; optional (unit tests may leave it out). */
  tmpStore?: TmpStore;
  /** Randomness for alias traffic splitting; tests make it deterministic. */
  random?: () => number;
}

export type EngineEvent =
  | LambdaEvent
  | { type: 'environments-changed'; functionName: string }
  | { type: 'apis-changed' }
  | { type: 'api-request'; trace: RequestTrace };

/** The simulated AWS account, free of any browser API. */
export function createEngine(ports: EnginePorts) {
  const events = new Emitter<EngineEvent>();
  const emit = (event: EngineEvent) => events.emit(event);
  const logs = new LogStore();
  const registry = new FunctionRegistry();
  const pool = new EnvironmentPool(ports.sandboxes, logs, ports.clock, {
    changed: (functionName) => emit({ type: 'environments-changed', functionName }),
    stopped: (env) => void ports.tmpStore?.drop(env.id).catch(() => {}),
  });
  const changed = () => emit({ type: 'functions-changed' });
  const build = (files: Record<string, string>, handler: string, runtime: Runtime) => buildFunction(ports.compiler, files, handler, runtime);
  const versions = new VersionControl(registry, pool, changed, build);
  const concurrency = new ConcurrencyControl(registry, pool, changed);
  const invoker = new Invoker(pool, ports.clock, ports.tmpStore);
  const service = new LambdaService({
    registry, compiler: ports.compiler, pool, invoker, versions, concurrency, emit,
    now: () => ports.clock.now(),
    random: ports.random ?? Math.random,
  });

  /** Every Lambda API operation the playground models, with AWS's input and output shapes. */
  const lambda = {
    createFunction: service.createFunction.bind(service),
    getFunction: service.getFunction.bind(service),
    getFunctionConfiguration: service.getFunctionConfiguration.bind(service),
    listFunctions: service.listFunctions.bind(service),
    updateFunctionCode: service.updateFunctionCode.bind(service),
    updateFunctionConfiguration: service.updateFunctionConfiguration.bind(service),
    deleteFunction: service.deleteFunction.bind(service),
    invoke: service.invoke.bind(service),
    invokeWithRecord: service.invokeWithRecord.bind(service),
    buildOf: service.buildOf.bind(service),
    publishVersion: versions.publishVersion.bind(versions),
    importVersion: versions.importVersion.bind(versions),
    listVersionsByFunction: versions.listVersionsByFunction.bind(versions),
    createAlias: versions.createAlias.bind(versions),
    updateAlias: versions.updateAlias.bind(versions),
    getAlias: versions.getAlias.bind(versions),
    listAliases: versions.listAliases.bind(versions),
    deleteAlias: versions.deleteAlias.bind(versions),
    putFunctionConcurrency: concurrency.putFunctionConcurrency.bind(concurrency),
    getFunctionConcurrency: concurrency.getFunctionConcurrency.bind(concurrency),
    deleteFunctionConcurrency: concurrency.deleteFunctionConcurrency.bind(concurrency),
    getAccountSettings: concurrency.getAccountSettings.bind(concurrency),
  };
  const apigateway = createApiGateway({
    invoke: lambda.invokeWithRecord,
    clock: ports.clock,
    changed: () => emit({ type: 'apis-changed' }),
    served: (trace) => emit({ type: 'api-request', trace }),
  });
  /** Not an AWS API: many synchronous invocations at once, tallied. */
  const fireBurst = (input: BurstInput) => burst(lambda.invoke, input);

  return {
    lambda,
    apigateway,
    burst: fireBurst,
    logs,
    events,
    /** The playground's own controls over execution environments and the account. */
    environments: {
      list: (functionName: string) => pool.list(functionName),
      /** "Recycle now": stops the function's idle environments (busy ones after they finish). */
      recycle: (functionName: string) => pool.retire(functionName),
      get idleTimeoutMs() {
        return pool.idleTimeoutMs;
      },
      set idleTimeoutMs(ms: number) {
        pool.idleTimeoutMs = ms;
      },
      inFlight: () => concurrency.inFlight(),
      get accountLimit() {
        return concurrency.accountLimit;
      },
      setAccountConcurrencyLimit: (limit: number) => concurrency.setAccountConcurrencyLimit(limit),
    },
    dispose: () => pool.stopAll(),
  };
}

export type Engine = ReturnType<typeof createEngine>;
