// What the trace view draws, computed from a recorded trace: the waterfall's rows (hops in causal
// order with their depth and offsets), the service map (one node per resource, edges as the chain
// went), and the log lines of an invocation's request.
import type { LogEvent } from '../../engine/logs/log-store';
import type { TraceHop, TraceRecord } from '../../engine/tracing/types';
import type { Diagram } from '../diagram/diagram-types';

/** One row of the waterfall. */
export interface WaterfallRow {
  hop: TraceHop;
  depth: number;
  /** Milliseconds from the trace's start. */
  offsetMs: number;
  durationMs: number;
}

/** A line of the trace list. */
export interface TraceRow {
  id: string;
  start: number;
  durationMs: number;
  /** The first hop: what started the chain. */
  entry: TraceHop | undefined;
  status: 'ok' | 'error' | 'fault' | 'throttled';
  hops: number;
}

export function traceRow(trace: TraceRecord): TraceRow {
  return {
    id: trace.id, start: trace.start, durationMs: trace.end - trace.start, entry: trace.hops[0], hops: trace.hops.length,
    status: trace.fault ? 'fault' : trace.error ? 'error' : trace.throttled ? 'throttled' : 'ok',
  };
}

/** Hops depth-first from the roots, children in the order they started: the order things happened along each path. */
export function waterfall(trace: TraceRecord, now = trace.end): WaterfallRow[] {
  const ids = new Set(trace.hops.map((h) => h.id));
  const children = new Map<string | undefined, TraceHop[]>();
  for (const hop of trace.hops) {
    const parent = hop.parentId !== undefined && ids.has(hop.parentId) ? hop.parentId : undefined;
    (children.get(parent) ?? children.set(parent, []).get(parent)!).push(hop);
  }
  for (const list of children.values()) list.sort((a, b) => a.start - b.start);
  const rows: WaterfallRow[] = [];
  const visit = (hop: TraceHop, depth: number) => {
    rows.push({ hop, depth, offsetMs: hop.start - trace.start, durationMs: Math.max(0, (hop.end ?? now) - hop.start) });
    for (const child of children.get(hop.id) ?? []) visit(child, depth + 1);
  };
  for (const root of children.get(undefined) ?? []) visit(root, 0);
  return rows;
}

const NODE_KIND = { apigateway: 'api', lambda: 'function', s3: 'bucket', dynamodb: 'table', sqs: 'queue', sns: 'topic', eventbridge: 'rule' } as const;

/** The node a hop belongs to: the resource it ran on (queue waits and INIT belong to their neighbours). */
function nodeOf(hop: TraceHop): { id: string; service: TraceHop['service']; name: string } | undefined {
  if (hop.kind === 'init') return undefined;
  if (hop.kind === 'queue') return undefined;
  const name = hop.kind === 'entry' && hop.service === 'client' ? 'Client' : hop.name;
  return { id: `${hop.service}:${name}`, service: hop.service, name };
}

/** Service map: resources as nodes, each hop's cause → hop as an edge; failed nodes are listed. */
export function serviceMap(trace: TraceRecord): { diagram: Diagram; failed: Set<string>; services: Map<string, TraceHop['service']> } {
  const byId = new Map(trace.hops.map((h) => [h.id, h]));
  const nodes = new Map<string, Diagram['nodes'][number]>();
  const services = new Map<string, TraceHop['service']>();
  const edges = new Map<string, Diagram['edges'][number]>();
  const failed = new Set<string>();
  const owner = (hop: TraceHop | undefined): string | undefined => {
    for (let h = hop; h; h = h.parentId ? byId.get(h.parentId) : undefined) {
      const node = nodeOf(h);
      if (node) return node.id;
    }
    return undefined;
  };
  for (const hop of trace.hops) {
    const node = nodeOf(hop);
    if (!node) continue;
    if (!nodes.has(node.id)) {
      const kind = node.service === 'client' || node.service === 'cloudwatch' || node.service === 'logs' ? 'rule' : NODE_KIND[node.service];
      nodes.set(node.id, { id: node.id, kind, name: node.name, label: node.name });
      services.set(node.id, node.service);
    }
    if (hop.status === 'error' || hop.status === 'fault' || hop.status === 'throttled') failed.add(node.id);
    const from = owner(hop.parentId ? byId.get(hop.parentId) : undefined);
    if (from && from !== node.id && !edges.has(`${from}>${node.id}`)) edges.set(`${from}>${node.id}`, { id: `${from}>${node.id}`, from, to: node.id, kind: 'target' });
  }
  return { diagram: { nodes: [...nodes.values()], edges: [...edges.values()] }, failed, services };
}

/**
 * The log lines of one request in its stream: from its START to its REPORT line, plus the INIT
 * lines before START on a cold start (they carry no request id).
 */
export function requestLogLines(events: readonly LogEvent[], requestId: string, coldStart = false): LogEvent[] {
  const start = events.findIndex((e) => e.message.startsWith(`START RequestId: ${requestId}`));
  if (start < 0) return events.filter((e) => e.message.includes(requestId));
  const end = events.findIndex((e, i) => i >= start && e.message.startsWith(`REPORT RequestId: ${requestId}`));
  let from = start;
  if (coldStart) while (from > 0 && !events[from - 1]!.message.startsWith('REPORT RequestId:')) from--;
  return events.slice(from, end < 0 ? events.length : end + 1);
}
