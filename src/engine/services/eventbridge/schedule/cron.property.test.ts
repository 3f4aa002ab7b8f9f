// Properties of cron scheduling against a brute-force reference: generated expressions carry their
// own meaning (a predicate per field, written independently of the parser), and every minute of a
// bounded window is checked, so a fire time that is wrong, out of order or skipped is caught.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cronMatches, parseCron } from './cron-expression';
import { nextFireTimes, parseScheduleExpression } from './schedule-expression';
import { propertyRuns } from '../../../testing/property-runs';

const RUNS = propertyRuns(150);

/** A field's text and what it means. */
interface Field {
  text: string;
  allows(value: number): boolean;
}

/** A day rule's text and what it means for a date. */
interface DayField {
  text: string;
  allows(year: number, month: number, day: number): boolean;
}

const NAMES: Record<string, readonly string[]> = {
  month: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  dow: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'],
};

/** `*`, a value, a range, `a/step`, `a-b/step`, or a list of those, over [min, max]. */
function numericField(min: number, max: number, names?: readonly string[]): fc.Arbitrary<Field> {
  const value = fc.integer({ min, max });
  const show = (v: number, named: boolean) => (named && names ? names[v - min]! : String(v));
  const part: fc.Arbitrary<Field> = fc.oneof(
    fc.constant({ text: '*', allows: () => true }),
    fc.tuple(value, fc.boolean()).map(([v, named]) => ({ text: show(v, named), allows: (x: number) => x === v })),
    fc.tuple(value, value, fc.boolean()).filter(([a, b]) => a <= b).map(([a, b, named]) => ({ text: `${show(a, named)}-${show(b, named)}`, allows: (x: number) => x >= a && x <= b })),
    fc.tuple(value, fc.integer({ min: 1, max: max - min + 1 })).map(([a, step]) => ({ text: `${a}/${step}`, allows: (x: number) => x >= a && (x - a) % step === 0 })),
    fc.tuple(value, value, fc.integer({ min: 1, max: Math.min(10, max - min + 1) })).filter(([a, b]) => a <= b).map(([a, b, step]) => ({ text: `${a}-${b}/${step}`, allows: (x: number) => x >= a && x <= b && (x - a) % step === 0 })),
  );
  return fc.array(part, { minLength: 1, maxLength: 3 }).map((parts) =>
    parts.length === 1 ? parts[0]! : { text: parts.map((p) => p.text).join(','), allows: (x: number) => parts.some((p) => p.allows(x)) },
  );
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 1;
const isWorkday = (y: number, m: number, d: number) => weekday(y, m, d) >= 2 && weekday(y, m, d) <= 6;

/** The workday nearest `target` in the same month, by looking at the candidates, not by the rule. */
function nearestWorkday(y: number, m: number, target: number): number | undefined {
  const last = lastDay(y, m);
  if (target > last) return undefined;
  for (const offset of [0, -1, 1, -2, 2]) {
    const day = target + offset;
    if (day >= 1 && day <= last && isWorkday(y, m, day)) return day;
  }
  return undefined;
}

const dayOfMonthField: fc.Arbitrary<DayField> = fc.oneof(
  numericField(1, 31).map((f) => ({ text: f.text, allows: (_y: number, _m: number, d: number) => f.allows(d) })),
  fc.constant({ text: 'L', allows: (y: number, m: number, d: number) => d === lastDay(y, m) }),
  fc.constant({
    text: 'LW',
    allows: (y: number, m: number, d: number) => isWorkday(y, m, d) && Array.from({ length: lastDay(y, m) - d }, (_, i) => d + 1 + i).every((later) => !isWorkday(y, m, later)),
  }),
  fc.integer({ min: 1, max: 31 }).map((target) => ({ text: `${target}W`, allows: (y: number, m: number, d: number) => nearestWorkday(y, m, target) === d })),
);

const dayOfWeekField: fc.Arbitrary<DayField> = fc.oneof(
  numericField(1, 7, NAMES.dow).map((f) => ({ text: f.text, allows: (y: number, m: number, d: number) => f.allows(weekday(y, m, d)) })),
  fc.integer({ min: 1, max: 7 }).map((w) => ({ text: `${w}L`, allows: (y: number, m: number, d: number) => weekday(y, m, d) === w && d + 7 > lastDay(y, m) })),
  fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 5 })).map(([w, n]) => ({
    text: `${w}#${n}`,
    allows: (y: number, m: number, d: number) => weekday(y, m, d) === w && Math.ceil(d / 7) === n,
  })),
);

const ANY: DayField = { text: '?', allows: () => true };

const expression = fc
  .record({
    minutes: numericField(0, 59),
    hours: numericField(0, 23),
    month: numericField(1, 12, NAMES.month),
    days: fc.oneof(dayOfMonthField.map((dom) => [dom, ANY] as const), dayOfWeekField.map((dow) => [ANY, dow] as const)),
    year: fc.constantFrom<Field>({ text: '*', allows: () => true }, { text: '2026-2030', allows: (y) => y >= 2026 && y <= 2030 }, { text: '2027', allows: (y) => y === 2027 }),
  })
  .map(({ minutes, hours, month, days: [dom, dow], year }) => ({
    text: `cron(${minutes.text} ${hours.text} ${dom.text} ${month.text} ${dow.text} ${year.text})`,
    /** Whether the expression fires on the UTC day that holds `t` (at some time). */
    firesOn(t: number) {
      const d = new Date(t);
      const [y, mo, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      return month.allows(mo) && year.allows(y) && dom.allows(y, mo, day) && dow.allows(y, mo, day);
    },
    firesAt(t: number) {
      const d = new Date(t);
      return minutes.allows(d.getUTCMinutes()) && hours.allows(d.getUTCHours());
    },
    fires(t: number) {
      return this.firesOn(t) && this.firesAt(t);
    },
  }));

const DAY = 86_400_000;
/** Any minute of 2026 and early 2027. */
const start = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 2, 1) }).map((t) => t - (t % 60_000) + (t % 7) * 1000);

describe('cron fire times (property)', () => {
  it('are exactly the minutes a brute-force reference finds in a 40-day window, in order, none skipped', () => {
    fc.assert(
      fc.property(expression, start, (expr, from) => {
        const windowEnd = from + 40 * DAY;
        const brute: number[] = [];
        // Minute by minute, skipping only whole days the reference says it never fires on.
        for (let t = Math.floor(from / 60_000) * 60_000 + 60_000; t <= windowEnd && brute.length < 60; ) {
          if (!expr.firesOn(t)) {
            t = t - (t % DAY) + DAY;
            continue;
          }
          if (expr.firesAt(t)) brute.push(t);
          t += 60_000;
        }
        const times = nextFireTimes(expr.text, from, 60);
        const inWindow = times.filter((t) => t <= windowEnd);
        expect(inWindow).toEqual(brute.length >= 60 ? brute.slice(0, 60) : brute);
        const cron = parseCron(expr.text.slice(5, -1));
        let previous = from;
        for (const t of times) {
          expect(t).toBeGreaterThan(previous);
          expect(t % 60_000).toBe(0);
          expect(cronMatches(cron, t)).toBe(true);
          expect(expr.fires(t)).toBe(true);
          previous = t;
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('continue where an earlier call left off: asking again from any fire time gives the rest', () => {
    fc.assert(
      fc.property(expression, start, fc.integer({ min: 1, max: 8 }), (expr, from, k) => {
        const times = nextFireTimes(expr.text, from, 10);
        if (times.length <= k) return;
        expect(nextFireTimes(expr.text, times[k - 1]!, 10 - k)).toEqual(times.slice(k));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('rate fire times (property)', () => {
  const rate = fc.tuple(fc.integer({ min: 1, max: 500 }), fc.constantFrom(['minute', 60_000], ['hour', 3_600_000], ['day', DAY]));
  it('step by exactly one period from the anchor, strictly after the time asked about', () => {
    fc.assert(
      fc.property(rate, start, fc.integer({ min: 0, max: 30 * DAY }), ([value, [unit, ms]], anchor, later) => {
        const text = `rate(${value} ${value === 1 ? unit : `${unit}s`})`;
        expect(parseScheduleExpression(text)).toMatchObject({ kind: 'rate', periodMs: value * (ms as number) });
        const from = anchor + later;
        const times = nextFireTimes(text, from, 4, anchor);
        expect(times).toHaveLength(4);
        expect(times[0]).toBeGreaterThan(from);
        expect(times[0]! - from).toBeLessThanOrEqual(value * (ms as number));
        for (const [i, t] of times.entries()) {
          expect((t - anchor) % (value * (ms as number))).toBe(0);
          if (i > 0) expect(t - times[i - 1]!).toBe(value * (ms as number));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
