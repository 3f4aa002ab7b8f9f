// The Subscriptions tab: adding lambda and sqs subscriptions, the permission SNS needs, filter policies checked as typed, editing and removing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { LOGGER, until } from '../shared/state-test-engine';
import { snsTestEngine, type QueuedMessage } from './sns-test-engine';
import { TopicList } from './topic-list.svelte';
import type { TopicSubscriptions } from './topic-subscriptions.svelte';

let engine: Engine;
let queued: QueuedMessage[];
let list: TopicList;
let subs: TopicSubscriptions;
const notices: string[] = [];

beforeEach(async () => {
  ({ engine, queued } = await snsTestEngine());
  list = new TopicList(engine, (_kind, text) => notices.push(text));
  await list.create({ name: 'orders', fifo: false, contentBasedDeduplication: false, displayName: '' });
  subs = list.subscriptions('orders');
});
afterEach(() => engine.dispose());

describe('topic subscriptions', () => {
  it('subscribes a function, then offers the permission SNS needs; once added, messages reach it', async () => {
    await engine.lambda.createFunction({ FunctionName: 'on-order', Code: { Files: { 'index.mjs': LOGGER } } });
    subs.startAdd('on-order');
    expect(await subs.add()).toBe(true);
    expect(subs.missingPermission).toEqual({ functionName: 'on-order' });
    expect(subs.rows).toEqual([expect.objectContaining({ protocol: 'lambda', label: 'λ on-order', snsMayInvoke: false, target: { functionName: 'on-order' } })]);

    expect(subs.allow()).toBe(true);
    expect(subs.missingPermission).toBeUndefined();
    expect(subs.rows[0]!.snsMayInvoke).toBe(true);
    const statement = JSON.parse(engine.lambda.getPolicy({ FunctionName: 'on-order' }).Policy).Statement[0];
    expect(statement).toMatchObject({
      Principal: { Service: 'sns.amazonaws.com' },
      Action: 'lambda:InvokeFunction',
      Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:sns:us-east-1:123456789012:orders' } },
    });

    await engine.sns.publish({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', Message: 'order 1' });
    const line = await until(() => engine.logs.events('/aws/lambda/on-order').find((e) => e.message.includes('EVENT '))?.message);
    const event = JSON.parse(line.slice(line.indexOf('EVENT ') + 6));
    expect(event.Records[0]).toMatchObject({ EventSource: 'aws:sns', EventSubscriptionArn: subs.rows[0]!.arn, Sns: { Message: 'order 1', Subject: null } });
  });

  it('refuses a policy SNS would refuse before asking SNS, saying where it is wrong', async () => {
    subs.startAdd('on-order');
    subs.draft.filterPolicy = '{\n  "price": [{"numeric": [">", "ten"]}]\n}';
    expect(subs.draftProblem).toMatchObject({ reason: 'Value of > must be numeric', path: 'price[0].numeric', location: { line: 2, column: 32 } });
    expect(await subs.add()).toBe(false);
    expect(subs.error).toBe('The filter policy is not valid: Value of > must be numeric (at price[0].numeric, line 2, column 32)');
    subs.draft.filterPolicy = '{"price": [{"numeric": [">", 10]}]}';
    expect(subs.draftProblem).toBeUndefined();
    expect(await subs.add()).toBe(true);
    expect(subs.rows[0]!.filterPolicy).toBe('{"price": [{"numeric": [">", 10]}]}');
  });

  it('subscribes a queue with raw delivery, and passes SNS’s own refusals on', async () => {
    subs.startAdd();
    subs.draft.protocol = 'sqs';
    subs.draft.queueArn = 'https://sqs.us-east-1.amazonaws.com/123456789012/audit';
    expect(await subs.add()).toBe(false);
    expect(subs.error).toBe('InvalidParameterException: Invalid parameter: SQS endpoint ARN');
    subs.draft.queueArn = 'arn:aws:sqs:us-east-1:123456789012:audit';
    subs.draft.rawMessageDelivery = true;
    expect(await subs.add()).toBe(true);
    expect(subs.rows[0]).toMatchObject({ label: 'SQS audit', rawMessageDelivery: true, snsMayInvoke: true });
    await engine.sns.publish({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', Message: 'raw body' });
    expect(queued).toEqual([{ queueArn: 'arn:aws:sqs:us-east-1:123456789012:audit', body: 'raw body' }]);
  });

  it('edits a filter policy and its scope, and removes a subscription', async () => {
    subs.startAdd();
    subs.draft.protocol = 'sqs';
    subs.draft.queueArn = 'arn:aws:sqs:us-east-1:123456789012:audit';
    await subs.add();
    subs.startEdit(subs.rows[0]!);
    subs.editText = '{"order": {"total": [{"numeric": [">", 100]}]}}';
    expect(subs.editProblem?.reason).toBe('Filter policy scope MessageAttributes does not support nested filter policy');
    subs.editScope = 'MessageBody';
    expect(subs.editProblem).toBeUndefined();
    expect(await subs.saveEdit()).toBe(true);
    expect(subs.rows[0]).toMatchObject({ scope: 'MessageBody', filterPolicy: '{"order": {"total": [{"numeric": [">", 100]}]}}' });
    expect(await subs.remove(subs.rows[0]!.arn)).toBe(true);
    expect(subs.rows).toEqual([]);
  });
});
