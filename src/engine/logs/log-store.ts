// CloudWatch Logs in miniature: log groups of streams of events, with the metadata the API reports
// (creation times, stored bytes, retention), and a per-group cap so a flood of lines cannot grow
// memory or slow the invoke path.
import { Emitter } from '../events';
import type { LogLevel } from '../lambda/runtime-protocol';

/** One log event as it is written, plus what the UI needs to style it. */
export interface LogEvent {
  group: string;
  stream: string;
  timestamp: number;
  message: string;
  /** `platform` for START/END/REPORT and runtime notices, else the console level. */
  level: LogLevel | 'platform';
}

/** An event once stored: when CloudWatch took it in, and its place in the account's sequence. */
export interface StoredLogEvent extends LogEvent {
  /** On the playground clock; retention counts from here. */
  ingestionTime: number;
  /** Increases with every event the account stores; `eventId` is derived from it. */
  seq: number;
}

/** A stream's bookkeeping (DescribeLogStreams). */
export interface StreamInfo {
  name: string;
  creationTime: number;
  firstEventTimestamp?: number;
  lastEventTimestamp?: number;
  lastIngestionTime?: number;
  storedBytes: number;
}

/** A group's bookkeeping (DescribeLogGroups). */
export interface GroupInfo {
  name: string;
  creationTime: number;
  retentionInDays?: number;
  storedBytes: number;
  streams: Map<string, StreamInfo>;
}

/**
 * CloudWatch bills ingestion per event as its UTF-8 size plus 26 bytes; the playground reports stored
 * bytes the same way (AWS's figure is the compressed size, updated with a delay).
 */
export function eventBytes(message: string): number {
  let bytes = 26;
  for (let i = 0; i < message.length; i++) {
    const c = message.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return bytes;
}

const DAY_MS = 86_400_000;

export class LogStore {
  readonly appended = new Emitter<StoredLogEvent>();
  /** Announces groups and streams created, retention changed or events expired. */
  readonly changed = new Emitter<string>();
  #groups = new Map<string, { info: GroupInfo; events: StoredLogEvent[] }>();
  #seq = 0;
  /** The clock ingestion times and retention run on (the playground clock once the engine sets it). */
  now: () => number = () => Date.now();

  /** @param maxEventsPerGroup oldest events are dropped past this many. */
  constructor(private readonly maxEventsPerGroup = 100_000) {}

  append(event: LogEvent): StoredLogEvent {
    const now = this.now();
    const group = this.#group(event.group, now);
    let stream = group.info.streams.get(event.stream);
    if (!stream) {
      group.info.streams.set(event.stream, (stream = { name: event.stream, creationTime: now, storedBytes: 0 }));
      this.changed.emit(event.group);
    }
    const stored = event as StoredLogEvent;
    stored.ingestionTime = now;
    stored.seq = ++this.#seq;
    const bytes = eventBytes(event.message);
    group.info.storedBytes += bytes;
    stream.storedBytes += bytes;
    stream.firstEventTimestamp = Math.min(stream.firstEventTimestamp ?? Infinity, event.timestamp);
    stream.lastEventTimestamp = Math.max(stream.lastEventTimestamp ?? -Infinity, event.timestamp);
    stream.lastIngestionTime = now;
    const events = group.events;
    events.push(stored);
    // Trim in chunks so the cost stays amortised O(1) per event.
    if (events.length > this.maxEventsPerGroup * 1.25) this.#drop(group, events.length - this.maxEventsPerGroup);
    this.appended.emit(stored);
    return stored;
  }

  /** Creates an empty group (CreateLogGroup); false if it exists. */
  createGroup(name: string): boolean {
    if (this.#groups.has(name)) return false;
    this.#group(name, this.now());
    return true;
  }

  /** Creates an empty stream in an existing group (CreateLogStream); false if it exists. */
  createStream(group: string, name: string): boolean {
    const info = this.group(group);
    if (!info || info.streams.has(name)) return false;
    info.streams.set(name, { name, creationTime: this.now(), storedBytes: 0 });
    this.changed.emit(group);
    return true;
  }

  /** Events of a group in arrival order, optionally of one stream. */
  events(group: string, stream?: string): StoredLogEvent[] {
    const events = this.#groups.get(group)?.events ?? [];
    return stream ? events.filter((e) => e.stream === stream) : events.slice();
  }

  /** The group's own array, not a copy: for readers that only look (a virtualised list of 100k lines). */
  view(group: string): readonly StoredLogEvent[] {
    return this.#groups.get(group)?.events ?? [];
  }

  streams(group: string): string[] {
    return [...(this.#groups.get(group)?.info.streams.keys() ?? [])];
  }

  group(name: string): GroupInfo | undefined {
    return this.#groups.get(name)?.info;
  }

  groups(): GroupInfo[] {
    return [...this.#groups.values()].map((g) => g.info);
  }

  setRetention(group: string, days: number | undefined): void {
    const info = this.group(group);
    if (!info) return;
    if (days === undefined) delete info.retentionInDays;
    else info.retentionInDays = days;
    this.expire();
    this.changed.emit(group);
  }

  /** Drops events older than their group's retention, on the store's clock. */
  expire(): void {
    const now = this.now();
    for (const group of this.#groups.values()) {
      const days = group.info.retentionInDays;
      if (days === undefined) continue;
      const cutoff = now - days * DAY_MS;
      let n = 0;
      while (n < group.events.length && group.events[n]!.ingestionTime < cutoff) n++;
      if (n > 0) {
        this.#drop(group, n);
        this.changed.emit(group.info.name);
      }
    }
  }

  /** Empties a group's events (the log pane's Clear); the group and its streams stay. */
  clear(group: string): void {
    const g = this.#groups.get(group);
    if (!g) return;
    this.#drop(g, g.events.length);
    this.changed.emit(group);
  }

  #group(name: string, now: number) {
    let group = this.#groups.get(name);
    if (!group) {
      this.#groups.set(name, (group = { info: { name, creationTime: now, storedBytes: 0, streams: new Map() }, events: [] }));
      this.changed.emit(name);
    }
    return group;
  }

  #drop(group: { info: GroupInfo; events: StoredLogEvent[] }, count: number): void {
    const dropped = group.events.splice(0, count);
    for (const e of dropped) {
      const bytes = eventBytes(e.message);
      group.info.storedBytes -= bytes;
      const stream = group.info.streams.get(e.stream);
      if (stream) stream.storedBytes -= bytes;
    }
  }
}
