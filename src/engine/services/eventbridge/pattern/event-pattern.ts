// Event patterns: parsed (JSON text or an object) into branches, refused with EventBridge's
// InvalidEventPatternException, and matched against events the way aws/event-ruler matches JSON
// events: arrays match if any element does, and fields of objects inside one array must come from
// the same element ("array-consistent" matching, rulesForJSONEvent).
import { ServiceError } from '../../../errors';
import { invalidPattern } from '../errors';
import { PatternError } from './ip-address';
import { JsonParseError } from './json-reader';
import { leafMatches, type Leaf, type Matcher } from './matchers';
import { compilePattern, type Branch } from './pattern-compiler';

export type { Branch, Matcher };

/** A compiled pattern, and the text it came from. */
export interface EventPattern {
  text: string;
  branches: Branch[];
}

/**
 * EventBridge refuses wildcard values too costly for its matcher with this message (and no location);
 * its exact limit is not published, and more than five wildcards in one value, the bound LocalStack
 * measured against AWS, stands in for it.
 */
const TOO_COMPLEX = 'Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character';

function tooComplex(branches: Branch[]): boolean {
  const stars = (value: string) => value.replace(/\\[\\*]/g, '').split('*').length - 1;
  return branches.some((branch) =>
    [...branch.values()].flat().some((m) => (m.type === 'wildcard' && stars(m.value) > 5) || (m.type === 'anything-but-wildcard' && m.values.some((v) => stars(v) > 5))),
  );
}

/** Parses a pattern; throws InvalidEventPatternException with AWS's message, e.g. `Event pattern is not valid. Reason: "source" must be an object or an array\n at [Source: (String)"…"; line: 1, column: 12]`. */
export function parseEventPattern(pattern: string | object): EventPattern {
  const text = typeof pattern === 'string' ? pattern : JSON.stringify(pattern);
  try {
    const branches = compilePattern(text);
    if (tooComplex(branches)) throw new PatternError(TOO_COMPLEX);
    return { text, branches };
  } catch (error) {
    if (error instanceof JsonParseError || error instanceof PatternError) throw invalidPattern(error.message);
    throw error;
  }
}

/** What is wrong with a pattern, as EventBridge says it, or undefined when it is valid. */
export function eventPatternProblem(pattern: string | object): string | undefined {
  try {
    parseEventPattern(pattern);
    return undefined;
  } catch (error) {
    if (error instanceof ServiceError) return error.message;
    throw error;
  }
}

/** A leaf of the event and the array elements it sits in (array id → index). */
interface FlatLeaf {
  value: Leaf;
  arrays: Map<number, number>;
}

/** The event's leaf values by dotted path (`detail.state`); arrays are walked into, empty ones leave nothing. */
function flatten(event: unknown): Map<string, FlatLeaf[]> {
  const leaves = new Map<string, FlatLeaf[]>();
  let nextArray = 0;
  const walk = (value: unknown, path: string, arrays: Map<number, number>) => {
    if (Array.isArray(value)) {
      const id = nextArray++;
      value.forEach((element, index) => walk(element, path, new Map(arrays).set(id, index)));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, member] of Object.entries(value)) walk(member, path ? `${path}.${key}` : key, arrays);
    } else if (value !== undefined && path) {
      const list = leaves.get(path) ?? [];
      list.push({ value: value as Leaf, arrays });
      leaves.set(path, list);
    }
  };
  walk(event, '', new Map());
  return leaves;
}

/** Two leaves in the same array are in the same element of it. */
const consistent = (leaf: FlatLeaf, chosen: FlatLeaf[]) =>
  chosen.every((other) => [...leaf.arrays].every(([id, index]) => !other.arrays.has(id) || other.arrays.get(id) === index));

function branchMatches(branch: Branch, leaves: Map<string, FlatLeaf[]>): boolean {
  const fields = [...branch.entries()];
  const choose = (i: number, chosen: FlatLeaf[]): boolean => {
    if (i === fields.length) return true;
    const [path, matchers] = fields[i]!;
    const candidates = leaves.get(path) ?? [];
    // `exists: false` matches a field the event lacks; every other matcher needs the field.
    if (candidates.length === 0) return matchers.some((m) => m.type === 'exists' && !m.value) && choose(i + 1, chosen);
    return candidates.some((leaf) => consistent(leaf, chosen) && matchers.some((m) => leafMatches(m, leaf.value)) && choose(i + 1, [...chosen, leaf]));
  };
  return choose(0, []);
}

/** Whether an event (an object, or its JSON text) matches a pattern. */
export function matchesEventPattern(pattern: EventPattern | string | object, event: unknown): boolean {
  const compiled = typeof pattern === 'object' && 'branches' in pattern && Array.isArray(pattern.branches) ? (pattern as EventPattern) : parseEventPattern(pattern);
  const body = typeof event === 'string' ? (JSON.parse(event) as unknown) : event;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return false;
  const leaves = flatten(body);
  return compiled.branches.some((branch) => branchMatches(branch, leaves));
}
