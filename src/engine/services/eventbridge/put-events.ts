// PutEvents: each entry checked and answered on its own (an EventId, or ErrorCode/ErrorMessage as
// EventBridge gives them), turned into the event targets receive, and matched against the enabled
// rules' patterns on the default bus.
import { ACCOUNT_ID, REGION } from '../../ids';
import { DEFAULT_BUS, eventBusArn, eventTime, type EventBridgeEvent } from './definitions';
import { constraint, validation } from './errors';
import { matchesEventPattern } from './pattern/event-pattern';
import type { Rule, Rules } from './rules';

type Input = Record<string, unknown>;

/** One entry's answer: its event's id, or why it was refused. */
export type PutEventsResultEntry = { EventId: string } | { ErrorCode: string; ErrorMessage: string };

export interface PutEventsResult {
  output: { FailedEntryCount: number; Entries: PutEventsResultEntry[] };
  /** Not part of AWS's answer: the rules each entry's event matched (empty for refused entries). */
  matched: string[][];
}

/** PutEvents' limit on the whole request (the user guide's "Calculating PutEvents event entry size"). */
const MAX_REQUEST_BYTES = 256 * 1024;
const bytes = (text: unknown) => (typeof text === 'string' ? new TextEncoder().encode(text).length : 0);

/** How the service's model prints an entry in a validation message (a Java object's toString). */
const describeEntry = (e: Input) =>
  `PutEventsRequestEntry(time=${e.Time ?? 'null'}, source=${e.Source ?? 'null'}, resources=${Array.isArray(e.Resources) ? `[${e.Resources.join(', ')}]` : 'null'}, detailType=${e.DetailType ?? 'null'}, detail=${e.Detail ?? 'null'}, eventBusName=${e.EventBusName ?? 'null'}, traceHeader=${e.TraceHeader ?? 'null'}, kmsKeyIdentifier=null, internalMetadata=null)`;

const invalidArgument = (member: string) => ({ ErrorCode: 'InvalidArgument', ErrorMessage: `Parameter ${member} is not valid. Reason: ${member} is a required argument.` });

/** An entry's Time: a Date (as the SDK takes it), epoch seconds (as it sends it) or ISO text; now if absent. */
function entryTime(value: unknown, now: number): number {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getTime();
  if (typeof value === 'number' && Number.isFinite(value)) return value * 1000;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return Date.parse(value);
  return now;
}

/** The entry's problem, in the order EventBridge checks (LocalStack's AWS-validated cases), or its detail. */
function checkEntry(entry: Input): { ErrorCode: string; ErrorMessage: string } | { detail: Record<string, unknown> } {
  if (typeof entry.Source !== 'string' || entry.Source === '') return invalidArgument('Source');
  if (typeof entry.DetailType !== 'string' || entry.DetailType === '') return invalidArgument('DetailType');
  if (typeof entry.Detail !== 'string' || entry.Detail === '') return invalidArgument('Detail');
  try {
    const detail: unknown = JSON.parse(entry.Detail);
    if (detail !== null && typeof detail === 'object' && !Array.isArray(detail)) return { detail: detail as Record<string, unknown> };
  } catch {
    // Malformed, as below.
  }
  return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
}

/** The event EventBridge builds from an entry, its fields in AWS's order. */
export function buildEvent(entry: Input, detail: Record<string, unknown>, id: string, time: number): EventBridgeEvent {
  return {
    version: '0',
    id,
    'detail-type': String(entry.DetailType),
    source: String(entry.Source),
    account: ACCOUNT_ID,
    time: eventTime(time),
    region: REGION,
    resources: Array.isArray(entry.Resources) ? entry.Resources.map(String) : [],
    detail,
  };
}

/** Runs PutEvents; `dispatch` hands each matching rule's event to its targets. */
export function putEvents(input: Input, rules: Rules, now: number, dispatch: (rule: Rule, event: EventBridgeEvent) => void): PutEventsResult {
  const entries = input.Entries;
  if (!Array.isArray(entries)) throw constraint('null', 'entries', 'Member must not be null');
  if (entries.length === 0) throw constraint('[]', 'entries', 'Member must have length greater than or equal to 1');
  if (entries.length > 10) throw constraint(`[${entries.map((e) => describeEntry((e ?? {}) as Input)).join(', ')}]`, 'entries', 'Member must have length less than or equal to 10');
  const size = entries.reduce((sum: number, e: Input) => sum + (e?.Time !== undefined ? 14 : 0) + bytes(e?.Source) + bytes(e?.DetailType) + bytes(e?.Detail) + (Array.isArray(e?.Resources) ? e.Resources.reduce((s: number, r: unknown) => s + bytes(r), 0) : 0), 0);
  if (size > MAX_REQUEST_BYTES) throw validation('Total size of the entries in the request is over the limit.');

  const answers: PutEventsResultEntry[] = [];
  const matched: string[][] = [];
  for (const raw of entries) {
    const entry = (raw ?? {}) as Input;
    const checked = checkEntry(entry);
    if ('ErrorCode' in checked) {
      answers.push(checked);
      matched.push([]);
      continue;
    }
    const event = buildEvent(entry, checked.detail, crypto.randomUUID(), entryTime(entry.Time, now));
    answers.push({ EventId: event.id });
    // Events sent to a bus that does not exist are accepted and go nowhere.
    const bus = entry.EventBusName ?? DEFAULT_BUS;
    const hits = bus === DEFAULT_BUS || bus === eventBusArn() ? rules.all().filter((r) => r.state === 'ENABLED' && r.pattern && matchesEventPattern(r.pattern, event)) : [];
    for (const rule of hits) dispatch(rule, event);
    matched.push(hits.map((r) => r.name));
  }
  return { output: { FailedEntryCount: answers.filter((a) => 'ErrorCode' in a).length, Entries: answers }, matched };
}
