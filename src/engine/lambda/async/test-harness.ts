// Test harness for the asynchronous machinery: an engine on a ManualClock whose functions run
// handlers the test writes in plain TypeScript, and helpers to let queue time pass.
import { createEngine, type Engine, type EngineEvent } from '../../engine';
import type { Compiler, Sandbox, SandboxFactory, SandboxInvoke, SandboxInvokeResult } from '../../ports';
import { ManualClock } from '../../testing/fake-ports';
import type { AsyncEventNotice } from './async-events';
import type { AsyncInvocationRecord } from './invocation-record';

/** A function's behaviour: return a result, or throw to fail the invocation (a function error). */
export type TestHandler = (event: unknown, request: SandboxInvoke) => unknown;

export const compiler: Compiler = { compile: async () => ({ ok: true, code: '', map: '', warnings: [] }) };

/** Lets promise chains settle (the ManualClock does not move real time). */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** One run of a handler: function name, request id, clock time, payload. */
export interface TestRun {
  functionName: string;
  requestId: string;
  time: number;
  payload: string;
}

/** Sandboxes that run each function's TestHandler and record every run. */
export function scriptedSandboxes(clock: ManualClock, handlers: Map<string, TestHandler>, runs: TestRun[]): SandboxFactory {
  return {
    create(): Sandbox {
      let functionName = '';
      return {
        init: async (request) => {
          functionName = request.functionName;
          return { status: 'ok', initDurationMs: 1 };
        },
        invoke: async (request): Promise<SandboxInvokeResult> => {
          runs.push({ functionName, requestId: request.requestId, time: clock.now(), payload: request.payload });
          const handler = handlers.get(functionName) ?? (() => null);
          try {
            const result = await handler(JSON.parse(request.payload), request);
            return { status: 'ok', payload: JSON.stringify(result ?? null), durationMs: 1, memoryUsedMB: 40 };
          } catch (error) {
            const e = error instanceof Error ? error : new Error(String(error));
            return { status: 'error', error: { errorType: e.name, errorMessage: e.message, trace: [] }, durationMs: 1, memoryUsedMB: 40, fatal: false };
          }
        },
        dispose: () => {},
      };
    },
  };
}

export function asyncHarness() {
  const clock = new ManualClock();
  const handlers = new Map<string, TestHandler>();
  const runs: TestRun[] = [];
  const sandboxes = scriptedSandboxes(clock, handlers, runs);

  const engine: Engine = createEngine({ compiler, sandboxes, clock });
  const events: EngineEvent[] = [];
  engine.events.on((event) => events.push(event));

  return {
    clock,
    engine,
    events,
    runs,
    /** The queue's notices about one function, optionally of one kind. */
    notices(functionName: string, kind?: AsyncEventNotice['kind']): AsyncEventNotice[] {
      return events.filter((e): e is AsyncEventNotice => e.type === 'async-event' && e.functionName === functionName && (!kind || e.kind === kind));
    },
    async deploy(name: string, handler: TestHandler, extra: { Timeout?: number } = {}) {
      handlers.set(name, handler);
      await engine.lambda.createFunction({ FunctionName: name, Code: { Files: { 'index.js': '' } }, ...extra });
    },
    /** Moves the clock in steps of `stepMs`, letting invocations finish between steps. */
    async advance(ms: number, stepMs = 1000) {
      for (let moved = 0; moved < ms; moved += stepMs) {
        clock.advance(Math.min(stepMs, ms - moved));
        await flush();
      }
    },
  };
}

/** The runs of one function, oldest first. */
export const runsOf = (h: ReturnType<typeof asyncHarness>, name: string) => h.runs.filter((r) => r.functionName === name);
/** The invocation records a destination function received. */
export const recordsAt = (h: ReturnType<typeof asyncHarness>, name: string) => runsOf(h, name).map((r) => JSON.parse(r.payload) as AsyncInvocationRecord);
/** A function's log group as one text. */
export const logText = (h: ReturnType<typeof asyncHarness>, name: string) => h.engine.logs.events(`/aws/lambda/${name}`).map((e) => e.message).join('\n');
