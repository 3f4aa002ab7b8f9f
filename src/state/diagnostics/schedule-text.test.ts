// Every reason a schedule expression is refused for has an English and a Korean message, and the values
// fill in: in English the interface says exactly what the engine says, in Korean something else.
import { afterAll, describe, expect, it } from 'vitest';
import { scheduleExpressionProblem } from '../../engine/services/eventbridge/schedule/schedule-expression';
import { setLocale } from '../../i18n/i18n.svelte';
import { SCHEDULE_REASON_CODES, scheduleProblemText } from './schedule-text';

/** One refused expression per reason code. */
const REFUSED: [string, string][] = [
  ['cron(0 12 1- * ? *)', 'cron.valueMissing'],
  ['cron(0 12 * FOO ? *)', 'cron.notAValue'],
  ['cron(0 12 32 * ? *)', 'cron.outOfRange'],
  ['cron(0/5/2 * * * ? *)', 'cron.slashTwice'],
  ['cron(0/0 * * * ? *)', 'cron.incrementNotWhole'],
  ['cron(0/61 * * * ? *)', 'cron.incrementTooLarge'],
  ['cron(1-2-3 * * * ? *)', 'cron.notARange'],
  ['cron(1,,2 * * * ? *)', 'cron.emptyListItem'],
  ['cron(? * * * ? *)', 'cron.questionOnlyInDays'],
  ['cron(L * * * ? *)', 'cron.lastOnlyInDays'],
  ['cron(0 12 ? * 2W *)', 'cron.weekdayOnlyInDayOfMonth'],
  ['cron(0 12 1#2 * ? *)', 'cron.hashOnlyInDayOfWeek'],
  ['cron(0 12 L,1 * ? *)', 'cron.dayOfMonthSpecialCombined'],
  ['cron(0 12 XW * ? *)', 'cron.dayOfMonthSpecialInvalid'],
  ['cron(0 12 ? * 3#1,6#3 *)', 'cron.nthInList'],
  ['cron(0 12 ? * 3#X *)', 'cron.nthInvalid'],
  ['cron(0 12 ? * 3#6 *)', 'cron.nthOccurrence'],
  ['cron(0 12 ? * 1-6L *)', 'cron.lastWeekdayCombined'],
  ['cron(0 12 ? * XL *)', 'cron.lastWeekdayInvalid'],
  ['cron(0  12 * * ? *)', 'cron.fieldSpacing'],
  ['cron(0 12 * * ?)', 'cron.fieldCount'],
  ['cron(0 12 * * * *)', 'cron.questionNeeded'],
  ['cron(0 12 ? * ? *)', 'cron.questionTwice'],
  ['rate(5minutes)', 'rate.form'],
  ['rate(0 minutes)', 'rate.notPositive'],
  ['rate(5 weeks)', 'rate.unknownUnit'],
  ['rate(1 minutes)', 'rate.singular'],
  ['rate(5 minute)', 'rate.plural'],
  ['every 5 minutes', 'expression.form'],
];

const problemOf = (expression: string) => {
  const error = scheduleExpressionProblem(expression);
  if (!error) throw new Error(`${expression} was accepted`);
  return { error, problem: { part: error.field, reason: error.diagnostic } };
};

afterAll(() => setLocale('en', false));

describe('schedule expression reasons', () => {
  it('covers every reason code with a refused expression', () => {
    expect(REFUSED.map(([, code]) => code).sort()).toEqual([...SCHEDULE_REASON_CODES].sort());
  });

  it.each(REFUSED)('%s: the engine gives %s', (expression, code) => {
    expect(problemOf(expression).error.diagnostic.code).toBe(code);
  });

  it('says in English exactly what the engine says', async () => {
    await setLocale('en', false);
    for (const [expression] of REFUSED) {
      const { error, problem } = problemOf(expression);
      expect(scheduleProblemText(problem)).toBe(error.message);
    }
  });

  it('says each reason in Korean, with its values filled in', async () => {
    await setLocale('ko', false);
    for (const [expression] of REFUSED) {
      const { error, problem } = problemOf(expression);
      const korean = scheduleProblemText(problem);
      expect(korean).not.toBe(error.message);
      expect(korean).toMatch(/[가-힣]/);
      expect(korean).not.toMatch(/undefined|NaN|\[object/);
      for (const value of Object.values(problem.reason.values)) expect(korean).toContain(String(value));
    }
    expect(scheduleProblemText(problemOf('cron(0 12 32 * ? *)').problem)).toBe('일 필드: 32은(는) 범위를 벗어났습니다(1-31)');
    expect(scheduleProblemText(problemOf('cron(0 12 * FOO ? *)').problem)).toBe("월 필드: 'FOO'은(는) 이 필드의 값이 아닙니다(1-12 또는 JAN-DEC)");
  });
});
