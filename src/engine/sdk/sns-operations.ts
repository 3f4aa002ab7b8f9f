// The SNS commands a handler can send: each checked against IAM for the actions SNS checks (a refusal
// becomes SNS's AuthorizationError), then run by the simulated service; outputs carry `$metadata`.
import { ServiceError } from '../errors';
import { REGION } from '../ids';
import { snsDenial, snsRequests } from '../iam/sns-actions';
import { invalidParameter } from '../services/sns/errors';
import type { SnsServiceApi } from '../services/sns/service';
import { operationTable, type OperationContext } from './operation-table';

type Input = Record<string, unknown>;

/** What one operation needs from the dispatcher. */
export interface SnsContext extends OperationContext {
  sns: SnsServiceApi;
  /** The calling invocation's chain, so a function publishing to a topic that invokes it is caught as recursion. */
  chain?: unknown;
}

/** Operation name (as in `PublishCommand`) → the service method that runs it. */
const METHODS = {
  CreateTopic: 'createTopic',
  DeleteTopic: 'deleteTopic',
  ListTopics: 'listTopics',
  GetTopicAttributes: 'getTopicAttributes',
  SetTopicAttributes: 'setTopicAttributes',
  Subscribe: 'subscribe',
  Unsubscribe: 'unsubscribe',
  ListSubscriptions: 'listSubscriptions',
  ListSubscriptionsByTopic: 'listSubscriptionsByTopic',
  GetSubscriptionAttributes: 'getSubscriptionAttributes',
  SetSubscriptionAttributes: 'setSubscriptionAttributes',
  Publish: 'publish',
  PublishBatch: 'publishBatch',
} as const satisfies Record<string, keyof SnsServiceApi>;

export const SNS_OPERATIONS = operationTable<SnsContext, keyof typeof METHODS>(Object.keys(METHODS) as Array<keyof typeof METHODS>, {
  requests: snsRequests,
  refuse: snsDenial,
  run: (ctx, operation) =>
    (ctx.sns[METHODS[operation]] as (input: Input, context?: { chain?: unknown }) => Promise<object>)(ctx.input, ctx.chain !== undefined ? { chain: ctx.chain } : {}),
});

/**
 * A client set to another region: an ARN of a us-east-1 topic or subscription is then
 * `Invalid parameter: TopicArn` (recorded from AWS for cross-region calls); CreateTopic is refused,
 * as one region is simulated. The lists are served as they are (as for DynamoDB's ListTables).
 */
export function snsOtherRegion(operation: string, region: string | undefined): ServiceError | undefined {
  if (region === undefined || region === REGION || operation === 'ListTopics' || operation === 'ListSubscriptions') return undefined;
  if (operation === 'CreateTopic') return new ServiceError('NotImplemented', `This playground simulates one region, ${REGION}: create topics there.`, 501);
  if (operation === 'Unsubscribe' || operation.endsWith('SubscriptionAttributes')) return invalidParameter('Invalid parameter: SubscriptionArn');
  return invalidParameter('Invalid parameter: TopicArn');
}
