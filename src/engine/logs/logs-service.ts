// The CloudWatch Logs API over the log store: groups, streams, retention and PutLogEvents, with
// AWS's input and output shapes (epoch-millisecond numbers, camelCase members) and its errors.
import { ACCOUNT_ID, REGION } from '../ids';
import type { LogStore, GroupInfo, StreamInfo, LogEvent } from './log-store';
import { constraintFailed, groupExists, groupNotFound, invalidParameterException, invalidToken, RETENTION_DAYS, streamExists, streamNotFound } from './logs-errors';
import { createLogQueries } from './logs-queries';

type Input = Record<string, unknown>;

export const logGroupArn = (name: string) => `arn:aws:logs:${REGION}:${ACCOUNT_ID}:log-group:${name}`;

/** The group named by `logGroupName` or `logGroupIdentifier` (a name or an ARN, with or without `:*`). */
export function groupNameOf(input: Input, required = true): string | undefined {
  const name = input.logGroupName;
  const id = input.logGroupIdentifier;
  if (name !== undefined && id !== undefined) throw invalidParameterException('LogGroup name and LogGroup identifier are mutually exclusive parameters.');
  if (typeof id === 'string') return /^arn:aws:logs:[^:]*:\d*:log-group:/.test(id) ? id.replace(/^arn:aws:logs:[^:]*:\d*:log-group:/, '').replace(/:\*$/, '') : id;
  if (typeof name === 'string' && name !== '') return name;
  if (required) throw invalidParameterException('Should provide either logGroupName or logGroupIdentifier.');
  return undefined;
}

/** A page of `items` from an offset token; AWS's tokens are opaque, these are too. */
export function page<T>(items: T[], input: Input, max: number): { items: T[]; nextToken?: string } {
  const limit = input.limit ?? max;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > max) {
    throw constraintFailed(limit, 'limit', limit as number < 1 ? 'Member must have value greater than or equal to 1' : `Member must have value less than or equal to ${max}`);
  }
  let start = 0;
  if (input.nextToken !== undefined) {
    const m = /^o\/(\d+)$/.exec(String(input.nextToken));
    if (!m) throw invalidToken();
    start = Number(m[1]);
  }
  const items_ = items.slice(start, start + limit);
  return start + limit < items.length ? { items: items_, nextToken: `o/${start + limit}` } : { items: items_ };
}

/** Reads a level from a line written in Lambda's text format, for lines that arrive through PutLogEvents. */
export function levelOf(message: string): LogEvent['level'] {
  if (/^(START|END|REPORT|INIT_START|INIT_REPORT) /.test(message)) return 'platform';
  const m = /^\S+\t\S+\t(INFO|WARN|ERROR|DEBUG|TRACE|FATAL)\t/.exec(message);
  return (m?.[1] as LogEvent['level'] | undefined) ?? 'INFO';
}

function describeGroup(g: GroupInfo) {
  return {
    logGroupName: g.name,
    creationTime: g.creationTime,
    ...(g.retentionInDays !== undefined ? { retentionInDays: g.retentionInDays } : {}),
    metricFilterCount: 0,
    arn: `${logGroupArn(g.name)}:*`,
    storedBytes: g.storedBytes,
    logGroupClass: 'STANDARD',
    logGroupArn: logGroupArn(g.name),
  };
}

function describeStream(group: string, s: StreamInfo) {
  return {
    logStreamName: s.name,
    creationTime: s.creationTime,
    ...(s.firstEventTimestamp !== undefined ? { firstEventTimestamp: s.firstEventTimestamp, lastEventTimestamp: s.lastEventTimestamp, lastIngestionTime: s.lastIngestionTime } : {}),
    arn: `${logGroupArn(group)}:log-stream:${s.name}`,
    // Deprecated in the API, reported as 0 by CloudWatch since 2019.
    storedBytes: 0,
  };
}

export function createLogsService(store: LogStore) {
  const groupOf = (input: Input) => {
    const name = groupNameOf(input)!;
    store.expire();
    const group = store.group(name);
    if (!group) throw groupNotFound();
    return group;
  };
  const queries = createLogQueries(store, groupOf);

  return {
    ...queries,
    async describeLogGroups(input: Input = {}) {
      store.expire();
      const prefix = input.logGroupNamePrefix;
      const pattern = input.logGroupNamePattern;
      if (prefix !== undefined && pattern !== undefined) throw invalidParameterException('LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.');
      const groups = store
        .groups()
        .filter((g) => (typeof prefix === 'string' ? g.name.startsWith(prefix) : typeof pattern === 'string' ? g.name.toLowerCase().includes(pattern.toLowerCase()) : true))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const { items, nextToken } = page(groups, input, 50);
      return { logGroups: items.map(describeGroup), ...(nextToken ? { nextToken } : {}) };
    },

    async describeLogStreams(input: Input) {
      const group = groupOf(input);
      const orderBy = input.orderBy ?? 'LogStreamName';
      if (orderBy !== 'LogStreamName' && orderBy !== 'LastEventTime') throw constraintFailed(orderBy, 'orderBy', 'Member must satisfy enum value set: [LogStreamName, LastEventTime]');
      const prefix = input.logStreamNamePrefix;
      if (orderBy === 'LastEventTime' && prefix !== undefined) throw invalidParameterException('Cannot order by LastEventTime with a logStreamNamePrefix.');
      const streams = [...group.streams.values()].filter((s) => typeof prefix !== 'string' || s.name.startsWith(prefix));
      // A stream without events sorts as the oldest.
      if (orderBy === 'LastEventTime') streams.sort((a, b) => (a.lastEventTimestamp ?? -Infinity) - (b.lastEventTimestamp ?? -Infinity) || (a.name < b.name ? -1 : 1));
      else streams.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      if (input.descending === true) streams.reverse();
      const { items, nextToken } = page(streams, input, 50);
      return { logStreams: items.map((s) => describeStream(group.name, s)), ...(nextToken ? { nextToken } : {}) };
    },

    async putRetentionPolicy(input: Input) {
      const days = input.retentionInDays;
      if (!RETENTION_DAYS.includes(days as (typeof RETENTION_DAYS)[number])) {
        throw constraintFailed(days, 'retentionInDays', `Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`);
      }
      store.setRetention(groupOf(input).name, days as number);
      return {};
    },

    async deleteRetentionPolicy(input: Input) {
      store.setRetention(groupOf(input).name, undefined);
      return {};
    },

    async createLogGroup(input: Input) {
      const name = input.logGroupName;
      if (typeof name !== 'string' || !/^[.\-_/#A-Za-z0-9]{1,512}$/.test(name)) throw constraintFailed(name, 'logGroupName', 'Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+');
      if (!store.createGroup(name)) throw groupExists();
      return {};
    },

    async createLogStream(input: Input) {
      const group = groupOf(input);
      const name = input.logStreamName;
      if (typeof name !== 'string' || name === '' || /[:*]/.test(name)) throw constraintFailed(name, 'logStreamName', 'Member must satisfy regular expression pattern: [^:*]*');
      if (!store.createStream(group.name, name)) throw streamExists();
      return {};
    },

    async putLogEvents(input: Input) {
      const group = groupOf(input);
      const stream = String(input.logStreamName ?? '');
      if (!group.streams.has(stream)) throw streamNotFound();
      const events = Array.isArray(input.logEvents) ? (input.logEvents as Array<{ timestamp: number; message: string }>) : [];
      if (events.length < 1 || events.length > 10_000) throw constraintFailed(`[${events.length} events]`, 'logEvents', events.length < 1 ? 'Member must have length greater than or equal to 1' : 'Member must have length less than or equal to 10000');
      for (const e of events) store.append({ group: group.name, stream, timestamp: Number(e.timestamp), message: String(e.message), level: levelOf(String(e.message)) });
      return {};
    },
  };
}

export type LogsService = ReturnType<typeof createLogsService>;
