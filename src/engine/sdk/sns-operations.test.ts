// SNS commands from a handler: the permissions each needs, SNS's AuthorizationError when the role
// lacks one (word for word as SNS answers), and the outputs with `$metadata`.
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { createIam } from '../iam/iam-service';
import { snsRequests } from '../iam/sns-actions';
import { snsHarness } from '../services/sns/test-support';
import { SNS_OPERATIONS, snsOtherRegion } from './sns-operations';

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:orders';
const caller = { functionName: 'checkout', roleArn: 'arn:aws:iam::123456789012:role/checkout-role' };

/** The SNS table with IAM as the engine wires it: the caller's role decides, refusals come back as errors. */
async function account() {
  const h = snsHarness();
  await h.service.createTopic({ Name: 'orders' });
  const iam = createIam({ changed: () => {}, now: () => 0 });
  // The role as the console creates it with the function: CloudWatch Logs only.
  iam.roleOf(caller);
  const call = (operation: string, input: Record<string, unknown>, chain?: unknown) =>
    SNS_OPERATIONS[operation]!({
      sns: h.service,
      input,
      ...(chain !== undefined ? { chain } : {}),
      denied: async (request) => {
        try {
          iam.authorizeCall(caller, 'lambda', [request]);
          return undefined;
        } catch (error) {
          return error as ServiceError;
        }
      },
    });
  const allow = (actions: string[], resource = '*') =>
    iam.roles.putRolePolicy('checkout-role', 'sns', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }] }));
  return { ...h, iam, call, allow };
}

describe('SNS commands from a handler', () => {
  it('refuses a role without sns:Publish with SNS’s AuthorizationError', async () => {
    const { call } = await account();
    const error = await call('Publish', { TopicArn: TOPIC, Message: 'x' }).catch((e: unknown) => e as ServiceError);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).toJSON()).toEqual({
      name: 'AuthorizationErrorException',
      message: `User: arn:aws:sts::123456789012:assumed-role/checkout-role/checkout is not authorized to perform: SNS:Publish on resource: ${TOPIC} because no identity-based policy allows the SNS:Publish action`,
      statusCode: 403,
      Type: 'Sender',
      Code: 'AuthorizationError',
      Error: { Type: 'Sender', Code: 'AuthorizationError', Message: expect.stringContaining('SNS:Publish') },
    });
  });

  it('publishes once the role allows it, with the output and $metadata the SDK returns, and the caller’s chain', async () => {
    const { call, allow, lambda, service } = await account();
    allow(['sns:Publish', 'sns:Subscribe'], TOPIC);
    await call('Subscribe', { TopicArn: TOPIC, Protocol: 'lambda', Endpoint: 'arn:aws:lambda:us-east-1:123456789012:function:ship' });
    const out = (await call('Publish', { TopicArn: TOPIC, Message: 'x' }, { origin: 'req-1' })) as Record<string, unknown>;
    expect(out).toEqual({ MessageId: expect.any(String), $metadata: { httpStatusCode: 200, requestId: expect.any(String), attempts: 1, totalRetryDelay: 0 } });
    expect(lambda[0]!.chain).toEqual({ origin: 'req-1' });
    expect(service.listTopicDefs()[0]!.subscriptions).toHaveLength(1);
  });

  it('names the resources SNS authorizes: the topic, every topic for the lists, the subscription’s topic', async () => {
    const { call, allow } = await account();
    allow(['sns:GetTopicAttributes'], TOPIC);
    const denied = await call('ListTopics', {}).catch((e: ServiceError) => e.message);
    expect(denied).toBe('User: arn:aws:sts::123456789012:assumed-role/checkout-role/checkout is not authorized to perform: SNS:ListTopics on resource: arn:aws:sns:us-east-1:123456789012:* because no identity-based policy allows the SNS:ListTopics action');
    expect(snsRequests('Unsubscribe', { SubscriptionArn: `${TOPIC}:4b3e` })).toEqual([{ action: 'sns:Unsubscribe', resource: TOPIC }]);
    expect(snsRequests('PublishBatch', { TopicArn: TOPIC })).toEqual([{ action: 'sns:Publish', resource: TOPIC }]);
    expect(snsRequests('CreateTopic', { Name: 'new' })).toEqual([{ action: 'sns:CreateTopic', resource: 'arn:aws:sns:us-east-1:123456789012:new' }]);
    expect(snsRequests('Subscribe', { TopicArn: TOPIC, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:123456789012:q' })).toEqual([
      { action: 'sns:Subscribe', resource: TOPIC, context: { 'sns:Protocol': 'sqs', 'sns:Endpoint': 'arn:aws:sqs:us-east-1:123456789012:q' } },
    ]);
    expect(((await call('GetTopicAttributes', { TopicArn: TOPIC })) as { Attributes: Record<string, string> }).Attributes.TopicArn).toBe(TOPIC);
  });

  it('answers a client in another region as SNS does', () => {
    expect(snsOtherRegion('Publish', 'eu-west-1')?.message).toBe('Invalid parameter: TopicArn');
    expect(snsOtherRegion('Publish', 'us-east-1')).toBeUndefined();
    expect(snsOtherRegion('ListTopics', 'eu-west-1')).toBeUndefined();
  });
});
