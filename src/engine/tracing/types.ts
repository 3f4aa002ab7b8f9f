// What a trace is made of: hops (X-Ray's segments and subsegments) across services, as plain data.

/** What a hop stands for in a chain of events. */
export type HopKind =
  /** What started the trace: a console or scripting call, an upload, a message, a schedule firing. */
  | 'entry'
  /** API Gateway (or a function URL) answering a request. */
  | 'gateway'
  /** An event waiting to run: Lambda's async queue, an SQS queue, a stream batch. */
  | 'queue'
  /** A cold start's INIT phase. */
  | 'init'
  /** One invocation of a function (INIT included on a cold start). */
  | 'invocation'
  /** An AWS SDK call a handler made. */
  | 'sdk'
  /** An invocation Lambda refused (429). */
  | 'throttle';

/** `error` is X-Ray's 4xx (a function error counts), `fault` 5xx, `throttled` 429. */
export type HopStatus = 'pending' | 'ok' | 'error' | 'fault' | 'throttled';

/** The services a hop can belong to (X-Ray's node names are derived from them). */
export type TraceService = 'client' | 'apigateway' | 'lambda' | 's3' | 'dynamodb' | 'sqs' | 'sns' | 'eventbridge' | 'cloudwatch' | 'logs';

/** One hop of a trace. Times are epoch milliseconds of the engine's clock. */
export interface TraceHop {
  /** 16 hex digits: the segment (or subsegment) id. */
  id: string;
  /** The hop that caused this one. */
  parentId?: string;
  kind: HopKind;
  service: TraceService;
  /** The resource: a function, bucket, table, queue, topic, rule or API name. */
  name: string;
  /** The operation (`PutItem`, `GET /items`, `ObjectCreated:Put`), when there is one. */
  operation?: string;
  start: number;
  end?: number;
  status: HopStatus;
  /** `errorType: errorMessage`, or an SDK error's name and message. */
  error?: string;
  /** Invocations: where to find the log lines of this request. */
  functionName?: string;
  requestId?: string;
  environmentId?: string;
  logGroup?: string;
  logStream?: string;
  coldStart?: boolean;
  httpStatus?: number;
}

/** One trace: every hop recorded under one trace id. */
export interface TraceRecord {
  id: string;
  start: number;
  end: number;
  hops: TraceHop[];
  /** Some hop failed (4xx or a function error), faulted (5xx) or was throttled. */
  error: boolean;
  fault: boolean;
  throttled: boolean;
  /** Hops past the per-trace limit were not kept (a runaway loop). */
  truncated: boolean;
}
