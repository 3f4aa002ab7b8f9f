// Which IAM actions a CloudWatch metrics call needs (Service Authorization Reference, "Actions,
// resources, and condition keys for Amazon CloudWatch"), and CloudWatch's own denial.
import { ServiceError } from '../errors';
import type { RequestContext } from './conditions';
import type { AuthorizationRequest } from './request-actions';

type Input = Record<string, unknown>;

/**
 * The metric actions take no resource ARN (`*` only); PutMetricData sets the `cloudwatch:namespace`
 * condition key, so a policy can allow publishing to one namespace only.
 */
export function cloudwatchRequests(operation: string, input: Input): AuthorizationRequest[] {
  const action = `cloudwatch:${operation}`;
  if (operation === 'PutMetricData' && typeof input.Namespace === 'string') {
    const context: RequestContext = { 'cloudwatch:namespace': input.Namespace };
    return [{ action, resource: '*', context }];
  }
  return [{ action, resource: '*' }];
}

/**
 * An IAM refusal as CloudWatch answers it: `AccessDenied`, HTTP 403, with IAM's sentence (no
 * resource named, as the actions have none): `User: arn:aws:sts::…:assumed-role/<role>/<function> is
 * not authorized to perform: cloudwatch:PutMetricData because no identity-based policy allows the
 * cloudwatch:PutMetricData action`.
 */
export function cloudwatchDenial(error: ServiceError): ServiceError {
  if (error.code !== 'AccessDenied' && error.code !== 'AccessDeniedException') return error;
  return new ServiceError('AccessDenied', error.message, 403);
}
