// Tests the SAM export of queues, topics and subscriptions, queue triggers, dead-letter queues and
// asynchronous invocation destinations.
import { describe, expect, it } from 'vitest';
import { functionArn } from '../engine/ids';
import { topicArn } from '../engine/services/sns/definitions';
import { queueArn } from '../engine/services/sqs/definitions';
import { exportSamTemplate } from './sam-export';
import { messagingProject } from './sam-messaging-samples';
import { GetAtt, Ref } from './sam-shared';

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;
const texts = (report: { path: string; message: string }[]) => report.map((r) => `${r.path}: ${r.message}`);

describe('SAM export of queues and topics', () => {
  it('writes queues with their settings, the FIFO one and the redrive policy that names its dead-letter queue', () => {
    const resources = exportSamTemplate(messagingProject()).template.Resources as Resources;
    expect(resources.OrdersQueue).toEqual({
      Type: 'AWS::SQS::Queue',
      Properties: { QueueName: 'orders', VisibilityTimeout: 60, RedrivePolicy: { deadLetterTargetArn: new GetAtt('OrdersDlqQueue', 'Arn'), maxReceiveCount: 3 } },
    });
    expect(resources.OrdersDlqQueue).toEqual({ Type: 'AWS::SQS::Queue', Properties: { QueueName: 'orders-dlq', MessageRetentionPeriod: 1_209_600 } });
    expect(resources.PaymentsFifoQueue).toEqual({ Type: 'AWS::SQS::Queue', Properties: { QueueName: 'payments.fifo', FifoQueue: true, ContentBasedDeduplication: true, DelaySeconds: 5 } });
  });

  it("writes a function's subscription as its SNS event and a queue's as a subscription with the queue policy SNS needs", () => {
    const { template, yaml } = exportSamTemplate(messagingProject());
    const resources = template.Resources as Resources;
    expect(resources.NotifyCustomerFunction!.Properties.Events).toEqual({
      OrderEvents: { Type: 'SNS', Properties: { Topic: new Ref('OrderEventsTopic'), FilterPolicy: { store: ['example_corp'], price_usd: [{ numeric: ['>=', 100] }] } } },
    });
    expect(resources.OrderEventsToOrderCopiesSubscription).toEqual({
      Type: 'AWS::SNS::Subscription',
      Properties: {
        TopicArn: new Ref('OrderEventsTopic'), Protocol: 'sqs', Endpoint: new GetAtt('OrderCopiesQueue', 'Arn'),
        FilterPolicyScope: 'MessageBody', FilterPolicy: { status: [{ prefix: 'ship' }] }, RawMessageDelivery: true,
      },
    });
    expect(resources.OrderCopiesQueuePolicy).toEqual({
      Type: 'AWS::SQS::QueuePolicy',
      Properties: {
        Queues: [new Ref('OrderCopiesQueue')],
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: new GetAtt('OrderCopiesQueue', 'Arn'), Condition: { ArnEquals: { 'aws:SourceArn': new Ref('OrderEventsTopic') } } }],
        },
      },
    });
    expect(resources.AlertsTopic).toEqual({ Type: 'AWS::SNS::Topic', Properties: { TopicName: 'alerts', DisplayName: 'Alerts' } });
    expect(yaml).toContain("            FilterPolicy:\n              store:\n                - example_corp\n              price_usd:\n                - numeric:\n                    - '>='\n                    - 100\n");
  });

  it('writes the queue trigger as an SQS event, the dead-letter queue and destinations by reference', () => {
    const { template, yaml } = exportSamTemplate(messagingProject());
    const props = (template.Resources as Resources).ProcessOrderFunction!.Properties;
    expect(props.DeadLetterQueue).toEqual({ Type: 'SQS', TargetArn: new GetAtt('FailedEventsQueue', 'Arn') });
    expect(props.EventInvokeConfig).toEqual({
      MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 1,
      DestinationConfig: { OnSuccess: { Type: 'SQS', Destination: new GetAtt('AuditQueue', 'Arn') }, OnFailure: { Type: 'SNS', Destination: new Ref('AlertsTopic') } },
    });
    expect(props.Events).toEqual({
      Orders: { Type: 'SQS', Properties: { Queue: new GetAtt('OrdersQueue', 'Arn'), BatchSize: 25, MaximumBatchingWindowInSeconds: 5, FunctionResponseTypes: ['ReportBatchItemFailures'], ScalingConfig: { MaximumConcurrency: 5 } } },
    });
    // Events stay last, after EventInvokeConfig.
    expect(Object.keys(props).slice(-3)).toEqual(['DeadLetterQueue', 'EventInvokeConfig', 'Events']);
    expect(yaml).toContain('        Type: SQS\n        TargetArn: !GetAtt FailedEventsQueue.Arn\n');
  });

  it('leaves out what names things the project lacks, and what SAM cannot say, and reports it', () => {
    const doc = messagingProject();
    doc.queues!.push({ name: 'locked', visibilityTimeout: 30, delaySeconds: 0, messageRetentionPeriod: 345_600, maximumMessageSize: 1_048_576, receiveMessageWaitTimeSeconds: 0, createdTimestamp: 0, lastModifiedTimestamp: 0, extraAttributes: { Policy: '{}', KmsMasterKeyId: 'alias/aws/sqs' } });
    doc.topics!.push({ name: 'loose', attributes: {}, subscriptions: [
      { id: 'a', protocol: 'lambda', endpoint: functionArn('gone'), attributes: {} },
      { id: 'b', protocol: 'sqs', endpoint: queueArn('gone'), attributes: {} },
      { id: 'c', protocol: 'lambda', endpoint: functionArn('on-shipment'), attributes: { DeliveryPolicy: '{}' } },
    ] });
    doc.eventSourceMappings!.push({ UUID: 'u', FunctionName: 'process-order', EventSourceArn: queueArn('gone'), BatchSize: 10, Enabled: true });
    doc.eventInvokeConfigs = [
      { FunctionName: 'process-order', Qualifier: '3', MaximumRetryAttempts: 0 },
      { FunctionName: 'on-shipment', DestinationConfig: { OnFailure: { Destination: queueArn('gone') }, OnSuccess: { Destination: 'arn:aws:events:us-east-1:111122223333:event-bus/default' } } },
      { FunctionName: 'nightly-report', DestinationConfig: { OnFailure: { Destination: functionArn('on-shipment', 'live') } } },
    ];
    const { template, report } = exportSamTemplate(doc);
    const resources = template.Resources as Resources;
    expect(resources.LockedQueue!.Properties).toEqual({ QueueName: 'locked', KmsMasterKeyId: 'alias/aws/sqs' });
    expect(resources.OnShipmentFunction!.Properties.EventInvokeConfig).toEqual({ DestinationConfig: { OnSuccess: { Type: 'EventBridge', Destination: 'arn:aws:events:us-east-1:111122223333:event-bus/default' } } });
    expect(resources.NightlyReportFunction!.Properties.EventInvokeConfig).toEqual({ DestinationConfig: { OnFailure: { Type: 'Lambda', Destination: expect.objectContaining({ template: '${OnShipmentFunction.Arn}:live' }) } } });
    expect(Object.keys(resources.OnShipmentFunction!.Properties.Events as object)).toEqual(['Loose', 'Shipments']);
    expect(texts(report)).toEqual(expect.arrayContaining([
      'queues[6] (locked).Policy: not exported: write the queue policy as an AWS::SQS::QueuePolicy',
      `topics[2] (loose).subscriptions[0] (lambda ${functionArn('gone')}): not exported: it targets function gone, which is not in the project`,
      `topics[2] (loose).subscriptions[1] (sqs ${queueArn('gone')}): not exported: queue ${queueArn('gone')} is not in the project`,
      `topics[2] (loose).subscriptions[2] (lambda ${functionArn('on-shipment')}).DeliveryPolicy: not exported: SAM's SNS event has no such property`,
      'eventSourceMappings[1] (process-order): not exported: queue gone is not in the project',
      'eventInvokeConfigs[0] (process-order): not exported: it is for process-order:3, and SAM sets these settings on $LATEST or the auto-published alias only',
      `eventInvokeConfigs[1] (on-shipment).DestinationConfig.OnFailure: not exported: ${queueArn('gone')} is not in the project`,
    ]));
  });

  it('keeps a topic ARN of another account as it is in a dead-letter queue', () => {
    const doc = messagingProject();
    doc.functions[1]!.deadLetterTargetArn = topicArn('alerts').replace('123456789012', '111122223333');
    const props = (exportSamTemplate(doc).template.Resources as Resources).NotifyCustomerFunction!.Properties;
    expect(props.DeadLetterQueue).toEqual({ Type: 'SNS', TargetArn: 'arn:aws:sns:us-east-1:111122223333:alerts' });
  });
});
