// Fan-out with SNS: one function publishes an order to a topic; SNS delivers a copy to every
// subscriber — two functions (each allowed to be invoked by SNS for this topic) and a queue.
import { functionArn } from '../../engine/ids';
import { queueArn } from '../../engine/services/sqs/definitions';
import { topicArn } from '../../engine/services/sns/definitions';
import { exampleFunction, exampleProject, exampleQueue, exampleRole, servicePermission, testEvent } from './build';
import { expect, invokeJson, logLines, waitFor, type Scenario } from './scenario';

const TOPIC = 'order-placed';

const PLACE_ORDER = `// Publishes the order to the order-placed topic: SNS delivers it to every subscriber.
import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';

const sns = new SNSClient({});

export const handler = async (event: { orderId: string; email: string; items: string[] }) => {
  const { MessageId } = await sns.send(new PublishCommand({
    TopicArn: process.env.TOPIC_ARN,
    Subject: 'Order placed',
    Message: JSON.stringify(event),
    MessageAttributes: { kind: { DataType: 'String', StringValue: 'order' } },
  }));
  return { published: MessageId };
};
`;

const subscriber = (what: string) => `// Subscribed to order-placed: SNS invokes it (asynchronously) with each message.
import type { SNSEvent } from 'aws-lambda';

export const handler = async (event: SNSEvent) => {
  for (const record of event.Records) {
    const order = JSON.parse(record.Sns.Message);
    console.log(\`${what} for order \${order.orderId} (message \${record.Sns.MessageId})\`);
  }
};
`;

const SAMPLE_ORDER = { orderId: 'B-42', email: 'ana@example.com', items: ['notebook', 'pencil'] };

/** An SNS notification as a subscribed function receives it. */
const snsEvent = () => testEvent('order-placed', {
  Records: [{
    EventSource: 'aws:sns', EventVersion: '1.0', EventSubscriptionArn: `${topicArn(TOPIC)}:1f0c6b52-3f5e-4b7a-9a44-0d1f2e3c4b51`,
    Sns: {
      Type: 'Notification', MessageId: '95df01b4-ee98-5cb9-9903-4c221d41eb5e', TopicArn: topicArn(TOPIC), Subject: 'Order placed',
      Message: JSON.stringify(SAMPLE_ORDER), Timestamp: '2026-12-07T12:00:00.000Z', SignatureVersion: '1', Signature: 'EXAMPLE',
      SigningCertUrl: 'EXAMPLE', UnsubscribeUrl: 'EXAMPLE', MessageAttributes: { kind: { Type: 'String', Value: 'order' } },
    },
  }],
});

const project = () => exampleProject('SNS fan-out', {
  functions: [
    exampleFunction('place-order', 'Publishes each order to the order-placed topic.', PLACE_ORDER, {
      environment: { TOPIC_ARN: topicArn(TOPIC) }, testEvents: [testEvent('order', SAMPLE_ORDER)],
    }),
    exampleFunction('send-receipt', 'Subscriber: e-mails a receipt.', subscriber('receipt sent'), { testEvents: [snsEvent()] }),
    exampleFunction('update-stock', 'Subscriber: updates the stock.', subscriber('stock updated'), { testEvents: [snsEvent()] }),
  ],
  topics: [{
    name: TOPIC, attributes: { DisplayName: 'Orders' },
    subscriptions: [
      { id: '1f0c6b52-3f5e-4b7a-9a44-0d1f2e3c4b51', protocol: 'lambda', endpoint: functionArn('send-receipt'), attributes: {} },
      { id: '2a1d7c63-4a6f-4c8b-8b55-1e2f3a4d5c62', protocol: 'lambda', endpoint: functionArn('update-stock'), attributes: {} },
      { id: '3b2e8d74-5b7a-4d9c-9c66-2f3a4b5e6d73', protocol: 'sqs', endpoint: queueArn('order-analytics'), attributes: { RawMessageDelivery: 'true' } },
    ],
  }],
  queues: [exampleQueue('order-analytics')],
  roles: [
    exampleRole('place-order', 'AROAEXAMPLEPLACEORD1', [{ Effect: 'Allow', Action: 'sns:Publish', Resource: topicArn(TOPIC) }]),
    exampleRole('send-receipt', 'AROAEXAMPLESENDRECE1'),
    exampleRole('update-stock', 'AROAEXAMPLEUPDATEST1'),
  ],
  permissions: [
    servicePermission('send-receipt', 'sns-order-placed', 'sns.amazonaws.com', topicArn(TOPIC)),
    servicePermission('update-stock', 'sns-order-placed', 'sns.amazonaws.com', topicArn(TOPIC)),
  ],
});

export const scenario: Scenario = {
  project,
  async run(api, step) {
    let messageId = '';
    await step('place-order publishes one message to order-placed', async () => {
      const { body } = await invokeJson(api, 'place-order', SAMPLE_ORDER);
      expect(typeof body?.published === 'string', `Publish failed: ${JSON.stringify(body)}`);
      messageId = body.published;
      return `Publish → MessageId ${messageId}`;
    });
    for (const [fn, what] of [['send-receipt', 'receipt sent'], ['update-stock', 'stock updated']] as const) {
      await step(`SNS invokes ${fn}`, async () => {
        const line = await waitFor(() => logLines(api, fn).find((l) => l.includes(what) && l.includes(messageId)), `${fn} to be invoked`);
        return line.split('\t').pop()!.trim();
      });
    }
    await step('…and delivers a copy to the order-analytics queue', async () => {
      const message = await waitFor(() => api.sqs.peekMessages('order-analytics')[0], 'the message in order-analytics');
      expect(message.body.includes('B-42'), `Unexpected message body ${message.body}`);
      return `order-analytics: ${message.body} (raw message delivery)`;
    });
  },
};
