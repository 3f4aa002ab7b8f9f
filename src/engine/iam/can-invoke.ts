// Whether a service or another function's role may invoke a function, deciding as Lambda does within one account.
import { ACCOUNT_ID } from '../ids';
import { accessDeniedMessage, type PolicyType } from './access-denied';
import { evaluate, type Decision, type MatchedStatement } from './evaluate';
import { parsePolicy, type Policy } from './policy';
import { accountRootArn } from './policy-values';
import type { LambdaPolicyStatement } from './function-policy-types';

/** A service invoking on behalf of one of its resources (S3 for a bucket, API Gateway for a route). */
export interface ServiceInvoker {
  /** `s3.amazonaws.com`, `apigateway.amazonaws.com`, ... */
  service: string;
  /** The resource the service acts for, e.g. `arn:aws:s3:::photos`. */
  sourceArn?: string;
  /** The account owning that resource. */
  sourceAccount?: string;
}

/** Another function (through the SDK's Invoke) acting as its role. */
export interface RoleInvoker {
  /** The role ARN, with its path. */
  roleArn: string;
  /** The session ARN (`arn:aws:sts::...:assumed-role/<role>/<function>`); the message names it. */
  sessionArn?: string;
  /** The role's own policies; in the same account either they or the function's policy may allow. */
  identityPolicies?: Policy[];
}

export interface CanInvokeInput {
  /** The function's resource-based policy for the ARN invoked: parsed, or as Lambda's statements. */
  functionPolicy: Policy | LambdaPolicyStatement[] | undefined;
  /** The ARN invoked: qualified when a version or alias is named (a permission covers only its own ARN). */
  functionArn: string;
  principal: ServiceInvoker | RoleInvoker;
  /** `lambda:InvokeFunction` unless stated (function URLs use `lambda:InvokeFunctionUrl`). */
  action?: string;
}

export interface InvokeDecision {
  allowed: boolean;
  decision: Decision;
  /** Which policy allowed, or refused explicitly. */
  policyType?: PolicyType;
  matchedStatement?: MatchedStatement;
  /** AWS's wording of the refusal. */
  message?: string;
}

const asPolicy = (policy: CanInvokeInput['functionPolicy']): Policy[] => {
  if (!policy) return [];
  if (Array.isArray(policy)) return policy.length ? [parsePolicy({ Version: '2012-10-17', Statement: policy }, 'resource')] : [];
  return [policy];
};

const roleNameOf = (roleArn: string) => roleArn.slice(roleArn.lastIndexOf('/') + 1);

/**
 * A service needs a statement of the function's policy naming it, whose conditions hold for the
 * SourceArn and SourceAccount it sends (Lambda docs: "When an AWS service calls your function,
 * Lambda considers only the resource-based policy"). A role of the same account may be allowed by
 * the function's policy naming the role, or by its own identity policies; either suffices (IAM docs,
 * "Policy evaluation for requests within a single account"). A statement naming only the account
 * (`arn:aws:iam::<account>:root`) delegates to the account's own policies and allows nobody by itself.
 * An explicit Deny in either policy refuses.
 */
export function canInvoke(input: CanInvokeInput): InvokeDecision {
  const action = input.action ?? 'lambda:InvokeFunction';
  const resource = input.functionArn;
  const resourcePolicies = asPolicy(input.functionPolicy);
  const refuse = (principalArn: string, decision: Exclude<Decision, 'allow'>, policyType: PolicyType, matchedStatement?: MatchedStatement): InvokeDecision => ({
    allowed: false,
    decision,
    policyType,
    ...(matchedStatement ? { matchedStatement } : {}),
    message: accessDeniedMessage({ principalArn, action, resource, decision, policyType }, 'lambda'),
  });

  if ('service' in input.principal) {
    const { service, sourceArn, sourceAccount } = input.principal;
    const context = { 'aws:SourceArn': sourceArn, 'aws:SourceAccount': sourceAccount };
    const result = evaluate({ policies: resourcePolicies, action, resource, context, principal: { service } });
    if (result.decision === 'allow') return { allowed: true, decision: 'allow', policyType: 'resource-based', matchedStatement: result.matchedStatement! };
    return refuse(service, result.decision, 'resource-based', result.matchedStatement);
  }

  const { roleArn, identityPolicies = [] } = input.principal;
  const sessionArn = input.principal.sessionArn ?? `arn:aws:sts::${ACCOUNT_ID}:assumed-role/${roleNameOf(roleArn)}/session`;
  const context = { 'aws:PrincipalArn': roleArn, 'aws:PrincipalAccount': ACCOUNT_ID };
  const identity = evaluate({ policies: identityPolicies, action, resource, context });
  // A Deny naming the account applies to everyone in it; an Allow naming it only delegates.
  const resourceDeny = evaluate({ policies: resourcePolicies, action, resource, context, principal: { arns: [sessionArn, roleArn, accountRootArn(ACCOUNT_ID)] } });
  if (identity.decision === 'explicit-deny') return refuse(sessionArn, 'explicit-deny', 'identity-based', identity.matchedStatement);
  if (resourceDeny.decision === 'explicit-deny') return refuse(sessionArn, 'explicit-deny', 'resource-based', resourceDeny.matchedStatement);
  if (identity.decision === 'allow') return { allowed: true, decision: 'allow', policyType: 'identity-based', matchedStatement: identity.matchedStatement! };
  const resourceAllow = evaluate({ policies: resourcePolicies, action, resource, context, principal: { arns: [sessionArn, roleArn] } });
  if (resourceAllow.decision === 'allow') return { allowed: true, decision: 'allow', policyType: 'resource-based', matchedStatement: resourceAllow.matchedStatement! };
  return refuse(sessionArn, 'implicit-deny', 'identity-based');
}
