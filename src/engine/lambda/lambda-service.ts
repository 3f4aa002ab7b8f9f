// The Lambda control plane: functions (CreateFunction, GetFunction, ListFunctions,
// UpdateFunctionCode, UpdateFunctionConfiguration, DeleteFunction), Invoke (synchronous, or queued
// for the async machinery), and — through VersionControl and ConcurrencyControl — versions,
// aliases and concurrency. AWS shapes and errors.
import { ServiceError, invalidParameter, resourceConflict, validationError } from '../errors';
import { functionArn, requestId as newRequestId } from '../ids';
import { logGroupName } from '../logs/log-format';
import type { Compiler } from '../ports';
import { buildFunction, type BuildResult } from './build';
import type { ConcurrencyControl } from './concurrency-control';
import type { EnvironmentPool } from './environment-pool';
import type { FunctionRecord, FunctionRegistry, ResolvedTarget, VersionRecord } from './function-registry';
import type { InvocationRecord, Invoker } from './invoker';
import { defaultRoleArn } from './default-role';
import { encodeLogTail } from './log-tail';
import { codeSha256, codeSize } from './code-identity';
import { nextDeadLetter, type DeadLetterCheck } from './dead-letter';
import { parseFunctionName, validateConfiguration, validateFiles, isRuntime } from './validation';
import { checkRuntimeAllowed, NEWEST_RUNTIME } from './runtimes';
import type { VersionControl } from './version-control';
import type { AsyncInvocations, AttemptOutcome, AttemptRequest } from './async/async-invocations';
import { RECURSION_MESSAGE, exceedsRecursionLimit, invocationChain, isChainContext, newChain, type ChainContext, type RunningChains } from './async/chain';
import { checkAsyncPayload } from './async/limits';
import { runInvocation, type InvocationDeps } from './invocation-run';
import { checkJson, checkPayload } from './payload-checks';

export { SYNC_PAYLOAD_LIMIT } from './payload-checks';
import type { CreateFunctionInput, FunctionConfiguration, GetFunctionOutput, InvokeInput, InvokeOutput, Runtime, UpdateFunctionCodeInput, UpdateFunctionConfigurationInput } from './types';

export type LambdaEvent =
  | { type: 'functions-changed' }
  | { type: 'build'; functionName: string; result: BuildResult }
  | { type: 'invocation'; record: InvocationRecord }
  | { type: 'throttle'; functionName: string; reason: string; time: number };

/** How an invocation relates to others: not part of AWS's Invoke input, which carries it in headers. */
export interface InvokeOptions {
  /** Who sent an Event invocation, shown in the queue; e.g. `s3:ObjectCreated:Put on bucket photos`. Default `Invoke`. */
  origin?: string;
  /** The chain of the invocation making this call (recursion detection); plain data from `chainOf`. */
  parentChain?: ChainContext;
  /** Or the request id of the running invocation making this call, whose chain is then continued. */
  parentRequestId?: string;
  /** From an event source: the X-Ray header it carried (AWSTraceHeader, the gateway's) and when it began to wait. */
  trace?: string; queuedSince?: number;
}

export interface LambdaDeps extends Pick<InvocationDeps, 'tracing'> {
  registry: FunctionRegistry;
  compiler: Compiler;
  pool: EnvironmentPool;
  invoker: Invoker;
  versions: VersionControl;
  concurrency: ConcurrencyControl;
  /** The event queues: where Event invocations go, and what a deletion must clear. */
  async: Pick<AsyncInvocations, 'enqueue' | 'functionDeleted' | 'versionDeleted'>;
  /** The chain of every invocation in flight, for calls made from inside one. */
  chains: RunningChains;
  emit: (event: LambdaEvent) => void;
  now: () => number;
  random: () => number;
  /** Whether a function's role may send to its dead-letter target (IAM); unchecked when left out. */
  checkDeadLetterTarget?: DeadLetterCheck;
  /** The date runtime deprecations are judged by (the playground clock); `now` when left out. */
  today?: () => number;
}

/** Not part of AWS's CreateFunction: `restore` brings back a saved function, whose settings were checked when made. */
export interface CreateFunctionOptions {
  restore?: boolean;
}

export class LambdaService {
  constructor(private readonly d: LambdaDeps) {}
  readonly #today = () => (this.d.today ?? this.d.now)();

  async createFunction(input: CreateFunctionInput, options: CreateFunctionOptions = {}): Promise<FunctionConfiguration> {
    const { name } = parseFunctionName(input.FunctionName);
    validateConfiguration(input);
    validateFiles(input.Code?.Files);
    // A saved function already exists on AWS's side: its runtime's create block does not apply.
    if (!options.restore) checkRuntimeAllowed(input.Runtime ?? NEWEST_RUNTIME, 'create', this.#today());
    if (this.d.registry.has(name)) throw resourceConflict(`Function already exist: ${name}`);
    const config: FunctionConfiguration = {
      FunctionName: name,
      FunctionArn: functionArn(name),
      Runtime: (input.Runtime ?? 'nodejs24.x') as Runtime,
      Role: input.Role ?? defaultRoleArn(name),
      Handler: input.Handler ?? 'index.handler',
      CodeSize: 0,
      Description: input.Description ?? '',
      Timeout: input.Timeout ?? 3,
      MemorySize: input.MemorySize ?? 128,
      LastModified: '',
      CodeSha256: '',
      Version: '$LATEST',
      Environment: { Variables: { ...(input.Environment?.Variables ?? {}) } },
      EphemeralStorage: { Size: input.EphemeralStorage?.Size ?? 512 },
      State: 'Pending',
      LastUpdateStatus: 'InProgress',
      PackageType: 'Zip',
      Architectures: ['x86_64'],
      LoggingConfig: { LogFormat: 'Text', LogGroup: logGroupName(name) },
    };
    // Checked before the function exists: a refused dead-letter queue creates nothing. A restored
    // function's role gets its policies back only after the functions (IAM's slice comes later).
    const check = options.restore ? undefined : this.d.checkDeadLetterTarget;
    const deadLetter = nextDeadLetter({ functionName: name, input: input.DeadLetterConfig, creating: true, roleArn: config.Role, roleChanged: true, check });
    if (deadLetter) config.DeadLetterConfig = { TargetArn: deadLetter };
    const latest: VersionRecord = { config, files: { ...input.Code.Files }, revision: 0, build: Promise.resolve(null!) };
    this.d.registry.add(name, { latest, versions: new Map(), aliases: new Map(), nextVersion: 1 });
    await this.#rebuild(latest);
    return structuredClone(latest.config);
  }

  async getFunction(input: { FunctionName: string; Qualifier?: string }): Promise<GetFunctionOutput & { Concurrency?: { ReservedConcurrentExecutions: number } }> {
    const version = this.#version(input);
    const { record } = this.d.registry.get(input.FunctionName);
    return {
      Configuration: structuredClone(version.config),
      Code: { RepositoryType: 'Playground', Files: { ...version.files } },
      ...(record.reservedConcurrency !== undefined ? { Concurrency: { ReservedConcurrentExecutions: record.reservedConcurrency } } : {}),
    };
  }

  async getFunctionConfiguration(input: { FunctionName: string; Qualifier?: string }): Promise<FunctionConfiguration> {
    return structuredClone(this.#version(input).config);
  }

  async listFunctions(): Promise<{ Functions: FunctionConfiguration[] }> {
    return { Functions: this.d.registry.all().map((r) => structuredClone(r.latest.config)) };
  }

  async updateFunctionCode(input: UpdateFunctionCodeInput): Promise<FunctionConfiguration> {
    const record = this.#latestOnly(input.FunctionName);
    validateFiles(input.Files);
    checkRuntimeAllowed(record.latest.config.Runtime, 'update', this.#today());
    record.latest.files = { ...input.Files };
    await this.#rebuild(record.latest);
    return structuredClone(record.latest.config);
  }

  async updateFunctionConfiguration(input: UpdateFunctionConfigurationInput): Promise<FunctionConfiguration> {
    const { latest } = this.#latestOnly(input.FunctionName);
    validateConfiguration(input);
    checkRuntimeAllowed(input.Runtime ?? latest.config.Runtime, 'update', this.#today());
    // A new object, not edits in place: invocations in flight keep the settings they started with.
    const c: FunctionConfiguration = { ...latest.config };
    const needsBuild = (input.Handler !== undefined && input.Handler !== c.Handler) || (input.Runtime !== undefined && input.Runtime !== c.Runtime);
    if (input.Runtime !== undefined) c.Runtime = input.Runtime as Runtime;
    if (input.Handler !== undefined) c.Handler = input.Handler;
    if (input.Role !== undefined) c.Role = input.Role;
    if (input.Description !== undefined) c.Description = input.Description;
    if (input.MemorySize !== undefined) c.MemorySize = input.MemorySize;
    if (input.Timeout !== undefined) c.Timeout = input.Timeout;
    // As on AWS, Environment replaces the whole set of variables.
    if (input.Environment !== undefined) c.Environment = { Variables: { ...(input.Environment.Variables ?? {}) } };
    if (input.EphemeralStorage !== undefined) c.EphemeralStorage = { Size: input.EphemeralStorage.Size };
    const deadLetter = nextDeadLetter({
      functionName: c.FunctionName, input: input.DeadLetterConfig, current: latest.config.DeadLetterConfig?.TargetArn, creating: false,
      roleArn: c.Role, roleChanged: c.Role !== latest.config.Role, check: this.d.checkDeadLetterTarget,
    });
    if (deadLetter) c.DeadLetterConfig = { TargetArn: deadLetter };
    else delete c.DeadLetterConfig;
    latest.config = c;
    if (needsBuild) await this.#rebuild(latest);
    else this.#touch(latest);
    return structuredClone(latest.config);
  }

  /** Deletes the function, or with a Qualifier one published version. */
  async deleteFunction(input: { FunctionName: string; Qualifier?: string }): Promise<Record<string, never>> {
    const { name, qualifier } = this.d.registry.get(input.FunctionName);
    const version = input.Qualifier ?? qualifier;
    if (version !== undefined) {
      this.d.versions.deleteVersion(name, version);
      this.d.async.versionDeleted(name, version);
      return {};
    }
    this.d.registry.delete(name);
    this.d.pool.retire(name);
    this.d.async.functionDeleted(name);
    this.d.emit({ type: 'functions-changed' });
    return {};
  }

  /** Invoke as the AWS API does it. */
  async invoke(input: InvokeInput, options: InvokeOptions = {}): Promise<InvokeOutput> {
    return (await this.invokeWithRecord(input, options)).output;
  }

  /**
   * Invoke, also returning the request id and, for a synchronous invocation, the engine's record of
   * it (cold/warm, durations, logs). An Event invocation is only checked and queued: its runs are
   * announced by `invocation` and `async-event` events.
   */
  async invokeWithRecord(input: InvokeInput, options: InvokeOptions = {}): Promise<{ output: InvokeOutput; record?: InvocationRecord; requestId: string }> {
    const { record, name, qualifier } = this.d.registry.get(input.FunctionName);
    const wanted = input.Qualifier ?? qualifier;
    const type = input.InvocationType ?? 'RequestResponse';
    if (type !== 'RequestResponse' && type !== 'Event' && type !== 'DryRun') {
      throw validationError([`Value '${String(type)}' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]`]);
    }
    const payload = input.Payload === undefined || input.Payload === '' ? '{}' : input.Payload;
    if (type === 'Event') {
      // Checked now (ResourceNotFoundException); an alias picks its version when the event runs.
      this.d.registry.resolve(name, record, wanted, () => 0);
      checkAsyncPayload(payload);
      checkJson(payload);
      const requestId = this.d.async.enqueue({
        functionName: name,
        ...(wanted !== undefined ? { qualifier: wanted } : {}),
        payload,
        origin: options.origin ?? 'Invoke',
        chain: this.#parentChain(options, name, true),
      });
      // "Lambda places the event in a queue and returns a success response without additional information."
      return { output: { StatusCode: 202, Payload: '' }, requestId };
    }
    const target = this.d.registry.resolve(name, record, wanted, this.d.random);
    checkPayload(payload);
    if (type === 'DryRun') return { output: { StatusCode: 204, Payload: '', ExecutedVersion: target.executedVersion }, requestId: newRequestId() };

    const chain = invocationChain(this.#parentChain(options, name, options.queuedSince !== undefined));
    if (exceedsRecursionLimit(chain)) throw new ServiceError('RecursiveInvocationException', RECURSION_MESSAGE, 400);
    const invocation = await runInvocation(this.d, name, target, payload, newRequestId(), chain);
    const output: InvokeOutput = { StatusCode: 200, Payload: invocation.payload, ExecutedVersion: target.executedVersion };
    if (invocation.status !== 'success') output.FunctionError = 'Unhandled';
    if (input.LogType === 'Tail') output.LogResult = encodeLogTail(invocation.logLines);
    return { output, record: invocation, requestId: invocation.requestId };
  }

  /** Invoke with `InvocationType: 'Event'`: for bridges (an S3 notification, a handler's SDK call). */
  async invokeAsync(input: Omit<InvokeInput, 'InvocationType'>, options: InvokeOptions = {}): Promise<{ output: InvokeOutput; requestId: string }> {
    const { output, requestId } = await this.invokeWithRecord({ ...input, InvocationType: 'Event' }, options);
    return { output, requestId };
  }

  /** One attempt of a queued event, through the same path as a synchronous invocation. */
  async executeAttempt(request: AttemptRequest): Promise<AttemptOutcome> {
    const { record, name } = this.d.registry.get(request.functionName);
    const target = this.d.registry.resolve(name, record, request.qualifier, this.d.random);
    const invocation = await runInvocation(this.d, name, target, request.payload, request.requestId, request.chain);
    return { record: invocation, executedVersion: target.executedVersion };
  }

  /** The chain a call continues: the caller's, if it runs inside an invocation; else a new one (and a new trace). */
  #parentChain(options: InvokeOptions, functionName: string, queued: boolean): ChainContext {
    if (options.parentChain !== undefined && !isChainContext(options.parentChain)) throw invalidParameter('parentChain must be { originId: string, count: whole number >= 0 }.');
    const chain = options.parentChain !== undefined ? { ...options.parentChain } : (options.parentRequestId !== undefined ? this.d.chains.get(options.parentRequestId) : undefined) ?? newChain();
    return this.d.tracing ? this.d.tracing.accept(chain, { ...options, functionName, queued }) : chain;
  }

  /** The latest build of $LATEST: its bundle or its load error, with diagnostics. */
  buildOf(functionName: string): Promise<BuildResult> {
    return this.d.registry.get(functionName).record.latest.build;
  }

  #version(input: { FunctionName: string; Qualifier?: string }): VersionRecord {
    const { record, name, qualifier } = this.d.registry.get(input.FunctionName);
    const wanted = input.Qualifier ?? qualifier;
    // An alias names a version here; its routing applies only to invocations.
    const alias = wanted !== undefined ? record.aliases.get(wanted) : undefined;
    return this.d.registry.resolve(name, record, alias ? alias.FunctionVersion : wanted, () => 1).version;
  }

  #latestOnly(functionName: string): FunctionRecord {
    const { record, qualifier } = this.d.registry.get(functionName);
    if (qualifier !== undefined && qualifier !== '$LATEST') {
      throw invalidParameter('Only $LATEST can be changed: published versions are immutable.');
    }
    return record;
  }

  /** Compiles the current code; a build superseded by a newer change is dropped (latest wins). */
  async #rebuild(latest: VersionRecord): Promise<void> {
    const revision = this.#touch(latest);
    const c = latest.config;
    c.LastUpdateStatus = 'InProgress';
    const runtime = isRuntime(c.Runtime) ? c.Runtime : 'nodejs24.x';
    latest.build = buildFunction(this.d.compiler, latest.files, c.Handler, runtime);
    c.CodeSize = codeSize(latest.files);
    c.CodeSha256 = await codeSha256(latest.files);
    const result = await latest.build;
    if (latest.revision !== revision) return;
    c.State = 'Active';
    c.LastUpdateStatus = 'Successful';
    this.d.emit({ type: 'build', functionName: c.FunctionName, result });
    this.d.emit({ type: 'functions-changed' });
  }

  /** Marks a change of $LATEST: new revision, new LastModified; its old environments retire. */
  #touch(latest: VersionRecord): number {
    latest.revision = this.d.registry.nextRevision();
    latest.config.LastModified = new Date(this.d.now()).toISOString().replace('Z', '+0000');
    this.d.pool.retire(latest.config.FunctionName, (env) => env.version === '$LATEST');
    this.d.emit({ type: 'functions-changed' });
    return latest.revision;
  }
}
