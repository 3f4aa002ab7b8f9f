// Schedule expressions against EventBridge's documented examples: the next fire times from a fixed
// start, and the expressions PutRule refuses (LocalStack's AWS-validated lists), with where and why.
import { describe, expect, it } from 'vitest';
import { nextFireTimes, parseScheduleExpression, scheduleExpressionProblem } from './schedule-expression';

/** Saturday 21 November 2026, 12:00 UTC. */
const START = Date.UTC(2026, 10, 21, 12, 0);
const iso = (times: number[]) => times.map((t) => new Date(t).toISOString().replace(':00.000Z', 'Z'));

describe('cron expressions: the user guide examples and the special characters', () => {
  it.each([
    ['cron(0 10 * * ? *)', ['2026-11-22T10:00Z', '2026-11-23T10:00Z', '2026-11-24T10:00Z']],
    ['cron(15 12 * * ? *)', ['2026-11-21T12:15Z', '2026-11-22T12:15Z', '2026-11-23T12:15Z']],
    // Strictly after the start: 12:00 on the start day is not "next".
    ['cron(0 12 * * ? *)', ['2026-11-22T12:00Z', '2026-11-23T12:00Z', '2026-11-24T12:00Z']],
    ['cron(0 18 ? * MON-FRI *)', ['2026-11-23T18:00Z', '2026-11-24T18:00Z', '2026-11-25T18:00Z']],
    ['cron(0 8 1 * ? *)', ['2026-12-01T08:00Z', '2027-01-01T08:00Z', '2027-02-01T08:00Z']],
    ['cron(0/15 * * * ? *)', ['2026-11-21T12:15Z', '2026-11-21T12:30Z', '2026-11-21T12:45Z']],
    ['cron(0/10 * ? * MON-FRI *)', ['2026-11-23T00:00Z', '2026-11-23T00:10Z', '2026-11-23T00:20Z']],
    ['cron(0/5 8-17 ? * MON-FRI *)', ['2026-11-23T08:00Z', '2026-11-23T08:05Z', '2026-11-23T08:10Z']],
    ['cron(0/30 20-23 ? * MON-FRI *)', ['2026-11-23T20:00Z', '2026-11-23T20:30Z', '2026-11-23T21:00Z']],
    ['cron(5,35 14 * * ? *)', ['2026-11-21T14:05Z', '2026-11-21T14:35Z', '2026-11-22T14:05Z']],
    // 2#1: the first Monday (SUN = 1, so 2 is Monday).
    ['cron(0 9 ? * 2#1 *)', ['2026-12-07T09:00Z', '2027-01-04T09:00Z', '2027-02-01T09:00Z']],
    // SAT#3: the third Saturday; November's (the 21st) fired at 02:00, before the start.
    ['cron(0 2 ? * SAT#3 *)', ['2026-12-19T02:00Z', '2027-01-16T02:00Z', '2027-02-20T02:00Z']],
    // 6L: the last Friday of the month (the guide's `cron(15 10 ? * 6L 2002-2005)`).
    ['cron(0 0 ? * 6L *)', ['2026-11-27T00:00Z', '2026-12-25T00:00Z', '2027-01-29T00:00Z']],
    ['cron(0 0 L * ? *)', ['2026-11-30T00:00Z', '2026-12-31T00:00Z', '2027-01-31T00:00Z']],
    // LW: the last weekday; 31 January 2027 is a Sunday, so Friday the 29th.
    ['cron(0 9 LW * ? *)', ['2026-11-30T09:00Z', '2026-12-31T09:00Z', '2027-01-29T09:00Z']],
    // 15W: the weekday nearest the 15th.
    ['cron(0 9 15W * ? *)', ['2026-12-15T09:00Z', '2027-01-15T09:00Z', '2027-02-15T09:00Z']],
    // W never leaves the month: 1 January 2028 is a Saturday → Monday the 3rd; 31 January 2027 a Sunday → Friday the 29th.
    ['cron(0 0 1W 1 ? 2028)', ['2028-01-03T00:00Z']],
    ['cron(0 0 31W 1 ? 2027)', ['2027-01-29T00:00Z']],
    ['cron(0 0 1 JAN,JUL ? 2027-2028)', ['2027-01-01T00:00Z', '2027-07-01T00:00Z', '2028-01-01T00:00Z']],
    // Names are read without regard to case, as Quartz reads them.
    ['cron(30 6 ? * sat *)', ['2026-11-28T06:30Z', '2026-12-05T06:30Z', '2026-12-12T06:30Z']],
    // Years of the past never come: the guide's "last Friday of every month during the years 2002-2005".
    ['cron(15 10 ? * 6L 2002-2005)', []],
  ])('%s', (expression, expected) => {
    expect(iso(nextFireTimes(expression, START, 3))).toEqual(expected);
  });

  it('stops at the last year the field allows, 2199', () => {
    expect(iso(nextFireTimes('cron(0 0 1 1 ? 2198/1)', START, 5))).toEqual(['2198-01-01T00:00Z', '2199-01-01T00:00Z']);
  });
});

describe('rate expressions', () => {
  it('fire one period after the rule starts, then every period', () => {
    expect(iso(nextFireTimes('rate(5 minutes)', START, 3))).toEqual(['2026-11-21T12:05Z', '2026-11-21T12:10Z', '2026-11-21T12:15Z']);
    expect(iso(nextFireTimes('rate(1 hour)', START, 2))).toEqual(['2026-11-21T13:00Z', '2026-11-21T14:00Z']);
    expect(iso(nextFireTimes('rate(2 days)', START, 1))).toEqual(['2026-11-23T12:00Z']);
  });

  it('keep counting from when the rule was created or enabled, not from the time asked about', () => {
    const anchor = START - 7 * 60_000;
    expect(iso(nextFireTimes('rate(5 minutes)', START, 2, anchor))).toEqual(['2026-11-21T12:03Z', '2026-11-21T12:08Z']);
  });

  it('take a singular unit for 1 and a plural otherwise', () => {
    expect(parseScheduleExpression('rate(1 minute)')).toMatchObject({ kind: 'rate', value: 1, unit: 'minute', periodMs: 60_000 });
    expect(parseScheduleExpression('rate(10 days)')).toMatchObject({ kind: 'rate', periodMs: 864_000_000 });
  });
});

describe('expressions PutRule refuses, and why', () => {
  const reason = (text: string) => scheduleExpressionProblem(text)?.message;

  it.each([
    ['rate(10 seconds)', "rate unit: 'seconds' is not minute(s), hour(s) or day(s)"],
    ['rate(10 years)', "rate unit: 'years' is not minute(s), hour(s) or day(s)"],
    ['rate(1 minutes)', 'rate unit: a value of 1 takes the singular unit: rate(1 minute)'],
    ['rate(1 hours)', 'rate unit: a value of 1 takes the singular unit: rate(1 hour)'],
    ['rate(1 days)', 'rate unit: a value of 1 takes the singular unit: rate(1 day)'],
    ['rate(2 minute)', 'rate unit: a value over 1 takes the plural unit: rate(2 minutes)'],
    ['rate(10 hour)', 'rate unit: a value over 1 takes the plural unit: rate(10 hours)'],
    ['rate(10 day)', 'rate unit: a value over 1 takes the plural unit: rate(10 days)'],
    ['rate()', 'expression: a rate expression is rate(value unit), with one space, e.g. rate(5 minutes)'],
    ['rate(10)', 'expression: a rate expression is rate(value unit), with one space, e.g. rate(5 minutes)'],
    ['rate(10 minutess)', "rate unit: 'minutess' is not minute(s), hour(s) or day(s)"],
    ['rate(foo minutes)', "rate value: 'foo' is not a positive whole number"],
    ['rate(0 minutes)', "rate value: '0' is not a positive whole number"],
    ['rate(-10 minutes)', "rate value: '-10' is not a positive whole number"],
    ['rate(10 MINUTES)', "rate unit: 'MINUTES' is not minute(s), hour(s) or day(s)"],
    ['rate( 10 minutes )', 'expression: a rate expression is rate(value unit), with one space, e.g. rate(5 minutes)'],
    [' rate(10 minutes)', 'expression: a schedule expression is rate(value unit) or cron(minutes hours day-of-month month day-of-week year)'],
    ['cron(0 1 * * * *)', "day-of-week: '?' is needed in day-of-month or day-of-week"],
    ['cron(0 1 ? * ? *)', "day-of-week: '?' can be in only one of day-of-month and day-of-week"],
    ['cron(7 20 * * NOT *)', "day-of-week: 'NOT' is not a value of this field (1-7 or SUN-SAT)"],
    ['cron(INVALID)', 'expression: a cron expression has six fields (minutes hours day-of-month month day-of-week year); this one has 1'],
    ['cron(0 dummy ? * MON-FRI *)', "hours: 'dummy' is not a value of this field (0-23)"],
    ['cron(71 8 1 * ? *)', 'minutes: 71 is out of range (0-59)'],
    ['cron(0 8 1 * ?)', 'expression: a cron expression has six fields (minutes hours day-of-month month day-of-week year); this one has 5'],
    ['cron(0 8 32 * ? *)', 'day-of-month: 32 is out of range (1-31)'],
    ['cron(0 8 ? 13 MON *)', 'month: 13 is out of range (1-12 or JAN-DEC)'],
    ['cron(0 8 ? * 0 *)', 'day-of-week: 0 is out of range (1-7 or SUN-SAT)'],
    ['cron(0 8 1 * ? 2200)', 'year: 2200 is out of range (1970-2199)'],
    ['cron(0 8 ? * 3#1,6#3 *)', 'day-of-week: with \'#\' the field can hold only one expression (not a list such as 3#1,6#3)'],
    ['cron(0 8 ? * 3#6 *)', "day-of-week: the occurrence after '#' must be 1-5, not 6"],
    ['cron(0 8 1-15W * ? *)', "day-of-month: 'L' and 'W' can't be combined with a list, range or increment"],
    ['cron(0 8 ? * MON W *)', 'expression: a cron expression has six fields (minutes hours day-of-month month day-of-week year); this one has 7'],
    ['cron(0 L ? * MON *)', "hours: 'L' is allowed only in day-of-month and day-of-week"],
    ['cron(0 8 ? ? MON *)', "month: '?' is allowed only in day-of-month and day-of-week"],
    ['cron(0/0 8 ? * MON *)', "minutes: the increment in '0/0' must be a whole number of at least 1"],
    ['cron(0/61 8 ? * MON *)', "minutes: the increment 61 is larger than the field's range (0-59)"],
    ['cron(0  8 ? * MON *)', 'expression: fields are separated by single spaces: minutes hours day-of-month month day-of-week year'],
    ['every 5 minutes', 'expression: a schedule expression is rate(value unit) or cron(minutes hours day-of-month month day-of-week year)'],
  ])('%s', (text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it('takes what the user guide shows', () => {
    for (const text of ['cron(0 2 ? * SAT *)', 'cron(* * ? * SAT#3 *)', 'cron(0/5 5 ? JAN 1-5 2022)', 'cron(15 10 ? * 6L 2002-2005)', 'rate(1 day)', 'rate(5 minutes)']) {
      expect(reason(text), text).toBeUndefined();
    }
  });
});
