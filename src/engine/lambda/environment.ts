// One execution environment: its sandbox, its log stream, and what the UI shows about it.
import type { Clock, Sandbox, SandboxFactory } from '../ports';
import type { LogStore, LogEvent } from '../logs/log-store';
import { appLine } from '../logs/log-format';
import type { RuntimeLogLine } from './runtime-protocol';
import type { SdkCall, SdkCaller, SdkDispatcher, SdkResult } from '../sdk/types';
import { outsideInvocation } from '../sdk/errors';

export type EnvironmentState = 'initializing' | 'idle' | 'busy' | 'stopped';

/** What the UI and the scripting API show about a live environment. */
export interface EnvironmentSummary {
  id: string;
  version: string;
  state: EnvironmentState;
  createdAt: number;
  lastUsedAt: number;
  invocations: number;
  tmp: { bytes: number; files: number };
}

/** A live execution environment of one function revision; serves one invocation at a time. */
export class Environment {
  state: EnvironmentState = 'initializing';
  invocations = 0;
  peakMemoryMB = 0;
  /** What /tmp held after the last invocation. */
  tmpUsage = { bytes: 0, files: 0 };
  lastUsedAt: number;
  readonly createdAt: number;
  readonly sandbox: Sandbox;
  /** Lines written since the last `takeTranscript()`: the invocation's log for `LogType: Tail`. */
  #transcript: string[] = [];
  /**
   * The invocation running here (its INIT included), set by the invoker: the identity the
   * environment's SDK calls act for. Undefined between invocations, when calls are refused.
   */
  caller: SdkCaller | undefined;

  constructor(
    readonly id: string,
    readonly functionName: string,
    readonly version: string,
    readonly revision: number,
    readonly logGroupName: string,
    readonly logStreamName: string,
    sandboxes: SandboxFactory,
    private readonly logs: LogStore,
    private readonly clock: Clock,
    sdk?: SdkDispatcher,
  ) {
    this.createdAt = this.lastUsedAt = clock.now();
    this.sandbox = sandboxes.create((line) => this.writeApp(line), sdk && ((call) => this.#answer(sdk, call)));
  }

  /** Serves an SDK call for the invocation that made it; its answer is dropped if that invocation has ended meanwhile. */
  async #answer(sdk: SdkDispatcher, call: SdkCall): Promise<SdkResult | undefined> {
    const caller = this.caller;
    if (!caller) return outsideInvocation(call.operation);
    const result = await sdk(call, caller);
    return this.caller === caller && this.state !== 'stopped' ? result : undefined;
  }

  /** Appends a platform line (START, END, REPORT, notices) to this environment's stream. */
  write(message: string, level: LogEvent['level'] = 'platform', time = this.clock.now()): void {
    this.logs.append({ group: this.logGroupName, stream: this.logStreamName, timestamp: time, message, level });
    this.#transcript.push(message);
  }

  writeApp(line: RuntimeLogLine): void {
    this.write(appLine(line), line.level, line.time);
  }

  takeTranscript(): string[] {
    const lines = this.#transcript;
    this.#transcript = [];
    return lines;
  }

  summary(): EnvironmentSummary {
    return {
      id: this.id, version: this.version, state: this.state, createdAt: this.createdAt,
      lastUsedAt: this.lastUsedAt, invocations: this.invocations, tmp: { ...this.tmpUsage },
    };
  }

  stop(): void {
    if (this.state === 'stopped') return;
    this.state = 'stopped';
    this.sandbox.dispose();
  }
}
