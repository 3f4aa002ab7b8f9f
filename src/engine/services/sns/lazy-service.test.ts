// SNS loaded on first use: empty until an asynchronous call loads it, then the same service.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../testing/fake-ports';
import { lazySnsService } from './lazy-service';

describe('the lazily loaded SNS', () => {
  it('answers empty before any call, then serves every operation from the loaded service', async () => {
    const changes: string[] = [];
    const published: string[] = [];
    const sns = lazySnsService({
      clock: new ManualClock(),
      changed: () => changes.push('topics'),
      invokeLambda: () => {},
      sendToQueue: async () => {},
      published: (_topic, id) => published.push(id),
    });
    expect(sns.listTopicDefs()).toEqual([]);
    expect(sns.findTopicDef('orders')).toBeUndefined();
    const { TopicArn } = await sns.createTopic({ Name: 'orders' });
    expect(sns.listTopicDefs()).toEqual([{ name: 'orders', attributes: {}, subscriptions: [] }]);
    const { MessageId } = await sns.publish({ TopicArn, Message: 'hi' });
    expect([changes, published]).toEqual([['topics'], [MessageId]]);
    await expect(sns.getTopicAttributes({ TopicArn: `${TopicArn}x` })).rejects.toMatchObject({ code: 'NotFoundException' });
  });
});
