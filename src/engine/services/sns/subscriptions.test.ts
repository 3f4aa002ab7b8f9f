// Subscriptions: Subscribe for lambda and sqs endpoints with their attributes (filter policy, scope,
// raw delivery), listing, attributes, Unsubscribe, and SNS's refusals.
import { describe, expect, it } from 'vitest';
import { failure, FUNCTION_ARN, QUEUE_ARN, snsHarness } from './test-support';

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:orders';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function withTopic(name = 'orders', attributes: Record<string, string> = {}) {
  const h = snsHarness();
  await h.service.createTopic({ Name: name, Attributes: attributes });
  return h;
}

describe('subscriptions', () => {
  it('subscribes a function and a queue, answering ARNs `<topic ARN>:<uuid>`', async () => {
    const { service } = await withTopic();
    const { SubscriptionArn: fn } = await service.subscribe({ TopicArn: TOPIC, Protocol: 'lambda', Endpoint: FUNCTION_ARN('thumbs', 'live'), ReturnSubscriptionArn: true });
    const { SubscriptionArn: queue } = await service.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE_ARN('audit'), Attributes: { RawMessageDelivery: 'TRUE' } });
    expect(fn.startsWith(`${TOPIC}:`) && UUID.test(fn.slice(TOPIC.length + 1))).toBe(true);
    expect((await service.listSubscriptionsByTopic({ TopicArn: TOPIC })).Subscriptions).toEqual([
      { SubscriptionArn: fn, Owner: '123456789012', Protocol: 'lambda', Endpoint: FUNCTION_ARN('thumbs', 'live'), TopicArn: TOPIC },
      { SubscriptionArn: queue, Owner: '123456789012', Protocol: 'sqs', Endpoint: QUEUE_ARN('audit'), TopicArn: TOPIC },
    ]);
    expect((await service.listSubscriptions()).Subscriptions.map((s) => s.SubscriptionArn)).toEqual([fn, queue]);
    expect((await service.getSubscriptionAttributes({ SubscriptionArn: queue })).Attributes).toEqual({
      ConfirmationWasAuthenticated: 'true', PendingConfirmation: 'false', Owner: '123456789012', RawMessageDelivery: 'true',
      TopicArn: TOPIC, Endpoint: QUEUE_ARN('audit'), Protocol: 'sqs', SubscriptionArn: queue,
    });
    expect((await service.getTopicAttributes({ TopicArn: TOPIC })).Attributes.SubscriptionsConfirmed).toBe('2');
  });

  it('keeps a filter policy with its scope, and shows the scope only with a policy', async () => {
    const { service } = await withTopic();
    const policy = '{"store":["example_corp"],"price_usd":[{"numeric":[">=",100]}]}';
    const { SubscriptionArn } = await service.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE_ARN('q'), Attributes: { FilterPolicy: policy } });
    expect((await service.getSubscriptionAttributes({ SubscriptionArn })).Attributes).toMatchObject({ FilterPolicy: policy, FilterPolicyScope: 'MessageAttributes' });
    await service.setSubscriptionAttributes({ SubscriptionArn, AttributeName: 'FilterPolicy', AttributeValue: '' });
    const { Attributes } = await service.getSubscriptionAttributes({ SubscriptionArn });
    expect([Attributes.FilterPolicy, Attributes.FilterPolicyScope]).toEqual([undefined, undefined]);
  });

  it('refuses a bad filter policy with SNS’s words for each call', async () => {
    const { service } = await withTopic();
    const bad = '{"price":[{"numeric":[">","ten"]}]}';
    const at = '\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 28]';
    expect(await failure(() => service.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE_ARN('q'), Attributes: { FilterPolicy: bad } }))).toMatchObject({
      code: 'InvalidParameterException',
      message: `Invalid parameter: Attributes Reason: FilterPolicy: Value of > must be numeric${at}`,
    });
    const { SubscriptionArn } = await service.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE_ARN('q') });
    expect((await failure(() => service.setSubscriptionAttributes({ SubscriptionArn, AttributeName: 'FilterPolicy', AttributeValue: bad }))).message).toBe(`Invalid parameter: FilterPolicy: Value of > must be numeric${at}`);
    // A body-scoped nested policy cannot move to attributes.
    await service.setSubscriptionAttributes({ SubscriptionArn, AttributeName: 'FilterPolicyScope', AttributeValue: 'MessageBody' });
    await service.setSubscriptionAttributes({ SubscriptionArn, AttributeName: 'FilterPolicy', AttributeValue: '{"order":{"total":[{"numeric":[">",5]}]}}' });
    expect((await failure(() => service.setSubscriptionAttributes({ SubscriptionArn, AttributeName: 'FilterPolicyScope', AttributeValue: 'MessageAttributes' }))).message).toBe(
      'Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy',
    );
    expect((await failure(() => service.setSubscriptionAttributes({ SubscriptionArn, AttributeName: 'FilterPolicyScope', AttributeValue: 'RandomValue' }))).message).toBe(
      'Invalid parameter: FilterPolicyScope: Invalid value [RandomValue]. Please use either MessageBody or MessageAttributes',
    );
  });

  it('checks attributes: names, RawMessageDelivery values, raw delivery for Lambda', async () => {
    const { service } = await withTopic();
    const { SubscriptionArn } = await service.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE_ARN('q') });
    expect((await failure(() => service.setSubscriptionAttributes({ SubscriptionArn, AttributeName: 'Fake', AttributeValue: 'x' }))).message).toBe('Invalid parameter: AttributeName');
    expect((await failure(() => service.setSubscriptionAttributes({ SubscriptionArn, AttributeName: 'RawMessageDelivery', AttributeValue: 'test-ValUe' }))).message).toBe('Invalid parameter: RawMessageDelivery: Invalid value [test-ValUe]. Must be true or false.');
    expect((await failure(() => service.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE_ARN('r'), Attributes: { RawMessageDelivery: 'wrongvalue' } }))).message).toBe(
      'Invalid parameter: Attributes Reason: RawMessageDelivery: Invalid value [wrongvalue]. Must be true or false.',
    );
    expect((await failure(() => service.subscribe({ TopicArn: TOPIC, Protocol: 'lambda', Endpoint: FUNCTION_ARN('f'), Attributes: { RawMessageDelivery: 'true' } }))).message).toBe(
      'Invalid parameter: Attributes Reason: Delivery protocol [lambda] does not support raw message delivery.',
    );
  });

  it('is idempotent for the same endpoint, unless the attributes differ', async () => {
    const { service } = await withTopic();
    const first = await service.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE_ARN('q'), Attributes: { RawMessageDelivery: 'true' } });
    expect(await service.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE_ARN('q') })).toEqual(first);
    expect((await failure(() => service.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE_ARN('q'), Attributes: { RawMessageDelivery: 'false' } }))).message).toBe(
      'Invalid parameter: Attributes Reason: Subscription already exists with different attributes',
    );
  });

  it('refuses endpoints and protocols as SNS does', async () => {
    const { service } = await withTopic();
    const refused = async (Protocol: string, Endpoint: string) => (await failure(() => service.subscribe({ TopicArn: TOPIC, Protocol, Endpoint }))).message;
    expect(await refused('sqs', 'https://sqs.us-east-1.amazonaws.com/123456789012/q')).toBe('Invalid parameter: SQS endpoint ARN');
    expect(await refused('sqs', QUEUE_ARN('q.fifo'))).toBe('Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics');
    expect(await refused('lambda', 'thumbs')).toBe('Invalid parameter: Lambda endpoint ARN');
    expect(await refused('test-protocol', 'x')).toBe('Invalid parameter: Amazon SNS does not support this protocol string: test-protocol');
    expect((await failure(() => service.subscribe({ TopicArn: `${TOPIC}x`, Protocol: 'sqs', Endpoint: QUEUE_ARN('q') }))).code).toBe('NotFoundException');
    await service.createTopic({ Name: 'orders.fifo', Attributes: { FifoTopic: 'true' } });
    expect((await failure(() => service.subscribe({ TopicArn: `${TOPIC}.fifo`, Protocol: 'lambda', Endpoint: FUNCTION_ARN('f') }))).code).toBe('InvalidParameterException');
    expect((await service.subscribe({ TopicArn: `${TOPIC}.fifo`, Protocol: 'sqs', Endpoint: QUEUE_ARN('q.fifo') })).SubscriptionArn).toMatch(/^arn:aws:sns:us-east-1:123456789012:orders\.fifo:/);
  });

  it('unsubscribes idempotently, and refuses malformed subscription ARNs in SNS’s words', async () => {
    const { service } = await withTopic();
    const { SubscriptionArn } = await service.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE_ARN('q') });
    expect(await service.unsubscribe({ SubscriptionArn })).toEqual({});
    expect(await service.unsubscribe({ SubscriptionArn })).toEqual({});
    expect(await failure(() => service.getSubscriptionAttributes({ SubscriptionArn }))).toMatchObject({ code: 'NotFoundException', message: 'Subscription does not exist', statusCode: 404 });
    const message = async (arn: unknown) => (await failure(() => service.unsubscribe({ SubscriptionArn: arn }))).message;
    expect(await message('x')).toBe('Invalid parameter: SubscriptionArn Reason: An ARN must have at least 6 elements, not 1');
    expect(await message('arn:aws:sns:us-east-1:123456789012')).toBe('Invalid parameter: SubscriptionArn Reason: An ARN must have at least 6 elements, not 5');
    expect(await message(TOPIC)).toBe('Invalid parameter: SubscriptionId');
    expect(await message(undefined)).toBe('Invalid parameter: SubscriptionArn Reason: no value for required parameter');
  });

  it('deletes a topic’s subscriptions with it', async () => {
    const { service } = await withTopic();
    await service.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: QUEUE_ARN('q') });
    await service.deleteTopic({ TopicArn: TOPIC });
    expect((await service.listSubscriptions()).Subscriptions).toEqual([]);
  });
});
