// EventBridge rules in the SAM export, written as SAM users write them: a rule with one function
// target becomes that function's `Schedule` event (a schedule) or `EventBridgeRule` event (a
// pattern); any other rule an AWS::Events::Rule with its targets and the AWS::Lambda::Permission
// each function target needs (SAM adds those itself for events).
import { lambdaTarget, type RuleDef, type TargetDef } from '../engine/services/eventbridge/definitions';
import type { ExportContext } from './sam-export-context';
import { GetAtt, jsonValue, pascalCase, Ref, samTargetId } from './sam-shared';

type Raw = Record<string, unknown>;

const isObject = (value: unknown) => !!value && typeof value === 'object' && !Array.isArray(value);

/** Input, InputPath and InputTransformer as the template writes them. */
function inputs(target: TargetDef): Raw {
  return {
    ...(target.Input !== undefined ? { Input: target.Input } : {}),
    ...(target.InputPath !== undefined ? { InputPath: target.InputPath } : {}),
    ...(target.InputTransformer ? { InputTransformer: structuredClone(target.InputTransformer) } : {}),
  };
}

/** The rule as one event of its only target's function, or false when SAM's events cannot say it. */
function asEvent(ctx: ExportContext, rule: RuleDef, where: string): boolean {
  const [target, ...others] = rule.Targets ?? [];
  const fn = target && !others.length ? lambdaTarget(target.Arn) : undefined;
  if (!target || !fn || !ctx.functionIds.has(fn.functionName)) return false;
  const pattern = rule.EventPattern === undefined ? undefined : jsonValue(rule.EventPattern);
  // A Schedule event's target takes only Input; an EventBridgeRule event's Pattern must be an object.
  if (rule.ScheduleExpression !== undefined ? target.InputPath !== undefined || target.InputTransformer !== undefined : !isObject(pattern)) return false;
  if (rule.ScheduleExpression !== undefined && rule.EventPattern !== undefined) return false;
  if (!ctx.target(fn, `${where}.Targets[0] (${target.Id})`)) return false;
  const disabled = rule.State === 'DISABLED' ? { Enabled: false } : {};
  const name = pascalCase(rule.Name) || 'Rule';
  if (rule.ScheduleExpression !== undefined) {
    const props: Raw = { Schedule: rule.ScheduleExpression, Name: rule.Name, ...(rule.Description ? { Description: rule.Description } : {}), ...inputs(target), ...disabled };
    const key = ctx.addEvent(fn.functionName, name, { Type: 'Schedule', Properties: props });
    const id = samTargetId(`${ctx.functionIds.get(fn.functionName)}${key}`);
    if (target.Id !== id) ctx.note(`${where}.Targets[0] (${target.Id})`, `its Id becomes ${id}: SAM names the target of a Schedule event itself`);
    return true;
  }
  const props: Raw = { Pattern: pattern, RuleName: rule.Name, ...inputs(target), Target: { Id: target.Id }, ...disabled };
  if (rule.Description) ctx.note(`${where}.Description`, "not exported: SAM's EventBridgeRule event has no Description");
  ctx.addEvent(fn.functionName, name, { Type: 'EventBridgeRule', Properties: props });
  return true;
}

/** The rule as an AWS::Events::Rule, its function targets given the permission to be invoked by it. */
function asResource(ctx: ExportContext, rule: RuleDef, where: string): void {
  const id = ctx.ids.take(rule.Name, 'Rule');
  const targets: Raw[] = [];
  const permissions: [string, Raw][] = [];
  for (const [j, target] of (rule.Targets ?? []).entries()) {
    const at = `${where}.Targets[${j}] (${target.Id})`;
    const fn = lambdaTarget(target.Arn);
    const fnId = fn ? ctx.target(fn, at) : undefined;
    if (!fn || !fnId) {
      if (!fn) ctx.note(at, `not exported: ${target.Arn} is not a function of the project`);
      continue;
    }
    targets.push({ Id: target.Id, Arn: ctx.reference(target.Arn) ?? new GetAtt(fnId, 'Arn'), ...inputs(target) });
    permissions.push([ctx.ids.take(`${rule.Name} ${fnId} permission`, ''), {
      Action: 'lambda:InvokeFunction', FunctionName: new Ref(fnId), Principal: 'events.amazonaws.com', SourceArn: new GetAtt(id, 'Arn'),
    }]);
  }
  const props: Raw = {
    Name: rule.Name,
    ...(rule.Description ? { Description: rule.Description } : {}),
    ...(rule.ScheduleExpression !== undefined ? { ScheduleExpression: rule.ScheduleExpression } : {}),
    ...(rule.EventPattern !== undefined ? { EventPattern: jsonValue(rule.EventPattern) } : {}),
    State: rule.State ?? 'ENABLED',
    ...(targets.length ? { Targets: targets } : {}),
  };
  ctx.resources[id] = { Type: 'AWS::Events::Rule', Properties: props };
  for (const [permissionId, permission] of permissions) ctx.resources[permissionId] = { Type: 'AWS::Lambda::Permission', Properties: permission };
}

export function exportRules(ctx: ExportContext): void {
  for (const [i, raw] of (ctx.doc.rules ?? []).entries()) {
    const rule = raw as RuleDef;
    if (!rule || typeof rule.Name !== 'string') {
      ctx.note(`rules[${i}]`, 'not exported: a rule needs a Name');
      continue;
    }
    const where = `rules[${i}] (${rule.Name})`;
    if (!asEvent(ctx, rule, where)) asResource(ctx, rule, where);
  }
}
