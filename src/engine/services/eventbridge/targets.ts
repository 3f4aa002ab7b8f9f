// A rule's targets: PutTargets, RemoveTargets and ListTargetsByRule with EventBridge's limits (10 per
// request, 5 per rule) and checks. The playground delivers to Lambda functions only; other targets
// are answered in FailedEntries, as PutTargets reports targets it could not add.
import { lambdaTarget, type TargetDef } from './definitions';
import { NAME_PATTERN, NAME_RULE, constraint, tooManyTargets, validation } from './errors';
import { checkTargetInput } from './input-transform';
import type { Rule, Rules } from './rules';

type Input = Record<string, unknown>;

/** EventBridge quotas: at most five targets per rule. */
export const MAX_TARGETS_PER_RULE = 5;

export interface FailedTarget {
  TargetId: string;
  ErrorCode: string;
  ErrorMessage: string;
}

/** The target as stored: the members PutTargets takes that the playground uses. */
function asTarget(raw: Input, index: number): TargetDef {
  const member = (name: string) => `targets.${index + 1}.member.${name}`;
  const id = raw.Id;
  if (typeof id !== 'string' || id === '') throw constraint(String(id ?? 'null'), member('id'), 'Member must not be null');
  if (id.length > 64) throw constraint(id, member('id'), 'Member must have length less than or equal to 64');
  if (!NAME_PATTERN.test(id)) throw constraint(id, member('id'), NAME_RULE);
  const arn = raw.Arn;
  if (typeof arn !== 'string' || arn === '') throw constraint(String(arn ?? 'null'), member('arn'), 'Member must not be null');
  if (arn.length > 1600) throw constraint(arn, member('arn'), 'Member must have length less than or equal to 1600');
  if (!/^arn:[^:]+:[^:]+:[^:]*:[^:]*:.+$/.test(arn)) throw validation(`Parameter ${arn} is not valid. Reason: Provided Arn is not in correct format.`);
  const target: TargetDef = { Id: id, Arn: arn };
  if (raw.Input !== undefined) target.Input = String(raw.Input);
  if (raw.InputPath !== undefined) target.InputPath = String(raw.InputPath);
  if (raw.InputTransformer !== undefined) {
    const t = raw.InputTransformer as Input;
    target.InputTransformer = {
      ...(t.InputPathsMap !== undefined ? { InputPathsMap: { ...(t.InputPathsMap as Record<string, string>) } } : {}),
      InputTemplate: t.InputTemplate as string,
    };
  }
  checkTargetInput(target);
  return target;
}

/** PutTargets: adds or replaces (by Id) targets of a rule. */
export function putTargets(rules: Rules, input: Input): { rule: Rule; output: { FailedEntryCount: number; FailedEntries: FailedTarget[] } } {
  const rule = rules.get(input, 'Rule');
  const raw = input.Targets;
  if (!Array.isArray(raw) || raw.length === 0) throw constraint(Array.isArray(raw) ? '[]' : 'null', 'targets', raw === undefined ? 'Member must not be null' : 'Member must have length greater than or equal to 1');
  if (raw.length > 10) throw constraint(`[${raw.map((t: Input) => `Target(id=${String(t?.Id)}, arn=${String(t?.Arn)})`).join(', ')}]`, 'targets', 'Member must have length less than or equal to 10');
  const targets = raw.map((t, i) => asTarget((t ?? {}) as Input, i));
  const failed: FailedTarget[] = [];
  const accepted = targets.filter((t) => {
    if (lambdaTarget(t.Arn)) return true;
    failed.push({ TargetId: t.Id, ErrorCode: 'ValidationException', ErrorMessage: `The playground delivers EventBridge events to Lambda functions of this account (arn:aws:lambda:us-east-1:123456789012:function:…) only, not to ${t.Arn}.` });
    return false;
  });
  const ids = new Set(accepted.map((t) => t.Id));
  const kept = rule.targets.filter((t) => !ids.has(t.Id));
  if (kept.length + accepted.length > MAX_TARGETS_PER_RULE) throw tooManyTargets();
  rule.targets = [...kept, ...accepted];
  return { rule, output: { FailedEntryCount: failed.length, FailedEntries: failed } };
}

/** RemoveTargets: removes targets by Id; ids the rule does not have are not an error. */
export function removeTargets(rules: Rules, input: Input): { rule: Rule; output: { FailedEntryCount: number; FailedEntries: FailedTarget[] } } {
  const rule = rules.get(input, 'Rule');
  const ids = input.Ids;
  if (!Array.isArray(ids) || ids.length === 0) throw constraint(Array.isArray(ids) ? '[]' : 'null', 'ids', ids === undefined ? 'Member must not be null' : 'Member must have length greater than or equal to 1');
  if (ids.length > 100) throw constraint(`[${ids.join(', ')}]`, 'ids', 'Member must have length less than or equal to 100');
  const remove = new Set(ids.map(String));
  rule.targets = rule.targets.filter((t) => !remove.has(t.Id));
  return { rule, output: { FailedEntryCount: 0, FailedEntries: [] } };
}

export function listTargetsByRule(rules: Rules, input: Input): { Targets: TargetDef[] } {
  const rule = rules.get(input, 'Rule');
  return { Targets: rule.targets.map((t) => structuredClone(t)) };
}
