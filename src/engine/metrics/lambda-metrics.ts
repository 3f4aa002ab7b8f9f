// AWS/Lambda's metrics from what the Lambda service announces: Invocations, Errors, Throttles,
// Duration, ConcurrentExecutions, AsyncEventAge and friends, IteratorAge, in the dimension sets
// Lambda publishes: none (account-wide), FunctionName, FunctionName+Resource (a version or alias),
// and FunctionName+Resource+ExecutedVersion (the version an alias routed to).
import type { AsyncEventNotice } from '../lambda/async/async-events';
import type { EsmBatchNotice } from '../lambda/event-source-mappings/types';
import type { InvocationRecord } from '../lambda/invoker';
import type { MetricStore } from './metric-store';
import type { Series } from './series';
import type { Dimension } from './types';

const NS = 'AWS/Lambda';

/** The series one invocation writes to, one per dimension set; made once per function and qualifier. */
interface InvocationSeries {
  invocations: Series[];
  errors: Series[];
  duration: Series[];
  concurrent: Series[];
}

/** What the recorder reads of the account besides the events. */
export interface LambdaMetricsDeps {
  /** Invocations of a function (undefined: of the account) running now. */
  inFlight(functionName?: string): number;
}

/** Oldest queued times kept for AsyncEventAge; an event older than this many pending ones is forgotten. */
const MAX_PENDING_ASYNC = 10_000;

export class LambdaMetrics {
  /** functionName → (alias or version) → series. Nested maps: a lookup builds no key string. */
  #byFunction = new Map<string, Map<string, InvocationSeries>>();
  /** requestId → playground time the event was queued (AsyncEventAge). */
  #queuedAt = new Map<string, number>();

  constructor(
    private readonly store: MetricStore,
    private readonly deps: LambdaMetricsDeps,
  ) {}

  #dimensionSets(record: Pick<InvocationRecord, 'functionName' | 'version' | 'alias'>): Dimension[][] {
    const name = record.functionName;
    const sets: Dimension[][] = [[], [{ Name: 'FunctionName', Value: name }]];
    const qualifier = record.alias ?? (record.version !== '$LATEST' ? record.version : undefined);
    if (qualifier !== undefined) {
      const resource = [{ Name: 'FunctionName', Value: name }, { Name: 'Resource', Value: `${name}:${qualifier}` }];
      sets.push(resource);
      if (record.alias !== undefined) sets.push([...resource, { Name: 'ExecutedVersion', Value: record.version }]);
    }
    return sets;
  }

  #seriesOf(record: InvocationRecord): InvocationSeries {
    let byQualifier = this.#byFunction.get(record.functionName);
    if (!byQualifier) this.#byFunction.set(record.functionName, (byQualifier = new Map()));
    // An alias and a version never share a name (aliases cannot be all digits or $LATEST).
    const qualifier = record.alias ?? record.version;
    let series = byQualifier.get(qualifier);
    if (!series) {
      const sets = this.#dimensionSets(record);
      const of = (metric: string) => sets.map((dims) => this.store.series(NS, metric, dims));
      series = { invocations: of('Invocations'), errors: of('Errors'), duration: of('Duration'), concurrent: of('ConcurrentExecutions') };
      byQualifier.set(qualifier, series);
    }
    return series;
  }

  /**
   * One finished invocation. Cost: two map lookups for the cached series, then a handful of
   * Series writes (each a compare at the newest minute and pushes into two number arrays);
   * nothing is allocated except a new minute's Period once a minute.
   */
  invocation(record: InvocationRecord): void {
    const s = this.#seriesOf(record);
    const store = this.store;
    const now = store.now();
    const failed = record.status === 'success' ? 0 : 1;
    // The environment has been released when the record is announced: this invocation adds one.
    const concurrentFunction = this.deps.inFlight(record.functionName) + 1;
    const concurrentAccount = this.deps.inFlight() + 1;
    for (let i = 0; i < s.invocations.length; i++) {
      store.add(s.invocations[i]!, 1, 1, now, 'Count');
      store.add(s.errors[i]!, failed, 1, now, 'Count');
      store.add(s.duration[i]!, record.durationMs, 1, now, 'Milliseconds');
      store.add(s.concurrent[i]!, i === 0 ? concurrentAccount : concurrentFunction, 1, now, 'Count');
    }
  }

  /** A refused invocation: Lambda counts it in Throttles (and not in Invocations). */
  throttle(functionName: string): void {
    const now = this.store.now();
    this.store.add(this.store.series(NS, 'Throttles', []), 1, 1, now, 'Count');
    this.store.add(this.store.series(NS, 'Throttles', [{ Name: 'FunctionName', Value: functionName }]), 1, 1, now, 'Count');
  }

  /**
   * A step of an asynchronous event: AsyncEventsReceived when queued, AsyncEventAge (queued to
   * each run, on the playground clock the queue waits on) per attempt, AsyncEventsDropped when it
   * leaves without success.
   */
  asyncEvent(notice: AsyncEventNotice): void {
    const store = this.store;
    const dims = [{ Name: 'FunctionName', Value: notice.functionName }];
    const now = store.now();
    switch (notice.kind) {
      case 'queued':
        if (this.#queuedAt.size >= MAX_PENDING_ASYNC) this.#queuedAt.delete(this.#queuedAt.keys().next().value!);
        this.#queuedAt.set(notice.requestId, now);
        store.add(store.series(NS, 'AsyncEventsReceived', dims), 1, 1, now, 'Count');
        break;
      case 'attempt': {
        const queued = this.#queuedAt.get(notice.requestId);
        if (queued !== undefined) store.add(store.series(NS, 'AsyncEventAge', dims), Math.max(0, now - queued), 1, now, 'Milliseconds');
        break;
      }
      case 'succeeded':
        this.#queuedAt.delete(notice.requestId);
        break;
      case 'failed':
      case 'dropped':
        this.#queuedAt.delete(notice.requestId);
        store.add(store.series(NS, 'AsyncEventsDropped', dims), 1, 1, now, 'Count');
        break;
    }
  }

  /** A poll-based batch: IteratorAge (stream and queue mappings report it per batch). */
  batch(notice: EsmBatchNotice): void {
    const store = this.store;
    store.add(store.series(NS, 'IteratorAge', [{ Name: 'FunctionName', Value: notice.functionName }]), notice.iteratorAgeMs, 1, store.now(), 'Milliseconds');
  }
}
