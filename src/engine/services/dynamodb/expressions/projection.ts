// ProjectionExpression: which document paths a read returns, and building the projected item.
import type { AttributeValue, Item } from '../attribute-value';
import type { ExpressionContext } from './context';
import { DeferredErrors, TokenCursor, parsePath } from './parser-base';
import { checkPathsDisjoint, childOf, type DocPath } from './paths';
import { cloneValue } from './values';

/** ProjectionExpression: a list of document paths (a.b[0].c, #n). */
export interface Projection {
  readonly paths: readonly DocPath[];
}

const PRIORITY = ['reserved', 'undefinedName', 'overlap', 'conflict'];

/** Parses 'a, b.c[0], #n'; DynamoDB refuses two paths of which one contains the other. */
export function parseProjection(text: string, ctx: ExpressionContext): Projection {
  ctx.validateShape();
  const cursor = new TokenCursor(text, 'ProjectionExpression', new Set());
  const errors = new DeferredErrors();
  const paths = [parsePath(cursor, ctx, errors)];
  while (cursor.eatPunct(',')) paths.push(parsePath(cursor, ctx, errors));
  cursor.expectEnd();
  checkPathsDisjoint(paths, errors);
  errors.throwFirst('ProjectionExpression', PRIORITY);
  return { paths };
}

/** What the projected item is built from: values found, inside the maps and lists that lead to them. */
type Shape =
  | { kind: 'value'; value: AttributeValue }
  | { kind: 'map'; entries: Map<string, Shape> }
  | { kind: 'list'; entries: Map<number, Shape> };

/** The parts of `item` the projection names. Missing paths are left out; list elements keep their order but
 *  close up (projecting a[1] and a[3] gives a two-element list), as DynamoDB returns them. */
export function project(item: Item, projection: Projection): Item {
  const root = new Map<string, Shape>();
  for (const path of projection.paths) {
    const [head, ...rest] = path;
    if (typeof head !== 'string' || !Object.hasOwn(item, head)) continue;
    const found = [item[head]!];
    for (const element of rest) {
      const next = childOf(found[found.length - 1], element);
      if (next === undefined) break;
      found.push(next);
    }
    if (found.length === path.length) place(root, head, rest, found[found.length - 1]!);
  }
  return Object.fromEntries([...root].map(([name, shape]) => [name, build(shape)]));
}

/** Adds one found value to the shape tree, creating the maps and lists on its path. Parsing guaranteed that
 *  no projected path contains another and that a level is never both a map and a list. */
function place(entries: Map<string, Shape>, name: string, rest: DocPath, value: AttributeValue): void {
  let level = entries as Map<string | number, Shape>;
  let key: string | number = name;
  for (const element of rest) {
    let shape = level.get(key);
    if (!shape) {
      shape = typeof element === 'number' ? { kind: 'list', entries: new Map() } : { kind: 'map', entries: new Map() };
      level.set(key, shape);
    }
    level = (shape as { entries: Map<string | number, Shape> }).entries;
    key = element;
  }
  level.set(key, { kind: 'value', value });
}

function build(shape: Shape): AttributeValue {
  if (shape.kind === 'value') return cloneValue(shape.value);
  if (shape.kind === 'map') return { M: Object.fromEntries([...shape.entries].map(([key, child]) => [key, build(child)])) };
  return { L: [...shape.entries].sort(([a], [b]) => a - b).map(([, child]) => build(child)) };
}
