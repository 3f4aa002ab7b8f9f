// Checks function settings against the Lambda API's constraints, worded as AWS words them.
import { invalidParameter, validationError } from '../errors';
import { deadLetterFailures } from './dead-letter';
import { RUNTIMES, isRetiredRuntime, noLongerSupported, type Runtime } from './runtimes';
import type { UpdateFunctionConfigurationInput } from './types';

const NAME_PATTERN = /^[a-zA-Z0-9-_]+$/;
const ENV_KEY_PATTERN = /^[a-zA-Z]([a-zA-Z0-9_])+$/;
const ENV_SIZE_LIMIT = 4096;

/** Keys Lambda sets itself; AWS refuses them in a function's environment. */
export const RESERVED_ENV_KEYS = [
  '_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME', 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME', 'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR',
];

/** Limits of the Lambda API, exported for forms that want to show them. */
export const LIMITS = {
  memory: { min: 128, max: 10240 },
  timeout: { min: 1, max: 900 },
  ephemeralStorage: { min: 512, max: 10240 },
  handlerLength: 128,
  descriptionLength: 256,
  nameLength: 64,
} as const;

const PARTIAL_ARN = /^\d{12}:function:([a-zA-Z0-9-_]{1,64})(?::(\$LATEST|[a-zA-Z0-9-_]+))?$/;
const QUALIFIED_NAME = /^([a-zA-Z0-9-_]{1,64}):(\$LATEST|[a-zA-Z0-9-_]+)$/;
const ARN_NAME = /^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:([a-zA-Z0-9-_]+)(?::(\$LATEST|[a-zA-Z0-9-_]+))?$/;

/** Accepts a name or a function ARN (optionally qualified) and returns the bare name and qualifier. */
export function parseFunctionName(value: unknown): { name: string; qualifier?: string } {
  if (typeof value !== 'string' || value.length === 0) {
    throw validationError([`Value null at 'functionName' failed to satisfy constraint: Member must not be null`]);
  }
  // A full ARN, a partial one (`123456789012:function:name`), or `name:qualifier`, as AWS accepts.
  const arn = ARN_NAME.exec(value) ?? PARTIAL_ARN.exec(value) ?? QUALIFIED_NAME.exec(value);
  if (arn) return arn[2] ? { name: arn[1]!, qualifier: arn[2] } : { name: arn[1]! };
  const failures: string[] = [];
  if (value.length > LIMITS.nameLength) {
    failures.push(`Value '${value}' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to ${LIMITS.nameLength}`);
  }
  if (!NAME_PATTERN.test(value)) {
    failures.push(`Value '${value}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+`);
  }
  if (failures.length) throw validationError(failures);
  return { name: value };
}

/** Adds AWS's wording for a number outside `min`–`max` (or not whole) to `failures`. */
export function range(failures: string[], field: string, value: number | undefined, min: number, max: number) {
  if (value === undefined) return;
  if (!Number.isInteger(value)) {
    failures.push(`Value '${value}' at '${field}' failed to satisfy constraint: Member must be an integer`);
  } else if (value < min) {
    failures.push(`Value '${value}' at '${field}' failed to satisfy constraint: Member must have value greater than or equal to ${min}`);
  } else if (value > max) {
    failures.push(`Value '${value}' at '${field}' failed to satisfy constraint: Member must have value less than or equal to ${max}`);
  }
}

/** Validates the settings part of CreateFunction / UpdateFunctionConfiguration. */
export function validateConfiguration(input: Partial<UpdateFunctionConfigurationInput>): void {
  const failures: string[] = [];
  range(failures, 'memorySize', input.MemorySize, LIMITS.memory.min, LIMITS.memory.max);
  range(failures, 'timeout', input.Timeout, LIMITS.timeout.min, LIMITS.timeout.max);
  range(failures, 'ephemeralStorage.size', input.EphemeralStorage?.Size, LIMITS.ephemeralStorage.min, LIMITS.ephemeralStorage.max);
  if (input.Handler !== undefined) {
    if (input.Handler.length > LIMITS.handlerLength) {
      failures.push(`Value '${input.Handler}' at 'handler' failed to satisfy constraint: Member must have length less than or equal to ${LIMITS.handlerLength}`);
    } else if (!/^[^\s]+$/.test(input.Handler)) {
      failures.push(`Value '${input.Handler}' at 'handler' failed to satisfy constraint: Member must satisfy regular expression pattern: [^\\s]+`);
    }
  }
  if (input.Description !== undefined && input.Description.length > LIMITS.descriptionLength) {
    failures.push(`Value at 'description' failed to satisfy constraint: Member must have length less than or equal to ${LIMITS.descriptionLength}`);
  }
  const variables = input.Environment?.Variables ?? {};
  if (Object.keys(variables).some((key) => !ENV_KEY_PATTERN.test(key))) {
    failures.push(`Value at 'environment.variables' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+]`);
  }
  if (input.Runtime !== undefined && !isRuntime(input.Runtime) && !isRetiredRuntime(input.Runtime)) {
    failures.push(`Value '${input.Runtime}' at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [${RUNTIMES.join(', ')}]`);
  }
  deadLetterFailures(input.DeadLetterConfig, failures);
  if (failures.length) throw validationError(failures);

  // Runtimes in the lifecycle table are checked against the playground clock's date by the service.
  if (input.Runtime !== undefined && isRetiredRuntime(input.Runtime)) throw noLongerSupported(input.Runtime);
  validateEnvironment(variables);
}

function validateEnvironment(variables: Record<string, string>) {
  const reserved = Object.keys(variables).filter((key) => RESERVED_ENV_KEYS.includes(key));
  if (reserved.length) {
    throw invalidParameter(
      `Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${reserved.join(', ')}`,
    );
  }
  const size = new TextEncoder().encode(JSON.stringify(variables)).length;
  if (size > ENV_SIZE_LIMIT) {
    throw invalidParameter(
      `Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: ${JSON.stringify(variables)}`,
    );
  }
}

/** Validates the file set of CreateFunction / UpdateFunctionCode. */
export function validateFiles(files: unknown): asserts files is Record<string, string> {
  if (!files || typeof files !== 'object' || Object.keys(files).length === 0) {
    throw invalidParameter('Uploaded file must be a non-empty zip');
  }
  for (const [path, source] of Object.entries(files)) {
    if (typeof source !== 'string') throw invalidParameter(`The content of '${path}' must be a string.`);
    if (!path || path.startsWith('/') || path.split('/').some((part) => part === '..' || part === '')) {
      throw invalidParameter(`'${path}' is not a valid file path: use a relative path such as 'index.mjs' or 'src/app.ts'.`);
    }
  }
}

export function isRuntime(value: string): value is Runtime {
  return (RUNTIMES as readonly string[]).includes(value);
}
