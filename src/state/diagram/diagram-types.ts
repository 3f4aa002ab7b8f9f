// The architecture diagram as data: the project's resources as nodes and how they reach each other
// as edges. The UI lays it out and draws it; nothing here knows about pixels.

/** The kinds of resource the diagram draws. */
export type NodeKind = 'api' | 'function' | 'bucket' | 'table' | 'queue' | 'topic' | 'rule';

export interface DiagramNode {
  /** `<kind>:<name>` (an API by its id): unique in a diagram. */
  id: string;
  kind: NodeKind;
  /** What selecting the node names: a function, bucket, table, queue, topic or rule name, or an API id. */
  name: string;
  /** What the node shows. */
  label: string;
  /** A second line: an API's routes, a rule's schedule, a queue's type. */
  detail?: string;
}

/**
 * How one resource reaches another: an API route, an S3 notification, an event source mapping
 * (stream or queue), a subscription, a rule target, an asynchronous destination, a dead-letter
 * queue, a queue's redrive policy, or a call the function's role allows (drawn dashed).
 */
export type EdgeKind =
  | 'route' | 'notification' | 'stream' | 'poll' | 'subscription' | 'target'
  | 'on-success' | 'on-failure' | 'dead-letter' | 'redrive' | 'permission';

export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  /** AWS's own words for it, shown as they are: a route key, S3 event names, actions. */
  label?: string;
}

export interface Diagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** What a click on a node hands out. */
export interface DiagramSelection {
  kind: NodeKind;
  name: string;
}

/** Dashed: what may happen (a permission), not what is wired. */
export const isDashed = (kind: EdgeKind) => kind === 'permission';
