// Records traces as the engine runs: an entry point starts one (a trace id and its first hop), the
// header rides along with the chain of events, and each invocation, INIT, queue wait and throttle
// becomes a hop under the hop that caused it. Hooks stay small: a few fields per invocation.
import type { InvocationRecord } from '../lambda/invoker';
import { formatTraceHeader, newSegmentId, newTraceId, parseTraceHeader } from './trace-ids';
import { TraceStore } from './trace-store';
import type { HopKind, HopStatus, TraceHop, TraceRecord, TraceService } from './types';

/** Where a trace starts, or a hop is added. */
export interface HopInput {
  kind: HopKind;
  service: TraceService;
  name: string;
  operation?: string;
  start?: number;
  end?: number;
  status?: HopStatus;
}

/** A hop being recorded, with the header that names it as the parent of what it causes. */
export interface OpenHop {
  trace: TraceRecord;
  hop: TraceHop;
  header: string;
}

/** What the tracer carries in an invocation chain: the X-Ray header of the hop that caused the next one. */
export interface TraceCarrier {
  trace?: string;
}

/** How an invocation came to be, as the Lambda service learns it. */
export interface AcceptOptions {
  functionName: string;
  /** Who sent it (`s3:ObjectCreated:Put on bucket photos`, `SQS queue jobs`); `Invoke` when left out. */
  origin?: string;
  /** A header that arrived with the event (SQS AWSTraceHeader, a stream record, the gateway). */
  trace?: string;
  /** When the event started waiting (an SQS message's SentTimestamp, a stream record's arrival); now when left out. */
  queuedSince?: number;
  /** The event waits in a queue before it runs: its wait shows as a hop. */
  queued?: boolean;
}

/** What the entry label of an origin says about its service. */
export function originService(origin: string): TraceService {
  if (origin.startsWith('s3:')) return 's3';
  if (origin.startsWith('sns:')) return 'sns';
  if (origin.startsWith('EventBridge')) return 'eventbridge';
  if (origin.startsWith('SQS')) return 'sqs';
  if (origin.startsWith('DynamoDB')) return 'dynamodb';
  if (origin.startsWith('API')) return 'apigateway';
  return 'client';
}

/** Queued events remembered for their wait hop; the oldest are forgotten past this. */
const MAX_WAITING = 5000;

export class Tracer {
  readonly store: TraceStore;
  /** Events accepted into a queue and not yet run, by the header they carry: where their wait began. */
  #waiting = new Map<string, Array<{ since: number; origin: string }>>();

  constructor(private readonly now: () => number, store = new TraceStore()) {
    this.store = store;
  }

  /** Starts a trace at an entry point; its first hop is open until `end`. */
  begin(entry: HopInput): OpenHop {
    const start = entry.start ?? this.now();
    const trace = this.store.open(newTraceId(start), start);
    return this.#add(trace, undefined, { ...entry, start });
  }

  /** Adds a hop under the hop a header names (a new trace when the header is missing or unknown). */
  hop(header: string | undefined, input: HopInput): OpenHop | undefined {
    const parsed = parseTraceHeader(header);
    if (!parsed) return this.begin(input);
    const start = input.start ?? this.now();
    const trace = this.store.open(parsed.root, start);
    return this.#add(trace, parsed.parent, { ...input, start });
  }

  /** Closes a hop with its outcome. */
  end(open: OpenHop | undefined, status: HopStatus, extra: Partial<TraceHop> = {}, end = this.now()): void {
    if (!open) return;
    Object.assign(open.hop, extra);
    open.hop.status = status;
    open.hop.end = end;
    this.store.settle(open.trace, open.hop);
  }

  /**
   * Gives an invocation's chain its trace: the header that came with the event, the chain's own,
   * or a new trace whose entry is the origin. Mutates `chain` (always a fresh copy at the call site).
   */
  accept<C extends TraceCarrier>(chain: C, options: AcceptOptions): C & { trace: string } {
    if (options.trace !== undefined && parseTraceHeader(options.trace)) chain.trace = options.trace;
    const origin = options.origin ?? 'Invoke';
    const since = options.queuedSince ?? this.now();
    if (chain.trace === undefined) {
      const invoke = origin === 'Invoke';
      const entry = this.begin({
        kind: 'entry', service: originService(origin), name: invoke ? options.functionName : origin,
        ...(invoke ? { operation: 'Invoke' } : {}), start: since, end: since, status: 'ok',
      });
      chain.trace = entry.header;
    }
    if (options.queued) {
      const waits = this.#waiting.get(chain.trace!);
      if (waits) waits.push({ since, origin });
      else this.#waiting.set(chain.trace!, [{ since, origin }]);
      // Events that never run (their function deleted, the queue purged) must not pile up.
      if (this.#waiting.size > MAX_WAITING) this.#waiting.delete(this.#waiting.keys().next().value!);
    }
    return chain as C & { trace: string };
  }

  /** An invocation starts: a queue-wait hop if it waited, and its own hop, open until `finishInvocation`. */
  startInvocation(functionName: string, chain: TraceCarrier): OpenHop | undefined {
    const now = this.now();
    let header = chain.trace;
    const waits = header !== undefined ? this.#waiting.get(header) : undefined;
    const waited = waits?.shift();
    if (waits && waits.length === 0) this.#waiting.delete(header!);
    if (waited) {
      const service = originService(waited.origin);
      const wait = this.hop(header, { kind: 'queue', service: service === 'client' ? 'lambda' : service, name: waited.origin, start: waited.since });
      this.end(wait, 'ok', {}, now);
      header = wait?.header ?? header;
    }
    return this.hop(header, { kind: 'invocation', service: 'lambda', name: functionName, start: now, status: 'pending' });
  }

  /** The invocation's outcome: its INIT as a hop of its own, its error, and where its log lines are. */
  finishInvocation(open: OpenHop | undefined, record: InvocationRecord, logGroup: string): void {
    if (!open) return;
    const start = Math.min(open.hop.start, record.startedAt);
    open.hop.start = start;
    if (record.coldStart && record.initDurationMs !== undefined) {
      const init = this.#add(open.trace, open.hop.id, { kind: 'init', service: 'lambda', name: record.functionName, start: record.startedAt });
      this.end(init, 'ok', { environmentId: record.environmentId }, record.startedAt + record.initDurationMs);
    }
    this.end(open, record.status === 'success' ? 'ok' : 'error', {
      functionName: record.functionName, requestId: record.requestId, environmentId: record.environmentId,
      logGroup, logStream: record.logStreamName, coldStart: record.coldStart,
      ...(record.error ? { error: `${record.error.errorType}: ${record.error.errorMessage}` } : {}),
    });
  }

  /** Lambda refused an invocation (429): a hop of its own, in the trace of whatever asked. */
  throttled(chain: TraceCarrier, functionName: string, reason: string): void {
    const open = this.hop(chain.trace, { kind: 'throttle', service: 'lambda', name: functionName, operation: 'Invoke' });
    this.end(open, 'throttled', { error: `TooManyRequestsException: ${reason}` }, open?.hop.start);
  }

  /** Drops what the tracer holds (a project switch). */
  clear(): void {
    this.#waiting.clear();
    this.store.clear();
  }

  #add(trace: TraceRecord, parentId: string | undefined, input: HopInput & { start: number }): OpenHop {
    const hop: TraceHop = {
      id: newSegmentId(), kind: input.kind, service: input.service, name: input.name, start: input.start, status: input.status ?? 'pending',
      ...(parentId ? { parentId } : {}), ...(input.operation ? { operation: input.operation } : {}), ...(input.end !== undefined ? { end: input.end } : {}),
    };
    this.store.add(trace, hop);
    return { trace, hop, header: formatTraceHeader(trace.id, hop.id) };
  }
}
