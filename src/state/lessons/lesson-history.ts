// What has happened in the engine since the page opened, as lesson checks need it: invocations
// (cold or warm, their errors and log text), API responses, throttles, SNS publishes, rules fired
// and event source mapping batches. Bounded: only the newest entries of each kind are kept.
import type { EngineEvent } from '../../engine/engine';

/** One finished invocation. */
export interface InvocationFact {
  functionName: string;
  /** The version that ran (`$LATEST` or a number). */
  version: string;
  alias?: string;
  coldStart: boolean;
  succeeded: boolean;
  memory: number;
  /** The error's type and message, when it failed. */
  error?: string;
  /** Its log lines, joined (capped). */
  log: string;
  time: number;
}

/** One request API Gateway answered. */
export interface ApiResponseFact {
  method: string;
  /** The path after the stage, decoded, e.g. `/items/1`. */
  path: string;
  /** The matched route's path, e.g. `/items/{id}` (absent when no route matched). */
  routePath?: string;
  status: number;
  time: number;
}

export interface LessonHistory {
  invocations: readonly InvocationFact[];
  apiResponses: readonly ApiResponseFact[];
  throttles: readonly { functionName: string; time: number }[];
  published: readonly { topic: string; time: number }[];
  rulesFired: readonly { rule: string; time: number }[];
  batches: readonly { functionName: string; outcome: string; time: number }[];
}

export const EMPTY_HISTORY: LessonHistory = { invocations: [], apiResponses: [], throttles: [], published: [], rulesFired: [], batches: [] };

/** Enough to answer "has it happened" for a workshop's worth of clicking, small enough to scan on every event. */
export const HISTORY_LIMIT = 300;
const LOG_LIMIT = 16_384;

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Turns engine events into lesson history; `snapshot()` is a stable copy for the evaluator. */
export class LessonHistoryRecorder {
  #history: { [K in keyof LessonHistory]: LessonHistory[K][number][] } = {
    invocations: [], apiResponses: [], throttles: [], published: [], rulesFired: [], batches: [],
  };

  constructor(private readonly limit = HISTORY_LIMIT) {}

  /** Records the event if a check could ask about it; returns whether it did. */
  record(event: EngineEvent): boolean {
    switch (event.type) {
      case 'invocation': {
        const r = event.record;
        const error = r.error ? `${r.error.errorType}: ${r.error.errorMessage}` : undefined;
        this.#push('invocations', {
          functionName: r.functionName, version: r.version, ...(r.alias ? { alias: r.alias } : {}),
          coldStart: r.coldStart, succeeded: r.status === 'success', memory: r.memorySizeMB,
          ...(error ? { error } : {}), log: r.logLines.join('\n').slice(-LOG_LIMIT), time: r.startedAt,
        });
        return true;
      }
      case 'api-request': {
        const { trace } = event;
        const path = trace.apiRequest?.path ?? trace.request.path.replace(/^\/[^/]*/, '');
        const route = trace.routeKey && trace.routeKey !== '$default' ? trace.routeKey.split(' ')[1] : undefined;
        this.#push('apiResponses', {
          method: trace.request.method.toUpperCase(), path: decode(path) || '/', ...(route ? { routePath: route } : {}),
          status: trace.response.statusCode, time: trace.time,
        });
        return true;
      }
      case 'throttle':
        this.#push('throttles', { functionName: event.functionName, time: event.time });
        return true;
      case 'sns-published':
        this.#push('published', { topic: event.topic, time: Date.now() });
        return true;
      case 'rule-fired':
        this.#push('rulesFired', { rule: event.rule, time: event.time });
        return true;
      case 'esm-batch':
        this.#push('batches', { functionName: event.functionName, outcome: event.outcome, time: event.time });
        return true;
      default:
        return false;
    }
  }

  snapshot(): LessonHistory {
    const h = this.#history;
    return {
      invocations: [...h.invocations], apiResponses: [...h.apiResponses], throttles: [...h.throttles],
      published: [...h.published], rulesFired: [...h.rulesFired], batches: [...h.batches],
    };
  }

  #push<K extends keyof LessonHistory>(kind: K, fact: LessonHistory[K][number]): void {
    const list = this.#history[kind] as LessonHistory[K][number][];
    list.push(fact);
    if (list.length > this.limit) list.splice(0, list.length - this.limit);
  }
}
