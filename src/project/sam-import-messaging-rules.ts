// EventBridge in a SAM import: a function's `Schedule`, `ScheduleV2` and `EventBridgeRule` events and
// AWS::Events::Rule resources become the project's rules, made by a scratch EventBridge with PutRule's
// and PutTargets' checks, so an invalid schedule, pattern or target input stops the import with
// EventBridge's words at the property that holds it. Events get the permission SAM adds for them.
import { ServiceError } from '../engine/errors';
import { functionArn } from '../engine/ids';
import { ruleArn, type TargetDef } from '../engine/services/eventbridge/definitions';
import { putTargets } from '../engine/services/eventbridge/targets';
import { isRecord, type ImportContext, type Raw } from './sam-import-context';
import type { EventSource } from './sam-import-messaging-events';
import { intrinsicName } from './sam-import-resolve';
import { samTargetId } from './sam-shared';
import { flagOf, FUNCTION_TYPE, functionNamed, grantInvoke, jsonText, messageOf, recordOf, referenceOf, textOf } from './sam-import-messaging-refs';

/** Where each member of PutRule's and PutTargets' input came from in the template. */
type Places = Partial<Record<'Name' | 'ScheduleExpression' | 'EventPattern' | 'State' | 'Description' | 'Id' | 'Input' | 'InputPath' | 'InputTransformer', string>>;

const optional = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });

/** Where each property named in `names` (member → property) is, under `path`. */
const places = (path: string, names: Record<string, string>): Places =>
  Object.fromEntries(Object.entries(names).map(([member, property]) => [member, `${path}.${property}`]));

/** The member an EventBridge refusal is about, from its words (`at 'name'`, `Input for target …`). */
function placeOf(error: unknown, places: Places, fallback: string): string {
  const text = messageOf(error);
  const member = (error instanceof ServiceError && error.code === 'InvalidEventPatternException') ? 'EventPattern'
    : /ScheduleExpression|'scheduleExpression'/.test(text) ? 'ScheduleExpression'
    : /'eventPattern'/.test(text) ? 'EventPattern'
    : /at 'name'/.test(text) ? 'Name'
    : /at 'state'/.test(text) ? 'State'
    : /at 'description'/.test(text) ? 'Description'
    : /member\.id'/.test(text) ? 'Id'
    : /^Only one of Input/.test(text) ? undefined
    : /^InputPath /.test(text) ? 'InputPath'
    : /^Input(Template|PathsMap) /.test(text) ? 'InputTransformer'
    : /^Input /.test(text) ? 'Input'
    : undefined;
  return (member && places[member]) ?? fallback;
}

/** EventBridge's refusal with the reason it gives apart (an invalid schedule's field and why). */
function refusal(error: unknown): string {
  const reason = error instanceof ServiceError ? error.fields.Reason : undefined;
  return typeof reason === 'string' ? `${messageOf(error)} (${reason})` : messageOf(error);
}

/** PutRule; a rule name already taken in the template stops the import too. */
function addRule(ctx: ImportContext, rule: Raw, places: Places, path: string): void {
  const name = String(rule.Name);
  if (ctx.rules.find(name)) ctx.fail(places.Name ?? path, `another rule of this template is named ${name}`);
  try {
    ctx.rules.put(rule);
  } catch (error) {
    ctx.fail(placeOf(error, places, path), refusal(error));
  }
}

/** PutTargets with one target, its refusal placed at the property it concerns. */
function addTarget(ctx: ImportContext, rule: string, target: TargetDef, places: Places, path: string): void {
  try {
    putTargets(ctx.rules, { Rule: rule, Targets: [target] });
  } catch (error) {
    ctx.fail(placeOf(error, places, path), refusal(error));
  }
}

/** `State` or `Enabled` (SAM refuses both) as the rule's State. */
function stateOf(ctx: ImportContext, props: Raw, path: string): string | undefined {
  const enabled = flagOf(ctx, props.Enabled, `${path}.Enabled`);
  const state = textOf(ctx, props.State, `${path}.State`);
  if (state !== undefined && enabled !== undefined) ctx.fail(path, 'State and Enabled Properties cannot both be specified.');
  return enabled === undefined ? state : enabled ? 'ENABLED' : 'DISABLED';
}

/** Input must be text (JSON text for a Lambda target), as SAM's property types say. */
function inputOf(ctx: ImportContext, value: unknown, path: string): string | undefined {
  if (value !== undefined && typeof value === 'object' && !intrinsicName(value)) {
    ctx.fail(path, "Type of property 'Input' is invalid: it must be JSON text, such as '{\"key\": \"value\"}'");
  }
  return textOf(ctx, value, path);
}

function unsupportedExtras(ctx: ImportContext, props: Raw, path: string): void {
  for (const key of ['DeadLetterConfig', 'RetryPolicy']) {
    if (props[key] !== undefined) ctx.note(`${path}.${key}`, 'ruleRetries', {});
  }
}

/** `Type: Schedule`: a scheduled rule named Name (else the event's logical id) with one target, the function. */
export function importScheduleEvent(ctx: ImportContext, source: EventSource, props: Raw): void {
  const { path } = source;
  ctx.unsupported(props, ['Schedule', 'Name', 'Description', 'Input', 'Enabled', 'State', 'DeadLetterConfig', 'RetryPolicy'], path);
  unsupportedExtras(ctx, props, path);
  const name = textOf(ctx, props.Name, `${path}.Name`) ?? source.eventId.slice(0, 64);
  const rule = { Name: name, ScheduleExpression: textOf(ctx, props.Schedule, `${path}.Schedule`), ...optional('State', stateOf(ctx, props, path)), ...optional('Description', textOf(ctx, props.Description, `${path}.Description`)) };
  if (rule.ScheduleExpression === undefined) ctx.fail(`${path}.Schedule`, 'a Schedule event needs a Schedule, such as rate(5 minutes) or cron(0 12 * * ? *)');
  const target: TargetDef = { Id: samTargetId(source.eventId), Arn: functionArn(source.functionName), ...optional('Input', inputOf(ctx, props.Input, `${path}.Input`)) };
  const at = places(path, { Name: 'Name', ScheduleExpression: 'Schedule', State: 'State', Description: 'Description', Input: 'Input' });
  addRule(ctx, rule, at, path);
  addTarget(ctx, name, target, at, path);
  grantInvoke(ctx, source.functionName, `${source.eventId}Permission`, 'events.amazonaws.com', ruleArn(name));
}

/**
 * `Type: ScheduleV2` (EventBridge Scheduler): run as a scheduled rule, the closest thing the
 * playground has; the report says what that changes.
 */
export function importScheduleV2Event(ctx: ImportContext, source: EventSource, props: Raw): void {
  const { path } = source;
  const own = ['ScheduleExpression', 'Name', 'Description', 'Input', 'State', 'FlexibleTimeWindow', 'ScheduleExpressionTimezone', 'StartDate', 'EndDate', 'OmitName', 'DeadLetterConfig', 'RetryPolicy'];
  ctx.unsupported(props, own, path);
  unsupportedExtras(ctx, props, path);
  const given = textOf(ctx, props.Name, `${path}.Name`);
  if (flagOf(ctx, props.OmitName, `${path}.OmitName`) && given !== undefined) ctx.fail(`${path}.Name`, 'Name cannot be set when OmitName is True');
  const expression = textOf(ctx, props.ScheduleExpression, `${path}.ScheduleExpression`);
  if (expression === undefined) ctx.fail(`${path}.ScheduleExpression`, 'a ScheduleV2 event needs a ScheduleExpression, such as rate(5 minutes) or cron(0 12 * * ? *)');
  if (/^at\(/.test(expression)) return ctx.note(`${path}.ScheduleExpression`, 'scheduleAt', {});
  const name = (given ?? source.eventId).slice(0, 64);
  const input = inputOf(ctx, props.Input, `${path}.Input`);
  const rule = { Name: name, ScheduleExpression: expression, ...optional('State', textOf(ctx, props.State, `${path}.State`)), ...optional('Description', textOf(ctx, props.Description, `${path}.Description`)) };
  const at = places(path, { Name: 'Name', ScheduleExpression: 'ScheduleExpression', State: 'State', Description: 'Description', Input: 'Input' });
  addRule(ctx, rule, at, path);
  addTarget(ctx, name, { Id: samTargetId(source.eventId), Arn: functionArn(source.functionName), ...optional('Input', input) }, at, path);
  grantInvoke(ctx, source.functionName, `${source.eventId}Permission`, 'events.amazonaws.com', ruleArn(name));

  const window = recordOf(ctx, props.FlexibleTimeWindow, `${path}.FlexibleTimeWindow`);
  const zone = textOf(ctx, props.ScheduleExpressionTimezone, `${path}.ScheduleExpressionTimezone`);
  ctx.note(path, 'scheduleV2', {
    name,
    noInput: input === undefined,
    window: !!window && textOf(ctx, window.Mode, `${path}.FlexibleTimeWindow.Mode`) !== 'OFF',
    zone: zone !== undefined && !/^(UTC|Etc\/UTC|GMT)$/.test(zone) ? zone : '',
    dates: props.StartDate !== undefined || props.EndDate !== undefined,
    omitName: props.OmitName !== undefined,
  });
}

/** A target's Input, InputPath and InputTransformer, as PutTargets takes them. */
function targetInputs(ctx: ImportContext, props: Raw, path: string): Partial<TargetDef> {
  const transformer = recordOf(ctx, props.InputTransformer, `${path}.InputTransformer`);
  const paths = transformer ? recordOf(ctx, transformer.InputPathsMap, `${path}.InputTransformer.InputPathsMap`) : undefined;
  if (transformer) ctx.unsupported(transformer, ['InputPathsMap', 'InputTemplate'], `${path}.InputTransformer`);
  return {
    ...optional('Input', inputOf(ctx, props.Input, `${path}.Input`)),
    ...optional('InputPath', textOf(ctx, props.InputPath, `${path}.InputPath`)),
    ...(transformer ? {
      InputTransformer: {
        ...(paths ? { InputPathsMap: Object.fromEntries(Object.entries(paths).map(([k, v]) => [k, textOf(ctx, v, `${path}.InputTransformer.InputPathsMap.${k}`) ?? ''])) } : {}),
        InputTemplate: textOf(ctx, transformer.InputTemplate, `${path}.InputTransformer.InputTemplate`) as string,
      },
    } : {}),
  };
}

function noteBus(ctx: ImportContext, value: unknown, path: string): void {
  const bus = textOf(ctx, value, path);
  if (bus !== undefined && bus !== 'default') ctx.note(path, 'otherBus', { bus });
}

/** `Type: EventBridgeRule`: a pattern rule named RuleName (else the event's logical id) with the function as its target. */
export function importEventBridgeRuleEvent(ctx: ImportContext, source: EventSource, props: Raw): void {
  const { path } = source;
  ctx.unsupported(props, ['Pattern', 'RuleName', 'Input', 'InputPath', 'InputTransformer', 'Target', 'Enabled', 'State', 'EventBusName', 'DeadLetterConfig', 'RetryPolicy'], path);
  unsupportedExtras(ctx, props, path);
  noteBus(ctx, props.EventBusName, `${path}.EventBusName`);
  if (props.Pattern !== undefined && !isRecord(props.Pattern)) ctx.fail(`${path}.Pattern`, "Type of property 'Pattern' is invalid: it must be an object");
  const target = recordOf(ctx, props.Target, `${path}.Target`);
  if (target) ctx.unsupported(target, ['Id'], `${path}.Target`);
  const name = textOf(ctx, props.RuleName, `${path}.RuleName`) ?? source.eventId.slice(0, 64);
  const rule = { Name: name, ...optional('EventPattern', jsonText(ctx, props.Pattern, `${path}.Pattern`)), ...optional('State', stateOf(ctx, props, path)) };
  const id = textOf(ctx, target?.Id, `${path}.Target.Id`) ?? samTargetId(source.eventId);
  const at = places(path, { Name: 'RuleName', EventPattern: 'Pattern', State: 'State', Id: 'Target.Id', Input: 'Input', InputPath: 'InputPath', InputTransformer: 'InputTransformer' });
  addRule(ctx, rule, at, path);
  addTarget(ctx, name, { Id: id, Arn: functionArn(source.functionName), ...targetInputs(ctx, props, path) }, at, path);
  grantInvoke(ctx, source.functionName, `${source.eventId}Permission`, 'events.amazonaws.com', ruleArn(name));
}

/** One of an AWS::Events::Rule's Targets, if it is a function of the template (the only targets the playground delivers to). */
function ruleTarget(ctx: ImportContext, raw: unknown, path: string): TargetDef | undefined {
  const target = recordOf(ctx, raw, path) ?? {};
  ctx.unsupported(target, ['Id', 'Arn', 'Input', 'InputPath', 'InputTransformer', 'DeadLetterConfig', 'RetryPolicy'], path);
  unsupportedExtras(ctx, target, path);
  const ref = referenceOf(target.Arn);
  const type = ref ? ctx.typeOf(ref.id) : undefined;
  const text = ref ? undefined : textOf(ctx, target.Arn, `${path}.Arn`);
  if ((type && type !== FUNCTION_TYPE) || (text !== undefined && !/^arn:[^:]+:lambda:/.test(text))) {
    ctx.note(`${path}.Arn`, 'ruleTargetNotLambda', {});
    return undefined;
  }
  const fn = functionNamed(ctx, target.Arn, `${path}.Arn`);
  if (!fn) return undefined;
  return { Id: textOf(ctx, target.Id, `${path}.Id`) ?? '', Arn: functionArn(fn.functionName, fn.qualifier), ...targetInputs(ctx, target, path) };
}

/** AWS::Events::Rule: a rule of the default bus with its function targets (their permissions are the template's own). */
export function importRuleResource(ctx: ImportContext, id: string, resource: Raw): void {
  const path = `Resources.${id}.Properties`;
  const props = isRecord(resource.Properties) ? resource.Properties : {};
  ctx.unsupported(props, ['Name', 'Description', 'ScheduleExpression', 'EventPattern', 'State', 'EventBusName', 'Targets', 'RoleArn'], path);
  noteBus(ctx, props.EventBusName, `${path}.EventBusName`);
  if (props.RoleArn !== undefined) ctx.note(`${path}.RoleArn`, 'ruleRoleArn', {});
  const rule = {
    Name: ctx.resolver.refs.get(id)!,
    ...optional('ScheduleExpression', textOf(ctx, props.ScheduleExpression, `${path}.ScheduleExpression`)),
    ...optional('EventPattern', jsonText(ctx, props.EventPattern, `${path}.EventPattern`)),
    ...optional('State', textOf(ctx, props.State, `${path}.State`)),
    ...optional('Description', textOf(ctx, props.Description, `${path}.Description`)),
  };
  addRule(ctx, rule, places(path, { Name: 'Name', ScheduleExpression: 'ScheduleExpression', EventPattern: 'EventPattern', State: 'State', Description: 'Description' }), path);
  const list = props.Targets === undefined ? [] : Array.isArray(props.Targets) ? props.Targets : ctx.fail(`${path}.Targets`, 'must be a list');
  list.forEach((raw, i) => {
    const at = `${path}.Targets[${i}]`;
    const target = ruleTarget(ctx, raw, at);
    if (target) addTarget(ctx, rule.Name, target, places(at, { Id: 'Id', Input: 'Input', InputPath: 'InputPath', InputTransformer: 'InputTransformer' }), at);
  });
}
