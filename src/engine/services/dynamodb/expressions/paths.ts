// Document paths (a.b[2].c): reading them from an item, printing them, and DynamoDB's overlap rules.
import type { AttributeValue, Item } from '../attribute-value';
import type { DeferredErrors } from './parser-base';
import type { DocPath, PathElement } from './path-types';

export type { DocPath, PathElement };

/** How DynamoDB prints a path in messages: '[a, b, [2]]'. */
export function formatPath(path: DocPath): string {
  return `[${path.map((element) => (typeof element === 'number' ? `[${element}]` : element)).join(', ')}]`;
}

/** One step into a value: a map key of an M, an index of an L; undefined when the step does not fit. */
export function childOf(value: AttributeValue | undefined, element: PathElement): AttributeValue | undefined {
  if (value === undefined) return undefined;
  if (typeof element === 'number') return 'L' in value ? value.L[element] : undefined;
  return 'M' in value && Object.hasOwn(value.M, element) ? value.M[element] : undefined;
}

/** The value at `path` in `item`, or undefined when the item lacks it (or there is no item). */
export function getAtPath(item: Item | undefined, path: DocPath): AttributeValue | undefined {
  if (item === undefined || path.length === 0) return undefined;
  const [head, ...rest] = path;
  if (typeof head !== 'string' || !Object.hasOwn(item, head)) return undefined;
  return rest.reduce<AttributeValue | undefined>(childOf, item[head]);
}

/** How two paths relate, as DynamoDB judges it for one update or projection: 'overlap' when one is a prefix
 *  of the other (or they are equal), 'conflict' when at the first difference one has a name and the other
 *  an index, otherwise undefined (they address different parts of the item). */
function relatePaths(one: DocPath, two: DocPath): 'overlap' | 'conflict' | undefined {
  const length = Math.min(one.length, two.length);
  for (let i = 0; i < length; i++) {
    if (typeof one[i] !== typeof two[i]) return 'conflict';
    if (one[i] !== two[i]) return undefined;
  }
  return 'overlap';
}

/** Checks every path against the ones before it, deferring DynamoDB's first 'overlap' and first 'conflict'. */
export function checkPathsDisjoint(paths: readonly DocPath[], errors: DeferredErrors): void {
  const rewrite = 'must remove or rewrite one of these paths';
  paths.forEach((two, j) => {
    for (const one of paths.slice(0, j)) {
      const relation = relatePaths(one, two);
      if (relation === undefined) continue;
      const verb = relation === 'overlap' ? 'overlap with each other' : 'conflict with each other';
      errors.add(relation, `Two document paths ${verb}; ${rewrite}; path one: ${formatPath(one)}, path two: ${formatPath(two)}`);
    }
  });
}
