// GetMetricData, GetMetricStatistics and ListMetrics over the store, with AWS's input and output
// shapes (timestamps as Date objects, as the SDK returns them) and its refusals.
import { invalidCombination, invalidValue, missingParameter, toEpochMs, validationError } from './cloudwatch-errors';
import type { MetricStore } from './metric-store';
import { percentileOf } from './period';
import { STATISTICS, type Dimension, type MetricIdentity } from './types';

type Input = Record<string, unknown>;

/** One request may ask for at most this many datapoints per metric (GetMetricStatistics' limit). */
const MAX_DATAPOINTS = 1440;
const LIST_PAGE = 500;

function timeRange(input: Input): { start: number; end: number } {
  if (input.StartTime === undefined) throw missingParameter('The parameter StartTime is required.');
  if (input.EndTime === undefined) throw missingParameter('The parameter EndTime is required.');
  const start = toEpochMs(input.StartTime);
  const end = toEpochMs(input.EndTime);
  if (start === undefined) throw invalidValue('The parameter StartTime is invalid.');
  if (end === undefined) throw invalidValue('The parameter EndTime is invalid.');
  if (start >= end) throw invalidValue('The parameter StartTime must be less than the parameter EndTime.');
  return { start, end };
}

/** Periods of a minute or longer must be multiples of 60 (the store's finest period is a minute). */
function checkPeriod(period: unknown, at: string): number {
  if (period === undefined) throw missingParameter(`The parameter ${at} is required.`);
  if (typeof period !== 'number' || !Number.isInteger(period) || period < 1) throw invalidValue(`The parameter ${at} must be greater than 0.`);
  if (period % 60 !== 0) throw invalidValue(`The parameter ${at} must be a multiple of 60.`);
  return period;
}

function metricOf(input: Input, at = ''): MetricIdentity {
  if (typeof input.Namespace !== 'string') throw missingParameter(`The parameter ${at}Namespace is required.`);
  if (typeof input.MetricName !== 'string') throw missingParameter(`The parameter ${at}MetricName is required.`);
  const dimensions = (input.Dimensions as Dimension[] | undefined) ?? [];
  return { Namespace: input.Namespace, MetricName: input.MetricName, Dimensions: dimensions };
}

export function getMetricStatistics(store: MetricStore, input: Input) {
  const metric = metricOf(input);
  const { start, end } = timeRange(input);
  const period = checkPeriod(input.Period, 'Period');
  const statistics = (input.Statistics as string[] | undefined) ?? [];
  const extended = (input.ExtendedStatistics as string[] | undefined) ?? [];
  if (statistics.length === 0 && extended.length === 0) throw invalidCombination('At least one of the parameters Statistics and ExtendedStatistics must be specified.');
  if (statistics.length > 0 && extended.length > 0) throw invalidCombination('The parameters Statistics and ExtendedStatistics are mutually exclusive and you have specified both.');
  statistics.forEach((s, i) => {
    if (!(STATISTICS as readonly string[]).includes(s)) throw invalidValue(`The parameter Statistics.member.${i + 1} must be a value in the set [ ${STATISTICS.join(', ')} ].`);
  });
  extended.forEach((s, i) => {
    if (percentileOf(s) === undefined) throw invalidValue(`The value ${s} for parameter ExtendedStatistics.member.${i + 1} is invalid.`);
  });
  const requested = Math.ceil((end - start) / (period * 1000));
  if (requested > MAX_DATAPOINTS) {
    throw invalidCombination(`You have requested up to ${requested.toLocaleString('en-US')} datapoints, which exceeds the limit of ${MAX_DATAPOINTS.toLocaleString('en-US')}. You may reduce the datapoints requested by increasing Period, or decreasing the time range.`);
  }
  const series = store.find(metric);
  const periods = series ? series.aggregate(start, end, period * 1000) : [];
  const unitFilter = input.Unit as string | undefined;
  const Datapoints = periods
    .filter((p) => unitFilter === undefined || (p.unit ?? 'None') === unitFilter)
    .map((p) => {
      const point: Record<string, unknown> = { Timestamp: new Date(p.start) };
      for (const s of statistics) point[s] = p.stat(s);
      if (extended.length > 0) {
        const values: Record<string, number> = {};
        for (const s of extended) {
          const v = p.stat(s);
          if (v !== undefined) values[s] = v;
        }
        point.ExtendedStatistics = values;
      }
      point.Unit = p.unit ?? 'None';
      return point;
    });
  return { Label: metric.MetricName, Datapoints };
}

/** GetMetricData: one result per query with ReturnData (default true); metric math is not evaluated here. */
export function getMetricData(store: MetricStore, input: Input) {
  const queries = input.MetricDataQueries;
  if (!Array.isArray(queries) || queries.length === 0) throw missingParameter('The parameter MetricDataQueries is required.');
  if (queries.length > 500) throw invalidValue('The collection MetricDataQueries must not have a size greater than 500.');
  const { start, end } = timeRange(input);
  const descending = (input.ScanBy ?? 'TimestampDescending') === 'TimestampDescending';
  if (input.ScanBy !== undefined && input.ScanBy !== 'TimestampDescending' && input.ScanBy !== 'TimestampAscending') {
    throw validationError(`1 validation error detected: Value '${String(input.ScanBy)}' at 'scanBy' failed to satisfy constraint: Member must satisfy enum value set: [TimestampDescending, TimestampAscending]`);
  }
  const ids = new Set<string>();
  const MetricDataResults = [];
  for (const [index, raw] of (queries as Input[]).entries()) {
    const at = `MetricDataQueries.member.${index + 1}`;
    const id = raw?.Id;
    if (typeof id !== 'string') throw missingParameter(`The parameter ${at}.Id is required.`);
    if (!/^[a-z][a-zA-Z0-9_]*$/.test(id)) throw validationError(`Invalid metric data query id: ${id}. The first character must be a lower-case letter and the rest alphanumeric or underscore.`);
    if (ids.has(id)) throw validationError(`The value ${id} for parameter ${at}.Id is duplicated.`);
    ids.add(id);
    if (raw.Expression !== undefined) throw validationError(`${at}.Expression: metric math expressions are not evaluated by this playground; use MetricStat.`);
    const stat = raw.MetricStat as Input | undefined;
    if (!stat) throw validationError(`Exactly one of the parameters ${at}.MetricStat and ${at}.Expression must be specified.`);
    const metric = metricOf((stat.Metric as Input | undefined) ?? {}, `${at}.MetricStat.Metric.`);
    const period = checkPeriod(stat.Period, `${at}.MetricStat.Period`);
    const statName = stat.Stat;
    if (typeof statName !== 'string' || (!(STATISTICS as readonly string[]).includes(statName) && percentileOf(statName) === undefined)) {
      throw validationError(`The value ${String(statName)} for parameter ${at}.MetricStat.Stat is not a valid statistic.`);
    }
    if (raw.ReturnData === false) continue;
    const data = store.query(metric, { start, end, period, stat: statName });
    const order = descending ? [...data.timestamps.keys()].reverse() : [...data.timestamps.keys()];
    MetricDataResults.push({
      Id: id,
      Label: typeof raw.Label === 'string' ? raw.Label : metric.MetricName,
      Timestamps: order.map((i) => new Date(data.timestamps[i]!)),
      Values: order.map((i) => data.values[i]!),
      StatusCode: 'Complete',
      Messages: [],
    });
  }
  return { MetricDataResults, Messages: [] };
}

/** ListMetrics: metrics matching the namespace, name and dimension filters (a filter without Value matches any value). */
export function listMetrics(store: MetricStore, input: Input = {}) {
  const filters = (input.Dimensions as Array<{ Name: string; Value?: string }> | undefined) ?? [];
  const all: MetricIdentity[] = [];
  for (const s of store.all()) {
    if (input.Namespace !== undefined && s.namespace !== input.Namespace) continue;
    if (input.MetricName !== undefined && s.name !== input.MetricName) continue;
    if (!filters.every((f) => s.dimensions.some((d) => d.Name === f.Name && (f.Value === undefined || d.Value === f.Value)))) continue;
    all.push({ Namespace: s.namespace, MetricName: s.name, Dimensions: s.dimensions.map((d) => ({ ...d })) });
  }
  const offset = typeof input.NextToken === 'string' ? Number(input.NextToken) : 0;
  if (!Number.isInteger(offset) || offset < 0) throw invalidValue('The service cannot process the NextToken.');
  const page = all.slice(offset, offset + LIST_PAGE);
  return { Metrics: page, ...(offset + LIST_PAGE < all.length ? { NextToken: String(offset + LIST_PAGE) } : {}) };
}
