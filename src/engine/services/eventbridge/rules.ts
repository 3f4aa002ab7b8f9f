// The rules of the default event bus: PutRule, DescribeRule, ListRules, DeleteRule, EnableRule and
// DisableRule with EventBridge's checks and messages (API reference; LocalStack's AWS-validated tests).
import { ACCOUNT_ID } from '../../ids';
import { DEFAULT_BUS, eventBusArn, ruleArn, type RuleDef, type RuleState, type TargetDef } from './definitions';
import { NAME_PATTERN, NAME_RULE, busNotFound, constraint, invalidSchedule, ruleNotFound, validation } from './errors';
import { parseEventPattern, type EventPattern } from './pattern/event-pattern';
import { ScheduleExpressionError, parseScheduleExpression, type ScheduleExpression } from './schedule/schedule-expression';

type Input = Record<string, unknown>;

/** A rule as the service keeps it: its definition, compiled, with when its rate schedule started counting. */
export interface Rule {
  name: string;
  arn: string;
  state: RuleState;
  description?: string;
  pattern?: EventPattern;
  schedule?: ScheduleExpression;
  targets: TargetDef[];
  /** Epoch ms the rule was created or last enabled: a rate expression counts its periods from here. */
  anchor: number;
}

const STATES = ['ENABLED', 'DISABLED', 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS'];

/** The bus a request names (a name or the default bus's ARN); only `default` exists. */
export function checkBus(input: Input, member = 'EventBusName'): void {
  const bus = input[member];
  if (bus === undefined || bus === DEFAULT_BUS || bus === eventBusArn()) return;
  throw busNotFound(String(bus).replace(/^arn:aws:events:[^:]*:\d*:event-bus\//, ''));
}

/** A rule or target name: 1 to 64 of `.-_A-Za-z0-9`. */
export function checkName(value: unknown, member: string): string {
  if (typeof value !== 'string' || value === '') throw constraint(String(value ?? 'null'), member, 'Member must not be null');
  if (value.length > 64) throw constraint(value, member, 'Member must have length less than or equal to 64');
  if (!NAME_PATTERN.test(value)) throw constraint(value, member, NAME_RULE);
  return value;
}

const optionalString = (input: Input, key: string, member: string, max: number): string | undefined => {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw validation(`Parameter ${key} must be a string.`);
  if (value.length > max) throw constraint(value, member, `Member must have length less than or equal to ${max}`);
  return value;
};

export class Rules {
  readonly #rules = new Map<string, Rule>();

  constructor(private readonly now: () => number) {}

  all(): Rule[] {
    return [...this.#rules.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  find(name: string): Rule | undefined {
    return this.#rules.get(name);
  }

  /** The rule named by `input.Rule` or `input.Name`, or EventBridge's ResourceNotFoundException. */
  get(input: Input, key: 'Name' | 'Rule' = 'Name'): Rule {
    checkBus(input);
    const name = checkName(input[key], key === 'Name' ? 'name' : 'rule');
    const rule = this.#rules.get(name);
    if (!rule) throw ruleNotFound(name);
    return rule;
  }

  /** PutRule: creates the rule, or replaces everything but its targets (omitted settings are reset, as AWS documents). */
  put(input: Input): { rule: Rule; output: { RuleArn: string } } {
    const name = checkName(input.Name, 'name');
    const scheduleText = optionalString(input, 'ScheduleExpression', 'scheduleExpression', 256);
    const patternText = optionalString(input, 'EventPattern', 'eventPattern', 4096);
    const description = optionalString(input, 'Description', 'description', 512);
    const state = input.State ?? 'ENABLED';
    if (!STATES.includes(String(state))) throw constraint(String(state), 'state', `Member must satisfy enum value set: [${STATES.join(', ')}]`);
    checkBus(input);
    if (!scheduleText && !patternText) throw validation('Parameter(s) EventPattern or ScheduleExpression must be specified.');
    let schedule: ScheduleExpression | undefined;
    if (scheduleText) {
      try {
        schedule = parseScheduleExpression(scheduleText);
      } catch (error) {
        if (error instanceof ScheduleExpressionError) throw invalidSchedule(error);
        throw error;
      }
    }
    const pattern = patternText ? parseEventPattern(patternText) : undefined;
    const previous = this.#rules.get(name);
    const enabled = state !== 'DISABLED';
    const rule: Rule = {
      name,
      arn: ruleArn(name),
      // CloudTrail management events do not exist here: such a rule behaves as ENABLED.
      state: enabled ? 'ENABLED' : 'DISABLED',
      ...(description !== undefined ? { description } : {}),
      ...(pattern ? { pattern } : {}),
      ...(schedule ? { schedule } : {}),
      targets: previous?.targets ?? [],
      // A rate keeps its cadence while nothing about it changes; a new or re-enabled schedule starts now.
      anchor: previous && previous.schedule?.text === schedule?.text && previous.state === 'ENABLED' && enabled ? previous.anchor : this.now(),
    };
    this.#rules.set(name, rule);
    return { rule, output: { RuleArn: rule.arn } };
  }

  describe(input: Input) {
    const rule = this.get(input);
    return { Name: rule.name, Arn: rule.arn, ...this.#shape(rule), CreatedBy: ACCOUNT_ID };
  }

  #shape(rule: Rule) {
    return {
      ...(rule.pattern ? { EventPattern: rule.pattern.text } : {}),
      ...(rule.schedule ? { ScheduleExpression: rule.schedule.text } : {}),
      State: rule.state,
      ...(rule.description !== undefined ? { Description: rule.description } : {}),
      EventBusName: DEFAULT_BUS,
    };
  }

  /** ListRules: by name, those starting with NamePrefix, `Limit` (1-100) at a time. */
  list(input: Input) {
    checkBus(input);
    const prefix = typeof input.NamePrefix === 'string' ? input.NamePrefix : '';
    const limit = input.Limit === undefined ? 100 : Number(input.Limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw constraint(String(input.Limit), 'limit', limit < 1 ? 'Member must have value greater than or equal to 1' : 'Member must have value less than or equal to 100');
    const matching = this.all().filter((r) => r.name.startsWith(prefix));
    const start = typeof input.NextToken === 'string' ? Number(atob(input.NextToken)) || 0 : 0;
    const page = matching.slice(start, start + limit);
    return {
      Rules: page.map((r) => ({ Name: r.name, Arn: r.arn, ...this.#shape(r) })),
      ...(start + limit < matching.length ? { NextToken: btoa(String(start + limit)) } : {}),
    };
  }

  /** DeleteRule: a rule that does not exist is deleted already (AWS answers success); one with targets stays. */
  delete(input: Input): Rule | undefined {
    checkBus(input);
    const name = checkName(input.Name, 'name');
    const rule = this.#rules.get(name);
    if (!rule) return undefined;
    if (rule.targets.length > 0) throw validation("Rule can't be deleted since it has targets.");
    this.#rules.delete(name);
    return rule;
  }

  /** EnableRule / DisableRule; enabling a disabled rule restarts its rate schedule. */
  setState(input: Input, state: RuleState): Rule {
    const rule = this.get(input);
    if (state === 'ENABLED' && rule.state === 'DISABLED') rule.anchor = this.now();
    rule.state = state;
    return rule;
  }

  /** The rule as the project document keeps it. */
  static toDef(rule: Rule): RuleDef {
    return {
      Name: rule.name,
      ...(rule.schedule ? { ScheduleExpression: rule.schedule.text } : {}),
      ...(rule.pattern ? { EventPattern: rule.pattern.text } : {}),
      State: rule.state,
      ...(rule.description !== undefined ? { Description: rule.description } : {}),
      Targets: rule.targets.map((t) => structuredClone(t)),
    };
  }
}
