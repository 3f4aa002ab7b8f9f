// The Publish tab: the form, SNS’s answer or refusal, and where each recent message went.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { snsTestEngine } from './sns-test-engine';
import { TopicList } from './topic-list.svelte';

let engine: Engine;
let list: TopicList;
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:orders';

beforeEach(async () => {
  ({ engine } = await snsTestEngine());
  list = new TopicList(engine, () => {});
  await engine.sns.createTopic({ Name: 'orders' });
  await engine.sns.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:123456789012:images', Attributes: { FilterPolicy: '{"kind":["image"]}' } });
  await engine.sns.subscribe({ TopicArn: TOPIC, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:123456789012:all' });
});
afterEach(() => engine.dispose());

describe('the publish tab', () => {
  it('publishes the form’s message and shows which subscriptions received it and which filtered it out', async () => {
    const publisher = list.publisher('orders');
    publisher.form.message = 'a text';
    publisher.addAttribute();
    publisher.form.attributes[0] = { name: 'kind', type: 'String', value: 'text' };
    expect(await publisher.publish()).toBe(true);
    const [sent] = publisher.recent;
    expect(sent).toMatchObject({
      messageId: publisher.last!.messageId,
      message: 'a text',
      delivered: [{ label: 'SQS all' }],
      filtered: [{ label: 'SQS images' }],
    });
    publisher.form.attributes[0]!.value = 'image';
    await publisher.publish();
    expect(publisher.recent[0]!.delivered.map((d) => d.label)).toEqual(['SQS images', 'SQS all']);
  });

  it('logs messages functions publish too, without their text', async () => {
    await engine.sns.publish({ TopicArn: TOPIC, Message: 'from a function' });
    expect(list.publisher('orders').recent).toEqual([{ messageId: expect.any(String), time: expect.any(Number), delivered: [expect.objectContaining({ label: 'SQS all' })], filtered: [expect.objectContaining({ label: 'SQS images' })] }]);
  });

  it('shows SNS’s refusal, and the FIFO fields a FIFO topic needs', async () => {
    const publisher = list.publisher('orders');
    expect(await publisher.publish()).toBe(false);
    expect(publisher.error).toBe('InvalidParameterException: Invalid parameter: Empty message');
    publisher.form.message = 'x';
    publisher.form.attributes = [{ name: 'b', type: 'Binary', value: '%%' }];
    expect(await publisher.publish()).toBe(false);
    expect(publisher.error).toBe('A Binary attribute’s value is typed as base64 (for example AQID for the bytes 1, 2, 3).');
    expect(publisher.fifo).toBe(false);
    await engine.sns.createTopic({ Name: 'jobs.fifo', Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' } });
    const fifo = list.publisher('jobs.fifo');
    expect(fifo.fifo).toBe(true);
    fifo.form.message = 'job';
    fifo.form.messageGroupId = 'g1';
    expect(await fifo.publish()).toBe(true);
    expect(fifo.last?.sequenceNumber).toMatch(/^\d{20}$/);
  });
});
