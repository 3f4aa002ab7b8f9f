// A rule's ScheduleExpression: `rate(5 minutes)` or `cron(…)`, parsed as strictly as PutRule does,
// and the times it fires (EventBridge user guide, "Rate expressions reference", "Cron expressions reference").
import { ScheduleExpressionError } from './cron-fields';
import { nextCronTime, parseCron, type CronSchedule } from './cron-expression';

export { ScheduleExpressionError };

export type RateUnit = 'minute' | 'hour' | 'day';

/** A parsed schedule expression. */
export type ScheduleExpression =
  | { kind: 'rate'; text: string; value: number; unit: RateUnit; periodMs: number }
  | { kind: 'cron'; text: string; cron: CronSchedule };

const UNIT_MS: Record<RateUnit, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/**
 * `rate(value unit)`: a positive whole number and minute(s), hour(s) or day(s), the singular for 1
 * and the plural otherwise ("rate(1 hours) and rate(5 hour) aren't valid"). EventBridge refuses any
 * other spacing or casing too (`rate( 10 minutes )`, `rate(10 MINUTES)`), as LocalStack's
 * AWS-validated tests record.
 */
function parseRate(text: string, body: string): ScheduleExpression {
  const parts = body.split(' ');
  if (parts.length !== 2 || parts.some((p) => p === '')) {
    throw new ScheduleExpressionError('expression', 'rate.form', {});
  }
  const [valueText, unitText] = parts as [string, string];
  if (!/^\d+$/.test(valueText) || Number(valueText) < 1) {
    throw new ScheduleExpressionError('rate value', 'rate.notPositive', { text: valueText });
  }
  const value = Number(valueText);
  const unit = unitText.replace(/s$/, '') as RateUnit;
  if (!(unit in UNIT_MS)) throw new ScheduleExpressionError('rate unit', 'rate.unknownUnit', { text: unitText });
  const plural = unitText.endsWith('s');
  if (value === 1 && plural) throw new ScheduleExpressionError('rate unit', 'rate.singular', { unit });
  if (value > 1 && !plural) throw new ScheduleExpressionError('rate unit', 'rate.plural', { value, unit });
  return { kind: 'rate', text, value, unit, periodMs: value * UNIT_MS[unit] };
}

/** Parses a schedule expression; throws ScheduleExpressionError saying which part is wrong and why. */
export function parseScheduleExpression(text: string): ScheduleExpression {
  const match = /^(rate|cron)\((.*)\)$/s.exec(text);
  if (!match) throw new ScheduleExpressionError('expression', 'expression.form', {});
  const [, kind, body = ''] = match;
  if (kind === 'rate') return parseRate(text, body);
  return { kind: 'cron', text, cron: parseCron(body) };
}

/** What is wrong with a schedule expression, or undefined when EventBridge would take it. */
export function scheduleExpressionProblem(text: string): ScheduleExpressionError | undefined {
  try {
    parseScheduleExpression(text);
    return undefined;
  } catch (error) {
    if (error instanceof ScheduleExpressionError) return error;
    throw error;
  }
}

/** The first fire time strictly after `afterMs`; a rate counts periods from `anchorMs`. */
export function nextFireTime(expression: ScheduleExpression, afterMs: number, anchorMs: number): number | undefined {
  if (expression.kind === 'cron') return nextCronTime(expression.cron, afterMs);
  const periods = Math.max(1, Math.floor((afterMs - anchorMs) / expression.periodMs) + 1);
  return anchorMs + periods * expression.periodMs;
}

/**
 * The next `n` fire times (epoch ms) strictly after `fromEpochMs`. A rate expression "starts when
 * you create the scheduled event rule": it fires one period after `anchorEpochMs` (the time the rule
 * was created or enabled; `fromEpochMs` when left out) and every period after that. Cron times are
 * whole minutes in UTC.
 */
export function nextFireTimes(expression: string | ScheduleExpression, fromEpochMs: number, n: number, anchorEpochMs = fromEpochMs): number[] {
  const parsed = typeof expression === 'string' ? parseScheduleExpression(expression) : expression;
  const times: number[] = [];
  let after = fromEpochMs;
  while (times.length < n) {
    const next = nextFireTime(parsed, after, anchorEpochMs);
    if (next === undefined) break;
    times.push(next);
    after = next;
  }
  return times;
}
