// The six fields of an EventBridge cron expression, each parsed into the values it allows, with a
// reason naming the field when one is wrong (EventBridge user guide, "Cron expressions reference").
import { ScheduleExpressionError, type Allowed, type CronField, type ScheduleReasonArgs } from './schedule-reasons';

export { ScheduleExpressionError, type CronField };

interface FieldSpec {
  field: CronField;
  min: number;
  max: number;
  /** Names for the values from `min` on (JAN = 1, SUN = 1), matched without regard to case. */
  names?: readonly string[];
  /** How the reference lists the allowed values, for messages. */
  allowed: Allowed;
}

export const FIELD_SPECS: Record<CronField, FieldSpec> = {
  minutes: { field: 'minutes', min: 0, max: 59, allowed: { range: '0-59' } },
  hours: { field: 'hours', min: 0, max: 23, allowed: { range: '0-23' } },
  'day-of-month': { field: 'day-of-month', min: 1, max: 31, allowed: { range: '1-31' } },
  month: { field: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'], allowed: { range: '1-12', names: 'JAN-DEC' } },
  // Sunday is 1 in EventBridge's dialect (3#2 is the second Tuesday), not 0 as in Unix cron.
  'day-of-week': { field: 'day-of-week', min: 1, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], allowed: { range: '1-7', names: 'SUN-SAT' } },
  year: { field: 'year', min: 1970, max: 2199, allowed: { range: '1970-2199' } },
};

const fail = (spec: FieldSpec, ...reason: ScheduleReasonArgs): never => {
  throw new ScheduleExpressionError(spec.field, ...reason);
};

/** One value of a field: a number in range or, where the field has them, a name. */
export function parseValue(text: string, spec: FieldSpec): number {
  const upper = text.toUpperCase();
  const named = spec.names?.indexOf(upper) ?? -1;
  if (named >= 0) return spec.min + named;
  if (!/^\d+$/.test(text)) {
    return text === '' ? fail(spec, 'cron.valueMissing', spec.allowed) : fail(spec, 'cron.notAValue', { ...spec.allowed, text });
  }
  const value = Number(text);
  if (value < spec.min || value > spec.max) fail(spec, 'cron.outOfRange', { ...spec.allowed, value });
  return value;
}

/** Every value from `from` to `to` by `step`, wrapping past the maximum as Quartz ranges do (FRI-MON, 22-2). */
function span(from: number, to: number, step: number, spec: FieldSpec): number[] {
  const out: number[] = [];
  const size = spec.max - spec.min + 1;
  const length = to >= from ? to - from : to + size - from;
  for (let offset = 0; offset <= length; offset += step) out.push(((from - spec.min + offset) % size) + spec.min);
  return out;
}

/** One comma-separated part: `*`, `5`, `1-5`, `0/15`, `*​/15`, `8-17/2`. */
function parsePart(part: string, spec: FieldSpec): number[] {
  const [range = '', stepText, extra] = part.split('/');
  if (extra !== undefined) fail(spec, 'cron.slashTwice', { part });
  let step = 1;
  if (stepText !== undefined) {
    if (!/^\d+$/.test(stepText) || Number(stepText) < 1) fail(spec, 'cron.incrementNotWhole', { part });
    step = Number(stepText);
    if (step > spec.max - spec.min + 1) fail(spec, 'cron.incrementTooLarge', { ...spec.allowed, step });
  }
  if (range === '*') return span(spec.min, spec.max, step, spec);
  const [fromText = '', toText, tooMany] = range.split('-');
  if (tooMany !== undefined) fail(spec, 'cron.notARange', { range });
  const from = parseValue(fromText, spec);
  // `5/15` runs from 5 to the end of the field; a plain `5` is the value alone.
  const to = toText !== undefined ? parseValue(toText, spec) : stepText !== undefined ? spec.max : from;
  return span(from, to, step, spec);
}

/** A whole field without the day fields' special characters: the sorted values it allows. */
export function parseField(text: string, spec: FieldSpec): number[] {
  if (text === '?') fail(spec, 'cron.questionOnlyInDays', {});
  for (const special of ['L', 'W', '#']) {
    if (text.toUpperCase().replace(/[A-Z]{3}/g, '').includes(special)) fail(spec, special === '#' ? 'cron.hashOnlyInDayOfWeek' : special === 'W' ? 'cron.weekdayOnlyInDayOfMonth' : 'cron.lastOnlyInDays', {});
  }
  const values = new Set<number>();
  for (const part of text.split(',')) {
    if (part === '') fail(spec, 'cron.emptyListItem', { text });
    for (const value of parsePart(part, spec)) values.add(value);
  }
  return [...values].sort((a, b) => a - b);
}

/** What day-of-month allows: any day ('?'), listed days, the last day (L), the last weekday (LW) or the weekday nearest a day (15W). */
export type DayOfMonthRule =
  | { kind: 'any' }
  | { kind: 'days'; days: number[] }
  | { kind: 'last' }
  | { kind: 'last-weekday' }
  | { kind: 'nearest-weekday'; day: number };

/** What day-of-week allows: any day ('?'), listed weekdays, the last of a weekday in the month (6L) or the nth one (3#2). */
export type DayOfWeekRule =
  | { kind: 'any' }
  | { kind: 'weekdays'; weekdays: number[] }
  | { kind: 'last-of-month'; weekday: number }
  | { kind: 'nth'; weekday: number; n: number };

export function parseDayOfMonth(text: string): DayOfMonthRule {
  const spec = FIELD_SPECS['day-of-month'];
  const upper = text.toUpperCase();
  if (upper === '?') return { kind: 'any' };
  if (upper === 'L') return { kind: 'last' };
  if (upper === 'LW') return { kind: 'last-weekday' };
  if (upper.includes('L') || upper.includes('W')) {
    // As Quartz (whose syntax EventBridge follows): W takes one day, and L stands alone.
    if (upper.includes(',') || upper.includes('-') || upper.includes('/')) fail(spec, 'cron.dayOfMonthSpecialCombined', {});
    const weekday = /^(\d+)W$/.exec(upper);
    if (!weekday) return fail(spec, 'cron.dayOfMonthSpecialInvalid', { text });
    return { kind: 'nearest-weekday', day: parseValue(weekday[1]!, spec) };
  }
  if (upper.includes('#')) fail(spec, 'cron.hashOnlyInDayOfWeek', {});
  return { kind: 'days', days: parseField(text, spec) };
}

export function parseDayOfWeek(text: string): DayOfWeekRule {
  const spec = FIELD_SPECS['day-of-week'];
  const upper = text.toUpperCase();
  if (upper === '?') return { kind: 'any' };
  // L alone is the last day of the week: Saturday (7).
  if (upper === 'L') return { kind: 'weekdays', weekdays: [7] };
  if (upper.includes('#')) {
    // The reference: with '#', the field holds one expression only ("3#1,6#3" is refused).
    if (upper.includes(',')) fail(spec, 'cron.nthInList', {});
    const nth = /^([A-Z]{3}|\d+)#(\d+)$/.exec(upper);
    if (!nth) return fail(spec, 'cron.nthInvalid', { text });
    const n = Number(nth[2]);
    if (n < 1 || n > 5) fail(spec, 'cron.nthOccurrence', { n: nth[2]! });
    return { kind: 'nth', weekday: parseValue(nth[1]!, spec), n };
  }
  if (/L$/.test(upper) && !/^[A-Z]{3}$/.test(upper)) {
    if (upper.includes(',') || upper.includes('-') || upper.includes('/')) fail(spec, 'cron.lastWeekdayCombined', {});
    const last = /^([A-Z]{3}|\d+)L$/.exec(upper);
    if (!last) return fail(spec, 'cron.lastWeekdayInvalid', { text });
    return { kind: 'last-of-month', weekday: parseValue(last[1]!, spec) };
  }
  if (upper.replace(/[A-Z]{3}/g, '').includes('W')) fail(spec, 'cron.weekdayOnlyInDayOfMonth', {});
  return { kind: 'weekdays', weekdays: parseField(text, spec) };
}
