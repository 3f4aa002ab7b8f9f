// One AWS::Serverless::Function in a SAM import: its settings (with Globals.Function applied),
// its code, and the alias SAM would publish.
import { RUNTIMES } from '../engine/lambda/types';
import { topicArn } from '../engine/services/sns/definitions';
import { queueArn } from '../engine/services/sqs/definitions';
import { importCode } from './sam-import-code';
import { isRecord, type ImportContext, type Raw } from './sam-import-context';
import { queueNamed, refersToResource, topicNamed } from './sam-import-messaging-refs';
import type { ProjectFunction } from './types';

/** The properties the import carries over; Events and FunctionUrlConfig are read after the APIs. */
export const FUNCTION_PROPERTIES = [
  'Handler', 'Runtime', 'CodeUri', 'InlineCode', 'MemorySize', 'Timeout', 'EphemeralStorage', 'Environment', 'Description',
  'ReservedConcurrentExecutions', 'AutoPublishAlias', 'FunctionUrlConfig', 'Events', 'FunctionName', 'Architectures', 'PackageType',
  'DeadLetterQueue', 'EventInvokeConfig',
];

const DEAD_LETTER_TYPES: Record<string, { service: 'sqs' | 'sns' }> = { SQS: { service: 'sqs' }, SNS: { service: 'sns' } };

/** The ARN of the queue or topic of the template a reference names; undefined for an ARN or a parameter (read as text). */
function templateTargetArn(ctx: ImportContext, value: unknown, path: string, service: 'sqs' | 'sns'): string | undefined {
  if (!refersToResource(ctx, value)) return undefined;
  return service === 'sqs' ? queueArn(queueNamed(ctx, value, path)) : topicArn(topicNamed(ctx, value, path));
}

/** SAM's `DeadLetterQueue: { Type: SQS | SNS, TargetArn }` as the function's DeadLetterConfig target. */
function importDeadLetterQueue(ctx: ImportContext, value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return void ctx.note(path, 'dlqShape', {});
  const type = value.Type !== undefined ? ctx.resolver.string(value.Type, `${path}.Type`) : undefined;
  const kind = type !== undefined ? DEAD_LETTER_TYPES[type] : undefined;
  if (!kind) return void ctx.note(`${path}.Type`, 'dlqType', {});
  const fromTemplate = templateTargetArn(ctx, value.TargetArn, `${path}.TargetArn`, kind.service);
  const arn = fromTemplate ?? ctx.resolver.string(value.TargetArn, `${path}.TargetArn`);
  if (!arn) return undefined;
  if (!new RegExp(`^arn:(aws[a-zA-Z-]*)?:${kind.service}:.*$`).test(arn)) return void ctx.note(`${path}.TargetArn`, 'dlqArn', { arn, type: String(type) });
  // SAM grants the role it creates the call; the playground's function keeps its own role.
  ctx.note(path, 'dlqPermission', { action: kind.service === 'sqs' ? 'sqs:SendMessage' : 'sns:Publish', arn });
  return arn;
}

/** A Node.js runtime the playground runs: the same one, or the nearest for older and newer ones. */
function runtimeOf(ctx: ImportContext, value: string, path: string): string | undefined {
  if ((RUNTIMES as readonly string[]).includes(value)) return value;
  const node = /^nodejs(\d+)\.x$/.exec(value);
  if (!node) {
    ctx.note(path, 'runtimeNotNode', { runtime: value });
    return undefined;
  }
  const versions = RUNTIMES.map((r) => Number(/\d+/.exec(r)![0])).sort((a, b) => a - b);
  const nearest = Number(node[1]) < versions[0]! ? versions[0]! : versions[versions.length - 1]!;
  ctx.note(path, 'runtimeNearest', { runtime: value, nearest });
  return `nodejs${nearest}.x`;
}

/** Globals.Function under the resource's own properties; environment variables merge. */
export function withGlobals(globals: Raw, props: Raw): Raw {
  const merged = { ...globals, ...props };
  const variables = (source: Raw) => (isRecord(source.Environment) && isRecord(source.Environment.Variables) ? source.Environment.Variables : {});
  if (isRecord(globals.Environment) || isRecord(props.Environment)) {
    merged.Environment = { Variables: { ...variables(globals), ...variables(props) } };
  }
  return merged;
}

export function importFunction(ctx: ImportContext, logicalId: string, resource: Raw, name: string, globals: Raw): ProjectFunction | undefined {
  const path = `Resources.${logicalId}.Properties`;
  const props = withGlobals(globals, isRecord(resource.Properties) ? resource.Properties : {});
  ctx.unsupported(isRecord(resource.Properties) ? resource.Properties : {}, FUNCTION_PROPERTIES, path);
  if (props.PackageType === 'Image') return void ctx.note(path, 'imageFunction', {});
  const runtimeText = ctx.resolver.string(props.Runtime ?? 'nodejs24.x', `${path}.Runtime`);
  const runtime = runtimeText && runtimeOf(ctx, runtimeText, `${path}.Runtime`);
  if (!runtime) return undefined;
  if (typeof props.Handler !== 'string') return void ctx.note(`${path}.Handler`, 'handlerMissing', {});
  if (Array.isArray(props.Architectures) && props.Architectures.includes('arm64')) ctx.note(`${path}.Architectures`, 'arm64', {});

  const fn: ProjectFunction = {
    name, runtime, handler: props.Handler,
    memorySize: ctx.number(props.MemorySize, `${path}.MemorySize`) ?? 128, // SAM's defaults: 128 MB, 3 seconds
    timeout: ctx.number(props.Timeout, `${path}.Timeout`) ?? 3,
    environment: {}, files: {}, testEvents: [],
  };
  const variables = isRecord(props.Environment) && isRecord(props.Environment.Variables) ? props.Environment.Variables : {};
  for (const [key, value] of Object.entries(variables)) {
    const text = ctx.resolver.string(value, `${path}.Environment.Variables.${key}`);
    if (text !== undefined) fn.environment[key] = text;
  }
  const description = props.Description !== undefined ? ctx.resolver.string(props.Description, `${path}.Description`) : undefined;
  if (description) fn.description = description;
  const storage = isRecord(props.EphemeralStorage) ? ctx.number(props.EphemeralStorage.Size, `${path}.EphemeralStorage.Size`) : undefined;
  if (storage !== undefined) fn.ephemeralStorageMB = storage;
  const reserved = ctx.number(props.ReservedConcurrentExecutions, `${path}.ReservedConcurrentExecutions`);
  if (reserved !== undefined) fn.reservedConcurrency = reserved;
  const deadLetter = importDeadLetterQueue(ctx, props.DeadLetterQueue, `${path}.DeadLetterQueue`);
  if (deadLetter) fn.deadLetterTargetArn = deadLetter;
  const alias = props.AutoPublishAlias !== undefined ? ctx.resolver.string(props.AutoPublishAlias, `${path}.AutoPublishAlias`) : undefined;
  if (alias) {
    // SAM points the alias at each version it publishes; here it starts at $LATEST until you publish one.
    fn.aliases = [{ name: alias, functionVersion: '$LATEST', description: 'AutoPublishAlias' }];
    ctx.note(`${path}.AutoPublishAlias`, 'autoPublishAlias', { alias });
  }
  const code = importCode(ctx, props, resource.Metadata, name, path);
  fn.files = code.files;
  fn.handler = code.handler;
  return fn;
}
