// For tests only: loads the official sample events and strips fields a comparison must not look at.
import { readFileSync } from 'node:fs';

const root = new URL('../../../../test-fixtures/events/', import.meta.url);

/** A sample event from test-fixtures/events, e.g. `aws-lambda-go/apigw-request.json`. */
export function loadSample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(name, root), 'utf8')) as Record<string, unknown>;
}

/** A deep copy of `value` without the dotted `paths`, e.g. `requestContext.authorizer`. */
export function omit<T>(value: T, paths: readonly string[]): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split('.');
    let node: Record<string, unknown> | undefined = copy;
    for (const key of keys.slice(0, -1)) node = node?.[key] as Record<string, unknown> | undefined;
    if (node) delete node[keys[keys.length - 1]!];
  }
  return copy as T;
}

/** Sorted own keys, to compare the shape of two objects. */
export const keysOf = (value: unknown) => Object.keys(value as object).sort();
