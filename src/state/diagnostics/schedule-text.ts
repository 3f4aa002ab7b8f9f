// Why a schedule expression is refused, in the interface language: one message per reason code of the
// engine (a new code without a message here fails the type check). AWS's own message stays English.
import type { Allowed, ScheduleReason, SchedulePart } from '../../engine/services/eventbridge/schedule/schedule-reasons';
import { t, type MessageKey } from '../../i18n/i18n.svelte';
import type { Texts } from './texts';

const PARTS = {
  minutes: 'diagnostics.schedulePartMinutes',
  hours: 'diagnostics.schedulePartHours',
  'day-of-month': 'diagnostics.schedulePartDayOfMonth',
  month: 'diagnostics.schedulePartMonth',
  'day-of-week': 'diagnostics.schedulePartDayOfWeek',
  year: 'diagnostics.schedulePartYear',
  expression: 'diagnostics.schedulePartExpression',
  'rate value': 'diagnostics.schedulePartRateValue',
  'rate unit': 'diagnostics.schedulePartRateUnit',
} as const satisfies Record<SchedulePart, MessageKey>;

const allowed = (v: Allowed) => t('diagnostics.scheduleAllowed', v.range, v.names ?? '');

const REASONS: Texts<ScheduleReason> = {
  'cron.valueMissing': (v) => t('diagnostics.cronValueMissing', allowed(v)),
  'cron.notAValue': (v) => t('diagnostics.cronNotAValue', v.text, allowed(v)),
  'cron.outOfRange': (v) => t('diagnostics.cronOutOfRange', v.value, allowed(v)),
  'cron.slashTwice': (v) => t('diagnostics.cronSlashTwice', v.part),
  'cron.incrementNotWhole': (v) => t('diagnostics.cronIncrementNotWhole', v.part),
  'cron.incrementTooLarge': (v) => t('diagnostics.cronIncrementTooLarge', v.step, allowed(v)),
  'cron.notARange': (v) => t('diagnostics.cronNotARange', v.range),
  'cron.emptyListItem': (v) => t('diagnostics.cronEmptyListItem', v.text),
  'cron.questionOnlyInDays': () => t('diagnostics.cronQuestionOnlyInDays'),
  'cron.lastOnlyInDays': () => t('diagnostics.cronLastOnlyInDays'),
  'cron.weekdayOnlyInDayOfMonth': () => t('diagnostics.cronWeekdayOnlyInDayOfMonth'),
  'cron.hashOnlyInDayOfWeek': () => t('diagnostics.cronHashOnlyInDayOfWeek'),
  'cron.dayOfMonthSpecialCombined': () => t('diagnostics.cronDayOfMonthSpecialCombined'),
  'cron.dayOfMonthSpecialInvalid': (v) => t('diagnostics.cronDayOfMonthSpecialInvalid', v.text),
  'cron.nthInList': () => t('diagnostics.cronNthInList'),
  'cron.nthInvalid': (v) => t('diagnostics.cronNthInvalid', v.text),
  'cron.nthOccurrence': (v) => t('diagnostics.cronNthOccurrence', v.n),
  'cron.lastWeekdayCombined': () => t('diagnostics.cronLastWeekdayCombined'),
  'cron.lastWeekdayInvalid': (v) => t('diagnostics.cronLastWeekdayInvalid', v.text),
  'cron.fieldSpacing': () => t('diagnostics.cronFieldSpacing'),
  'cron.fieldCount': (v) => t('diagnostics.cronFieldCount', v.count),
  'cron.questionNeeded': () => t('diagnostics.cronQuestionNeeded'),
  'cron.questionTwice': () => t('diagnostics.cronQuestionTwice'),
  'rate.form': () => t('diagnostics.rateForm'),
  'rate.notPositive': (v) => t('diagnostics.rateNotPositive', v.text),
  'rate.unknownUnit': (v) => t('diagnostics.rateUnknownUnit', v.text),
  'rate.singular': (v) => t('diagnostics.rateSingular', v.unit),
  'rate.plural': (v) => t('diagnostics.ratePlural', v.value, v.unit),
  'expression.form': () => t('diagnostics.expressionForm'),
};

/** The part of the expression and what is wrong with it, e.g. "day-of-month: 32 is out of range (1-31)". */
export interface ScheduleProblem {
  part: SchedulePart;
  reason: ScheduleReason;
}

/** A schedule problem in the current language. */
export function scheduleProblemText(problem: ScheduleProblem): string {
  const text = (REASONS[problem.reason.code] as (values: object) => string)(problem.reason.values);
  return t('diagnostics.scheduleReason', t(PARTS[problem.part]), text);
}

/** Every reason code that has a message: what a test walks to check each one in both languages. */
export const SCHEDULE_REASON_CODES = Object.keys(REASONS) as ScheduleReason['code'][];
