// The project document → its resources and how they are wired: one node per function, API, bucket,
// table, queue, topic and rule, and an edge for every way one reaches another (API route → function,
// bucket notification → function, stream or queue mapping → function, subscription → function or
// queue, rule target → function, destinations, dead-letter queues, redrive policies). Read on every
// keystroke of the editor (trigger-sources.ts), so it knows nothing of roles and policies.
import type { ProjectDoc } from '../../project/types';
import { nodeIdOfArn } from './arn-nodes';
import type { Diagram, DiagramEdge, DiagramNode, EdgeKind } from './diagram-types';

type Loose = Record<string, unknown>;
const records = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter((v): v is Loose => !!v && typeof v === 'object') : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function nodesOf(doc: ProjectDoc): DiagramNode[] {
  const nodes: DiagramNode[] = [];
  for (const api of doc.apis) {
    const routes = api.routes.map((r) => r.routeKey);
    const label = api.kind === 'url' ? `${api.routes[0]?.target.functionName ?? api.name} URL` : api.name;
    nodes.push({ id: `api:${api.id}`, kind: 'api', name: api.id, label, detail: api.kind === 'url' ? 'Function URL' : `${api.kind === 'rest' ? 'REST' : 'HTTP'} API · ${routes.length} route${routes.length === 1 ? '' : 's'}` });
  }
  for (const fn of doc.functions) nodes.push({ id: `function:${fn.name}`, kind: 'function', name: fn.name, label: fn.name, detail: fn.runtime });
  for (const bucket of doc.buckets ?? []) nodes.push({ id: `bucket:${bucket.name}`, kind: 'bucket', name: bucket.name, label: bucket.name });
  for (const table of doc.tables ?? []) {
    nodes.push({ id: `table:${table.name}`, kind: 'table', name: table.name, label: table.name, ...(table.stream ? { detail: `stream: ${table.stream.viewType}` } : {}) });
  }
  for (const queue of records(doc.queues)) {
    const name = text(queue.name);
    if (name) nodes.push({ id: `queue:${name}`, kind: 'queue', name, label: name, ...(queue.fifo ? { detail: 'FIFO' } : {}) });
  }
  for (const topic of records(doc.topics)) {
    const name = text(topic.name);
    if (name) nodes.push({ id: `topic:${name}`, kind: 'topic', name, label: name });
  }
  for (const rule of records(doc.rules)) {
    const name = text(rule.Name);
    // A rule without a schedule matches events: its detail stays empty (see diagram-permissions).
    if (name) nodes.push({ id: `rule:${name}`, kind: 'rule', name, label: name, ...(text(rule.ScheduleExpression) ? { detail: text(rule.ScheduleExpression) } : {}) });
  }
  return nodes;
}

/** Collects edges between existing nodes; parallel edges of one kind merge their labels. */
class EdgeList {
  readonly edges: DiagramEdge[] = [];
  constructor(private readonly ids: Set<string>) {}

  add(from: string | undefined, to: string | undefined, kind: EdgeKind, label?: string): void {
    if (!from || !to || !this.ids.has(from) || !this.ids.has(to)) return;
    const id = `${kind}:${from}>${to}`;
    const same = this.edges.find((e) => e.id === id);
    if (!same) this.edges.push({ id, from, to, kind, ...(label ? { label } : {}) });
    else if (label && !same.label?.split(', ').includes(label)) same.label = same.label ? `${same.label}, ${label}` : label;
  }
}

function wiredEdges(doc: ProjectDoc, list: EdgeList): void {
  for (const api of doc.apis) {
    for (const route of api.routes) list.add(`api:${api.id}`, `function:${route.target.functionName}`, 'route', api.kind === 'url' ? undefined : route.routeKey);
  }
  for (const bucket of doc.buckets ?? []) {
    const config = (bucket.notificationConfiguration ?? {}) as Loose;
    const from = `bucket:${bucket.name}`;
    for (const c of records(config.LambdaFunctionConfigurations)) list.add(from, nodeIdOfArn(c.LambdaFunctionArn), 'notification', eventNames(c.Events));
    for (const c of records(config.QueueConfigurations)) list.add(from, nodeIdOfArn(c.QueueArn), 'notification', eventNames(c.Events));
    for (const c of records(config.TopicConfigurations)) list.add(from, nodeIdOfArn(c.TopicArn), 'notification', eventNames(c.Events));
  }
  for (const mapping of records(doc.eventSourceMappings)) {
    const source = nodeIdOfArn(mapping.EventSourceArn);
    const fn = `function:${text(mapping.FunctionName) ?? ''}`;
    const batch = typeof mapping.BatchSize === 'number' ? `batch ${mapping.BatchSize}` : undefined;
    list.add(source, fn, source?.startsWith('table:') ? 'stream' : 'poll', batch);
    list.add(fn, nodeIdOfArn(((mapping.DestinationConfig as Loose | undefined)?.OnFailure as Loose | undefined)?.Destination), 'on-failure');
  }
  for (const topic of records(doc.topics)) {
    for (const sub of records(topic.subscriptions)) {
      const attributes = (sub.attributes ?? {}) as Loose;
      list.add(`topic:${text(topic.name) ?? ''}`, nodeIdOfArn(sub.endpoint), 'subscription', attributes.FilterPolicy ? 'filter policy' : undefined);
    }
  }
  for (const rule of records(doc.rules)) {
    for (const target of records(rule.Targets)) list.add(`rule:${text(rule.Name) ?? ''}`, nodeIdOfArn(target.Arn), 'target');
  }
  for (const config of records(doc.eventInvokeConfigs)) {
    const fn = `function:${text(config.FunctionName) ?? ''}`;
    const destinations = (config.DestinationConfig ?? {}) as Loose;
    list.add(fn, nodeIdOfArn((destinations.OnSuccess as Loose | undefined)?.Destination), 'on-success');
    list.add(fn, nodeIdOfArn((destinations.OnFailure as Loose | undefined)?.Destination), 'on-failure');
  }
  for (const fn of doc.functions) list.add(`function:${fn.name}`, nodeIdOfArn(fn.deadLetterTargetArn), 'dead-letter');
  for (const queue of records(doc.queues)) {
    const redrive = queue.redrivePolicy as Loose | undefined;
    list.add(`queue:${text(queue.name) ?? ''}`, nodeIdOfArn(redrive?.deadLetterTargetArn), 'redrive', redrive ? `maxReceiveCount ${String(redrive.maxReceiveCount)}` : undefined);
  }
}

/** `s3:ObjectCreated:*` → `ObjectCreated:*`, several joined. */
function eventNames(events: unknown): string | undefined {
  const names = Array.isArray(events) ? events.filter((e): e is string => typeof e === 'string').map((e) => e.replace(/^s3:/, '')) : [];
  return names.length ? names.join(', ') : undefined;
}

/** The resources and how they are wired, without reading the roles: what invokes what. */
export function projectWiring(doc: ProjectDoc): Diagram {
  const nodes = nodesOf(doc);
  const list = new EdgeList(new Set(nodes.map((n) => n.id)));
  wiredEdges(doc, list);
  return { nodes, edges: list.edges };
}
