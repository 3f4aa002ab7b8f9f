// A sample project with queues, topics, rules and their triggers for the SAM export and import tests,
// in the shapes SQS, SNS, EventBridge and Lambda save them (names in order, as the services list them).
import { functionArn } from '../engine/ids';
import { ruleArn } from '../engine/services/eventbridge/definitions';
import { topicArn } from '../engine/services/sns/definitions';
import { QUEUE_DEFAULTS, queueArn } from '../engine/services/sqs/definitions';
import { sampleFunction, smallProject } from './test-samples';
import type { ProjectDoc } from './types';

export const CREATED = 1_780_000_000_000;

const queue = (name: string, settings: Record<string, unknown> = {}) => ({
  name, ...(name.endsWith('.fifo') ? { fifo: true, contentBasedDeduplication: false } : {}), ...QUEUE_DEFAULTS,
  createdTimestamp: CREATED, lastModifiedTimestamp: CREATED, ...settings,
});

/** Orders arrive on a queue (with a dead-letter queue) and fan out through a topic; a schedule and a pattern rule drive reports. */
export function messagingProject(): ProjectDoc {
  const fn = (name: string, extra: Record<string, unknown> = {}) => sampleFunction({ name, testEvents: [], ...extra });
  return {
    ...smallProject(),
    name: 'Order pipeline',
    selected: 'process-order',
    functions: [
      fn('process-order', { deadLetterTargetArn: queueArn('failed-events') }),
      fn('notify-customer'),
      fn('nightly-report'),
      fn('on-shipment'),
    ],
    queues: [
      queue('audit'),
      queue('failed-events', { messageRetentionPeriod: 1_209_600 }),
      queue('order-copies'),
      queue('orders', { visibilityTimeout: 60, redrivePolicy: { deadLetterTargetArn: queueArn('orders-dlq'), maxReceiveCount: 3 } }),
      queue('orders-dlq', { messageRetentionPeriod: 1_209_600 }),
      queue('payments.fifo', { contentBasedDeduplication: true, delaySeconds: 5 }),
    ],
    topics: [
      { name: 'alerts', attributes: { DisplayName: 'Alerts' }, subscriptions: [] },
      {
        name: 'order-events',
        attributes: {},
        subscriptions: [
          { id: 'c0ffee00-0000-4000-8000-00000000000a', protocol: 'lambda', endpoint: functionArn('notify-customer'), attributes: { FilterPolicy: '{"store":["example_corp"],"price_usd":[{"numeric":[">=",100]}]}' } },
          { id: 'c0ffee00-0000-4000-8000-00000000000b', protocol: 'sqs', endpoint: queueArn('order-copies'), attributes: { FilterPolicyScope: 'MessageBody', FilterPolicy: '{"status":[{"prefix":"ship"}]}', RawMessageDelivery: 'true' } },
        ],
      },
    ],
    rules: [
      {
        Name: 'nightly', ScheduleExpression: 'cron(0 12 * * ? *)', State: 'ENABLED', Description: 'The daily report at noon UTC',
        Targets: [{ Id: 'NightlyReportFunctionNightlyLambdaTarget', Arn: functionArn('nightly-report'), Input: '{"report":"daily"}' }],
      },
      {
        Name: 'shipments', EventPattern: '{"source":["shop.shipping"],"detail-type":["Shipment Sent"]}', State: 'DISABLED',
        Targets: [{ Id: 'on-shipment', Arn: functionArn('on-shipment'), InputTransformer: { InputPathsMap: { order: '$.detail.orderId' }, InputTemplate: '{"order": <order>, "rule": <aws.events.rule-name>}' } }],
      },
    ],
    eventSourceMappings: [{
      UUID: 'c0ffee00-0000-4000-8000-000000000001', FunctionName: 'process-order', EventSourceArn: queueArn('orders'), Enabled: true,
      BatchSize: 25, MaximumBatchingWindowInSeconds: 5, FunctionResponseTypes: ['ReportBatchItemFailures'], ScalingConfig: { MaximumConcurrency: 5 },
    }],
    eventInvokeConfigs: [{
      FunctionName: 'process-order', MaximumRetryAttempts: 1, MaximumEventAgeInSeconds: 3600,
      DestinationConfig: { OnSuccess: { Destination: queueArn('audit') }, OnFailure: { Destination: topicArn('alerts') } },
    }],
    permissions: [
      { functionName: 'notify-customer', statements: [{ Sid: 'sns', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: functionArn('notify-customer'), Condition: { ArnLike: { 'AWS:SourceArn': topicArn('order-events') } } }] },
      { functionName: 'nightly-report', statements: [{ Sid: 'events', Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: functionArn('nightly-report'), Condition: { ArnLike: { 'AWS:SourceArn': ruleArn('nightly') } } }] },
    ],
  };
}
