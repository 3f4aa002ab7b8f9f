// Places a diagram's nodes in layers, left to right (triggers on the left, what they call on the
// right), with dagre's layered (Sugiyama) layout, and routes each edge as a polyline between them.
// Pure: sizes come from the labels' lengths, so it runs in Node tests as in the browser.
import { Graph, layout } from '@dagrejs/dagre';
import type { Diagram, DiagramEdge, DiagramNode } from './diagram-types';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode extends DiagramNode {
  /** The node's centre. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge extends DiagramEdge {
  points: Point[];
}

export interface DiagramLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

export const NODE_HEIGHT = 46;
/** About the width of a character of the 12px bold label, with the badge (34) and margins around it. */
const CHAR_WIDTH = 7.6;
const LABEL_START = 56;
const MIN_WIDTH = 120;
const MAX_WIDTH = 240;
const MARGIN = 16;

/** Wide enough for the label (and its second line) in the diagram's 12px font, within bounds. */
export function nodeWidth(node: DiagramNode): number {
  const longest = Math.max(node.label.length, (node.detail?.length ?? 0) * 0.8);
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest * CHAR_WIDTH + LABEL_START)));
}

/**
 * Permission edges weigh less and are not allowed to pull a function into a later layer than its
 * trigger would: the wired path (event → function → what it writes) sets the layers.
 */
export function layoutDiagram(diagram: Diagram): DiagramLayout {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 22, ranksep: 56, edgesep: 12, marginx: MARGIN, marginy: MARGIN });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of diagram.nodes) graph.setNode(node.id, { width: nodeWidth(node), height: NODE_HEIGHT });
  for (const edge of diagram.edges) {
    const dashed = edge.kind === 'permission';
    graph.setEdge(edge.from, edge.to, { weight: dashed ? 1 : 3, minlen: 1 }, edge.id);
  }
  layout(graph);
  const nodes = diagram.nodes.map((node) => {
    const placed = graph.node(node.id) as { x: number; y: number; width: number; height: number };
    return { ...node, x: placed.x, y: placed.y, width: placed.width, height: placed.height };
  });
  const edges = diagram.edges.map((edge) => {
    const placed = graph.edge({ v: edge.from, w: edge.to, name: edge.id }) as { points?: Point[] } | undefined;
    return { ...edge, points: (placed?.points ?? []).map((p) => ({ x: p.x, y: p.y })) };
  });
  const info = graph.graph() as { width?: number; height?: number };
  return { nodes, edges, width: Math.ceil(info.width ?? MARGIN * 2), height: Math.ceil(info.height ?? MARGIN * 2) };
}
