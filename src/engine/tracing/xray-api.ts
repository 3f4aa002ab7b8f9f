// X-Ray's read API over the recorded traces: GetTraceSummaries and BatchGetTraces with the SDK v3
// shapes (times as Date; segments as JSON documents in X-Ray's segment document format).
import { ACCOUNT_ID, REGION } from '../ids';
import type { TraceStore } from './trace-store';
import type { TraceHop, TraceRecord, TraceService } from './types';

/** X-Ray's resource types (`origin`) and node names per service. */
const ORIGIN: Record<TraceService, string> = {
  client: 'client', apigateway: 'AWS::ApiGateway::Stage', lambda: 'AWS::Lambda::Function', s3: 'AWS::S3::Bucket',
  dynamodb: 'AWS::DynamoDB::Table', sqs: 'AWS::SQS::Queue', sns: 'AWS::SNS', eventbridge: 'AWS::Events', cloudwatch: 'AWS::CloudWatch', logs: 'AWS::Logs',
};
const NODE: Record<TraceService, string> = {
  client: 'Client', apigateway: 'API Gateway', lambda: 'Lambda', s3: 'S3', dynamodb: 'DynamoDB', sqs: 'SQS', sns: 'SNS', eventbridge: 'EventBridge', cloudwatch: 'CloudWatch', logs: 'CloudWatch Logs',
};

const seconds = (ms: number) => ms / 1000;
const toMs = (value: unknown, fallback: number): number =>
  value instanceof Date ? value.getTime() : typeof value === 'number' ? value * 1000 : typeof value === 'string' ? Date.parse(value) : fallback;

/** Subsegments live inside their segment's document; everything else is a segment of its own. */
const isSubsegment = (hop: TraceHop) => hop.kind === 'sdk' || hop.kind === 'init';

function serviceId(hop: TraceHop) {
  return { Name: hop.name, Names: [hop.name], AccountId: ACCOUNT_ID, Type: ORIGIN[hop.service] };
}

function outcome(hop: TraceHop) {
  return {
    ...(hop.status === 'error' ? { error: true } : {}),
    ...(hop.status === 'fault' ? { fault: true } : {}),
    ...(hop.status === 'throttled' ? { throttle: true, error: true } : {}),
    ...(hop.error ? { cause: { exceptions: [{ type: hop.error.split(':')[0], message: hop.error.slice(hop.error.indexOf(':') + 1).trim() }] } } : {}),
  };
}

function times(hop: TraceHop) {
  return hop.end === undefined ? { start_time: seconds(hop.start), in_progress: true } : { start_time: seconds(hop.start), end_time: seconds(hop.end) };
}

function subsegment(hop: TraceHop, children: Map<string, TraceHop[]>): Record<string, unknown> {
  const nested = (children.get(hop.id) ?? []).filter(isSubsegment);
  return {
    id: hop.id, name: hop.kind === 'init' ? 'Initialization' : NODE[hop.service], ...times(hop), ...outcome(hop),
    ...(hop.kind === 'sdk' ? { namespace: 'aws', aws: { operation: hop.operation, resource_names: [hop.name] } } : {}),
    ...(hop.httpStatus !== undefined ? { http: { response: { status: hop.httpStatus } } } : {}),
    ...(nested.length ? { subsegments: nested.map((c) => subsegment(c, children)) } : {}),
  };
}

function segmentDocument(trace: TraceRecord, hop: TraceHop, children: Map<string, TraceHop[]>): Record<string, unknown> {
  const nested = (children.get(hop.id) ?? []).filter(isSubsegment);
  return {
    id: hop.id, name: hop.kind === 'invocation' ? hop.name : hop.kind === 'queue' ? hop.name : hop.operation ? `${hop.name} ${hop.operation}` : hop.name,
    trace_id: trace.id, ...(hop.parentId ? { parent_id: hop.parentId } : {}), ...times(hop), origin: ORIGIN[hop.service], ...outcome(hop),
    ...(hop.kind === 'invocation'
      ? { aws: { request_id: hop.requestId, function_arn: `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${hop.name}`, ...(hop.coldStart ? { cold_start: true } : {}) } }
      : {}),
    ...(hop.httpStatus !== undefined ? { http: { response: { status: hop.httpStatus } } } : {}),
    ...(nested.length ? { subsegments: nested.map((c) => subsegment(c, children)) } : {}),
  };
}

/** The segments of a trace as BatchGetTraces returns them: `{ Id, Document }` with the document as JSON text. */
export function traceSegments(trace: TraceRecord): Array<{ Id: string; Document: string }> {
  const children = new Map<string, TraceHop[]>();
  for (const hop of trace.hops) if (hop.parentId) (children.get(hop.parentId) ?? children.set(hop.parentId, []).get(hop.parentId)!).push(hop);
  return trace.hops.filter((hop) => !isSubsegment(hop)).map((hop) => ({ Id: hop.id, Document: JSON.stringify(segmentDocument(trace, hop, children)) }));
}

/** A trace's summary as GetTraceSummaries lists it. */
export function traceSummary(trace: TraceRecord) {
  const root = trace.hops[0];
  const services = new Map<string, ReturnType<typeof serviceId>>();
  for (const hop of trace.hops) if (!isSubsegment(hop) && hop.kind !== 'queue') services.set(`${hop.service}:${hop.name}`, serviceId(hop));
  return {
    Id: trace.id,
    StartTime: new Date(trace.start),
    Duration: seconds(trace.end - trace.start),
    ResponseTime: root ? seconds((root.end ?? trace.end) - root.start) : 0,
    HasFault: trace.fault,
    HasError: trace.error,
    HasThrottle: trace.throttled,
    IsPartial: trace.hops.some((h) => h.end === undefined),
    ...(root ? { EntryPoint: serviceId(root) } : {}),
    ServiceIds: [...services.values()],
  };
}

/** The few filter expressions the playground understands: `error`, `fault`, `throttle`, `ok`, `service("name")`, joined by `AND`. */
function matches(trace: TraceRecord, expression: string | undefined): boolean {
  if (!expression?.trim()) return true;
  return expression.split(/\s+AND\s+/i).every((term) => {
    const t = term.trim();
    const service = /^service\(\s*"([^"]*)"\s*\)$/.exec(t);
    if (service) return trace.hops.some((h) => h.name === service[1]);
    if (t === 'error') return trace.error;
    if (t === 'fault') return trace.fault;
    if (t === 'throttle') return trace.throttled;
    if (t === 'ok') return !trace.error && !trace.fault && !trace.throttled;
    throw Object.assign(new Error(`The playground does not support the filter expression ${t}.`), { name: 'InvalidRequestException' });
  });
}

export function createXRayApi(store: TraceStore, now: () => number) {
  return {
    /** Traces that started between StartTime and EndTime (Date or epoch seconds), newest first. */
    getTraceSummaries(input: { StartTime?: unknown; EndTime?: unknown; FilterExpression?: string } = {}) {
      const end = toMs(input.EndTime, now());
      const start = toMs(input.StartTime, end - 6 * 60 * 60 * 1000);
      const picked = store.list().filter((t) => t.start >= start && t.start <= end && matches(t, input.FilterExpression));
      return { TraceSummaries: picked.map(traceSummary), ApproximateTime: new Date(now()), TracesProcessedCount: picked.length };
    },
    /** Full traces with their segment documents; ids no longer kept are returned in UnprocessedTraceIds. */
    batchGetTraces(input: { TraceIds: string[] }) {
      const found = input.TraceIds.map((id) => store.get(id));
      return {
        Traces: found.filter((t): t is TraceRecord => !!t).map((t) => ({ Id: t.id, Duration: seconds(t.end - t.start), LimitExceeded: t.truncated, Segments: traceSegments(t) })),
        UnprocessedTraceIds: input.TraceIds.filter((_, i) => !found[i]),
      };
    },
  };
}
