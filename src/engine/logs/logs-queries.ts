// Reading events back: GetLogEvents (one stream, forward and backward tokens) and FilterLogEvents
// (a group's streams through a filter pattern, oldest first, paged by nextToken).
import { ServiceError } from '../errors';
import { compileFilterPattern } from './filter-pattern/match';
import { FilterPatternError } from './filter-pattern/types';
import type { GroupInfo, LogStore, StoredLogEvent } from './log-store';
import { constraintFailed, invalidParameterException, invalidToken, streamNotFound } from './logs-errors';

type Input = Record<string, unknown>;

/** 56 digits, like CloudWatch's event ids: the timestamp, then the account's sequence number. */
export const eventIdOf = (e: StoredLogEvent) => `${String(e.timestamp).padStart(20, '0')}${String(e.seq).padStart(36, '0')}`;

const byTime = (a: StoredLogEvent, b: StoredLogEvent) => a.timestamp - b.timestamp || a.seq - b.seq;

function limitOf(input: Input, max: number): number {
  const limit = input.limit ?? max;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > max) {
    throw constraintFailed(limit, 'limit', (limit as number) < 1 ? 'Member must have value greater than or equal to 1' : `Member must have value less than or equal to ${max}`);
  }
  return limit;
}

const optionalTime = (value: unknown, member: string): number | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw constraintFailed(value, member, 'Member must have value greater than or equal to 0');
  return value;
};

/** Compiles a filter pattern, turning a refusal into the API's InvalidParameterException. */
export function filterOf(pattern: unknown): (message: string) => boolean {
  if (pattern === undefined || pattern === '') return () => true;
  try {
    return compileFilterPattern(String(pattern));
  } catch (error) {
    if (error instanceof FilterPatternError) throw new ServiceError('InvalidParameterException', error.message, 400);
    throw error;
  }
}

export function createLogQueries(store: LogStore, groupOf: (input: Input) => GroupInfo) {
  return {
    async getLogEvents(input: Input) {
      const group = groupOf(input);
      const stream = input.logStreamName;
      if (typeof stream !== 'string' || !group.streams.has(stream)) throw streamNotFound();
      const start = optionalTime(input.startTime, 'startTime');
      const end = optionalTime(input.endTime, 'endTime');
      const limit = limitOf(input, 10_000);
      // endTime is exclusive here ("equal to or later than this time are not included").
      const events = store.events(group.name, stream).filter((e) => (start === undefined || e.timestamp >= start) && (end === undefined || e.timestamp < end)).sort(byTime);
      let from: number;
      let to: number;
      const token = input.nextToken;
      if (token !== undefined) {
        const m = /^([fb])\/(\d{56})$/.exec(String(token));
        if (!m) throw invalidToken();
        const at = Number(m[2]);
        [from, to] = m[1] === 'f' ? [at, at + limit] : [Math.max(0, at - limit), at];
      } else if (input.startFromHead === true) [from, to] = [0, limit];
      else [from, to] = [Math.max(0, events.length - limit), events.length];
      to = Math.min(to, events.length);
      from = Math.min(from, to);
      const pad = (n: number) => String(n).padStart(56, '0');
      return {
        events: events.slice(from, to).map((e) => ({ timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime })),
        nextForwardToken: `f/${pad(to)}`,
        nextBackwardToken: `b/${pad(from)}`,
      };
    },

    async filterLogEvents(input: Input) {
      const group = groupOf(input);
      const names = input.logStreamNames;
      const prefix = input.logStreamNamePrefix;
      if (names !== undefined && prefix !== undefined) throw invalidParameterException('Cannot specify both logStreamNames and logStreamNamePrefix.');
      if (names !== undefined && (!Array.isArray(names) || names.length < 1 || names.length > 100)) throw constraintFailed(names, 'logStreamNames', 'Member must have length greater than or equal to 1');
      const start = optionalTime(input.startTime, 'startTime');
      const end = optionalTime(input.endTime, 'endTime');
      const limit = limitOf(input, 10_000);
      const matches = filterOf(input.filterPattern);
      const wanted = new Set<string>(
        [...group.streams.keys()].filter((s) => (Array.isArray(names) ? names.includes(s) : typeof prefix === 'string' ? s.startsWith(prefix) : true)),
      );
      if (Array.isArray(names) && names.some((n) => !group.streams.has(String(n)))) throw streamNotFound();
      let after: [number, number] | undefined;
      if (input.nextToken !== undefined) {
        const m = /^t\/(\d+)\/(\d+)$/.exec(String(input.nextToken));
        if (!m) throw invalidToken();
        after = [Number(m[1]), Number(m[2])];
      }
      const found: StoredLogEvent[] = [];
      for (const e of store.view(group.name)) {
        if (!wanted.has(e.stream)) continue;
        if (start !== undefined && e.timestamp < start) continue;
        if (end !== undefined && e.timestamp > end) continue;
        if (after && (e.timestamp < after[0] || (e.timestamp === after[0] && e.seq <= after[1]))) continue;
        if (matches(e.message)) found.push(e);
      }
      found.sort(byTime);
      const events = found.slice(0, limit);
      const last = events.at(-1);
      return {
        events: events.map((e) => ({ logStreamName: e.stream, timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime, eventId: eventIdOf(e) })),
        // Deprecated by AWS (every stream is searched completely), still in the response shape.
        searchedLogStreams: [...wanted].map((logStreamName) => ({ logStreamName, searchedCompletely: true })),
        ...(found.length > limit && last ? { nextToken: `t/${last.timestamp}/${last.seq}` } : {}),
      };
    },
  };
}
