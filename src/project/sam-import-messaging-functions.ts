// What a SAM import gives functions beyond their events: EventInvokeConfig (retries, event age and
// destinations, checked as PutFunctionEventInvokeConfig checks them), the template's
// AWS::Lambda::Permission resources, and the project's `permissions` from both.
import { functionArn } from '../engine/ids';
import { permissionStatement } from '../engine/iam/function-policy';
import type { FunctionPolicyDef } from '../engine/iam/function-policy-types';
import { validateEventInvokeInput } from '../engine/lambda/async/event-invoke-config';
import type { DestinationConfig, PutFunctionEventInvokeConfigInput } from '../engine/lambda/types';
import { topicArn } from '../engine/services/sns/definitions';
import { createTopic } from '../engine/services/sns/topic-operations';
import { queueArn } from '../engine/services/sqs/definitions';
import { newQueueDef } from '../engine/services/sqs/queue-attributes';
import { isRecord, type ImportContext, type Raw } from './sam-import-context';
import { functionNamed, messageOf, queueNamed, recordOf, textOf, topicNamed } from './sam-import-messaging-refs';

/** SAM's destination types (`Type` is SAM's own property, and required). */
const DESTINATION_TYPES = ['SQS', 'SNS', 'EventBridge', 'Lambda', 'S3Bucket'];

/**
 * One destination as Lambda's ARN. SQS or SNS without a Destination: SAM makes the queue or topic,
 * `<function id>EventInvokeConfig<OnSuccess|OnFailure>Queue|Topic`, and so does the import.
 */
function destinationOf(ctx: ImportContext, fnId: string, functionName: string, kind: 'OnSuccess' | 'OnFailure', value: unknown, path: string): string | undefined {
  const config = recordOf(ctx, value, path);
  if (!config) return undefined;
  ctx.unsupported(config, ['Type', 'Destination'], path);
  const type = textOf(ctx, config.Type, `${path}.Type`);
  if (type === undefined || !DESTINATION_TYPES.includes(type)) ctx.fail(`${path}.Type`, `'Type: ${type ?? 'None'}' must be one of ['${DESTINATION_TYPES.join("', '")}']`);
  const at = `${path}.Destination`;
  if (config.Destination === undefined) {
    const made = `${fnId}EventInvokeConfig${kind}${type === 'SQS' ? 'Queue' : 'Topic'}`;
    if (type === 'SQS') {
      if (!ctx.queues.has(made)) ctx.queues.set(made, newQueueDef(made, false, ctx.now));
      ctx.note(path, 'destinationQueue', { name: made });
      return queueArn(made);
    }
    if (type === 'SNS') {
      if (!ctx.topics.find(made)) createTopic(ctx.topics, { Name: made });
      ctx.note(path, 'destinationTopic', { name: made });
      return topicArn(made);
    }
    return ctx.fail(at, "Destination is required if Type is not ['SQS', 'SNS']");
  }
  if (type === 'SQS') return queueArn(queueNamed(ctx, config.Destination, at));
  if (type === 'SNS') return topicArn(topicNamed(ctx, config.Destination, at));
  if (type === 'Lambda') {
    const fn = functionNamed(ctx, config.Destination, at);
    if (fn?.functionName === functionName && !fn.qualifier) ctx.fail(at, "You can't specify the function as a destination for itself.");
    return fn ? functionArn(fn.functionName, fn.qualifier) : undefined;
  }
  ctx.note(at, 'destinationNotSimulated', { type: type === 'S3Bucket' ? 'S3Bucket' : 'EventBridge' });
  return undefined;
}

/** SAM's `EventInvokeConfig` as the function's asynchronous invocation settings. */
export function importEventInvokeConfig(ctx: ImportContext, fnId: string, functionName: string, value: unknown, hasAlias: boolean, path: string): void {
  const props = recordOf(ctx, value, path);
  if (!props) return;
  ctx.unsupported(props, ['MaximumEventAgeInSeconds', 'MaximumRetryAttempts', 'DestinationConfig'], path);
  const config = recordOf(ctx, props.DestinationConfig, `${path}.DestinationConfig`);
  if (config) ctx.unsupported(config, ['OnSuccess', 'OnFailure'], `${path}.DestinationConfig`);
  const destinations: DestinationConfig = {};
  for (const kind of ['OnSuccess', 'OnFailure'] as const) {
    const arn = destinationOf(ctx, fnId, functionName, kind, config?.[kind], `${path}.DestinationConfig.${kind}`);
    if (arn) destinations[kind] = { Destination: arn };
  }
  const number = (key: string) => ctx.number(props[key], `${path}.${key}`);
  const input: PutFunctionEventInvokeConfigInput = {
    FunctionName: functionName,
    ...(number('MaximumRetryAttempts') !== undefined ? { MaximumRetryAttempts: number('MaximumRetryAttempts') } : {}),
    ...(number('MaximumEventAgeInSeconds') !== undefined ? { MaximumEventAgeInSeconds: number('MaximumEventAgeInSeconds') } : {}),
    ...(Object.keys(destinations).length ? { DestinationConfig: destinations } : {}),
  };
  if (Object.keys(input).length === 1) return;
  try {
    validateEventInvokeInput(input);
  } catch (error) {
    ctx.fail(path, messageOf(error));
  }
  if (hasAlias) ctx.note(path, 'invokeConfigLatest', {});
  ctx.eventInvokeConfigs.push(input);
}

/** AWS::Lambda::Permission: a statement in the resource-based policy of a function of the template. */
export function importPermission(ctx: ImportContext, id: string, resource: Raw): void {
  const path = `Resources.${id}.Properties`;
  const props = isRecord(resource.Properties) ? resource.Properties : {};
  ctx.unsupported(props, ['FunctionName', 'Action', 'Principal', 'SourceArn', 'SourceAccount'], path);
  const fn = functionNamed(ctx, props.FunctionName, `${path}.FunctionName`, true);
  if (!fn) return;
  const text = (key: string) => textOf(ctx, props[key], `${path}.${key}`);
  const [action, principal, sourceArn, sourceAccount] = ['Action', 'Principal', 'SourceArn', 'SourceAccount'].map(text);
  try {
    const statement = permissionStatement(
      { FunctionName: fn.functionName, StatementId: id.slice(0, 100), Action: action ?? '', Principal: principal ?? '', ...(sourceArn ? { SourceArn: sourceArn } : {}), ...(sourceAccount ? { SourceAccount: sourceAccount } : {}) },
      functionArn(fn.functionName, fn.qualifier),
    );
    ctx.permissions.set(fn.functionName, [...(ctx.permissions.get(fn.functionName) ?? []), statement]);
  } catch (error) {
    ctx.note(path, 'permissionRefused', { reason: messageOf(error) });
  }
}

/** The project's `permissions`: each function's statements, in the order the template gave them. */
export const permissionDefs = (ctx: ImportContext): FunctionPolicyDef[] =>
  [...ctx.permissions].map(([functionName, statements]) => ({ functionName, statements }));
