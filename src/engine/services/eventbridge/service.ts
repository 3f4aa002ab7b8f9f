// EventBridge as the engine exposes it: the default bus's rules and targets (the project's `rules`),
// PutEvents matched against event patterns, scheduled rules firing on the engine's clock, and what
// the UI reads (next fire times, last firings). Targets are Lambda functions, reached through
// `deliver` (the engine's asynchronous invoke, checked against the function's resource policy).
import { ACCOUNT_ID, REGION } from '../../ids';
import type { Clock } from '../../ports';
import { eventTime, lambdaTarget, type DeliveryTarget, type EventBridgeEvent, type RuleDef } from './definitions';
import { invalidSchedule, validation } from './errors';
import { targetInput } from './input-transform';
import { matchesEventPattern, parseEventPattern } from './pattern/event-pattern';
import { putEvents } from './put-events';
import { Rules, type Rule } from './rules';
import { Scheduler } from './scheduler';
import { ScheduleExpressionError, nextFireTimes } from './schedule/schedule-expression';
import { listTargetsByRule, putTargets, removeTargets } from './targets';

export interface EventBridgeDeps {
  clock: Clock;
  /**
   * Hands one target its event, asynchronously (EventBridge invokes Lambda with InvocationType Event).
   * `event` is any JSON value: the event, or what the target's Input, InputPath or InputTransformer made of it.
   */
  deliver(target: DeliveryTarget, event: unknown, trace?: string): void;
  /** After any rule or target definition changes (to save the project, refresh the UI). */
  changed(): void;
  /** A scheduled rule fired for the time it was due (for the UI). */
  fired?(ruleName: string, time: number): void;
}

/** One firing of a rule, for the UI: a schedule coming due, or a matching event from PutEvents. */
export interface RuleFiring {
  time: number;
  kind: 'schedule' | 'event';
  eventId: string;
  /** How many targets it was handed to. */
  targets: number;
}

type Input = Record<string, unknown>;

/** How many firings per rule the UI can look back on. */
const FIRINGS_KEPT = 20;

/** Creates the service; `dispose` stops its timers. */
export function createEventBridgeService(deps: EventBridgeDeps) {
  const now = () => deps.clock.now();
  const rules = new Rules(now);
  const firings = new Map<string, RuleFiring[]>();

  /** `trace`: the X-Ray header of the PutEvents call, which EventBridge passes on to the targets. */
  const dispatch = (rule: Rule, event: EventBridgeEvent, kind: RuleFiring['kind'], trace?: string) => {
    for (const target of rule.targets) {
      const fn = lambdaTarget(target.Arn);
      const input = targetInput(target, event, rule);
      if (fn && input !== undefined) deps.deliver({ ...fn, ruleArn: rule.arn, targetId: target.Id }, input, trace);
    }
    const list = firings.get(rule.name) ?? [];
    list.unshift({ time: Date.parse(event.time), kind, eventId: event.id, targets: rule.targets.length });
    firings.set(rule.name, list.slice(0, FIRINGS_KEPT));
  };

  /** The Scheduled Event EventBridge sends for a rule firing at `time` (as in the `ScheduledEvent.json` sample). */
  const scheduled = (rule: Rule, time: number): EventBridgeEvent => ({
    version: '0', id: crypto.randomUUID(), 'detail-type': 'Scheduled Event', source: 'aws.events', account: ACCOUNT_ID,
    time: eventTime(time), region: REGION, resources: [rule.arn], detail: {},
  });

  const scheduler = new Scheduler(deps.clock, (rule, time) => {
    dispatch(rule, scheduled(rule, time), 'schedule');
    deps.fired?.(rule.name, time);
  });

  /** Runs a change, then reschedules the rule and announces it. */
  const change = <T>(name: () => string, run: () => T): T => {
    const result = run();
    const ruleName = name();
    scheduler.sync(ruleName, rules.find(ruleName));
    if (!rules.find(ruleName)) firings.delete(ruleName);
    deps.changed();
    return result;
  };

  const service = {
    /** The rules with their targets, by name (what the project document stores). */
    listRuleDefs: (): RuleDef[] => rules.all().map(Rules.toDef),
    findRuleDef: (name: string): RuleDef | undefined => {
      const rule = rules.find(name);
      return rule ? Rules.toDef(rule) : undefined;
    },
    /** Restores a saved rule and its targets (PutRule, then PutTargets); refuses targets PutTargets would not take. */
    importRule: async (def: RuleDef) => {
      const { Targets, ...rule } = def;
      await service.putRule(rule as unknown as Input);
      if (!Targets?.length) return;
      const output = await service.putTargets({ Rule: def.Name, Targets });
      if (output.FailedEntryCount > 0) throw validation(output.FailedEntries.map((f) => f.ErrorMessage).join(' '));
    },
    putRule: async (input: Input) => change(() => String(input.Name), () => rules.put(input).output),
    describeRule: async (input: Input) => rules.describe(input),
    listRules: async (input: Input = {}) => rules.list(input),
    deleteRule: async (input: Input) => change(() => String(input.Name), () => (rules.delete(input), {})),
    enableRule: async (input: Input) => change(() => String(input.Name), () => (rules.setState(input, 'ENABLED'), {})),
    disableRule: async (input: Input) => change(() => String(input.Name), () => (rules.setState(input, 'DISABLED'), {})),
    putTargets: async (input: Input) => change(() => String(input.Rule), () => putTargets(rules, input).output),
    removeTargets: async (input: Input) => change(() => String(input.Rule), () => removeTargets(rules, input).output),
    listTargetsByRule: async (input: Input) => listTargetsByRule(rules, input),
    putEvents: async (input: Input, context: { trace?: string } = {}) => putEvents(input, rules, now(), (rule, event) => dispatch(rule, event, 'event', context.trace)).output,
    /** Not an AWS API: PutEvents, also saying which rules each entry's event matched. */
    sendEvents: async (input: Input) => putEvents(input, rules, now(), (rule, event) => dispatch(rule, event, 'event')),
    /** TestEventPattern: whether an event (JSON text with EventBridge's envelope fields) matches a pattern. */
    testEventPattern: async (input: Input) => {
      const pattern = parseEventPattern(String(input.EventPattern ?? ''));
      let event: unknown;
      try {
        event = JSON.parse(String(input.Event));
      } catch {
        throw validation('Parameter Event is not valid.');
      }
      // The API reference: id, account, source, time, region, resources and detail-type are mandatory.
      const fields = ['id', 'account', 'source', 'time', 'region', 'detail-type'];
      if (!event || typeof event !== 'object' || fields.some((f) => !(f in event))) throw validation('Parameter Event is not valid.');
      return { Result: matchesEventPattern(pattern, event) };
    },
    /** Not an AWS API: a rule's next `n` fire times (epoch ms), none while it is disabled or has no schedule. */
    nextFireTimes: (ruleName: string, n = 5): number[] => {
      const rule = rules.find(ruleName);
      if (!rule?.schedule || rule.state !== 'ENABLED') return [];
      return nextFireTimes(rule.schedule, now(), n, rule.anchor);
    },
    /** Not an AWS API: the next fire times of an expression from now (or `from`); ValidationException if it is not valid. */
    previewSchedule: async (expression: string, n = 5, from = now()): Promise<number[]> => {
      try {
        return nextFireTimes(expression, from, n);
      } catch (error) {
        if (error instanceof ScheduleExpressionError) throw invalidSchedule(error);
        throw error;
      }
    },
    /** Not an AWS API: a rule's recent firings, newest first. */
    lastFirings: (ruleName: string): RuleFiring[] => [...(firings.get(ruleName) ?? [])],
    /** Stops every schedule's timer. */
    dispose: () => scheduler.dispose(),
  };
  return service;
}

/** The service as createEventBridgeService builds it. */
export type EventBridgeService = ReturnType<typeof createEventBridgeService>;

/** What the rest of the engine uses: the service, or the lazily loaded one (lazy-service.ts). */
export type EventBridgeServiceApi = EventBridgeService;
