// Composes the account: the Lambda control plane (functions, versions, aliases, concurrency),
// the environment pool, the invoker, the asynchronous event queues and the logs, over ports.
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
import { AsyncInvocations } from './lambda/async/async-invocations';
import type { AsyncEngineEvent } from './lambda/async/async-events';
import { RunningChains } from './lambda/async/chain';
import { EventInvokeConfigs } from './lambda/async/event-invoke-configs';
import type { Runtime } from './lambda/types';
import { createApiGateway } from './services/apigateway/service';
import { createS3Service } from './services/s3/service';
import { MemoryObjectStore } from './services/s3/memory-object-store';
import { createIam } from './iam/iam-service';
import { ACCOUNT_ID, functionArn } from './ids';
import { resourceNotFound, ServiceError } from './errors';
import { createSdkDispatcher } from './sdk/dispatcher';
import type { SdkCaller, SdkDispatcher } from './sdk/types';
import type { ChainContext } from './lambda/async/chain';
import type { RequestTrace } from './services/apigateway/gateway';
import type { Clock, Compiler, ObjectStore, SandboxFactory, TmpStore } from './ports';

export interface EnginePorts {
  compiler: Compiler;
  sandboxes: SandboxFactory;
  clock: Clock;
  /** Keeps each environment's /tmp; optional (unit tests may leave it out). */
  tmpStore?: TmpStore;
  /** Randomness for alias traffic splitting; tests make it deterministic. */
  random?: () => number;
  /** Where S3 keeps objects (IndexedDB in the browser); in memory when left out. */
  objectStore?: ObjectStore;
}

export type EngineEvent =
  | LambdaEvent
  | AsyncEngineEvent
  | { type: 'environments-changed'; functionName: string }
  | { type: 'apis-changed' }
  | { type: 'api-request'; trace: RequestTrace }
  | { type: 'buckets-changed' }
  | { type: 'objects-changed'; bucket: string }
  | { type: 'iam-changed' }
  /** A push source could not deliver an event (e.g. S3 lost its permission to invoke). */
  | { type: 'trigger-failed'; source: string; functionName: string; message: string; time: number };

/** The simulated AWS account, free of any browser API. */
export function createEngine(ports: EnginePorts) {
  const events = new Emitter<EngineEvent>();
  const emit = (event: EngineEvent) => events.emit(event);
  const logs = new LogStore();
  const registry = new FunctionRegistry();
  // The SDK dispatcher needs the Lambda service and S3, which need the pool: it is set below.
  let sdk: SdkDispatcher | undefined;
  const pool = new EnvironmentPool(ports.sandboxes, logs, ports.clock, {
    changed: (functionName) => emit({ type: 'environments-changed', functionName }),
    stopped: (env) => void ports.tmpStore?.drop(env.id).catch(() => {}),
    sdkCall: (call, caller) => sdk!(call, caller),
  });
  const changed = () => emit({ type: 'functions-changed' });
  const build = (files: Record<string, string>, handler: string, runtime: Runtime) => buildFunction(ports.compiler, files, handler, runtime);
  const versions = new VersionControl(registry, pool, changed, build);
  const concurrency = new ConcurrencyControl(registry, pool, changed);
  const invoker = new Invoker(pool, ports.clock, ports.tmpStore);
  const chains = new RunningChains();
  const eventInvokeConfigs = new EventInvokeConfigs(registry, () => ports.clock.now(), changed);
  // The queues run attempts and deliver records through the service, which queues Event invocations.
  const asyncInvocations: AsyncInvocations = new AsyncInvocations({
    clock: ports.clock,
    logs,
    configs: eventInvokeConfigs,
    execute: (request) => service.executeAttempt(request),
    deliver: (arn, payload, options) => service.invokeAsync({ FunctionName: arn, Payload: payload }, options),
    reservedConcurrency: (name) => (registry.has(name) ? registry.get(name).record.reservedConcurrency : undefined),
    emit,
  });
  const service = new LambdaService({
    registry, compiler: ports.compiler, pool, invoker, versions, concurrency, emit,
    async: asyncInvocations,
    chains,
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
    /** Invoke with `InvocationType: 'Event'`, plus where the event came from and the caller's chain. */
    invokeAsync: service.invokeAsync.bind(service),
    putFunctionEventInvokeConfig: eventInvokeConfigs.putFunctionEventInvokeConfig.bind(eventInvokeConfigs),
    updateFunctionEventInvokeConfig: eventInvokeConfigs.updateFunctionEventInvokeConfig.bind(eventInvokeConfigs),
    getFunctionEventInvokeConfig: eventInvokeConfigs.getFunctionEventInvokeConfig.bind(eventInvokeConfigs),
    deleteFunctionEventInvokeConfig: eventInvokeConfigs.deleteFunctionEventInvokeConfig.bind(eventInvokeConfigs),
    listFunctionEventInvokeConfigs: eventInvokeConfigs.listFunctionEventInvokeConfigs.bind(eventInvokeConfigs),
    /** Not an AWS API: every event invoke configuration, as PutFunctionEventInvokeConfig input (for saving). */
    exportEventInvokeConfigs: () => eventInvokeConfigs.exportAll(),
    /** Not an AWS API: a function's event queue (pending, in-flight and retrying events), oldest first. */
    getEventQueue: (functionName: string) => asyncInvocations.queue(functionName),
    /** Not an AWS API: the chain of a running invocation, to pass as `parentChain` (plain data). */
    chainOf: (requestId: string) => chains.get(requestId),
    /** Not an AWS API: how many times faster than real time queue delays and event ages run. */
    getAsyncTimeScale: () => asyncInvocations.timeScale,
    /** Not an AWS API: e.g. 60 makes a one-minute retry wait take a second (1 to 3600). */
    setAsyncTimeScale: (scale: number) => asyncInvocations.setTimeScale(scale),
  };
  const apigateway = createApiGateway({
    invoke: lambda.invokeWithRecord,
    clock: ports.clock,
    changed: () => emit({ type: 'apis-changed' }),
    served: (trace) => emit({ type: 'api-request', trace }),
  });
  const iam = createIam({
    changed: () => emit({ type: 'iam-changed' }),
    now: () => ports.clock.now(),
    resolveFunction: (name) => {
      if (!registry.has(name)) throw resourceNotFound(`Function not found: ${functionArn(name)}`);
    },
  });
  const s3Principal = (bucket: string) => ({ service: 's3.amazonaws.com', sourceArn: `arn:aws:s3:::${bucket}`, sourceAccount: ACCOUNT_ID });
  const s3 = createS3Service({
    store: ports.objectStore ?? new MemoryObjectStore(),
    clock: ports.clock,
    changed: () => emit({ type: 'buckets-changed' }),
    objectsChanged: (bucket) => emit({ type: 'objects-changed', bucket }),
    checkDestination: (target, bucket) => {
      const decision = iam.mayInvoke(target.functionName, target.qualifier, s3Principal(bucket));
      return decision.allowed ? undefined : `S3 is not allowed to invoke ${target.functionName}${target.qualifier ? `:${target.qualifier}` : ''} (add a permission for s3.amazonaws.com with SourceArn arn:aws:s3:::${bucket})`;
    },
    // S3 invokes asynchronously, as the function's resource policy allows, in the writer's chain.
    notify: (target, event, identity) => {
      const record = event.Records[0]!;
      const bucket = record.s3.bucket.name;
      const failed = (message: string) => emit({ type: 'trigger-failed', source: `s3:${bucket}`, functionName: target.functionName, message, time: ports.clock.now() });
      const decision = iam.mayInvoke(target.functionName, target.qualifier, s3Principal(bucket));
      if (!decision.allowed) return failed(decision.message ?? `S3 may not invoke ${target.functionName}.`);
      service
        .invokeAsync(
          { FunctionName: target.functionName, ...(target.qualifier ? { Qualifier: target.qualifier } : {}), Payload: JSON.stringify(event) },
          { origin: `s3:${record.eventName} on bucket ${bucket}`, ...(identity.chain ? { parentChain: identity.chain as never } : {}) },
        )
        .catch((error: unknown) => failed((error as Error).message));
    },
  });

  // Handlers' SDK calls: served by the simulated services, each checked against the caller's role.
  const callerOf = (c: SdkCaller) => ({ functionName: c.functionName, roleArn: c.roleArn ?? registry.get(c.functionName).record.latest.config.Role });
  sdk = createSdkDispatcher({
    s3,
    invoke: (input, caller) => service.invokeWithRecord(input, caller.chain ? { parentChain: caller.chain as ChainContext } : {}),
    authorize(caller, action, resource, context) {
      // Invoking a function in the same account: the caller's role or the function's policy may allow it.
      if (action === 'lambda:InvokeFunction') {
        const [, name = '', qualifier] = /^arn:aws:lambda:[^:]+:\d+:function:([^:]+)(?::(.+))?$/.exec(resource) ?? [];
        const decision = iam.mayInvoke(name, qualifier, callerOf(caller));
        return decision.allowed ? undefined : new ServiceError('AccessDeniedException', decision.message ?? `Not authorized to invoke ${resource}`, 403);
      }
      try {
        iam.authorizeCall(callerOf(caller), action.startsWith('s3:') ? 's3' : 'lambda', [{ action, resource, ...(context ? { context } : {}) }]);
        return undefined;
      } catch (error) {
        if (error instanceof ServiceError) return error;
        throw error;
      }
    },
    identity: (c) => ({ principalId: `AWS:${iam.roleOf(callerOf(c)).roleId}:${c.functionName}`, sourceIPAddress: '3.80.16.10' }),
  });

  /** Not an AWS API: many synchronous invocations at once, tallied. */
  const fireBurst = (input: BurstInput) => burst(lambda.invoke, input);

  return {
    lambda: {
      ...lambda,
      // Lambda deletes a function's resource-based policy with the function.
      deleteFunction: async (input: Parameters<typeof lambda.deleteFunction>[0]) => {
        const output = await lambda.deleteFunction(input);
        if (input.Qualifier === undefined && !input.FunctionName.includes(':')) iam.policies.forget(input.FunctionName);
        return output;
      },
      addPermission: iam.policies.addPermission.bind(iam.policies),
      removePermission: iam.policies.removePermission.bind(iam.policies),
      getPolicy: iam.policies.getPolicy.bind(iam.policies),
    },
    apigateway,
    s3,
    iam,
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
    dispose: () => {
      asyncInvocations.dispose();
      pool.stopAll();
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
