// IAM's decision for one request against a set of policies: an explicit Deny wins, then an Allow, else implicit deny.
import { conditionHolds, type RequestContext } from './conditions';
import type { Effect, Policy, Statement } from './policy';
import type { Principals } from './policy-values';
import { actionMatches, resourceMatches } from './wildcard';

export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny';

/** Who makes the request, as resource-based policies see it (identity policies ignore it). */
export interface RequestPrincipal {
  /** A service principal such as `s3.amazonaws.com`. */
  service?: string;
  /** The ARNs the caller answers to: its session, its role, its account's root. */
  arns?: string[];
}

export interface EvaluationRequest {
  policies: Policy[];
  /** `service:Action`, e.g. `s3:GetObject`. */
  action: string;
  /** The ARN acted on, or `*` for actions without a resource (s3:ListAllMyBuckets). */
  resource: string;
  context?: RequestContext;
  principal?: RequestPrincipal;
}

/** The statement that decided, for the UI to highlight ("denied by statement DenyDeletes of policy X"). */
export interface MatchedStatement {
  policyName?: string;
  policyIndex: number;
  statementIndex: number;
  sid?: string;
  effect: Effect;
  statement: Statement;
}

export interface EvaluationResult {
  decision: Decision;
  /** The Deny that decided, or the first Allow; absent for an implicit deny. */
  matchedStatement?: MatchedStatement;
}

function principalMatches(principals: Principals, who: RequestPrincipal | undefined): boolean {
  if (principals.all) return true;
  if (!who) return false;
  const service = who.service?.toLowerCase();
  if (service && principals.service?.some((s) => s.toLowerCase() === service)) return true;
  return (who.arns ?? []).some((arn) => principals.aws?.includes(arn));
}

/** Whether a statement covers the request: action, resource, principal (if it names one) and condition. */
export function statementApplies(statement: Statement, request: Omit<EvaluationRequest, 'policies'>): boolean {
  const { action, resource } = request;
  if (statement.action && !statement.action.some((p) => actionMatches(p, action))) return false;
  if (statement.notAction && statement.notAction.some((p) => actionMatches(p, action))) return false;
  if (statement.resource && !statement.resource.some((p) => resourceMatches(p, resource))) return false;
  if (statement.notResource && statement.notResource.some((p) => resourceMatches(p, resource))) return false;
  if (statement.principal && !principalMatches(statement.principal, request.principal)) return false;
  if (statement.notPrincipal && principalMatches(statement.notPrincipal, request.principal)) return false;
  return conditionHolds(statement.condition, request.context ?? {});
}

/**
 * The standard evaluation within one account (IAM docs, "Policy evaluation logic"): every
 * applicable statement of every policy is considered; one applicable Deny decides, otherwise one
 * applicable Allow, otherwise the request is implicitly denied.
 */
export function evaluate(request: EvaluationRequest): EvaluationResult {
  let allow: MatchedStatement | undefined;
  for (const [policyIndex, policy] of request.policies.entries()) {
    for (const [statementIndex, statement] of policy.statements.entries()) {
      if (!statementApplies(statement, request)) continue;
      const match: MatchedStatement = { policyIndex, statementIndex, effect: statement.effect, statement };
      if (policy.name !== undefined) match.policyName = policy.name;
      if (statement.sid !== undefined) match.sid = statement.sid;
      if (statement.effect === 'Deny') return { decision: 'explicit-deny', matchedStatement: match };
      allow ??= match;
    }
  }
  return allow ? { decision: 'allow', matchedStatement: allow } : { decision: 'implicit-deny' };
}
