// PutMetricData: custom metrics from handlers and scripts, checked as CloudWatch checks them
// (reserved AWS/ namespaces, required members, mutually exclusive value forms, units, timestamps).
import { invalidCombination, invalidValue, missingParameter, toEpochMs } from './cloudwatch-errors';
import type { MetricStore } from './metric-store';
import { STANDARD_UNITS, type Dimension } from './types';

type Input = Record<string, unknown>;

const UNITS = new Set<string>(STANDARD_UNITS);
const TWO_WEEKS_MS = 14 * 24 * 3600_000;
const TWO_HOURS_MS = 2 * 3600_000;

function checkDimensions(dimensions: unknown, at: string): Dimension[] {
  if (dimensions === undefined) return [];
  if (!Array.isArray(dimensions)) throw invalidValue(`The parameter ${at}.Dimensions is invalid.`);
  if (dimensions.length > 30) throw invalidValue(`The collection ${at}.Dimensions must not have a size greater than 30.`);
  return dimensions.map((d: Input, i) => {
    const where = `${at}.Dimensions.member.${i + 1}`;
    if (typeof d?.Name !== 'string' || d.Name === '') throw missingParameter(`The parameter ${where}.Name is required.`);
    if (typeof d.Value !== 'string' || d.Value === '') throw missingParameter(`The parameter ${where}.Value is required.`);
    return { Name: d.Name, Value: d.Value };
  });
}

function checkNumber(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidValue(`The value ${String(value)} for parameter ${at} is invalid.`);
  return value;
}

/** Checks every datum first (CloudWatch stores nothing of a refused request), then stores them. */
export function putMetricData(store: MetricStore, input: Input): Record<string, never> {
  const namespace = input.Namespace;
  if (typeof namespace !== 'string' || namespace === '') throw missingParameter('The parameter Namespace is required.');
  if (namespace.startsWith('AWS/')) throw invalidValue(`The value ${namespace} for parameter Namespace is invalid.`);
  const data = input.MetricData;
  if (!Array.isArray(data) || data.length === 0) throw missingParameter('The parameter MetricData is required.');
  if (data.length > 1000) throw invalidValue('The collection MetricData must not have a size greater than 1000.');
  const now = store.now();
  const writes: Array<() => void> = [];
  data.forEach((datum: Input, index) => {
    const at = `MetricData.member.${index + 1}`;
    if (typeof datum?.MetricName !== 'string' || datum.MetricName === '') throw missingParameter(`The parameter ${at}.MetricName is required.`);
    const name = datum.MetricName;
    const dimensions = checkDimensions(datum.Dimensions, at);
    const { Value, Values, Counts, StatisticValues, Unit } = datum;
    if (Value !== undefined && StatisticValues !== undefined) {
      throw invalidCombination(`The parameters ${at}.Value and ${at}.StatisticValues are mutually exclusive and you have specified both.`);
    }
    if (Values !== undefined && (Value !== undefined || StatisticValues !== undefined)) {
      throw invalidCombination(`The parameters ${at}.Values and ${at}.${Value !== undefined ? 'Value' : 'StatisticValues'} are mutually exclusive and you have specified both.`);
    }
    if (Value === undefined && StatisticValues === undefined && Values === undefined) {
      throw invalidCombination(`At least one of the parameters ${at}.Value and ${at}.StatisticValues must be specified.`);
    }
    if (Unit !== undefined && (typeof Unit !== 'string' || !UNITS.has(Unit))) {
      throw invalidValue(`The parameter ${at}.Unit must be a value in the set [ ${STANDARD_UNITS.join(', ')} ].`);
    }
    let time = now;
    if (datum.Timestamp !== undefined) {
      const ms = toEpochMs(datum.Timestamp);
      if (ms === undefined) throw invalidValue(`The parameter ${at}.Timestamp is invalid.`);
      if (ms < now - TWO_WEEKS_MS) throw invalidValue(`The parameter ${at}.Timestamp must specify a time within the past two weeks.`);
      if (ms > now + TWO_HOURS_MS) throw invalidValue(`The parameter ${at}.Timestamp must specify a time no more than two hours in the future.`);
      time = ms;
    }
    const unit = Unit as string | undefined;
    if (Value !== undefined) {
      const value = checkNumber(Value, `${at}.Value`);
      writes.push(() => store.add(store.series(namespace, name, dimensions), value, 1, time, unit));
    } else if (Values !== undefined) {
      if (!Array.isArray(Values)) throw invalidValue(`The parameter ${at}.Values is invalid.`);
      if (Values.length > 150) throw invalidValue(`The collection ${at}.Values must not have a size greater than 150.`);
      if (Counts !== undefined && (!Array.isArray(Counts) || Counts.length !== Values.length)) {
        throw invalidValue(`The parameters ${at}.Values and ${at}.Counts must be of the same size.`);
      }
      const values = Values.map((v, i) => checkNumber(v, `${at}.Values.member.${i + 1}`));
      const counts = (Counts as unknown[] | undefined)?.map((c, i) => checkNumber(c, `${at}.Counts.member.${i + 1}`));
      writes.push(() => {
        const series = store.series(namespace, name, dimensions);
        values.forEach((v, i) => store.add(series, v, counts?.[i] ?? 1, time, unit));
      });
    } else {
      const set = StatisticValues as Input;
      const stats = ['SampleCount', 'Sum', 'Minimum', 'Maximum'].map((key) => {
        if (set?.[key] === undefined) throw missingParameter(`The parameter ${at}.StatisticValues.${key} is required.`);
        return checkNumber(set[key], `${at}.StatisticValues.${key}`);
      }) as [number, number, number, number];
      const [SampleCount, Sum, Minimum, Maximum] = stats;
      writes.push(() => store.addSet(store.series(namespace, name, dimensions), { SampleCount, Sum, Minimum, Maximum }, time, unit));
    }
  });
  for (const write of writes) write();
  return {};
}
