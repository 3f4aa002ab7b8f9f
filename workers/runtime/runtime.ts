// The runtime factory: one Lambda execution environment. INIT loads the bundle and resolves
// the handler; each invoke calls it with an event and a context. Runs in a Web Worker in the
// browser; unit tests call it directly in Node.
import type { LogLevel, RuntimeLogLine } from '../../src/engine/lambda/runtime-protocol';
import type { SandboxInit, SandboxInitResult, SandboxInvoke, SandboxInvokeResult } from '../../src/engine/ports';
import { parseHandler } from '../../src/engine/lambda/handler-string';
import { createLambdaConsole } from './console';
import { ModuleNotFound, runtimeErrorPayload, toErrorPayload, unhandledRejectionPayload } from './errors';
import { createTrackedFetch } from './fetch';
import { callHandler, type Handler } from './handler-call';
import { createContext } from './lambda-context';
import { memoryUsedMB, meteredLimitBytes } from './memory';
import { installMemoryMeter } from './memory-meter';
import { createLogLimiter } from './log-limits';
import { evaluateBundle } from './module-loader';
import { ProcessExit, createProcess, createRequire, lambdaEnvironment, nodeWebCrypto } from './node-globals';
import { createStackMapper, type StackMapper } from './stack-mapper';
import { createTimerTracker } from './timers';
import { lockDownWorkerScope, type LockableScope } from './lockdown';
import { createFileSystem } from './fs';
import { Buffer, createBuiltins } from './builtins';
import { createSdkModules, createSdkTransport, type SdkSend } from './sdk';

const RUNTIME_FRAMES = ['    at _loadUserApp (file:///var/runtime/index.mjs:1:1)'];

/** An error the runtime itself raises while loading the function (`Runtime.*`). */
class RuntimeFailure extends Error {
  constructor(readonly payload: ReturnType<typeof runtimeErrorPayload>) {
    super(payload.errorMessage);
  }
}

/** The environment crashed mid-invocation (unhandled rejection, uncaught error, process.exit). */
class Crash extends Error {
  constructor(readonly payload: ReturnType<typeof runtimeErrorPayload>) {
    super(payload.errorMessage);
  }
}

function resolveHandler(exports: Record<string, unknown>, handlerString: string, runtime: string): Handler {
  const parsed = parseHandler(handlerString);
  if (!parsed.ok) throw new RuntimeFailure(runtimeErrorPayload('Runtime.MalformedHandlerName', parsed.errorMessage, RUNTIME_FRAMES));
  let value: unknown = exports;
  for (const key of parsed.exportPath) value = value == null ? undefined : (value as Record<string, unknown>)[key];
  const name = handlerString.slice(handlerString.lastIndexOf('/') + 1);
  if (value === undefined) throw new RuntimeFailure(runtimeErrorPayload('Runtime.HandlerNotFound', `${name} is undefined or not exported`, RUNTIME_FRAMES));
  if (typeof value !== 'function') throw new RuntimeFailure(runtimeErrorPayload('Runtime.HandlerNotFound', `${name} is not a function`, RUNTIME_FRAMES));
  if (runtime === 'nodejs24.x' && value.length >= 3) {
    throw new RuntimeFailure(runtimeErrorPayload(
      'Runtime.CallbackHandlerDeprecated',
      'ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. You need to modify this function to use a supported handler signature to use Node.js 24 or later. For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.',
      RUNTIME_FRAMES,
    ));
  }
  return value as Handler;
}

/** What the runtime uses of a worker's global scope; unit tests pass a stand-in, as Node has none. */
export interface WorkerScope extends LockableScope {
  addEventListener?: (type: string, listener: (event: Event) => void) => void;
}

export function createRuntime(scope: WorkerScope = globalThis as unknown as WorkerScope) {
  lockDownWorkerScope(scope);
  // Only a real worker is metered: unit tests share Node's globals with everything else.
  const meter = scope.WorkerGlobalScope ? installMemoryMeter(scope as unknown as Record<string, unknown>) : undefined;
  let init: SandboxInit | undefined;
  let handler: Handler | undefined;
  let mapper: StackMapper = createStackMapper(undefined);
  let sink: ((line: RuntimeLogLine) => void) | undefined;
  // As in Node's runtime, lines written between invocations carry the last request's id.
  let requestId: string | undefined;
  let crash: ((error: Crash) => void) | undefined;
  let fileSystem: ReturnType<typeof createFileSystem> | undefined;
  /** The handler's `process.env`: Lambda sets `_X_AMZN_TRACE_ID` in it for each invocation. */
  let processEnv: Record<string, string> | undefined;
  const loop = createTimerTracker();
  // The AWS SDK's line to the host; a pending call keeps the event loop busy, as a socket would.
  const sdk = createSdkTransport(loop.hold);
  let invocations = 0;

  const limiter = createLogLimiter((level: LogLevel, message: string) => {
    sink?.({ time: Date.now(), requestId, level, message });
  });
  const emit = limiter.emit;
  const lambdaConsole = createLambdaConsole(emit, (stack) => mapper.mapStack(stack));

  // A crash outside an invocation (during INIT, or from a timer between invocations) fails the
  // next phase, as the Node.js runtime's process would have died by then.
  let pendingCrash: Crash | undefined;
  const raise = (failure: Crash) => (crash ? crash(failure) : (pendingCrash ??= failure));
  if (scope.WorkerGlobalScope && scope.addEventListener) {
    // The browser fires this a task after the rejection, only if the promise is still unhandled
    // then: already later than Node's check (once the microtask queue drains), so waiting longer
    // would hide rejections that end the environment on AWS.
    scope.addEventListener('unhandledrejection', (event) => {
      event.preventDefault();
      raise(new Crash(unhandledRejectionPayload((event as PromiseRejectionEvent).reason, mapper)));
    });
    scope.addEventListener('error', (event) => {
      event.preventDefault();
      const error = (event as ErrorEvent).error;
      if (error instanceof ProcessExit) raise(new Crash(runtimeErrorPayload('Runtime.ExitError', `RequestId: ${requestId} Error: ${error.message}`)));
      else raise(new Crash(toErrorPayload(error, mapper)));
    });
  }

  // What REPORT shows: never more than the memory setting, which is where the process is killed.
  const meteredMemoryMB = (payloadChars: number) => {
    const used = memoryUsedMB(payloadChars, meter?.liveBytes());
    return meter && init ? Math.min(used, init.memoryLimitInMB) : used;
  };

  return {
    /** INIT: evaluates the module's top level and finds the handler; `sdkSend` carries the AWS SDK's calls to the host. */
    async init(request: SandboxInit, logSink: (line: RuntimeLogLine) => void, sdkSend?: SdkSend): Promise<SandboxInitResult> {
      init = request;
      sink = logSink;
      limiter.begin();
      // Past MemorySize the process is killed, as Lambda's is: the environment ends (see memory-meter.ts).
      meter?.arm(meteredLimitBytes(request.memoryLimitInMB), () => raise(new Crash(runtimeErrorPayload(
        'Runtime.OutOfMemory', `${requestId ? `RequestId: ${requestId} Error: ` : ''}Runtime exited with error: signal: killed`,
      ))));
      sdk.connect(sdkSend);
      // INIT runs as part of the first invocation: its SDK calls belong to that invocation.
      sdk.open(invocations + 1);
      mapper = createStackMapper(request.map);
      const started = performance.now();
      const finish = () => performance.now() - started;
      try {
        const parsed = parseHandler(request.handler);
        const filename = `/var/task/${parsed.ok ? parsed.modulePath : 'index'}.js`;
        const env = (processEnv = lambdaEnvironment(request));
        fileSystem = createFileSystem({ taskFiles: request.taskFiles, capacityBytes: request.ephemeralStorageMB * 1024 * 1024 });
        const builtins = createBuiltins({ timers: loop.timers, memoryLimitInMB: request.memoryLimitInMB });
        // Getters keep the built-ins lazy: a module is created when the handler first requires it.
        const provided = Object.defineProperties(Object.create(builtins) as Record<string, unknown>, {
          fs: { value: fileSystem.fs, enumerable: true },
          'fs/promises': { value: fileSystem.promises, enumerable: true },
        });
        const sdkModules = createSdkModules({ transport: sdk, defaultRegion: () => env.AWS_REGION ?? 'us-east-1' });
        for (const name of Object.keys(sdkModules)) Object.defineProperty(provided, name, { enumerable: true, get: () => sdkModules[name] });
        const exports = evaluateBundle(request.code, {
          require: createRequire(provided, filename),
          filename,
          console: lambdaConsole,
          process: createProcess(env, request.runtime, (message) => emit('WARN', message)),
          timers: loop.timers,
          Buffer,
          crypto: nodeWebCrypto(),
          fetch: createTrackedFetch(loop.hold),
        });
        handler = resolveHandler(exports, request.handler, request.runtime);
        // Let rejections from the module's top level surface before INIT is declared done.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (pendingCrash) return { status: 'error', error: pendingCrash.payload, initDurationMs: finish() };
        return { status: 'ok', initDurationMs: finish() };
      } catch (error) {
        if (pendingCrash) return { status: 'error', error: pendingCrash.payload, initDurationMs: finish() };
        return { status: 'error', error: initErrorPayload(error, mapper), initDurationMs: finish() };
      } finally {
        limiter.end();
      }
    },

    /** One invocation; the host enforces the timeout by terminating the worker. */
    async invoke(request: SandboxInvoke): Promise<SandboxInvokeResult> {
      requestId = request.requestId;
      limiter.begin();
      if (processEnv) {
        if (request.traceId !== undefined) processEnv._X_AMZN_TRACE_ID = request.traceId;
        else delete processEnv._X_AMZN_TRACE_ID;
      }
      sdk.open(++invocations);
      const started = performance.now();
      let responseChars = 0;
      const measure = () => ({
        durationMs: performance.now() - started,
        memoryUsedMB: meteredMemoryMB(request.payload.length + responseChars),
        // What /tmp holds now and what changed, for the host to keep and show.
        ...(fileSystem ? { tmp: { usage: fileSystem.usage(), changes: fileSystem.takeChanges() } } : {}),
      });
      if (pendingCrash) return { status: 'error', error: pendingCrash.payload, fatal: true, ...measure() };
      if (!init || !handler) {
        const error = runtimeErrorPayload('Runtime.InvalidState', 'The environment was invoked before INIT succeeded.');
        return { status: 'error', error, fatal: true, ...measure() };
      }
      try {
        const crashed = new Promise<never>((_, reject) => (crash = reject));
        const event: unknown = JSON.parse(request.payload);
        const result = await Promise.race([callHandler(handler, event, createContext(init, request), loop), crashed]);
        let payload: string;
        try {
          payload = JSON.stringify(result) ?? 'null';
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          return { status: 'error', error: runtimeErrorPayload('Runtime.MarshalError', `Unable to stringify response body: ${detail}`), fatal: false, ...measure() };
        }
        responseChars = payload.length;
        return { status: 'ok', payload, ...measure() };
      } catch (error) {
        if (error instanceof Crash) return { status: 'error', error: error.payload, fatal: true, ...measure() };
        if (error instanceof ProcessExit) {
          const payload = runtimeErrorPayload('Runtime.ExitError', `RequestId: ${request.requestId} Error: ${error.message}`);
          return { status: 'error', error: payload, fatal: true, ...measure() };
        }
        return { status: 'error', error: toErrorPayload(error, mapper), fatal: false, ...measure() };
      } finally {
        crash = undefined;
        limiter.end();
        sdk.close(request.requestId);
      }
    },
  };
}

function initErrorPayload(error: unknown, mapper: StackMapper) {
  if (error instanceof RuntimeFailure) return error.payload;
  if (error instanceof ModuleNotFound) return runtimeErrorPayload('Runtime.ImportModuleError', `Error: ${error.message}`, RUNTIME_FRAMES);
  if (error instanceof SyntaxError) {
    return runtimeErrorPayload('Runtime.UserCodeSyntaxError', `SyntaxError: ${error.message}`, RUNTIME_FRAMES);
  }
  if (error instanceof ProcessExit) return runtimeErrorPayload('Runtime.ExitError', `Error: ${error.message}`);
  return toErrorPayload(error, mapper);
}

export type RuntimeApi = ReturnType<typeof createRuntime>;
