// What the SAM export writes on functions for asynchronous invocation: a DeadLetterQueue that names a
// queue or topic of the template with !GetAtt/!Ref, and EventInvokeConfig (retries, event age, and
// destinations with SAM's Type: SQS, SNS, Lambda, EventBridge or S3Bucket).
import { ACCOUNT_ID } from '../engine/ids';
import { parseFunctionName } from '../engine/lambda/validation';
import type { ExportContext } from './sam-export-context';

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => !!value && typeof value === 'object' && !Array.isArray(value);

/** SAM's destination Type for a service of an ARN. */
const TYPES: Record<string, string> = { sqs: 'SQS', sns: 'SNS', lambda: 'Lambda', events: 'EventBridge', s3: 'S3Bucket' };

/** The function's DeadLetterQueue names the queue or topic of the template when the project has it. */
function deadLetterQueues(ctx: ExportContext): void {
  for (const fn of ctx.doc.functions) {
    const id = ctx.functionIds.get(fn.name);
    const dlq = id ? (ctx.resources[id]!.Properties.DeadLetterQueue as Raw | undefined) : undefined;
    const reference = fn.deadLetterTargetArn ? ctx.reference(fn.deadLetterTargetArn) : undefined;
    if (dlq && reference) dlq.TargetArn = reference;
  }
}

/** One destination with SAM's Type; undefined (reported) when it names something the template lacks. */
function destinationOf(ctx: ExportContext, arn: string, where: string): Raw | undefined {
  const service = arn.split(':')[2] ?? '';
  const type = TYPES[service];
  if (!type) return void ctx.note(where, `not exported: SAM has no destination type for ${arn}`);
  const reference = ctx.reference(arn);
  if (reference) return { Type: type, Destination: reference };
  if (['sqs', 'sns', 'lambda'].includes(service) && arn.includes(`:${ACCOUNT_ID}:`)) return void ctx.note(where, `not exported: ${arn} is not in the project`);
  return { Type: type, Destination: arn };
}

/**
 * Each function's asynchronous invocation settings as SAM's EventInvokeConfig, which SAM applies to
 * the auto-published alias when there is one and to $LATEST otherwise; settings of other versions
 * or aliases have no place in SAM.
 */
function eventInvokeConfigs(ctx: ExportContext): void {
  const done = new Set<string>();
  for (const [i, raw] of (ctx.doc.eventInvokeConfigs ?? []).entries()) {
    const config = isRecord(raw) ? raw : {};
    const where = `eventInvokeConfigs[${i}] (${String(config.FunctionName)})`;
    let target: { name: string; qualifier?: string };
    try {
      target = parseFunctionName(String(config.FunctionName));
    } catch {
      ctx.note(where, 'not exported: it needs a FunctionName');
      continue;
    }
    const qualifier = typeof config.Qualifier === 'string' ? config.Qualifier : target.qualifier;
    const id = ctx.functionId(target.name, where);
    if (!id) continue;
    const alias = ctx.autoAlias.get(target.name);
    if (qualifier !== undefined && qualifier !== '$LATEST' && qualifier !== alias) {
      ctx.note(where, `not exported: it is for ${target.name}:${qualifier}, and SAM sets these settings on $LATEST or the auto-published alias only`);
      continue;
    }
    if (done.has(target.name)) {
      ctx.note(where, `not exported: ${target.name} has other settings already, and SAM keeps one EventInvokeConfig per function`);
      continue;
    }
    done.add(target.name);
    const out: Raw = {};
    if (typeof config.MaximumEventAgeInSeconds === 'number') out.MaximumEventAgeInSeconds = config.MaximumEventAgeInSeconds;
    if (typeof config.MaximumRetryAttempts === 'number') out.MaximumRetryAttempts = config.MaximumRetryAttempts;
    const destinations: Raw = {};
    for (const kind of ['OnSuccess', 'OnFailure'] as const) {
      const given = isRecord(config.DestinationConfig) && isRecord(config.DestinationConfig[kind]) ? config.DestinationConfig[kind].Destination : undefined;
      const destination = typeof given === 'string' && given ? destinationOf(ctx, given, `${where}.DestinationConfig.${kind}`) : undefined;
      if (destination) destinations[kind] = destination;
    }
    if (Object.keys(destinations).length) out.DestinationConfig = destinations;
    if (Object.keys(out).length) ctx.resources[id]!.Properties.EventInvokeConfig = out;
  }
}

export function exportFunctionSettings(ctx: ExportContext): void {
  deadLetterQueues(ctx);
  eventInvokeConfigs(ctx);
}
