// `window.playground`: the engine for automation, with the AWS Lambda API's input and output
// shapes. Browser tests and benchmarks drive the app through it; so can a person in DevTools.
import type { Engine } from '../engine/engine';
import type { Compiler } from '../engine/ports';
import type { CompilerStatus } from '../platform/worker-compiler';
import { createApiGatewayScripting } from './scripting-apigateway';
import { createIamScripting, createS3Scripting } from './scripting-s3';
import { createDynamoDbScripting } from './scripting-dynamodb';
import { createSqsScripting } from './scripting-sqs';
import { createSnsScripting } from './scripting-sns';
import { createEventsScripting } from './scripting-events';
import { createCloudWatchScripting } from './scripting-cloudwatch';
import { createLogsScripting } from './scripting-logs';
import { createXRayScripting } from './scripting-xray';
import type { createProjectScripting } from './scripting-project';

/** The compiler as the scripting API offers it: compile without deploying, and its status. */
export interface CompilerTools extends Compiler {
  status: CompilerStatus;
}

export function createScriptingApi(engine: Engine, ready: Promise<void>, compiler: CompilerTools, project: ReturnType<typeof createProjectScripting>) {
  const lambda = engine.lambda;
  return {
    /** Resolves once the compiler is loaded and the workspace's functions are deployed. */
    ready,
    lambda: {
      createFunction: lambda.createFunction,
      getFunction: lambda.getFunction,
      getFunctionConfiguration: lambda.getFunctionConfiguration,
      listFunctions: lambda.listFunctions,
      updateFunctionCode: lambda.updateFunctionCode,
      updateFunctionConfiguration: lambda.updateFunctionConfiguration,
      deleteFunction: lambda.deleteFunction,
      invoke: lambda.invoke,
      publishVersion: lambda.publishVersion,
      listVersionsByFunction: lambda.listVersionsByFunction,
      createAlias: lambda.createAlias,
      updateAlias: lambda.updateAlias,
      getAlias: lambda.getAlias,
      listAliases: lambda.listAliases,
      deleteAlias: lambda.deleteAlias,
      putFunctionConcurrency: lambda.putFunctionConcurrency,
      getFunctionConcurrency: lambda.getFunctionConcurrency,
      deleteFunctionConcurrency: lambda.deleteFunctionConcurrency,
      getAccountSettings: lambda.getAccountSettings,
      addPermission: lambda.addPermission,
      removePermission: lambda.removePermission,
      getPolicy: lambda.getPolicy,
      putFunctionEventInvokeConfig: lambda.putFunctionEventInvokeConfig,
      updateFunctionEventInvokeConfig: lambda.updateFunctionEventInvokeConfig,
      getFunctionEventInvokeConfig: lambda.getFunctionEventInvokeConfig,
      deleteFunctionEventInvokeConfig: lambda.deleteFunctionEventInvokeConfig,
      listFunctionEventInvokeConfigs: lambda.listFunctionEventInvokeConfigs,
      createEventSourceMapping: lambda.createEventSourceMapping,
      getEventSourceMapping: lambda.getEventSourceMapping,
      listEventSourceMappings: lambda.listEventSourceMappings,
      updateEventSourceMapping: lambda.updateEventSourceMapping,
      deleteEventSourceMapping: lambda.deleteEventSourceMapping,
      /** Not an AWS API: what a mapping's pollers are doing (per shard: last batch, iterator age, last error, blocked). */
      getEventSourceMappingState: lambda.getEventSourceMappingState,
      /** Not an AWS API: a function's asynchronous event queue (pending, in flight, retrying). */
      getEventQueue: lambda.getEventQueue,
      /** Not an AWS API: run retry waits and event ages N times faster (1–3600). */
      setAsyncTimeScale: lambda.setAsyncTimeScale,
    },
    /** S3 with the AWS SDK v3 shapes; notifications invoke functions asynchronously. */
    s3: createS3Scripting(engine.s3),
    /** DynamoDB with the low-level SDK v3 shapes; streams feed event source mappings. */
    dynamodb: createDynamoDbScripting(engine.dynamodb),
    /** SQS with the SDK v3 shapes; queues feed event source mappings. */
    sqs: createSqsScripting(engine.sqs),
    /** SNS topics, subscriptions (Lambda, SQS, filter policies) and Publish. */
    sns: createSnsScripting(engine.sns),
    /** EventBridge rules (schedules, patterns), targets and PutEvents. */
    events: createEventsScripting(engine.eventbridge),
    /** CloudWatch metrics (PutMetricData, GetMetricData, GetMetricStatistics, ListMetrics), chart series and the cost estimate. */
    cloudwatch: createCloudWatchScripting(engine.cloudwatch),
    /** X-Ray traces of chains of events (GetTraceSummaries, BatchGetTraces) and the recorded hops. */
    xray: createXRayScripting(engine),
    /** Execution roles and their inline policies. */
    iam: createIamScripting(engine),
    /** APIs, routes, stages, keys, authorizers, CORS; `url` and `request` to call them. */
    apigateway: createApiGatewayScripting(engine.apigateway, location.origin),
    /** The playground clock (schedules, queue delays, retries, event ages): speed, pause, jump. */
    clock: {
      /** `{ now, scale, paused, nextTimerAt }` */
      state: () => engine.clock.state(),
      /** 1 (real time) to 3600 (an hour per second). */
      setScale: (scale: number) => engine.clock.setScale(scale),
      pause: () => engine.clock.pause(),
      resume: () => engine.clock.resume(),
      /** Moves time forward by `ms` at once, firing what falls due. */
      advance: (ms: number) => engine.clock.advance(ms),
      /** Jumps to the next pending timer and fires it; the time jumped to. */
      stepToNext: () => engine.clock.stepToNext(),
    },
    /** Fires `Count` synchronous invocations at once and tallies successes and throttles. */
    burst: engine.burst,
    environments: {
      /** Live execution environments of a function: id, version, state, invocations, /tmp usage. */
      list: (functionName: string) => engine.environments.list(functionName).map((e) => e.summary()),
      recycle: (functionName: string) => engine.environments.recycle(functionName),
      setIdleTimeoutMs: (ms: number) => void (engine.environments.idleTimeoutMs = ms),
      setAccountConcurrencyLimit: (limit: number) => engine.environments.setAccountConcurrencyLimit(limit),
      inFlight: () => engine.environments.inFlight(),
    },
    tools: {
      /** Compiles files with esbuild-wasm without deploying (same input as the engine's builds). */
      compile: (request: Parameters<Compiler['compile']>[0]) => compiler.compile(request),
      /** The compiler's state; once ready, `loadMs` is how long downloading and starting it took. */
      compilerStatus: (): CompilerStatus => compiler.status,
    },
    /** The person's projects: current, list, export, import, open, shareLink. */
    project,
    /** CloudWatch Logs (DescribeLogGroups, FilterLogEvents, GetLogEvents, PutRetentionPolicy, …) and a group's raw events. */
    logs: createLogsScripting(engine),
  };
}

export type PlaygroundApi = ReturnType<typeof createScriptingApi>;

declare global {
  interface Window {
    playground: PlaygroundApi;
  }
}
