// The AccessDenied errors AWS gives a caller its policies refuse, word for word, and the check that raises them.
import { ServiceError } from '../errors';
import { ACCOUNT_ID, REGION } from '../ids';
import type { RequestContext } from './conditions';
import { evaluate, type Decision, type EvaluationResult } from './evaluate';
import type { Policy } from './policy';
import type { AuthorizationRequest } from './request-actions';

export { lambdaInvokeRequest, s3ListBucketRequest, s3Requests, type AuthorizationRequest, type S3Operation } from './request-actions';

/** Which kind of policy refused: the role's own (identity-based) or the resource's (resource-based). */
export type PolicyType = 'identity-based' | 'resource-based';

export interface Denial {
  /** The caller, e.g. `arn:aws:sts::123456789012:assumed-role/my-role/my-function`. */
  principalArn: string;
  action: string;
  resource: string;
  decision: Exclude<Decision, 'allow'>;
  policyType?: PolicyType;
}

/**
 * The message of an authorization failure, in the form AWS has used since 2021:
 * `User: <arn> is not authorized to perform: <action> on resource: <arn> because no identity-based
 * policy allows the <action> action`, or `... with an explicit deny in an identity-based policy`.
 * S3 quotes the resource ARN and Lambda does not (both as seen in real errors); an action on no
 * resource (s3:ListAllMyBuckets) leaves out "on resource" altogether.
 */
export function accessDeniedMessage(denial: Denial, service: IamService): string {
  const type = denial.policyType ?? 'identity-based';
  const resource = denial.resource === '*' ? '' : ` on resource: ${service === 's3' ? `"${denial.resource}"` : denial.resource}`;
  const reason =
    denial.decision === 'explicit-deny'
      ? `with an explicit deny in ${type === 'identity-based' ? 'an' : 'a'} ${type} policy`
      : `because no ${type} policy allows the ${denial.action} action`;
  return `User: ${denial.principalArn} is not authorized to perform: ${denial.action}${resource} ${reason}`;
}

/** The services whose calls a role is checked for. */
export type IamService = 's3' | 'lambda' | 'dynamodb' | 'sqs' | 'sns' | 'events';

/**
 * The error an SDK call receives: S3 says `AccessDenied`, Lambda and DynamoDB
 * `AccessDeniedException`; HTTP 403, except DynamoDB's JSON protocol answers 400.
 */
export function accessDeniedError(denial: Denial, service: IamService): ServiceError {
  const code = service === 's3' ? 'AccessDenied' : 'AccessDeniedException';
  return new ServiceError(code, accessDeniedMessage(denial, service), service === 'dynamodb' ? 400 : 403);
}

/** The context keys AWS fills in for any call a function's role makes. */
export function callerContext(roleArn: string): RequestContext {
  return { 'aws:PrincipalArn': roleArn, 'aws:PrincipalAccount': ACCOUNT_ID, 'aws:RequestedRegion': REGION, 'aws:SecureTransport': true };
}

export interface AuthorizeInput {
  /** The role's policies, parsed. */
  policies: Policy[];
  /** The role's ARN (with its path), for `aws:PrincipalArn`. */
  roleArn: string;
  /** The session ARN the message names. */
  principalArn: string;
  requests: AuthorizationRequest[];
  service: IamService;
}

/**
 * Evaluates every permission a call needs against the role's policies and throws AWS's error for
 * the first one refused; returns the evaluations (for a trace view) when all are allowed.
 */
export function authorize(input: AuthorizeInput): EvaluationResult[] {
  const base = callerContext(input.roleArn);
  return input.requests.map((request) => {
    const result = evaluate({ policies: input.policies, action: request.action, resource: request.resource, context: { ...base, ...request.context } });
    if (result.decision !== 'allow') {
      const denial: Denial = { principalArn: input.principalArn, action: request.action, resource: request.resource, decision: result.decision };
      throw Object.assign(accessDeniedError(denial, input.service), { evaluation: result });
    }
    return result;
  });
}
