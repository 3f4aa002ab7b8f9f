// Which IAM actions a CloudWatch Logs call needs (Service Authorization Reference, "Actions,
// resources, and condition keys for Amazon CloudWatch Logs"), on which ARNs, and the Logs denial.
import { ServiceError } from '../errors';
import { ACCOUNT_ID, REGION } from '../ids';
import type { AuthorizationRequest } from './request-actions';

type Input = Record<string, unknown>;

const groupArn = (input: Input) => {
  const id = input.logGroupIdentifier;
  const name = typeof id === 'string' ? id.replace(/^arn:aws:logs:[^:]*:\d*:log-group:/, '').replace(/:\*$/, '') : String(input.logGroupName ?? '');
  return `arn:aws:logs:${REGION}:${ACCOUNT_ID}:log-group:${name}`;
};

/**
 * The log-group resource is `…:log-group:<name>:*` for the group-level actions; GetLogEvents and
 * PutLogEvents act on a stream, `…:log-group:<name>:log-stream:<stream>`; DescribeLogGroups on
 * `…:log-group:*`.
 */
export function logsRequests(operation: string, input: Input): AuthorizationRequest[] {
  const action = `logs:${operation}`;
  if (operation === 'DescribeLogGroups') return [{ action, resource: `arn:aws:logs:${REGION}:${ACCOUNT_ID}:log-group:*` }];
  if (operation === 'GetLogEvents' || operation === 'PutLogEvents') return [{ action, resource: `${groupArn(input)}:log-stream:${String(input.logStreamName ?? '')}` }];
  return [{ action, resource: `${groupArn(input)}:*` }];
}

/**
 * CloudWatch Logs speaks the JSON protocol: an IAM refusal is `AccessDeniedException` with HTTP 400
 * and IAM's sentence (`User: … is not authorized to perform: logs:FilterLogEvents on resource: …`).
 */
export function logsDenial(error: ServiceError): ServiceError {
  if (error.code !== 'AccessDenied' && error.code !== 'AccessDeniedException') return error;
  return new ServiceError('AccessDeniedException', error.message, 400);
}
