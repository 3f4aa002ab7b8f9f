// Test harness for dead-letter queues: the Lambda half of createEngine on a ManualClock, with what
// engine.ts wires to SQS, SNS and IAM (sending, the role check) replaced by recorders tests control.
import { LogStore } from '../../logs/log-store';
import { logGroupName } from '../../logs/log-format';
import { ManualClock } from '../../testing/fake-ports';
import { buildFunction } from '../build';
import { ConcurrencyControl } from '../concurrency-control';
import type { DeadLetterAttribute, DeadLetterCheck } from '../dead-letter';
import { EnvironmentPool } from '../environment-pool';
import { FunctionRegistry } from '../function-registry';
import { Invoker } from '../invoker';
import { LambdaService } from '../lambda-service';
import type { CreateFunctionInput } from '../types';
import { VersionControl } from '../version-control';
import { AsyncInvocations } from './async-invocations';
import { RunningChains } from './chain';
import type { DeadLetterSender } from './dead-letters';
import { EventInvokeConfigs } from './event-invoke-configs';
import { compiler, flush, scriptedSandboxes, type TestHandler, type TestRun } from './test-harness';

/** One SendMessage / Publish the queue asked for. */
export interface DeadLetterMessage {
  targetArn: string;
  payload: string;
  attributes: Record<string, DeadLetterAttribute>;
  sender: DeadLetterSender;
}

export interface DeadLetterHarnessOptions {
  /** The role check engine.ts will do with IAM. */
  check?: DeadLetterCheck;
  /** Makes sending to a target fail, as SQS or SNS would (a missing queue, a denied role). */
  refuse?: (targetArn: string) => Error | undefined;
  /** Leaves sendToDeadLetter out, as an engine that has not wired it. */
  unwired?: boolean;
}

export function deadLetterHarness(options: DeadLetterHarnessOptions = {}) {
  const clock = new ManualClock();
  const handlers = new Map<string, TestHandler>();
  const runs: TestRun[] = [];
  const sent: DeadLetterMessage[] = [];
  const logs = new LogStore();
  const registry = new FunctionRegistry();
  const pool = new EnvironmentPool(scriptedSandboxes(clock, handlers, runs), logs, clock);
  const emit = () => {};
  const versions = new VersionControl(registry, pool, emit, (files, handler, runtime) => buildFunction(compiler, files, handler, runtime));
  const concurrency = new ConcurrencyControl(registry, pool, emit);
  const configs = new EventInvokeConfigs(registry, () => clock.now());
  const send = async (targetArn: string, payload: string, attributes: Record<string, DeadLetterAttribute>, sender: DeadLetterSender) => {
    const refusal = options.refuse?.(targetArn);
    if (refusal) throw refusal;
    sent.push({ targetArn, payload, attributes, sender });
  };
  const queue: AsyncInvocations = new AsyncInvocations({
    clock, logs, configs, registry, emit,
    execute: (request) => lambda.executeAttempt(request),
    deliver: (arn, payload, opts) => lambda.invokeAsync({ FunctionName: arn, Payload: payload }, opts),
    reservedConcurrency: (name) => (registry.has(name) ? registry.get(name).record.reservedConcurrency : undefined),
    ...(options.unwired ? {} : { sendToDeadLetter: send }),
  });
  const lambda = new LambdaService({
    registry, compiler, pool, invoker: new Invoker(pool, clock), versions, concurrency, emit, async: queue,
    chains: new RunningChains(), now: () => clock.now(), random: () => 0, checkDeadLetterTarget: options.check,
  });

  return {
    clock, lambda, versions, concurrency, configs, runs, sent,
    /** Creates a function whose handler is `handler`, with any other CreateFunction settings. */
    async deploy(name: string, handler: TestHandler, extra: Partial<CreateFunctionInput> = {}) {
      handlers.set(name, handler);
      return lambda.createFunction({ FunctionName: name, Code: { Files: { 'index.js': '' } }, ...extra });
    },
    /** Moves the clock in one-second steps, letting invocations and deliveries finish between them. */
    async advance(ms: number) {
      for (let moved = 0; moved < ms; moved += 1000) {
        clock.advance(Math.min(1000, ms - moved));
        await flush();
      }
      await flush();
    },
    /** A function's log group as one text. */
    logText: (name: string) => logs.events(logGroupName(name)).map((e) => e.message).join('\n'),
    dispose: () => {
      queue.dispose();
      pool.stopAll();
    },
  };
}
