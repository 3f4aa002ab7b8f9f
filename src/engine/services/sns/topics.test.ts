// Topics: CreateTopic (standard and FIFO, idempotent), their attributes, listing and deleting, with
// SNS's refusals worded as recorded from AWS.
import { describe, expect, it } from 'vitest';
import { failure, snsHarness } from './test-support';

const ARN = 'arn:aws:sns:us-east-1:123456789012';

describe('topics', () => {
  it('creates a topic and reports SNS’s attributes for it', async () => {
    const { service, changes } = snsHarness();
    expect(await service.createTopic({ Name: 'orders', Attributes: { DisplayName: 'Orders' } })).toEqual({ TopicArn: `${ARN}:orders` });
    expect(changes()).toBe(1);
    const { Attributes } = await service.getTopicAttributes({ TopicArn: `${ARN}:orders` });
    expect(Object.keys(Attributes)).toEqual(['Policy', 'Owner', 'SubscriptionsPending', 'TopicArn', 'EffectiveDeliveryPolicy', 'SubscriptionsConfirmed', 'DisplayName', 'SubscriptionsDeleted']);
    expect(Attributes).toMatchObject({ Owner: '123456789012', TopicArn: `${ARN}:orders`, DisplayName: 'Orders', SubscriptionsConfirmed: '0', SubscriptionsPending: '0' });
    expect(JSON.parse(Attributes.Policy!)).toMatchObject({ Version: '2008-10-17', Statement: [{ Sid: '__default_statement_ID', Resource: `${ARN}:orders`, Condition: { StringEquals: { 'AWS:SourceOwner': '123456789012' } } }] });
    expect(JSON.parse(Attributes.EffectiveDeliveryPolicy!).http.defaultHealthyRetryPolicy.numRetries).toBe(3);
  });

  it('is idempotent for the same attributes, and refuses different ones', async () => {
    const { service } = snsHarness();
    await service.createTopic({ Name: 'orders', Attributes: { DisplayName: 'Orders' } });
    expect(await service.createTopic({ Name: 'orders' })).toEqual({ TopicArn: `${ARN}:orders` });
    expect(await service.createTopic({ Name: 'orders', Attributes: { DisplayName: 'Orders' } })).toEqual({ TopicArn: `${ARN}:orders` });
    expect(await failure(() => service.createTopic({ Name: 'orders', Attributes: { DisplayName: 'Other' } }))).toMatchObject({
      code: 'InvalidParameterException',
      message: 'Invalid parameter: Attributes Reason: Topic already exists with different attributes',
      statusCode: 400,
      fields: { Type: 'Sender', Code: 'InvalidParameter' },
    });
  });

  it('names FIFO topics with .fifo and FifoTopic, and only those', async () => {
    const { service } = snsHarness();
    expect(await service.createTopic({ Name: 'orders.fifo', Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' } })).toEqual({ TopicArn: `${ARN}:orders.fifo` });
    const { Attributes } = await service.getTopicAttributes({ TopicArn: `${ARN}:orders.fifo` });
    expect(Attributes).toMatchObject({ FifoTopic: 'true', ContentBasedDeduplication: 'true' });
    for (const input of [{ Name: 'orders2.fifo' }, { Name: 'orders', Attributes: { FifoTopic: 'true' } }, { Name: 'bad name' }, { Name: '' }, { Name: 'x'.repeat(257) }]) {
      expect(await failure(() => service.createTopic(input))).toMatchObject({ code: 'InvalidParameterException', message: 'Invalid parameter: Topic Name' });
    }
    // FifoTopic cannot change after creation (recorded: `Invalid parameter: AttributeName`).
    expect((await failure(() => service.setTopicAttributes({ TopicArn: `${ARN}:orders.fifo`, AttributeName: 'FifoTopic', AttributeValue: 'false' }))).message).toBe('Invalid parameter: AttributeName');
    expect((await failure(() => service.createTopic({}))).code).toBe('ValidationError');
  });

  it('sets one attribute at a time, and lists and deletes topics', async () => {
    const { service } = snsHarness();
    await service.createTopic({ Name: 'b' });
    await service.createTopic({ Name: 'a' });
    await service.setTopicAttributes({ TopicArn: `${ARN}:a`, AttributeName: 'DisplayName', AttributeValue: 'Alerts' });
    expect((await service.getTopicAttributes({ TopicArn: `${ARN}:a` })).Attributes.DisplayName).toBe('Alerts');
    expect(service.findTopicDef('a')?.attributes).toEqual({ DisplayName: 'Alerts' });
    expect(await service.listTopics()).toEqual({ Topics: [{ TopicArn: `${ARN}:a` }, { TopicArn: `${ARN}:b` }] });
    expect(await service.deleteTopic({ TopicArn: `${ARN}:a` })).toEqual({});
    expect(await service.deleteTopic({ TopicArn: `${ARN}:a` })).toEqual({});
    expect(service.listTopicDefs().map((t) => t.name)).toEqual(['b']);
  });

  it('pages ListTopics by 100 with a NextToken', async () => {
    const { service } = snsHarness();
    for (let i = 0; i < 105; i++) await service.createTopic({ Name: `t${String(i).padStart(3, '0')}` });
    const first = await service.listTopics();
    expect(first.Topics).toHaveLength(100);
    const second = await service.listTopics({ NextToken: first.NextToken });
    expect(second.Topics.map((t) => t.TopicArn.split(':').at(-1))).toEqual(['t100', 't101', 't102', 't103', 't104']);
    expect(second.NextToken).toBeUndefined();
  });

  it('refuses ARNs as SNS does: malformed, another region, no such topic', async () => {
    const { service } = snsHarness();
    expect(await failure(() => service.getTopicAttributes({ TopicArn: 'orders' }))).toMatchObject({ code: 'InvalidParameterException', message: 'Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1' });
    expect((await failure(() => service.getTopicAttributes({ TopicArn: 'arn:aws:sns:eu-west-1:123456789012:orders' }))).message).toBe('Invalid parameter: TopicArn');
    expect(await failure(() => service.getTopicAttributes({ TopicArn: `${ARN}:missing` }))).toEqual({
      code: 'NotFoundException',
      message: 'Topic does not exist',
      statusCode: 404,
      fields: { Type: 'Sender', Code: 'NotFound', Error: { Type: 'Sender', Code: 'NotFound', Message: 'Topic does not exist' } },
    });
  });

  it('restores saved topics with their subscriptions, and refuses a saved policy SNS would not accept', async () => {
    const { service } = snsHarness();
    const sub = { id: '5a0f-1', protocol: 'sqs' as const, endpoint: 'arn:aws:sqs:us-east-1:123456789012:q', attributes: { FilterPolicy: '{"a":["x"]}' } };
    await service.importTopic({ name: 'orders', attributes: { DisplayName: 'Orders' }, subscriptions: [sub] });
    expect(service.listTopicDefs()).toEqual([{ name: 'orders', attributes: { DisplayName: 'Orders' }, subscriptions: [sub] }]);
    const broken = { ...sub, attributes: { FilterPolicy: '{"a":[]}' } };
    expect((await failure(() => service.importTopic({ name: 'bad', attributes: {}, subscriptions: [broken] }))).message).toBe('Invalid parameter: FilterPolicy: Empty arrays are not allowed');
  });
});
