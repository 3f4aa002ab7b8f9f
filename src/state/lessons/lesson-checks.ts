// Decides whether a lesson step's check holds, from a snapshot of the engine's state and the history
// of what happened. Pure: the same check, world and history always give the same answer.
import type { LessonCheck } from '../../project/types';
import type { LessonHistory } from './lesson-history';
import { permissionKey, type LessonWorld } from './lesson-world';

/** A resource named by its name or by an ARN that ends in it (`…:topic/name`, `…:name`). */
function sameResource(actual: string, wanted: string): boolean {
  return actual === wanted || actual.endsWith(`:${wanted}`) || actual.endsWith(`/${wanted}`);
}

/** A DynamoDB JSON attribute equal to a plain key value (`{ S: '1' }` or `{ N: '1' }` for 1). */
function attributeEquals(attribute: unknown, value: string | number): boolean {
  if (!attribute || typeof attribute !== 'object') return false;
  const a = attribute as { S?: unknown; N?: unknown };
  if (typeof value === 'number') return a.N !== undefined && Number(a.N) === value;
  return a.S === value || (a.N !== undefined && a.N === value);
}

/** A path as a learner writes it: without a trailing slash, except the root. */
const normalPath = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

export function checkHolds(check: LessonCheck, world: LessonWorld, history: LessonHistory): boolean {
  const fn = (name: string) => world.functions.find((f) => f.name === name);
  switch (check.kind) {
    case 'functionExists': {
      const f = fn(check.name);
      return Boolean(f)
        && (check.memory === undefined || f!.memory === check.memory)
        && (check.timeout === undefined || f!.timeout === check.timeout)
        && (check.runtime === undefined || f!.runtime === check.runtime)
        && (check.reservedConcurrency === undefined || f!.reservedConcurrency === check.reservedConcurrency);
    }
    case 'invoked':
      return history.invocations.some((i) =>
        i.functionName === check.function
        && (check.coldStart === undefined || i.coldStart === check.coldStart)
        && (check.succeeded === undefined || i.succeeded === check.succeeded)
        && (check.memory === undefined || i.memory === check.memory)
        && (check.version === undefined || i.version === check.version)
        && (check.alias === undefined || i.alias === check.alias));
    case 'apiResponded': {
      const wanted = normalPath(check.path);
      return history.apiResponses.some((r) =>
        (check.method === 'ANY' || r.method === check.method)
        && (normalPath(r.path) === wanted || r.routePath === wanted)
        && (check.status === undefined || r.status === check.status));
    }
    case 'routeExists':
      return world.routes.includes(check.routeKey);
    case 'objectExists':
      return (world.objects[check.bucket] ?? []).some((key) =>
        key.startsWith(check.keyPrefix ?? '') && key.endsWith(check.keySuffix ?? ''));
    case 'itemExists': {
      const key = Object.entries(check.key ?? {});
      return (world.items[check.table] ?? []).some((item) => key.every(([name, value]) => attributeEquals(item[name], value)));
    }
    case 'queueMessages': {
      const queue = world.queues[check.queue];
      if (!queue) return false;
      const wanted = check.visible ?? 1;
      return wanted === 0 ? queue.visible === 0 : queue.visible >= wanted;
    }
    case 'topicPublished':
      return history.published.some((p) => sameResource(p.topic, check.topic));
    case 'ruleFired':
      return history.rulesFired.some((r) => sameResource(r.rule, check.rule));
    case 'batchProcessed':
      return history.batches.some((b) => b.functionName === check.function && (check.outcome === undefined || b.outcome === check.outcome));
    case 'throttled':
      return history.throttles.some((t) => t.functionName === check.function);
    case 'roleAllows':
      return world.permissions[permissionKey(check.function, check.action, check.resource)] === true;
    case 'denied': {
      // AWS's wording since 2021: "... is not authorized to perform: s3:GetObject on resource: ...".
      const phrase = `not authorized to perform: ${check.action}`.toLowerCase();
      return history.invocations.some((i) =>
        i.functionName === check.function && `${i.error ?? ''}\n${i.log}`.toLowerCase().includes(phrase));
    }
    case 'logContains':
      return history.invocations.some((i) => i.functionName === check.function && i.log.includes(check.text));
    case 'versionPublished':
      return (fn(check.function)?.versions.length ?? 0) >= (check.count ?? 1);
    case 'aliasExists':
      return Boolean(fn(check.function)?.aliases.some((a) => a.name === check.alias && (check.version === undefined || a.version === check.version)));
    case 'aliasWeighted':
      return Boolean(fn(check.function)?.aliases.some((a) =>
        (check.alias === undefined || a.name === check.alias) && Object.values(a.weights ?? {}).some((w) => w > 0)));
    case 'all':
      return check.checks.every((c) => checkHolds(c, world, history));
  }
}
