// The engine's current state as lesson checks see it: a plain snapshot, gathered only for what the
// checks at hand name (the objects of their buckets, the items of their tables, the decisions of
// their roles), so the evaluator stays pure and a check never costs a scan of everything.
import type { Engine } from '../../engine/engine';
import { evaluate } from '../../engine/iam/evaluate';
import { actionMatches } from '../../engine/iam/wildcard';
import type { Policy } from '../../engine/iam/policy';
import type { LessonCheck } from '../../project/types';

export interface FunctionFact {
  name: string;
  runtime: string;
  memory: number;
  timeout: number;
  reservedConcurrency?: number;
  /** Published version numbers. */
  versions: string[];
  aliases: { name: string; version: string; weights?: Record<string, number> }[];
}

/** What the checks may look at now. A bucket, table or queue that does not exist is absent. */
export interface LessonWorld {
  functions: FunctionFact[];
  /** Route keys of every API, e.g. `GET /items/{id}`. */
  routes: string[];
  objects: Record<string, string[]>;
  /** Items in DynamoDB JSON. */
  items: Record<string, Record<string, unknown>[]>;
  queues: Record<string, { visible: number }>;
  /** `permissionKey(function, action, resource)` → whether the function's role allows it. */
  permissions: Record<string, boolean>;
}

export const EMPTY_WORLD: LessonWorld = { functions: [], routes: [], objects: {}, items: {}, queues: {}, permissions: {} };

export const permissionKey = (fn: string, action: string, resource?: string) => `${fn}|${action}|${resource ?? ''}`;

/** Every check inside `all` checks, flattened. */
export function leafChecks(checks: readonly LessonCheck[]): LessonCheck[] {
  return checks.flatMap((c) => (c.kind === 'all' ? leafChecks(c.checks) : [c]));
}

/** How many objects and items a check looks through: plenty for a lesson, cheap to list on every change. */
const SCAN_LIMIT = 1000;

/**
 * Whether a role's policies allow an action. Without a resource, an Allow that names the action on any
 * resource counts (a lesson says "grant s3:GetObject", whatever the bucket), unless a Deny covers all.
 */
export function policiesAllow(policies: Policy[], action: string, resource: string | undefined): boolean {
  if (resource !== undefined) return evaluate({ policies, action, resource }).decision === 'allow';
  const statements = policies.flatMap((p) => p.statements).filter((s) => s.action?.some((a) => actionMatches(a, action)));
  if (statements.some((s) => s.effect === 'Deny' && (s.resource ?? ['*']).includes('*'))) return false;
  return statements.some((s) => s.effect === 'Allow');
}

async function functionFacts(engine: Engine, Functions: Awaited<ReturnType<Engine['lambda']['listFunctions']>>['Functions']): Promise<FunctionFact[]> {
  return Promise.all(Functions.map(async (c) => {
    const [{ Versions }, { Aliases }, concurrency] = await Promise.all([
      engine.lambda.listVersionsByFunction({ FunctionName: c.FunctionName }),
      engine.lambda.listAliases({ FunctionName: c.FunctionName }),
      engine.lambda.getFunctionConcurrency({ FunctionName: c.FunctionName }),
    ]);
    return {
      name: c.FunctionName, runtime: c.Runtime, memory: c.MemorySize, timeout: c.Timeout,
      ...(concurrency.ReservedConcurrentExecutions !== undefined ? { reservedConcurrency: concurrency.ReservedConcurrentExecutions } : {}),
      versions: Versions.map((v) => v.Version).filter((v) => v !== '$LATEST'),
      aliases: Aliases.map((a) => ({
        name: a.Name, version: a.FunctionVersion,
        ...(a.RoutingConfig?.AdditionalVersionWeights ? { weights: a.RoutingConfig.AdditionalVersionWeights } : {}),
      })),
    };
  }));
}

/** Whether the function's role allows the action, without creating the role (the check must not change the project). */
function roleAllows(engine: Engine, fn: string, action: string, resource: string | undefined, roles: Map<string, string>): boolean {
  const arn = roles.get(fn);
  if (!arn) return false;
  const role = engine.iam.roles.findByArn(arn);
  // A role not made yet is the one Lambda gives a new function: CloudWatch Logs, nothing else.
  if (!role) return action.startsWith('logs:');
  return policiesAllow(engine.iam.roles.policiesOf(role.roleName), action, resource);
}

/** Gathers the snapshot the given checks need. */
export async function gatherWorld(engine: Engine, checks: readonly LessonCheck[]): Promise<LessonWorld> {
  const leaves = leafChecks(checks);
  const { Functions } = await engine.lambda.listFunctions();
  const world: LessonWorld = { ...EMPTY_WORLD, functions: await functionFacts(engine, Functions), objects: {}, items: {}, queues: {}, permissions: {} };
  world.routes = engine.apigateway.listApis().flatMap((api) => api.routes.map((r) => r.routeKey));
  const roles = new Map(Functions.map((f) => [f.FunctionName, f.Role]));
  for (const check of leaves) {
    if (check.kind === 'objectExists' && !(check.bucket in world.objects)) {
      try {
        const listed = await engine.s3.listObjectsV2({ Bucket: check.bucket, MaxKeys: SCAN_LIMIT });
        world.objects[check.bucket] = (listed.Contents ?? []).map((o) => o.Key!);
      } catch {
        // No such bucket: absent.
      }
    } else if (check.kind === 'itemExists' && !(check.table in world.items)) {
      try {
        const scanned = await engine.dynamodb.scan({ TableName: check.table, Limit: SCAN_LIMIT });
        world.items[check.table] = (scanned.Items ?? []) as Record<string, unknown>[];
      } catch {
        // No such table: absent.
      }
    } else if (check.kind === 'queueMessages' && engine.sqs.findQueueDef(check.queue)) {
      world.queues[check.queue] = { visible: engine.sqs.messageCounts(check.queue).visible };
    } else if (check.kind === 'roleAllows') {
      world.permissions[permissionKey(check.function, check.action, check.resource)] = roleAllows(engine, check.function, check.action, check.resource, roles);
    }
  }
  return world;
}
