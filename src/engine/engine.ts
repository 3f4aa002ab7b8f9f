// Composes the account: the Lambda control plane (functions, versions, aliases, concurrency),
// the environment pool, the invoker, the asynchronous event queues and the logs, over ports.
import { Emitter } from './events';
import { LogStore } from './logs/log-store';
import { lazyLogsService } from './logs/lazy-logs-service';
import { ConcurrencyControl } from './lambda/concurrency-control';
import { EnvironmentPool } from './lambda/environment-pool';
import { FunctionRegistry } from './lambda/function-registry';
import { Invoker } from './lambda/invoker';
import { LambdaService } from './lambda/lambda-service';
import type { EngineEvent } from './engine-events';
import { VersionControl } from './lambda/version-control';
import { burst, type BurstInput } from './lambda/burst';
import { buildFunction } from './lambda/build';
import { AsyncInvocations } from './lambda/async/async-invocations';
import { RunningChains } from './lambda/async/chain';
import { PlaygroundClock } from './clock/playground-clock';
import { EventInvokeConfigs } from './lambda/async/event-invoke-configs';
import type { Runtime } from './lambda/types';
import { createApiGateway } from './services/apigateway/service';
import { lazyDynamoDbService } from './services/dynamodb/lazy-service';
import { MemoryItemStore } from './services/dynamodb/memory-item-store';
import { wireS3 } from './wiring/s3';
import { wireSdk } from './wiring/sdk';
import { wireMessaging } from './wiring/messaging';
import { asyncTargets } from './wiring/async-targets';
import { wireEventSourceMappings } from './wiring/event-source-mappings';
import { createCloudWatch } from './metrics/cloudwatch';
import { Tracer } from './tracing/tracer';
import { tracedSdk } from './tracing/sdk-tracing';
import { createIam } from './iam/iam-service';
import { functionArn } from './ids';
import { resourceNotFound } from './errors';
import type { SdkDispatcher } from './sdk/types';
import type { SqsMessageStore } from './services/sqs/message-store';
import type { Clock, Compiler, ItemStore, ObjectStore, SandboxFactory, TmpStore } from './ports';

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
  /** Where DynamoDB keeps items (IndexedDB in the browser); in memory when left out. */
  itemStore?: ItemStore;
  /** Where SQS keeps messages (IndexedDB in the browser); in memory when left out. */
  messageStore?: SqsMessageStore;
}

export type { EngineEvent };

/** The simulated AWS account, free of any browser API. */
export function createEngine(ports: EnginePorts) {
  const events = new Emitter<EngineEvent>();
  const emit = (event: EngineEvent) => events.emit(event);
  const logs = new LogStore();
  const registry = new FunctionRegistry();
  // X-Ray traces of every chain of events, on the engine's clock.
  const tracing = new Tracer(() => ports.clock.now());
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
  // Schedules, queue delays, retries and event ages run on the playground clock (pause, fast-forward).
  const playgroundClock = new PlaygroundClock(ports.clock);
  // Log retention runs on the playground clock, so a fast-forward expires old events.
  logs.now = () => playgroundClock.now();
  const cloudwatchLogs = lazyLogsService(logs);
  const asyncInvocations: AsyncInvocations = new AsyncInvocations({
    clock: ports.clock,
    queueClock: playgroundClock,
    logs,
    configs: eventInvokeConfigs,
    execute: (request) => service.executeAttempt(request),
    // Destinations and dead-letter queues: functions, queues and topics (wired below, used later).
    deliver: (arn, payload, options) => targets.deliver(arn, payload, options),
    registry,
    sendToDeadLetter: (arn, payload, attributes, sender) => targets.sendToDeadLetter(arn, payload, attributes, sender),
    reservedConcurrency: (name) => (registry.has(name) ? registry.get(name).record.reservedConcurrency : undefined),
    emit,
  });
  const service = new LambdaService({
    registry, compiler: ports.compiler, pool, invoker, versions, concurrency, emit,
    async: asyncInvocations,
    chains,
    now: () => ports.clock.now(),
    // Runtime deprecation dates follow the playground clock, so a fast-forward reaches them.
    today: () => playgroundClock.now(),
    random: ports.random ?? Math.random,
    checkDeadLetterTarget: (request) => targets.checkDeadLetterTarget(request),
    tracing,
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
    tracing,
  });
  const iam = createIam({
    changed: () => emit({ type: 'iam-changed' }),
    now: () => ports.clock.now(),
    resolveFunction: (name) => {
      if (!registry.has(name)) throw resourceNotFound(`Function not found: ${functionArn(name)}`);
    },
  });
  const s3 = wireS3({ store: ports.objectStore, clock: ports.clock, iam, lambda: service, emit });
  const dynamodb = lazyDynamoDbService({
    store: ports.itemStore ?? new MemoryItemStore(),
    clock: ports.clock,
    changed: () => emit({ type: 'tables-changed' }),
    itemsChanged: (table) => emit({ type: 'items-changed', table }),
  });
  const { sqs, sns, events: eventBridge } = wireMessaging({ clock: playgroundClock, iam, lambda: service, emit, ...(ports.messageStore ? { store: ports.messageStore } : {}) });
  // Metrics on the playground clock, recorded from what the engine announces (and EMF log lines).
  const cloudwatch = createCloudWatch({
    now: () => playgroundClock.now(),
    events,
    logs,
    inFlight: (name) => (name === undefined ? concurrency.inFlight() : pool.busy((n) => n === name)),
    messageCounts: (queue) => sqs.messageCounts(queue),
    queueMessages: (queue) => (sqs.findQueueDef(queue) ? sqs.peekMessages(queue) : undefined),
  });
  sdk = tracedSdk(tracing, wireSdk({ registry, iam, lambda: service, s3, dynamodb, sqs, sns, eventbridge: eventBridge, cloudwatch, logs: cloudwatchLogs }));
  const targets = asyncTargets({ lambda: () => service, sqs, sns, sdk: () => sdk!, iam: () => iam });
  eventInvokeConfigs.lookupDestination = targets.destinationExists;
  const mappings = wireEventSourceMappings({ clock: ports.clock, registry, iam, lambda: service, dynamodb, s3, sqs, emit });

  /** Not an AWS API: many synchronous invocations at once, tallied. */
  const fireBurst = (input: BurstInput) => burst(lambda.invoke, input);

  return {
    lambda: {
      ...lambda,
      // Lambda deletes a function's resource-based policy with the function. AWS keeps its event
      // source mappings (failing from then on); the playground drops them, so nothing polls for nobody.
      deleteFunction: async (input: Parameters<typeof lambda.deleteFunction>[0]) => {
        const output = await lambda.deleteFunction(input);
        if (input.Qualifier === undefined && !input.FunctionName.includes(':')) {
          iam.policies.forget(input.FunctionName);
          mappings.functionDeleted(input.FunctionName);
        }
        return output;
      },
      createEventSourceMapping: mappings.createEventSourceMapping,
      getEventSourceMapping: mappings.getEventSourceMapping,
      listEventSourceMappings: mappings.listEventSourceMappings,
      updateEventSourceMapping: mappings.updateEventSourceMapping,
      deleteEventSourceMapping: mappings.deleteEventSourceMapping,
      /** Not an AWS API: what each shard's poller of a mapping is doing (last batch, iterator age, last error). */
      getEventSourceMappingState: mappings.state,
      /** Not an AWS API: every mapping as CreateEventSourceMapping input with its UUID (for saving). */
      exportEventSourceMappings: mappings.exportAll,
      /** Not an AWS API: restores a saved mapping under its UUID. */
      importEventSourceMapping: mappings.import,
      addPermission: iam.policies.addPermission.bind(iam.policies),
      removePermission: iam.policies.removePermission.bind(iam.policies),
      getPolicy: iam.policies.getPolicy.bind(iam.policies),
    },
    apigateway,
    s3,
    dynamodb,
    sqs,
    sns,
    /** EventBridge: rules, schedules, PutEvents (`events` is the engine's own event emitter). */
    eventbridge: eventBridge,
    iam,
    burst: fireBurst,
    logs,
    /** The CloudWatch Logs API (DescribeLogGroups, FilterLogEvents, PutRetentionPolicy, …) over `logs`. */
    cloudwatchLogs,
    /** CloudWatch metrics: the AWS/* metrics the account records, custom metrics, and the API over them. */
    cloudwatch,
    /** X-Ray traces: the recent traces (bounded) and their hops, with a change notification. */
    tracing,
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
    /** Not an AWS API: the playground clock that schedules, queues, retries and event ages run on. */
    clock: {
      state: () => playgroundClock.state(),
      setScale: (scale: number) => playgroundClock.setScale(scale),
      pause: () => playgroundClock.pause(),
      resume: () => playgroundClock.resume(),
      advance: (ms: number) => playgroundClock.advance(ms),
      stepToNext: () => playgroundClock.stepToNext(),
      onChange: (listener: () => void) => playgroundClock.onChange(listener),
    },
    dispose: () => {
      mappings.dispose();
      cloudwatch.dispose();
      sqs.dispose();
      eventBridge.dispose();
      playgroundClock.dispose();
      asyncInvocations.dispose();
      pool.stopAll();
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
