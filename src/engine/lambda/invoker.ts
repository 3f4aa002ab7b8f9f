// Runs one synchronous invocation through an environment: INIT on a cold start, the handler
// under its timeout, and the START/END/REPORT lines around it, exactly as Lambda logs them.
import type { Clock, SandboxInitResult, SandboxInvokeResult, TmpStore } from '../ports';
import { requestId as newRequestId, functionArn } from '../ids';
import {
  appLine, billedDuration, endLine, initReportLine, reportLine, startLine, timeoutLine,
} from '../logs/log-format';
import type { BuildResult } from './build';
import type { Environment } from './environment';
import type { EnvironmentPool, PoolTarget } from './environment-pool';
import type { LambdaErrorPayload } from './runtime-protocol';

/** Lambda cuts the INIT phase of on-demand functions at 10 seconds. */
export const INIT_LIMIT_MS = 10_000;
/** How long an environment may wait for its worker to start before INIT's own limit covers the wait too. */
const START_WAIT_LIMIT_MS = 120_000;

/** What the engine knows about one finished invocation; the UI's result pane shows it. */
export interface InvocationRecord {
  requestId: string;
  functionName: string;
  /** The version that ran (`ExecutedVersion`). */
  version: string;
  /** The alias invoked, if the invocation came through one. */
  alias?: string;
  environmentId: string;
  startedAt: number;
  coldStart: boolean;
  status: 'success' | 'error' | 'timeout';
  durationMs: number;
  billedDurationMs: number;
  initDurationMs?: number;
  memorySizeMB: number;
  maxMemoryUsedMB: number;
  /** The response payload: the handler's result, or the error object, as JSON text. */
  payload: string;
  error?: LambdaErrorPayload;
  logStreamName: string;
  /** The log lines of this invocation (INIT lines included on a cold start). */
  logLines: string[];
}

/** The function as one invocation sees it: settings frozen at the moment it started. */
export interface InvocationTarget extends PoolTarget {
  handler: string;
  runtime: string;
  memorySizeMB: number;
  timeoutSeconds: number;
  environment: Record<string, string>;
  files: Record<string, string>;
  ephemeralStorageMB: number;
  alias?: string;
  build: BuildResult;
  /** The revision that is current when the invocation ends (environments of older ones stop). */
  currentRevision(): number | undefined;
  /** The execution role: the identity the handler's SDK calls act as (IAM). */
  roleArn?: string;
  /** The chain of invocations this one continues (recursion detection); handed on with its SDK calls. */
  chain?: unknown;
  /** The X-Ray header of this invocation, which the handler sees as `_X_AMZN_TRACE_ID`. */
  traceHeader?: string;
}

const TIMED_OUT = Symbol('timed out');

function withDeadline<T>(clock: Clock, promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  return new Promise((resolve, reject) => {
    const cancel = clock.setTimer(ms, () => resolve(TIMED_OUT));
    promise.then(
      (value) => (cancel(), resolve(value)),
      (error) => (cancel(), reject(error)),
    );
  });
}

export class Invoker {
  constructor(
    private readonly pool: EnvironmentPool,
    private readonly clock: Clock,
    private readonly tmpStore?: TmpStore,
  ) {}

  /** `requestId` is given for asynchronous events, whose retries keep the first attempt's id. */
  async invoke(target: InvocationTarget, payload: string, requestId = newRequestId()): Promise<InvocationRecord> {
    const { env, cold } = this.pool.acquire(target);
    const base = {
      requestId,
      functionName: target.name,
      version: target.version,
      ...(target.alias ? { alias: target.alias } : {}),
      environmentId: env.id,
      startedAt: this.clock.now(),
      coldStart: cold,
      memorySizeMB: target.memorySizeMB,
      logStreamName: env.logStreamName,
    };
    const timeoutMs = target.timeoutSeconds * 1000;
    // Whose SDK calls the environment makes until this invocation ends (INIT included).
    env.caller = {
      functionName: target.name, version: target.version, requestId,
      ...(target.roleArn !== undefined ? { roleArn: target.roleArn } : {}),
      ...(target.chain !== undefined ? { chain: target.chain } : {}),
    };
    try {
      let initDurationMs: number | undefined;
      let startWritten = false;
      // Time of the invoke phase already spent finishing a suppressed INIT (see below).
      let usedMs = 0;
      if (cold) {
        env.state = 'initializing';
        // Lambda starts each environment on its own capacity; the playground starts workers one after another
        // on the learner's cores, so in a burst of hundreds an environment may wait seconds for its turn.
        // That wait is the simulator's, not INIT's: the INIT limit counts from the runtime being up.
        if (env.sandbox.started) await withDeadline(this.clock, env.sandbox.started, START_WAIT_LIMIT_MS);
        const pending = this.#initialize(env, target);
        let init = await withDeadline(this.clock, pending, INIT_LIMIT_MS);
        if (init === TIMED_OUT) {
          // Lambda cuts INIT at 10 s and runs it again inside the invoke phase, under the function's
          // timeout. The playground lets the same INIT carry on for that budget instead.
          env.write(initReportLine(INIT_LIMIT_MS, 'timeout'));
          env.write(startLine(requestId, target.version));
          startWritten = true;
          const invokeStart = this.clock.now();
          init = await withDeadline(this.clock, pending, timeoutMs);
          if (init === TIMED_OUT) return this.#timedOut(env, target, base, undefined, startWritten);
          usedMs = this.clock.now() - invokeStart;
        }
        if (env.state === 'initializing') env.state = 'busy';
        if (init.status === 'error') return this.#initFailed(env, target, base, init, init.initDurationMs, startWritten);
        initDurationMs = startWritten ? undefined : init.initDurationMs;
      }
      if (!startWritten) env.write(startLine(requestId, target.version));
      const budgetMs = timeoutMs - usedMs;
      const outcome = await withDeadline(
        this.clock,
        env.sandbox.invoke({
          requestId,
          payload,
          invokedFunctionArn: functionArn(target.name, target.alias ?? (target.version === '$LATEST' ? undefined : target.version)),
          deadline: this.clock.now() + budgetMs,
          ...(target.traceHeader !== undefined ? { traceId: target.traceHeader } : {}),
        }),
        budgetMs,
      );
      env.invocations++;
      if (outcome === TIMED_OUT) return this.#timedOut(env, target, base, initDurationMs, true);
      if (usedMs) outcome.durationMs += usedMs;
      return this.#finished(env, base, outcome, initDurationMs);
    } catch (error) {
      // The environment failed in a way the runtime did not report: never hand it out again.
      this.pool.stop(env);
      throw error;
    } finally {
      env.caller = undefined;
      this.pool.release(env, target.currentRevision());
    }
  }

  #initialize(env: Environment, target: InvocationTarget): Promise<SandboxInitResult> {
    const { build } = target;
    if (!build.ok) {
      // The code cannot load at all: every cold start fails the same way, without user code running.
      return Promise.resolve({ status: 'error', error: build.error, initDurationMs: 0 });
    }
    return env.sandbox.init({
        code: build.code,
        map: build.map,
        handler: target.handler,
        runtime: target.runtime,
        functionName: target.name,
        functionVersion: target.version,
        memoryLimitInMB: target.memorySizeMB,
        logGroupName: env.logGroupName,
        logStreamName: env.logStreamName,
        environment: target.environment,
        taskFiles: target.files,
        ephemeralStorageMB: target.ephemeralStorageMB,
      });
  }

  #initFailed(
    env: Environment,
    target: InvocationTarget,
    base: BaseRecord,
    init: Extract<SandboxInitResult, { status: 'error' }>,
    initDurationMs: number,
    startWritten: boolean,
  ): InvocationRecord {
    this.pool.stop(env);
    const { error } = init;
    env.write(appLine({ time: this.clock.now(), requestId: undefined, level: 'ERROR', message: `Uncaught Exception \t${errorLogJson(error)}` }), 'ERROR');
    if (!startWritten) {
      env.write(initReportLine(initDurationMs, 'error', error.errorType));
      env.write(startLine(base.requestId, target.version));
    }
    env.write(endLine(base.requestId));
    const report = { durationMs: initDurationMs, billedDurationMs: billedDuration(initDurationMs), maxMemoryUsedMB: env.peakMemoryMB };
    env.write(reportLine({ ...base, ...report, status: 'error', errorType: error.errorType }));
    return { ...base, ...report, status: 'error', error, payload: JSON.stringify(error), logLines: env.takeTranscript() };
  }

  #timedOut(env: Environment, target: InvocationTarget, base: BaseRecord, initDurationMs: number | undefined, startWritten: boolean): InvocationRecord {
    this.pool.stop(env);
    const timeoutMs = target.timeoutSeconds * 1000;
    if (!startWritten) env.write(startLine(base.requestId, target.version));
    env.write(timeoutLine(this.clock.now(), base.requestId, target.timeoutSeconds));
    env.write(endLine(base.requestId));
    const report = {
      durationMs: timeoutMs,
      billedDurationMs: billedDuration(timeoutMs, initDurationMs),
      maxMemoryUsedMB: env.peakMemoryMB,
      initDurationMs,
    };
    env.write(reportLine({ ...base, ...report, status: 'timeout' }));
    const error: LambdaErrorPayload = {
      errorType: 'Sandbox.Timedout',
      errorMessage: `RequestId: ${base.requestId} Error: Task timed out after ${target.timeoutSeconds.toFixed(2)} seconds`,
      trace: [],
    };
    const payload = JSON.stringify({ errorType: error.errorType, errorMessage: error.errorMessage });
    return { ...base, ...report, status: 'timeout', error, payload, logLines: env.takeTranscript() };
  }

  #finished(env: Environment, base: BaseRecord, outcome: SandboxInvokeResult, initDurationMs?: number): InvocationRecord {
    env.peakMemoryMB = Math.max(env.peakMemoryMB, outcome.memoryUsedMB);
    if (outcome.tmp) {
      env.tmpUsage = outcome.tmp.usage;
      if (outcome.tmp.changes.length) void this.tmpStore?.apply(env.id, outcome.tmp.changes).catch(() => {});
    }
    if (outcome.status === 'error') {
      const label = errorLabel(outcome.error.errorType, outcome.fatal);
      if (label) env.write(appLine({ time: this.clock.now(), requestId: base.requestId, level: 'ERROR', message: `${label} \t${errorLogJson(outcome.error)}` }), 'ERROR');
      else env.write(`RequestId: ${base.requestId} Error: ${outcome.error.errorMessage.replace(/^RequestId: \S+ Error: /, '')}`);
      if (outcome.fatal) this.pool.stop(env);
    }
    env.write(endLine(base.requestId));
    const report = {
      durationMs: outcome.durationMs,
      billedDurationMs: billedDuration(outcome.durationMs, initDurationMs),
      maxMemoryUsedMB: env.peakMemoryMB,
      initDurationMs,
    };
    const failed = outcome.status === 'error';
    env.write(reportLine({ ...base, ...report, ...(failed ? { status: 'error' as const, errorType: outcome.error.errorType } : {}) }));
    const result = failed
      ? { status: 'error' as const, error: outcome.error, payload: JSON.stringify(outcome.error) }
      : { status: 'success' as const, payload: outcome.payload };
    return { ...base, ...report, ...result, logLines: env.takeTranscript() };
  }
}

type BaseRecord = Pick<InvocationRecord, 'requestId' | 'functionName' | 'version' | 'alias' | 'environmentId' | 'startedAt' | 'coldStart' | 'memorySizeMB' | 'logStreamName'>;

/** How the Node.js runtime labels a failure in the log; an exit has no error line of its own. */
function errorLabel(errorType: string, fatal: boolean): string | undefined {
  if (errorType === 'Runtime.ExitError' || errorType === 'Runtime.OutOfMemory') return undefined;
  if (errorType === 'Runtime.UnhandledPromiseRejection') return 'Unhandled Promise Rejection';
  return fatal ? 'Uncaught Exception' : 'Invoke Error';
}

/** In log lines the Node.js runtime names the trace `stack`; in the response it is `trace`. */
function errorLogJson(error: LambdaErrorPayload): string {
  return JSON.stringify({ errorType: error.errorType, errorMessage: error.errorMessage, stack: error.trace });
}
