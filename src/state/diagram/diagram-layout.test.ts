import { describe, expect, it } from 'vitest';
import { photoFeedExample } from '../../samples/examples/photo-feed';
import { projectDiagram } from './diagram-model';
import { layoutDiagram, NODE_HEIGHT } from './diagram-layout';

describe('layoutDiagram', () => {
  const placed = layoutDiagram(projectDiagram(photoFeedExample()));
  const at = (id: string) => placed.nodes.find((n) => n.id === id)!;

  it('lays the chain out left to right: API before its functions, the bucket before its consumer', () => {
    expect(at('api:photofeed1').x).toBeLessThan(at('function:upload-photo').x);
    expect(at('bucket:photos').x).toBeLessThan(at('function:extract-metadata').x);
    expect(at('table:photo-metadata').x).toBeLessThan(at('function:fan-out-feed').x);
  });

  it('keeps nodes apart and inside the drawing', () => {
    for (const a of placed.nodes) {
      expect(a.height).toBe(NODE_HEIGHT);
      expect(a.x - a.width / 2).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width / 2).toBeLessThanOrEqual(placed.width);
      expect(a.y + a.height / 2).toBeLessThanOrEqual(placed.height);
      for (const b of placed.nodes) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
  });

  it('routes every edge from its source to its target', () => {
    expect(placed.edges.length).toBe(projectDiagram(photoFeedExample()).edges.length);
    for (const edge of placed.edges) {
      expect(edge.points.length).toBeGreaterThanOrEqual(2);
      const from = at(edge.from);
      const first = edge.points[0]!;
      expect(Math.abs(first.x - from.x)).toBeLessThanOrEqual(from.width / 2 + 1);
    }
  });

  it('lays out an empty project as an empty drawing', () => {
    expect(layoutDiagram({ nodes: [], edges: [] })).toMatchObject({ nodes: [], edges: [] });
  });
});
