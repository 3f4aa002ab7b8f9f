// The EventBridge commands a handler can send: each checked against IAM for the actions EventBridge
// checks, then run by the simulated service; outputs carry `$metadata` with a request id.
import type { ServiceError } from '../errors';
import { eventbridgeRequests } from '../iam/eventbridge-actions';
import type { AuthorizationRequest } from '../iam/request-actions';
import type { EventBridgeServiceApi } from '../services/eventbridge/service';

type Input = Record<string, unknown>;

/** What one operation needs from the dispatcher. */
export interface EventBridgeContext {
  events: EventBridgeServiceApi;
  input: Input;
  denied(request: AuthorizationRequest): Promise<ServiceError | undefined>;
}

/** Operation name (as in `PutRuleCommand`) → the service method that runs it. */
const METHODS = {
  PutEvents: 'putEvents',
  PutRule: 'putRule',
  DescribeRule: 'describeRule',
  ListRules: 'listRules',
  DeleteRule: 'deleteRule',
  EnableRule: 'enableRule',
  DisableRule: 'disableRule',
  PutTargets: 'putTargets',
  RemoveTargets: 'removeTargets',
  ListTargetsByRule: 'listTargetsByRule',
  TestEventPattern: 'testEventPattern',
} as const satisfies Record<string, keyof EventBridgeServiceApi>;

/** The operations the in-sandbox client sends (its command names without `Command`). */
export const EVENTBRIDGE_OPERATION_NAMES = Object.keys(METHODS) as Array<keyof typeof METHODS>;

async function run(ctx: EventBridgeContext, operation: keyof typeof METHODS): Promise<object> {
  for (const request of eventbridgeRequests(operation, ctx.input)) {
    const denial = await ctx.denied(request);
    if (denial) throw denial;
  }
  const method = ctx.events[METHODS[operation]] as (input: Input) => Promise<object>;
  const output = await method(ctx.input);
  return { ...output, $metadata: { httpStatusCode: 200, requestId: crypto.randomUUID(), attempts: 1, totalRetryDelay: 0 } };
}

export const EVENTBRIDGE_OPERATIONS: Record<string, (ctx: EventBridgeContext) => Promise<object>> = Object.fromEntries(
  EVENTBRIDGE_OPERATION_NAMES.map((operation) => [operation, (ctx: EventBridgeContext) => run(ctx, operation)]),
);
