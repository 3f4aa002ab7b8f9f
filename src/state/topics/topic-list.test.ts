// The topic list, the project slice and the forms as SNS input.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { snsTestEngine } from './sns-test-engine';
import { createTopicInput, emptyTopicForm, publishInput, subscribeInput, blankDraft, emptyMessageForm } from './topic-form';
import { TopicList } from './topic-list.svelte';
import { asTopicDef, topicSlice } from './topic-slice';

let engine: Engine;
let list: TopicList;
const notices: string[] = [];

beforeEach(async () => {
  ({ engine } = await snsTestEngine());
  list = new TopicList(engine, (_kind, text) => notices.push(text));
});
afterEach(() => engine.dispose());

describe('the topic list', () => {
  it('creates standard and FIFO topics from the form, selects them, and shows SNS’s refusals', async () => {
    expect(await list.create({ ...emptyTopicForm(), name: 'orders', displayName: 'Orders' })).toBeUndefined();
    expect(list.selected).toBe('orders');
    expect(await list.create({ ...emptyTopicForm(), name: 'payments', fifo: true, contentBasedDeduplication: true })).toBeUndefined();
    expect(list.selected).toBe('payments.fifo');
    expect(list.topics.map((t) => [t.name, t.attributes])).toEqual([
      ['orders', { DisplayName: 'Orders' }],
      ['payments.fifo', { FifoTopic: 'true', ContentBasedDeduplication: 'true' }],
    ]);
    expect(await list.create({ ...emptyTopicForm(), name: 'bad name' })).toBe('InvalidParameterException: Invalid parameter: Topic Name');
  });

  it('follows topics changed elsewhere, and deletes with a notice', async () => {
    await engine.sns.createTopic({ Name: 'alerts' });
    expect(list.topics.map((t) => t.name)).toEqual(['alerts']);
    list.selected = 'alerts';
    expect(await list.delete('alerts')).toBeUndefined();
    expect(list.topics).toEqual([]);
    expect(list.selected).toBeUndefined();
    expect(notices.at(-1)).toBe('Deleted the topic alerts and its subscriptions.');
  });

  it('saves topics in the project document and restores them', async () => {
    await engine.sns.createTopic({ Name: 'orders' });
    await engine.sns.subscribe({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:123456789012:q', Attributes: { FilterPolicy: '{"a":["x"]}' } });
    const saved = topicSlice.read(engine);
    expect(saved).toEqual([{ name: 'orders', attributes: {}, subscriptions: [{ id: expect.any(String), protocol: 'sqs', endpoint: 'arn:aws:sqs:us-east-1:123456789012:q', attributes: { FilterPolicy: '{"a":["x"]}' } }] }]);
    const { engine: other } = await snsTestEngine();
    await topicSlice.restore(other, saved[0]);
    expect(other.sns.listTopicDefs()).toEqual(saved);
    expect(topicSlice.describe(saved[0])).toBe('the topic orders');
    other.dispose();
    // A hand-written topic may leave out attributes and ids.
    expect(asTopicDef({ name: 't', subscriptions: [{ protocol: 'sqs', endpoint: 'e' }] })).toEqual({ name: 't', attributes: {}, subscriptions: [{ id: expect.any(String), protocol: 'sqs', endpoint: 'e', attributes: {} }] });
  });

  it('turns the forms into SNS input', () => {
    expect(createTopicInput({ name: 'jobs', fifo: true, contentBasedDeduplication: false, displayName: '' })).toEqual({ Name: 'jobs.fifo', Attributes: { FifoTopic: 'true' } });
    expect(subscribeInput('orders', { ...blankDraft('f'), qualifier: 'live', filterPolicy: '{"a":["b"]}', scope: 'MessageBody' })).toEqual({
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', Protocol: 'lambda', Endpoint: 'arn:aws:lambda:us-east-1:123456789012:function:f:live',
      ReturnSubscriptionArn: true, Attributes: { FilterPolicy: '{"a":["b"]}', FilterPolicyScope: 'MessageBody' },
    });
    const form = { ...emptyMessageForm(), message: 'm', attributes: [{ name: 'b', type: 'Binary' as const, value: 'AQID' }, { name: '', type: 'String' as const, value: 'ignored' }] };
    expect(publishInput('orders', form)).toEqual({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', Message: 'm', MessageAttributes: { b: { DataType: 'Binary', BinaryValue: new Uint8Array([1, 2, 3]) } } });
  });
});
