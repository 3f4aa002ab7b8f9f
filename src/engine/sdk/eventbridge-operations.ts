// The EventBridge commands a handler can send: each checked against IAM for the actions EventBridge
// checks, then run by the simulated service; outputs carry `$metadata` with a request id.
import { eventbridgeRequests } from '../iam/eventbridge-actions';
import type { EventBridgeServiceApi } from '../services/eventbridge/service';
import { operationTable, type OperationContext } from './operation-table';

type Input = Record<string, unknown>;

/** What one operation needs from the dispatcher. */
export interface EventBridgeContext extends OperationContext {
  events: EventBridgeServiceApi;
  /** The calling invocation's X-Ray header: the events' targets continue its trace. */
  trace?: string;
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

export const EVENTBRIDGE_OPERATIONS = operationTable<EventBridgeContext, keyof typeof METHODS>(EVENTBRIDGE_OPERATION_NAMES, {
  requests: eventbridgeRequests,
  run: (ctx, operation) =>
    (ctx.events[METHODS[operation]] as (input: Input, context?: { trace?: string }) => Promise<object>)(ctx.input, ctx.trace !== undefined ? { trace: ctx.trace } : {}),
});
