// The project's EventBridge rules as the UI sees them: the list, create (a schedule or an event
// pattern, with the expression's or pattern's error shown where it is), enable and disable, delete,
// targets with what they receive (and the permission EventBridge needs to invoke them), the next
// five firings, the last firings, and events sent by hand with the rules they matched.
import type { Engine } from '../../engine/engine';
import { ServiceError } from '../../engine/errors';
import { ACCOUNT_ID } from '../../engine/ids';
import { ruleArn, type RuleDef } from '../../engine/services/eventbridge/definitions';
import type { RuleFiring } from '../../engine/services/eventbridge/service';
import { describeError } from '../shared/describe-error';
import { ScheduleExpressionError } from '../../engine/services/eventbridge/schedule/schedule-reasons';
import type { ScheduleProblem } from '../diagnostics/schedule-text';
import { loadMessages, t } from '../../i18n/i18n.svelte';
import { eventBridge, type EventBridgeApi } from './rule-engine';
import { patternErrorPlace, putEventsEntry, putRuleInput, targetOf, type EventForm, type RuleForm, type TargetForm } from './rule-form';

type Notify = (kind: 'info' | 'error', text: string) => void;

/** Why a form was refused: the whole message, and which input it is about (with the place in it, for a pattern). */
export interface FormProblem {
  message: string;
  field?: 'name' | 'schedule' | 'pattern' | 'target' | 'detail';
  /** The part of a schedule expression that is wrong and why, e.g. "day-of-week: '?' is needed …". */
  reason?: string;
  /** The same as a code, to say it in the interface language (scheduleProblemText). */
  schedule?: ScheduleProblem;
  place?: { line: number; column: number };
}

/** A target added without EventBridge's permission to invoke the function. */
export interface MissingPermission {
  functionName: string;
  qualifier?: string;
  rule: string;
}

/** What sending an event by hand gave: the AWS answer per entry and the rules it matched. */
export interface SentEvent {
  eventId?: string;
  error?: string;
  matched: string[];
}

/** The problem, once the messages that say it in the interface language are there. */
async function problemOf(error: unknown, field?: FormProblem['field']): Promise<FormProblem> {
  const problem = problemFrom(error, field);
  if (problem.schedule) await loadMessages('diagnostics');
  return problem;
}

function problemFrom(error: unknown, field?: FormProblem['field']): FormProblem {
  const message = describeError(error);
  if (error instanceof ServiceError && error.code === 'InvalidEventPatternException') return { message, field: 'pattern', ...(patternErrorPlace(error.message) ? { place: patternErrorPlace(error.message)! } : {}) };
  if (error instanceof ServiceError && typeof error.fields.Reason === 'string') {
    const schedule = error.cause instanceof ScheduleExpressionError ? { part: error.cause.field, reason: error.cause.diagnostic } : undefined;
    return { message, field: 'schedule', reason: error.fields.Reason, ...(schedule ? { schedule } : {}) };
  }
  if (error instanceof ServiceError && / at 'name' /.test(error.message)) return { message, field: 'name' };
  return { message, ...(field ? { field } : {}) };
}

export class RuleList {
  rules = $state.raw<RuleDef[]>([]);
  /** The rule the main area shows when the view is 'rules'. */
  selected = $state<string | undefined>(undefined);
  /** Bumped when a rule fires, so next and last firings are read again. */
  firingsVersion = $state(0);
  readonly #events: EventBridgeApi;

  constructor(
    private readonly engine: Engine,
    private readonly notify: Notify,
  ) {
    this.#events = eventBridge(engine);
    engine.events.on((event) => {
      if (event.type === 'rules-changed') this.refresh();
      if (event.type === 'rule-fired') this.firingsVersion++;
    });
    this.refresh();
  }

  refresh(): void {
    this.rules = this.#events.listRuleDefs();
    this.firingsVersion++;
    if (this.selected && !this.rules.some((r) => r.Name === this.selected)) this.selected = this.rules[0]?.Name;
  }

  find(name: string): RuleDef | undefined {
    return this.rules.find((r) => r.Name === name);
  }

  /** PutRule from the form; selects the new rule. */
  async create(form: RuleForm): Promise<FormProblem | undefined> {
    try {
      await this.#events.putRule(putRuleInput(form));
    } catch (error) {
      return problemOf(error);
    }
    this.refresh();
    this.selected = form.name.trim();
    return undefined;
  }

  /** PutRule again with a new expression or pattern, keeping the rule's other settings and targets. */
  async update(name: string, change: { schedule?: string; pattern?: string; description?: string }): Promise<FormProblem | undefined> {
    const rule = this.find(name);
    if (!rule) return { message: `ResourceNotFoundException: Rule ${name} does not exist on EventBus default.` };
    const schedule = change.schedule ?? rule.ScheduleExpression;
    const pattern = change.pattern ?? rule.EventPattern;
    const description = change.description ?? rule.Description;
    try {
      await this.#events.putRule({ Name: name, State: rule.State, ...(schedule ? { ScheduleExpression: schedule } : {}), ...(pattern ? { EventPattern: pattern } : {}), ...(description ? { Description: description } : {}) });
    } catch (error) {
      return problemOf(error);
    }
    return undefined;
  }

  async setEnabled(name: string, enabled: boolean): Promise<string | undefined> {
    try {
      await (enabled ? this.#events.enableRule({ Name: name }) : this.#events.disableRule({ Name: name }));
    } catch (error) {
      return describeError(error);
    }
    return undefined;
  }

  /** Removes the rule's targets, then the rule (EventBridge refuses to delete a rule that has targets; the console removes them first). */
  async delete(name: string): Promise<string | undefined> {
    try {
      const targets = this.find(name)?.Targets ?? [];
      if (targets.length) await this.#events.removeTargets({ Rule: name, Ids: targets.map((t) => t.Id) });
      await this.#events.deleteRule({ Name: name });
    } catch (error) {
      return describeError(error);
    }
    this.notify('info', t('rules.deleted', name));
    return undefined;
  }

  /** PutTargets from the form; says when EventBridge may not invoke the function yet (its resource policy). */
  async addTarget(rule: string, form: TargetForm): Promise<{ problem?: FormProblem; missing?: MissingPermission }> {
    const made = targetOf(form);
    if ('error' in made) return { problem: { message: made.error, field: 'target' } };
    try {
      const output = await this.#events.putTargets({ Rule: rule, Targets: [made.target] });
      if (output.FailedEntryCount > 0) return { problem: { message: output.FailedEntries.map((f) => `${f.ErrorCode}: ${f.ErrorMessage}`).join(' '), field: 'target' } };
    } catch (error) {
      return { problem: await problemOf(error, 'target') };
    }
    const qualifier = form.qualifier || undefined;
    const decision = this.engine.iam.mayInvoke(form.functionName, qualifier, { service: 'events.amazonaws.com', sourceArn: ruleArn(rule), sourceAccount: ACCOUNT_ID });
    return decision.allowed ? {} : { missing: { functionName: form.functionName, ...(qualifier ? { qualifier } : {}), rule } };
  }

  /** Adds the resource-based permission the EventBridge console adds with a Lambda target. */
  allowInvoke(missing: MissingPermission): string | undefined {
    try {
      this.engine.lambda.addPermission({
        FunctionName: missing.functionName,
        ...(missing.qualifier ? { Qualifier: missing.qualifier } : {}),
        StatementId: `events-${missing.rule}-${crypto.randomUUID().slice(0, 8)}`,
        Action: 'lambda:InvokeFunction',
        Principal: 'events.amazonaws.com',
        SourceArn: ruleArn(missing.rule),
      });
    } catch (error) {
      return describeError(error);
    }
    return undefined;
  }

  async removeTarget(rule: string, id: string): Promise<string | undefined> {
    try {
      await this.#events.removeTargets({ Rule: rule, Ids: [id] });
    } catch (error) {
      return describeError(error);
    }
    return undefined;
  }

  /** The rule's next five firings (none while it is disabled or has no schedule). */
  nextFirings(name: string): number[] {
    void this.firingsVersion;
    return this.#events.nextFireTimes(name, 5);
  }

  /** The rule's recent firings, newest first. */
  lastFirings(name: string): RuleFiring[] {
    void this.firingsVersion;
    return this.#events.lastFirings(name);
  }

  /** The next firings of an expression being typed, or where it is wrong. */
  async preview(expression: string): Promise<{ times: number[] } | { problem: FormProblem }> {
    try {
      return { times: await this.#events.previewSchedule(expression, 5) };
    } catch (error) {
      return { problem: await problemOf(error, 'schedule') };
    }
  }

  /** PutEvents from the Send events form: the answer and the rules the event matched. */
  async send(form: EventForm): Promise<{ sent: SentEvent } | { problem: FormProblem }> {
    try {
      const { output, matched } = await this.#events.sendEvents({ Entries: [putEventsEntry(form)] });
      const answer = output.Entries[0]!;
      this.firingsVersion++;
      return { sent: 'EventId' in answer ? { eventId: answer.EventId, matched: matched[0] ?? [] } : { error: `${answer.ErrorCode}: ${answer.ErrorMessage}`, matched: [] } };
    } catch (error) {
      return { problem: await problemOf(error, 'detail') };
    }
  }
}
