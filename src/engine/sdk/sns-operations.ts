// The SNS commands a handler can send: each checked against IAM for the actions SNS checks (a refusal
// becomes SNS's AuthorizationError), then run by the simulated service; outputs carry `$metadata`.
import { ServiceError } from '../errors';
import { REGION } from '../ids';
import { snsDenial, snsRequests } from '../iam/sns-actions';
import type { AuthorizationRequest } from '../iam/request-actions';
import { invalidParameter } from '../services/sns/errors';
import type { SnsServiceApi } from '../services/sns/service';

type Input = Record<string, unknown>;

/** What one operation needs from the dispatcher. */
export interface SnsContext {
  sns: SnsServiceApi;
  input: Input;
  denied(request: AuthorizationRequest): Promise<ServiceError | undefined>;
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

async function run(ctx: SnsContext, operation: keyof typeof METHODS): Promise<object> {
  for (const request of snsRequests(operation, ctx.input)) {
    const denial = await ctx.denied(request);
    if (denial) throw snsDenial(denial);
  }
  const method = ctx.sns[METHODS[operation]] as (input: Input, context?: { chain?: unknown }) => Promise<object>;
  const output = await method(ctx.input, ctx.chain !== undefined ? { chain: ctx.chain } : {});
  return { ...output, $metadata: { httpStatusCode: 200, requestId: crypto.randomUUID(), attempts: 1, totalRetryDelay: 0 } };
}

export const SNS_OPERATIONS: Record<string, (ctx: SnsContext) => Promise<object>> = Object.fromEntries(
  (Object.keys(METHODS) as Array<keyof typeof METHODS>).map((operation) => [operation, (ctx: SnsContext) => run(ctx, operation)]),
);

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
