// Why a schedule expression is refused, in the playground's words (AWS says only "Parameter
// ScheduleExpression is not valid."): each reason a code with values, and its English text.
import { diagnose, type DiagnosticOf } from '../../../diagnostic';

/** A field's name as the reference names it. */
export type CronField = 'minutes' | 'hours' | 'day-of-month' | 'month' | 'day-of-week' | 'year';
/** The part of an expression a reason is about: a cron field, the rate's value or unit, or the whole text. */
export type SchedulePart = CronField | 'expression' | 'rate value' | 'rate unit';

/** A field's allowed values as the reference lists them: `1-12`, and the names `JAN-DEC` where it has them. */
export interface Allowed {
  range: string;
  names?: string;
}
const allowed = (v: Allowed) => (v.names ? `${v.range} or ${v.names}` : v.range);

export const CRON_FIELD_ORDER = 'minutes hours day-of-month month day-of-week year';

export const SCHEDULE_REASONS = {
  'cron.valueMissing': (v: Allowed) => `a value is missing (${allowed(v)})`,
  'cron.notAValue': (v: Allowed & { text: string }) => `'${v.text}' is not a value of this field (${allowed(v)})`,
  'cron.outOfRange': (v: Allowed & { value: number }) => `${v.value} is out of range (${allowed(v)})`,
  'cron.slashTwice': (v: { part: string }) => `'${v.part}' has more than one '/'`,
  'cron.incrementNotWhole': (v: { part: string }) => `the increment in '${v.part}' must be a whole number of at least 1`,
  'cron.incrementTooLarge': (v: Allowed & { step: number }) => `the increment ${v.step} is larger than the field's range (${allowed(v)})`,
  'cron.notARange': (v: { range: string }) => `'${v.range}' is not a range (from-to)`,
  'cron.emptyListItem': (v: { text: string }) => `'${v.text}' has an empty item in its list`,
  'cron.questionOnlyInDays': () => `'?' is allowed only in day-of-month and day-of-week`,
  'cron.lastOnlyInDays': () => `'L' is allowed only in day-of-month and day-of-week`,
  'cron.weekdayOnlyInDayOfMonth': () => `'W' is allowed only in day-of-month`,
  'cron.hashOnlyInDayOfWeek': () => `'#' is allowed only in day-of-week`,
  'cron.dayOfMonthSpecialCombined': () => `'L' and 'W' can't be combined with a list, range or increment`,
  'cron.dayOfMonthSpecialInvalid': (v: { text: string }) => `'${v.text}' is not valid: use L (last day), LW (last weekday) or a day followed by W (15W)`,
  'cron.nthInList': () => `with '#' the field can hold only one expression (not a list such as 3#1,6#3)`,
  'cron.nthInvalid': (v: { text: string }) => `'${v.text}' is not valid: '#' takes a weekday and its occurrence in the month, e.g. 3#2 (the second Tuesday)`,
  'cron.nthOccurrence': (v: { n: string }) => `the occurrence after '#' must be 1-5, not ${v.n}`,
  'cron.lastWeekdayCombined': () => `'L' can't be combined with a list, range or increment`,
  'cron.lastWeekdayInvalid': (v: { text: string }) => `'${v.text}' is not valid: 'L' follows a weekday, e.g. 6L (the last Friday)`,
  'cron.fieldSpacing': () => `fields are separated by single spaces: ${CRON_FIELD_ORDER}`,
  'cron.fieldCount': (v: { count: number }) => `a cron expression has six fields (${CRON_FIELD_ORDER}); this one has ${v.count}`,
  'cron.questionNeeded': () => `'?' is needed in day-of-month or day-of-week`,
  'cron.questionTwice': () => `'?' can be in only one of day-of-month and day-of-week`,
  'rate.form': () => `a rate expression is rate(value unit), with one space, e.g. rate(5 minutes)`,
  'rate.notPositive': (v: { text: string }) => `'${v.text}' is not a positive whole number`,
  'rate.unknownUnit': (v: { text: string }) => `'${v.text}' is not minute(s), hour(s) or day(s)`,
  'rate.singular': (v: { unit: string }) => `a value of 1 takes the singular unit: rate(1 ${v.unit})`,
  'rate.plural': (v: { value: number; unit: string }) => `a value over 1 takes the plural unit: rate(${v.value} ${v.unit}s)`,
  'expression.form': () => `a schedule expression is rate(value unit) or cron(minutes hours day-of-month month day-of-week year)`,
};

export type ScheduleReasonCode = keyof typeof SCHEDULE_REASONS;
/** One reason, as a code with its values. */
export type ScheduleReason = DiagnosticOf<typeof SCHEDULE_REASONS>;
/** A reason as arguments: its code, then the values that code's text takes. */
export type ScheduleReasonArgs = { [R in ScheduleReason as R['code']]: [code: R['code'], values: R['values']] }[ScheduleReasonCode];

/** Why a schedule expression is refused: which part, and what is wrong with it (in English, and as a code). */
export class ScheduleExpressionError extends Error {
  readonly reason: string;
  readonly diagnostic: ScheduleReason;

  constructor(
    readonly field: SchedulePart,
    ...[code, values]: ScheduleReasonArgs
  ) {
    const { diagnostic, english } = diagnose(SCHEDULE_REASONS, code, values as never);
    super(`${field}: ${english}`);
    this.name = 'ScheduleExpressionError';
    this.reason = english;
    this.diagnostic = diagnostic;
  }
}
