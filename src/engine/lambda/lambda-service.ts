// The Lambda control plane: CreateFunction, GetFunction, ListFunctions, UpdateFunctionCode,
// UpdateFunctionConfiguration, DeleteFunction and Invoke, with AWS's shapes and errors.
import { ServiceError, invalidParameter, resourceConflict, resourceNotFound } from '../errors';
import type { Emitter } from '../events';
import { functionArn, ACCOUNT_ID } from '../ids';
import { logGroupName } from '../logs/log-format';
import type { Compiler } from '../ports';
import { buildFunction, type BuildResult } from './build';
import type { EnvironmentPool } from './environment-pool';
import type { InvocationRecord, Invoker } from './invoker';
import { parseFunctionName, validateConfiguration, validateFiles, isRuntime } from './validation';
import type {
  CreateFunctionInput, FunctionConfiguration, GetFunctionOutput, InvokeInput, InvokeOutput,
  Runtime, UpdateFunctionCodeInput, UpdateFunctionConfigurationInput,
} from './types';
import { encodeLogTail } from './log-tail';

/** Synchronous invocation payloads are limited to 6 MB each way. */
export const SYNC_PAYLOAD_LIMIT = 6 * 1024 * 1024;

export type LambdaEvent =
  | { type: 'functions-changed' }
  | { type: 'build'; functionName: string; result: BuildResult }
  | { type: 'invocation'; record: InvocationRecord };

interface FunctionRecord {
  config: FunctionConfiguration;
  files: Record<string, string>;
  /** Bumped by every code or configuration change; environments of older revisions retire. */
  revision: number;
  build: Promise<BuildResult>;
}

export class LambdaService {
  #functions = new Map<string, FunctionRecord>();

  constructor(
    private readonly compiler: Compiler,
    private readonly pool: EnvironmentPool,
    private readonly invoker: Invoker,
    private readonly events: Pick<Emitter<LambdaEvent>, 'emit'>,
    private readonly now: () => number,
  ) {}

  async createFunction(input: CreateFunctionInput): Promise<FunctionConfiguration> {
    const { name } = parseFunctionName(input.FunctionName);
    validateConfiguration(input);
    validateFiles(input.Code?.Files);
    if (this.#functions.has(name)) throw resourceConflict(`Function already exist: ${name}`);
    const config: FunctionConfiguration = {
      FunctionName: name,
      FunctionArn: functionArn(name),
      Runtime: (input.Runtime ?? 'nodejs24.x') as Runtime,
      Role: input.Role ?? `arn:aws:iam::${ACCOUNT_ID}:role/service-role/${name}-role`,
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
    const record: FunctionRecord = { config, files: { ...input.Code.Files }, revision: 0, build: Promise.resolve(null!) };
    this.#functions.set(name, record);
    await this.#rebuild(record);
    return this.#snapshot(record);
  }

  async getFunction(input: { FunctionName: string }): Promise<GetFunctionOutput> {
    const record = this.#get(input.FunctionName);
    return { Configuration: this.#snapshot(record), Code: { RepositoryType: 'Playground', Files: { ...record.files } } };
  }

  async getFunctionConfiguration(input: { FunctionName: string }): Promise<FunctionConfiguration> {
    return this.#snapshot(this.#get(input.FunctionName));
  }

  async listFunctions(): Promise<{ Functions: FunctionConfiguration[] }> {
    const records = [...this.#functions.values()].sort((a, b) => a.config.FunctionName.localeCompare(b.config.FunctionName));
    return { Functions: records.map((r) => this.#snapshot(r)) };
  }

  async updateFunctionCode(input: UpdateFunctionCodeInput): Promise<FunctionConfiguration> {
    const record = this.#get(input.FunctionName);
    validateFiles(input.Files);
    record.files = { ...input.Files };
    await this.#rebuild(record);
    return this.#snapshot(record);
  }

  async updateFunctionConfiguration(input: UpdateFunctionConfigurationInput): Promise<FunctionConfiguration> {
    const record = this.#get(input.FunctionName);
    validateConfiguration(input);
    const c = record.config;
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
    if (needsBuild) await this.#rebuild(record);
    else this.#touch(record);
    return this.#snapshot(record);
  }

  async deleteFunction(input: { FunctionName: string }): Promise<Record<string, never>> {
    const record = this.#get(input.FunctionName);
    this.#functions.delete(record.config.FunctionName);
    this.pool.retire(record.config.FunctionName);
    this.events.emit({ type: 'functions-changed' });
    return {};
  }

  /** Invoke as the AWS API does it. */
  async invoke(input: InvokeInput): Promise<InvokeOutput> {
    return (await this.invokeWithRecord(input)).output;
  }

  /** Invoke, also returning the engine's record of the invocation (cold/warm, durations, logs). */
  async invokeWithRecord(input: InvokeInput): Promise<{ output: InvokeOutput; record?: InvocationRecord }> {
    const { name, qualifier } = parseFunctionName(input.FunctionName);
    const wanted = input.Qualifier ?? qualifier;
    const record = this.#get(name);
    if (wanted !== undefined && wanted !== '$LATEST') {
      throw resourceNotFound(`Function not found: ${functionArn(name, wanted)}`);
    }
    const type = input.InvocationType ?? 'RequestResponse';
    const payload = input.Payload === undefined || input.Payload === '' ? '{}' : input.Payload;
    checkPayload(payload);
    if (type === 'DryRun') return { output: { StatusCode: 204, Payload: '', ExecutedVersion: '$LATEST' } };
    if (type !== 'RequestResponse') {
      throw invalidParameter(`InvocationType '${type}' is not available in this playground yet; use 'RequestResponse'.`);
    }

    const build = await record.build;
    const c = record.config;
    const invocation = await this.invoker.invoke(
      {
        name,
        version: '$LATEST',
        revision: record.revision,
        logGroupName: c.LoggingConfig.LogGroup,
        handler: c.Handler,
        runtime: c.Runtime,
        memorySizeMB: c.MemorySize,
        timeoutSeconds: c.Timeout,
        environment: { ...c.Environment.Variables },
        build,
        currentRevision: () => this.#functions.get(name)?.revision,
      },
      payload,
    );
    if (invocation.status === 'success' && exceedsBytes(invocation.payload, SYNC_PAYLOAD_LIMIT)) {
      invocation.status = 'error';
      invocation.error = {
        errorType: 'Function.ResponseSizeTooLarge',
        errorMessage: `Response payload size exceeded maximum allowed payload size (${SYNC_PAYLOAD_LIMIT} bytes).`,
        trace: [],
      };
      invocation.payload = JSON.stringify({ errorType: invocation.error.errorType, errorMessage: invocation.error.errorMessage });
    }
    this.events.emit({ type: 'invocation', record: invocation });
    const output: InvokeOutput = { StatusCode: 200, Payload: invocation.payload, ExecutedVersion: '$LATEST' };
    if (invocation.status !== 'success') output.FunctionError = 'Unhandled';
    if (input.LogType === 'Tail') output.LogResult = encodeLogTail(invocation.logLines);
    return { output, record: invocation };
  }

  /** The latest build of a function: its bundle or its load error, with diagnostics. */
  buildOf(functionName: string): Promise<BuildResult> {
    return this.#get(functionName).build;
  }

  #get(functionName: string): FunctionRecord {
    const { name } = parseFunctionName(functionName);
    const record = this.#functions.get(name);
    if (!record) throw resourceNotFound(`Function not found: ${functionArn(name)}`);
    return record;
  }

  /** Compiles the current code; a build superseded by a newer change is dropped (latest wins). */
  async #rebuild(record: FunctionRecord): Promise<void> {
    const revision = this.#touch(record);
    record.config.LastUpdateStatus = 'InProgress';
    const c = record.config;
    const runtime = isRuntime(c.Runtime) ? c.Runtime : 'nodejs24.x';
    record.build = buildFunction(this.compiler, record.files, c.Handler, runtime);
    record.config.CodeSize = codeSize(record.files);
    record.config.CodeSha256 = await sha256Base64(JSON.stringify(Object.entries(record.files).sort()));
    const result = await record.build;
    if (record.revision !== revision) return;
    c.State = 'Active';
    c.LastUpdateStatus = 'Successful';
    this.events.emit({ type: 'build', functionName: c.FunctionName, result });
    this.events.emit({ type: 'functions-changed' });
  }

  /** Marks a change: new revision, new LastModified, old environments retire. */
  #touch(record: FunctionRecord): number {
    record.revision++;
    record.config.LastModified = new Date(this.now()).toISOString().replace('Z', '+0000');
    this.pool.retire(record.config.FunctionName);
    this.events.emit({ type: 'functions-changed' });
    return record.revision;
  }

  #snapshot(record: FunctionRecord): FunctionConfiguration {
    return structuredClone(record.config);
  }
}

function checkPayload(payload: string): void {
  if (exceedsBytes(payload, SYNC_PAYLOAD_LIMIT)) {
    throw new ServiceError('RequestTooLargeException', `Request must be smaller than ${SYNC_PAYLOAD_LIMIT} bytes for the InvokeFunction operation`, 413);
  }
  try {
    JSON.parse(payload);
  } catch (error) {
    throw new ServiceError('InvalidRequestContentException', `Could not parse request body into json: ${(error as Error).message}`, 400);
  }
}

/** Cheap byte-size test: only strings that could exceed the limit are encoded. */
function exceedsBytes(text: string, limit: number): boolean {
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).length > limit;
}

function codeSize(files: Record<string, string>): number {
  const encoder = new TextEncoder();
  return Object.values(files).reduce((sum, source) => sum + encoder.encode(source).length, 0);
}

async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest));
}
