// A queue consumer with partial batch failures: Lambda polls the orders queue and invokes the
// function with batches; the function reports the messages it could not process
// (ReportBatchItemFailures), so only those come back. After two receives the queue's redrive policy
// moves a message that keeps failing to the dead-letter queue.
import { queueArn, queueUrl } from '../../engine/services/sqs/definitions';
import { exampleFunction, exampleProject, exampleQueue, exampleRole, testEvent } from './build';
import { expect, logLines, waitFor, type Scenario } from './scenario';

const HANDLER = `// Invoked by Lambda's SQS poller with up to 10 messages. An order without a positive quantity
// fails; it is reported in batchItemFailures, so the other messages of the batch are not retried.
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';

export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const order = JSON.parse(record.body);
      if (!(order.quantity > 0)) throw new Error(\`order \${order.orderId} has no quantity\`);
      console.log(\`processed order \${order.orderId} (\${order.quantity} × \${order.item})\`);
    } catch (error) {
      console.error(\`failed \${record.messageId} (receive \${record.attributes.ApproximateReceiveCount}): \${(error as Error).message}\`);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
`;

const ORDERS = [
  { orderId: 'A-1', item: 'notebook', quantity: 2 },
  { orderId: 'A-2', item: 'pencil', quantity: 0 },
  { orderId: 'A-3', item: 'eraser', quantity: 1 },
];

const project = () => exampleProject('SQS batch failures', {
  functions: [exampleFunction('process-orders', 'Processes orders from the queue; reports the ones it cannot.', HANDLER, {
    timeout: 5,
    testEvents: [testEvent('two-orders', {
      Records: ORDERS.slice(0, 2).map((order, i) => ({
        messageId: `059f36b4-87a3-44ab-83d2-66197561790${i}`, receiptHandle: 'AQEB…', body: JSON.stringify(order),
        attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1765108800000', SenderId: '123456789012', ApproximateFirstReceiveTimestamp: '1765108800001' },
        messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: queueArn('orders'), awsRegion: 'us-east-1',
      })),
    })],
  })],
  queues: [
    // Lambda wants the visibility timeout to be at least the function's timeout.
    exampleQueue('orders', { visibilityTimeout: 10, redrivePolicy: { deadLetterTargetArn: queueArn('orders-dlq'), maxReceiveCount: 2 } }),
    exampleQueue('orders-dlq', { messageRetentionPeriod: 1_209_600 }),
  ],
  eventSourceMappings: [{
    UUID: '5d3c1b8a-2f4e-4a6b-9c8d-7e6f5a4b3c21', FunctionName: 'process-orders', EventSourceArn: queueArn('orders'),
    BatchSize: 10, FunctionResponseTypes: ['ReportBatchItemFailures'],
  }],
  roles: [exampleRole('process-orders', 'AROAEXAMPLEPROCORDR1', [
    { Sid: 'ReadTheQueue', Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Resource: queueArn('orders') },
  ])],
});

export const scenario: Scenario = {
  project,
  async run(api, step) {
    await step('Send three orders, one of them without a quantity', async () => {
      const out = await api.sqs.sendMessageBatch({
        QueueUrl: queueUrl('orders'),
        Entries: ORDERS.map((order) => ({ Id: order.orderId, MessageBody: JSON.stringify(order) })),
      }) as { Successful?: unknown[] };
      expect(out.Successful?.length === 3, `Expected three messages sent, got ${JSON.stringify(out)}`);
      return `SendMessageBatch → 3 messages in orders (${ORDERS.map((o) => `${o.orderId}: quantity ${o.quantity}`).join(', ')})`;
    });
    await step('The poller invokes the function: two processed, one reported as failed', async () => {
      const lines = await waitFor(() => {
        const all = logLines(api, 'process-orders');
        return all.some((l) => l.includes('processed order A-1')) && all.some((l) => l.includes('processed order A-3')) && all.some((l) => l.includes('failed')) ? all : undefined;
      }, 'the batch to be processed');
      return lines.filter((l) => /processed order|failed /.test(l)).map((l) => l.split('\t').pop()!.trim()).join(' · ');
    });
    await step('Fast-forward past the visibility timeout: A-2 is retried, fails again, and moves to the DLQ', async () => {
      const moved = await waitFor(() => {
        // 10 s of visibility timeout pass at once on the playground clock.
        api.clock.advance(11_000);
        return api.sqs.peekMessages('orders-dlq')[0];
      }, 'the failed order in orders-dlq', 30_000);
      expect(moved.body.includes('A-2'), `Expected A-2 in the DLQ, found ${moved.body}`);
      return `orders-dlq holds ${moved.body} after ${moved.receiveCount || 2} receives (maxReceiveCount 2)`;
    });
    await step('Only the failed order was retried; the queue is empty', async () => {
      const counts = api.sqs.messageCounts('orders');
      const processedTwice = logLines(api, 'process-orders').filter((l) => l.includes('processed order A-1')).length;
      expect(counts.visible + counts.inFlight + counts.delayed === 0, `orders still holds ${JSON.stringify(counts)}`);
      expect(processedTwice === 1, 'A-1 should have been processed once: only reported failures come back.');
      return `orders: 0 messages · A-1 and A-3 processed once each`;
    });
  },
};
