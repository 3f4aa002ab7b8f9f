// The host side of EventBridge SDK calls: the IAM permissions each command needs, a denial stopping
// the command before it runs, and outputs with `$metadata`.
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { eventbridgeRequests } from '../iam/eventbridge-actions';
import type { AuthorizationRequest } from '../iam/request-actions';
import { eventBridgeAccount, functionArnOf } from '../services/eventbridge/test-support';
import { EVENTBRIDGE_OPERATIONS } from './eventbridge-operations';

describe('EventBridge permissions', () => {
  it('asks for events:PutEvents on each bus the entries name, and the rule action on the rule', () => {
    expect(eventbridgeRequests('PutEvents', { Entries: [{ Source: 'a' }, { EventBusName: 'default' }, { EventBusName: 'arn:aws:events:us-east-1:123456789012:event-bus/orders' }] })).toEqual([
      { action: 'events:PutEvents', resource: 'arn:aws:events:us-east-1:123456789012:event-bus/default' },
      { action: 'events:PutEvents', resource: 'arn:aws:events:us-east-1:123456789012:event-bus/orders' },
    ]);
    expect(eventbridgeRequests('PutRule', { Name: 'nightly' })).toEqual([{ action: 'events:PutRule', resource: 'arn:aws:events:us-east-1:123456789012:rule/nightly' }]);
    expect(eventbridgeRequests('PutTargets', { Rule: 'nightly' })).toEqual([{ action: 'events:PutTargets', resource: 'arn:aws:events:us-east-1:123456789012:rule/nightly' }]);
    expect(eventbridgeRequests('ListRules', {})).toEqual([{ action: 'events:ListRules', resource: '*' }]);
  });
});

describe('EVENTBRIDGE_OPERATIONS', () => {
  it('runs an allowed command and answers with $metadata', async () => {
    const { events } = eventBridgeAccount();
    const asked: AuthorizationRequest[] = [];
    const denied = async (request: AuthorizationRequest) => void asked.push(request);
    const out = await EVENTBRIDGE_OPERATIONS.PutRule!({ events, input: { Name: 'r', ScheduleExpression: 'rate(1 day)' }, denied });
    expect(out).toEqual({ RuleArn: 'arn:aws:events:us-east-1:123456789012:rule/r', $metadata: { httpStatusCode: 200, requestId: expect.any(String), attempts: 1, totalRetryDelay: 0 } });
    expect(asked).toEqual([{ action: 'events:PutRule', resource: 'arn:aws:events:us-east-1:123456789012:rule/r' }]);
  });

  it('stops at the first permission refused, before anything happens', async () => {
    const { events, deliveries } = eventBridgeAccount();
    await events.putRule({ Name: 'r', EventPattern: '{"source":["app"]}' });
    await events.putTargets({ Rule: 'r', Targets: [{ Id: 'f', Arn: functionArnOf('worker') }] });
    const refusal = new ServiceError('AccessDeniedException', 'User: x is not authorized to perform: events:PutEvents', 400);
    await expect(EVENTBRIDGE_OPERATIONS.PutEvents!({ events, input: { Entries: [{ Source: 'app', DetailType: 'd', Detail: '{}' }] }, denied: async () => refusal })).rejects.toBe(refusal);
    expect(deliveries).toEqual([]);
  });

  it('offers every command the sandbox client sends', () => {
    expect(Object.keys(EVENTBRIDGE_OPERATIONS)).toEqual([
      'PutEvents', 'PutRule', 'DescribeRule', 'ListRules', 'DeleteRule', 'EnableRule', 'DisableRule', 'PutTargets', 'RemoveTargets', 'ListTargetsByRule', 'TestEventPattern',
    ]);
  });
});
