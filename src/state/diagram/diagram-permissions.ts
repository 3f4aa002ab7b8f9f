// The dashed edges: what each function's execution role allows it to call among the project's
// resources. Read from the role's inline policies (Allow statements with Action and Resource);
// logging and the calls an event source mapping's poller makes on the function's behalf are left
// out, as they are not calls the code makes.
import { defaultRoleArn } from '../../engine/lambda/default-role';
import { functionArn } from '../../engine/ids';
import { actionMatches, resourceMatches } from '../../engine/iam/wildcard';
import { roleArn } from '../../engine/iam/roles';
import { tableArn } from '../../engine/services/dynamodb/definitions';
import { queueArn } from '../../engine/services/sqs/definitions';
import { topicArn } from '../../engine/services/sns/definitions';
import { eventBusArn } from '../../engine/services/eventbridge/definitions';
import type { ProjectDoc } from '../../project/types';
import type { DiagramEdge, DiagramNode } from './diagram-types';

interface Grant {
  effect: 'Allow' | 'Deny';
  actions: string[];
  resources: string[];
}

/** The actions a poller uses (stream and queue reading): granted for the mapping, not called by code. */
const POLLER_ACTIONS = new Set([
  'dynamodb:getrecords', 'dynamodb:getsharditerator', 'dynamodb:describestream', 'dynamodb:liststreams',
  'sqs:receivemessage', 'sqs:deletemessage', 'sqs:getqueueattributes', 'sqs:changemessagevisibility',
]);

const list = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** A role's statements with Action and Resource, from its inline policies (unreadable documents are skipped). */
function grantsOf(role: unknown): Grant[] {
  const policies = (role as { inlinePolicies?: Array<{ document?: unknown }> }).inlinePolicies ?? [];
  return policies.flatMap((policy) => {
    try {
      const doc = typeof policy.document === 'string' ? JSON.parse(policy.document) : policy.document;
      const statements = Array.isArray(doc?.Statement) ? doc.Statement : doc?.Statement ? [doc.Statement] : [];
      return statements
        .filter((s: { Effect?: unknown }) => s.Effect === 'Allow' || s.Effect === 'Deny')
        .map((s: { Effect: Grant['effect']; Action?: unknown; Resource?: unknown }) => ({ effect: s.Effect, actions: list(s.Action), resources: list(s.Resource) }));
    } catch {
      return [];
    }
  });
}

function roleArnOf(role: unknown): string | undefined {
  const r = role as { roleName?: unknown; path?: unknown };
  return typeof r.roleName === 'string' ? roleArn({ roleName: r.roleName, path: typeof r.path === 'string' ? r.path : '/' }) : undefined;
}

/** For each kind of node: the action prefix and the ARNs a statement must cover to reach it. */
function targetsOf(node: DiagramNode): { service: string; arns: string[]; prefix?: string } | undefined {
  switch (node.kind) {
    // Object ARNs: a policy on `bucket/reports/*` still reaches the bucket.
    case 'bucket': return { service: 's3', arns: [`arn:aws:s3:::${node.name}`, `arn:aws:s3:::${node.name}/any-key`], prefix: `arn:aws:s3:::${node.name}/` };
    case 'table': return { service: 'dynamodb', arns: [tableArn(node.name), `${tableArn(node.name)}/index/any-index`] };
    case 'queue': return { service: 'sqs', arns: [queueArn(node.name)] };
    case 'topic': return { service: 'sns', arns: [topicArn(node.name)] };
    case 'function': return { service: 'lambda', arns: [functionArn(node.name), functionArn(node.name, 'any')] };
    // A rule matches events put on the default bus: PutEvents reaches the rules with a pattern.
    case 'rule': return node.detail === undefined ? { service: 'events', arns: [eventBusArn()] } : undefined;
    default: return undefined;
  }
}

/** The actions (as the policy writes them, without the service prefix) one role allows on one node. */
function allowedActions(grants: Grant[], node: DiagramNode): string[] {
  const target = targetsOf(node);
  if (!target) return [];
  const found = new Set<string>();
  const covers = (grant: Grant) =>
    grant.resources.some((pattern) => target.arns.some((arn) => resourceMatches(pattern, arn)) || (target.prefix !== undefined && pattern.startsWith(target.prefix)));
  // A Deny of the whole service on the resource wins over every Allow (finer Denies are not drawn).
  const denied = grants.some((g) => g.effect === 'Deny' && covers(g) && g.actions.some((a) => actionMatches(a, `${target.service}:*`)));
  if (denied) return [];
  for (const grant of grants) {
    if (grant.effect !== 'Allow' || !covers(grant)) continue;
    for (const action of grant.actions) {
      const lower = action.toLowerCase();
      if (POLLER_ACTIONS.has(lower)) continue;
      if (actionMatches(action, `${target.service}:anyaction`) || lower.startsWith(`${target.service}:`)) found.add(action === '*' ? '*' : action.replace(/^[^:]+:/, ''));
    }
  }
  return [...found];
}

/** One dashed edge per function and resource its role lets it call (not to itself, not where another edge says it already). */
export function permissionEdges(doc: ProjectDoc, nodes: DiagramNode[], existing: DiagramEdge[]): DiagramEdge[] {
  const roles = new Map((doc.roles ?? []).flatMap((role) => {
    const arn = roleArnOf(role);
    return arn ? [[arn, grantsOf(role)] as const] : [];
  }));
  const wired = new Set(existing.map((e) => `${e.from}>${e.to}`));
  const edges: DiagramEdge[] = [];
  for (const fn of doc.functions) {
    const grants = roles.get(fn.role ?? defaultRoleArn(fn.name));
    if (!grants?.length) continue;
    const from = `function:${fn.name}`;
    for (const node of nodes) {
      if (node.id === from || wired.has(`${from}>${node.id}`)) continue;
      const actions = allowedActions(grants, node);
      if (actions.length) edges.push({ id: `permission:${fn.name}>${node.id}`, from, to: node.id, kind: 'permission', label: actions.join(', ') });
    }
  }
  return edges;
}
