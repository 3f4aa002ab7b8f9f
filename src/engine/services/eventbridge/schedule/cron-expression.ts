// An EventBridge cron expression (`cron(0 18 ? * MON-FRI *)`): six fields, in UTC, with `?` in exactly
// one of day-of-month and day-of-week; which minutes it fires at, and the next one after a time.
import {
  FIELD_SPECS, ScheduleExpressionError, parseDayOfMonth, parseDayOfWeek, parseField,
  type DayOfMonthRule, type DayOfWeekRule,
} from './cron-fields';

/** A parsed cron expression: the values each field allows. */
export interface CronSchedule {
  minutes: number[];
  hours: number[];
  dayOfMonth: DayOfMonthRule;
  months: number[];
  dayOfWeek: DayOfWeekRule;
  years: number[];
}

/** Parses the six fields between `cron(` and `)`. */
export function parseCron(body: string): CronSchedule {
  const fields = body.trim() === '' ? [] : body.split(' ');
  if (fields.some((field) => field === '')) {
    throw new ScheduleExpressionError('expression', 'cron.fieldSpacing', {});
  }
  if (fields.length !== 6) {
    throw new ScheduleExpressionError('expression', 'cron.fieldCount', { count: fields.length });
  }
  const [minutes, hours, dom, month, dow, year] = fields as [string, string, string, string, string, string];
  const schedule: CronSchedule = {
    minutes: parseField(minutes, FIELD_SPECS.minutes),
    hours: parseField(hours, FIELD_SPECS.hours),
    dayOfMonth: parseDayOfMonth(dom),
    months: parseField(month, FIELD_SPECS.month),
    dayOfWeek: parseDayOfWeek(dow),
    years: parseField(year, FIELD_SPECS.year),
  };
  // The reference: "You can't specify the Day-of-month and Day-of-week fields in the same cron
  // expression. If you specify a value or a * in one of the fields, you must use a ? in the other."
  const domAny = schedule.dayOfMonth.kind === 'any';
  const dowAny = schedule.dayOfWeek.kind === 'any';
  if (!domAny && !dowAny) throw new ScheduleExpressionError('day-of-week', 'cron.questionNeeded', {});
  if (domAny && dowAny) throw new ScheduleExpressionError('day-of-week', 'cron.questionTwice', {});
  return schedule;
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** 1 = Sunday … 7 = Saturday, as the day-of-week field counts. */
const weekdayOf = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
const isWeekend = (weekday: number) => weekday === 1 || weekday === 7;

/** The weekday (Monday to Friday) nearest `day`, never crossing into another month (Quartz's W). */
function nearestWeekday(year: number, month: number, day: number, length: number): number {
  const weekday = weekdayOf(year, month, day);
  if (weekday === 7) return day === 1 ? day + 2 : day - 1;
  if (weekday === 1) return day === length ? day - 2 : day + 1;
  return day;
}

/** The days of a month the expression fires on, ascending. */
export function daysOfMonth(schedule: CronSchedule, year: number, month: number): number[] {
  const length = daysInMonth(year, month);
  const dom = schedule.dayOfMonth;
  const dow = schedule.dayOfWeek;
  if (dow.kind === 'any') {
    switch (dom.kind) {
      case 'any':
        return Array.from({ length }, (_, i) => i + 1);
      case 'days':
        return dom.days.filter((day) => day <= length);
      case 'last':
        return [length];
      case 'last-weekday': {
        let day = length;
        while (isWeekend(weekdayOf(year, month, day))) day--;
        return [day];
      }
      case 'nearest-weekday':
        return dom.day > length ? [] : [nearestWeekday(year, month, dom.day, length)];
    }
  }
  const first = weekdayOf(year, month, 1);
  const dayOf = (weekday: number, occurrence: number) => 1 + ((weekday - first + 7) % 7) + 7 * (occurrence - 1);
  switch (dow.kind) {
    case 'weekdays':
      return Array.from({ length }, (_, i) => i + 1).filter((day) => dow.weekdays.includes(((first - 1 + day - 1) % 7) + 1));
    case 'nth': {
      const day = dayOf(dow.weekday, dow.n);
      return day <= length ? [day] : [];
    }
    case 'last-of-month': {
      let day = dayOf(dow.weekday, 5);
      while (day > length) day -= 7;
      return [day];
    }
  }
}

/** Whether the expression fires in the minute that starts at `epochMs` (UTC). */
export function cronMatches(schedule: CronSchedule, epochMs: number): boolean {
  const d = new Date(epochMs);
  const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return (
    d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0 &&
    schedule.minutes.includes(d.getUTCMinutes()) && schedule.hours.includes(d.getUTCHours()) &&
    schedule.years.includes(year) && schedule.months.includes(month) && daysOfMonth(schedule, year, month).includes(day)
  );
}

/** The first minute strictly after `afterMs` at which the expression fires, or undefined past 2199. */
export function nextCronTime(schedule: CronSchedule, afterMs: number): number | undefined {
  const start = new Date(Math.floor(afterMs / 60_000) * 60_000 + 60_000);
  const [y, mo, d, h, mi] = [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes()];
  for (const year of schedule.years) {
    if (year < y) continue;
    for (const month of schedule.months) {
      if (year === y && month < mo) continue;
      const sameMonth = year === y && month === mo;
      for (const day of daysOfMonth(schedule, year, month)) {
        if (sameMonth && day < d) continue;
        const sameDay = sameMonth && day === d;
        for (const hour of schedule.hours) {
          if (sameDay && hour < h) continue;
          const minute = schedule.minutes.find((m) => !(sameDay && hour === h) || m >= mi);
          if (minute !== undefined) return Date.UTC(year, month - 1, day, hour, minute);
        }
      }
    }
  }
  return undefined;
}
