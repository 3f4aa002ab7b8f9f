// Which IAM actions on which resources an SNS call needs (Service Authorization Reference, "Actions,
// resources, and condition keys for Amazon SNS"), and SNS's own denial: AuthorizationError, HTTP 403,
// naming the action as SNS spells it (`SNS:Publish`).
import { ServiceError } from '../errors';
import { allTopicsArn, topicArn } from '../services/sns/definitions';
import { authorizationError } from '../services/sns/errors';
import type { RequestContext } from './conditions';
import type { AuthorizationRequest } from './request-actions';

type Input = Record<string, unknown>;

/** The topic a subscription ARN belongs to (`<topic ARN>:<id>`); SNS authorizes subscription calls on the topic. */
function topicOfSubscription(arn: unknown): string {
  const parts = String(arn ?? '').split(':');
  return parts.length > 6 ? parts.slice(0, -1).join(':') : String(arn ?? '');
}

const on = (operation: string, resource: string, context?: RequestContext): AuthorizationRequest => ({ action: `sns:${operation}`, resource, ...(context ? { context } : {}) });

/**
 * The permissions an SNS call needs. Topic calls act on the topic's ARN; ListTopics and
 * ListSubscriptions on every topic (`arn:aws:sns:<region>:<account>:*`, as SNS's denials name
 * it); subscription calls (Unsubscribe, Get/SetSubscriptionAttributes) on the subscription's topic;
 * PublishBatch needs sns:Publish. Subscribe sets the `sns:Protocol` and `sns:Endpoint` condition keys.
 */
export function snsRequests(operation: string, input: Input): AuthorizationRequest[] {
  switch (operation) {
    case 'CreateTopic':
      return [on('CreateTopic', topicArn(String(input.Name ?? '')))];
    case 'ListTopics':
    case 'ListSubscriptions':
      return [on(operation, allTopicsArn())];
    case 'Publish':
      return [on('Publish', String(input.TopicArn ?? input.TargetArn ?? '*'))];
    case 'PublishBatch':
      return [on('Publish', String(input.TopicArn ?? ''))];
    case 'Unsubscribe':
    case 'GetSubscriptionAttributes':
    case 'SetSubscriptionAttributes':
      return [on(operation, topicOfSubscription(input.SubscriptionArn))];
    case 'Subscribe': {
      const context: RequestContext = {};
      if (typeof input.Protocol === 'string') context['sns:Protocol'] = input.Protocol;
      if (typeof input.Endpoint === 'string') context['sns:Endpoint'] = input.Endpoint;
      return [on('Subscribe', String(input.TopicArn ?? ''), context)];
    }
    default:
      return [on(operation, String(input.TopicArn ?? ''))];
  }
}

/**
 * An IAM refusal as SNS answers it: `AuthorizationErrorException` (wire code AuthorizationError,
 * HTTP 403) with IAM's sentence, the action spelled `SNS:Publish` as in SNS's real denials:
 * `User: arn:aws:sts::…:assumed-role/<role>/<function> is not authorized to perform: SNS:Publish on
 * resource: arn:aws:sns:us-east-1:…:orders because no identity-based policy allows the SNS:Publish action`.
 */
export function snsDenial(error: ServiceError): ServiceError {
  if (error.code !== 'AccessDenied' && error.code !== 'AccessDeniedException') return error;
  return authorizationError(error.message.replace(/(perform: |allows the )sns:/g, '$1SNS:'));
}
