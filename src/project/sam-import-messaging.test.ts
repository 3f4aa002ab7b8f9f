// Tests the round trip of queues, topics, rules and their triggers through a SAM app, and that the
// engine takes the imported project as it is; and the SAM import of queues and topics written by hand.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/engine';
import type { FunctionPolicyDef } from '../engine/iam/function-policy-types';
import type { EventSourceMappingExport } from '../engine/lambda/event-source-mappings/types';
import type { RuleDef } from '../engine/services/eventbridge/definitions';
import type { TopicDef } from '../engine/services/sns/definitions';
import type { QueueDef } from '../engine/services/sqs/definitions';
import { inProcessSandboxes, nodeCompiler, systemClock } from '../../workers/testing/in-process-ports';
import { exportSamZip } from './sam-export-zip';
import { importSamTemplate } from './sam-import';
import { importSamZip } from './sam-import-zip';
import { CREATED, messagingProject } from './sam-messaging-samples';
import type { ProjectDoc } from './types';

const texts = (report: { path: string; message: string }[]) => report.map((r) => `${r.path}: ${r.message}`);
const withoutIds = (topics: unknown[] | undefined) => (topics as TopicDef[]).map((t) => ({ ...t, subscriptions: t.subscriptions.map(({ id: _id, ...s }) => s) }));
const withoutUuids = (mappings: unknown[] | undefined) => (mappings as EventSourceMappingExport[]).map(({ UUID: _u, ...m }) => m);

function roundTrip(): ProjectDoc {
  const result = importSamZip(exportSamZip(messagingProject()).zip, CREATED);
  if (!result.ok) throw new Error(result.message);
  expect(texts(result.report)).toEqual([
    "Resources.ProcessOrderFunction.Properties.DeadLetterQueue: the function's role must be allowed sqs:SendMessage on arn:aws:sqs:us-east-1:123456789012:failed-events (SAM adds that permission); grant it in the Permissions tab",
    "Resources.OrderCopiesQueuePolicy: queue policies are not simulated (topics and rules deliver to the project's queues without one); left out",
  ]);
  return result.doc;
}

describe('SAM round trip of queues, topics and rules', () => {
  it('gives back the same queues, topics, rules, queue trigger, dead-letter queue and destinations', () => {
    const original = messagingProject();
    const doc = roundTrip();
    expect(doc.queues).toEqual(original.queues);
    expect(withoutIds(doc.topics)).toEqual(withoutIds(original.topics));
    expect(doc.rules).toEqual(original.rules);
    expect(withoutUuids(doc.eventSourceMappings)).toEqual(withoutUuids(original.eventSourceMappings));
    expect(doc.eventInvokeConfigs).toEqual(original.eventInvokeConfigs);
    expect(doc.functions.map((f) => [f.name, f.deadLetterTargetArn])).toEqual(original.functions.map((f) => [f.name, f.deadLetterTargetArn]));
  });

  it('grants SNS and EventBridge the invocations their events make, as SAM does', () => {
    const permissions = roundTrip().permissions as FunctionPolicyDef[];
    expect(permissions.map((p) => [p.functionName, p.statements.map((s) => [s.Sid, (s.Principal as { Service: string }).Service, s.Condition!.ArnLike!['AWS:SourceArn']])])).toEqual([
      ['notify-customer', [['NotifyCustomerFunctionOrderEventsPermission', 'sns.amazonaws.com', 'arn:aws:sns:us-east-1:123456789012:order-events']]],
      ['nightly-report', [['NightlyReportFunctionNightlyPermission', 'events.amazonaws.com', 'arn:aws:events:us-east-1:123456789012:rule/nightly']]],
      ['on-shipment', [['OnShipmentFunctionShipmentsPermission', 'events.amazonaws.com', 'arn:aws:events:us-east-1:123456789012:rule/shipments']]],
    ]);
  });

  it('makes a project the engine restores as it is, slice by slice', async () => {
    const doc = roundTrip();
    const engine = createEngine({ compiler: await nodeCompiler(), sandboxes: inProcessSandboxes().factory, clock: systemClock });
    try {
      for (const fn of doc.functions) await engine.lambda.createFunction({ FunctionName: fn.name, Code: { Files: fn.files } });
      for (const policy of doc.permissions as FunctionPolicyDef[]) engine.iam.policies.import(policy);
      for (const queue of doc.queues as QueueDef[]) await engine.sqs.importQueue(queue);
      for (const topic of doc.topics as TopicDef[]) await engine.sns.importTopic(topic);
      for (const rule of doc.rules as RuleDef[]) await engine.eventbridge.importRule(rule);
      for (const config of doc.eventInvokeConfigs as Parameters<typeof engine.lambda.putFunctionEventInvokeConfig>[0][]) await engine.lambda.putFunctionEventInvokeConfig(config);
      for (const mapping of doc.eventSourceMappings as EventSourceMappingExport[]) await engine.lambda.importEventSourceMapping(mapping);
      expect(engine.sqs.listQueueDefs().map((q) => q.name)).toEqual(['audit', 'failed-events', 'order-copies', 'orders', 'orders-dlq', 'payments.fifo']);
      expect(engine.lambda.exportEventSourceMappings()).toEqual(doc.eventSourceMappings);
      expect((await engine.eventbridge.listRules()).Rules.map((r) => r.Name)).toEqual(['nightly', 'shipments']);
    } finally {
      engine.dispose();
    }
    // Four functions compiled by esbuild-wasm in Node take their time on a busy machine.
  }, 60_000);
});

describe('SAM import of queues and topics', () => {
  it('names queues and topics after their logical ids, FIFO ones with .fifo, and resolves their attributes', () => {
    const result = importSamTemplate({ files: {}, now: CREATED, template: `Transform: AWS::Serverless-2016-10-31
Resources:
  JobsQueue:
    Type: AWS::SQS::Queue
    Properties: { VisibilityTimeout: 120, RedrivePolicy: { deadLetterTargetArn: !GetAtt JobsDlq.Arn, maxReceiveCount: '5' }, Tags: [{ Key: team, Value: a }] }
  JobsDlq: { Type: AWS::SQS::Queue }
  EventsQueue: { Type: AWS::SQS::Queue, Properties: { FifoQueue: true, ContentBasedDeduplication: true, SqsManagedSseEnabled: false } }
  NewsTopic: { Type: AWS::SNS::Topic, Properties: { FifoTopic: 'true', Subscription: [{ Protocol: sqs, Endpoint: !GetAtt EventsQueue.Arn }, { Protocol: email, Endpoint: a@example.com }] } }
  WorkerFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      InlineCode: x
      Environment: { Variables: { JOBS_URL: !Ref JobsQueue, JOBS: !GetAtt JobsQueue.QueueName, NEWS: !Ref NewsTopic, NEWS_NAME: !GetAtt NewsTopic.TopicName, SELF: !GetAtt WorkerFunction.Arn, DLQ: !Sub '\${JobsDlq.Arn}' } }
` });
    if (!result.ok) throw new Error(result.message);
    expect(result.doc.functions[0]!.environment).toEqual({
      JOBS_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs', JOBS: 'jobs',
      NEWS: 'arn:aws:sns:us-east-1:123456789012:news.fifo', NEWS_NAME: 'news.fifo',
      SELF: 'arn:aws:lambda:us-east-1:123456789012:function:worker', DLQ: 'arn:aws:sqs:us-east-1:123456789012:jobs-dlq',
    });
    const queues = result.doc.queues as QueueDef[];
    expect(queues.map((q) => q.name)).toEqual(['events.fifo', 'jobs', 'jobs-dlq']);
    expect(queues[0]).toMatchObject({ fifo: true, contentBasedDeduplication: true, extraAttributes: { SqsManagedSseEnabled: 'false' } });
    expect(queues[1]).toMatchObject({ visibilityTimeout: 120, redrivePolicy: { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:jobs-dlq', maxReceiveCount: 5 } });
    expect(withoutIds(result.doc.topics)).toEqual([{ name: 'news.fifo', attributes: { FifoTopic: 'true' }, subscriptions: [{ protocol: 'sqs', endpoint: 'arn:aws:sqs:us-east-1:123456789012:events.fifo', attributes: {} }] }]);
    expect(texts(result.report)).toEqual([
      'Resources.JobsQueue.Properties.Tags: not supported by the playground; left out',
      'Resources.NewsTopic.Properties.Subscription[1].Endpoint: protocol email: the playground delivers to lambda and sqs subscriptions only; subscription left out',
    ]);
  });

  const refused = (resources: string) => importSamTemplate({ files: {}, template: `Resources:\n${resources}` });

  it('imports nothing when SQS or SNS would refuse a queue, topic or subscription, and says where', () => {
    expect(refused('  Q: { Type: AWS::SQS::Queue, Properties: { RedrivePolicy: { deadLetterTargetArn: !GetAtt Nowhere.Arn, maxReceiveCount: 3 } } }\n')).toEqual({
      ok: false, message: 'The template was not imported: Resources.Q.Properties.RedrivePolicy.deadLetterTargetArn: names Nowhere.Arn, but the template has no resource Nowhere',
    });
    expect(refused('  Q: { Type: AWS::SQS::Queue, Properties: { VisibilityTimeout: 50000 } }\n')).toEqual({
      ok: false, message: 'The template was not imported: Resources.Q.Properties.VisibilityTimeout: Invalid value for the parameter VisibilityTimeout.',
    });
    expect(refused('  Q: { Type: AWS::SQS::Queue, Properties: { QueueName: jobs, FifoQueue: true } }\n')).toMatchObject({
      ok: false, message: expect.stringMatching(/^The template was not imported: Resources\.Q\.Properties\.QueueName: The name of a FIFO queue/),
    });
    expect(refused(`  T: { Type: AWS::SNS::Topic }
  Q: { Type: AWS::SQS::Queue }
  S: { Type: AWS::SNS::Subscription, Properties: { TopicArn: !Ref T, Protocol: sqs, Endpoint: !GetAtt Q.Arn, FilterPolicy: '{"price": [{"numeric": [">", "x"]}]}' } }
`)).toMatchObject({ ok: false, message: expect.stringMatching(/^The template was not imported: Resources\.S\.Properties\.FilterPolicy: Invalid parameter: Attributes Reason: FilterPolicy: /) });
    expect(refused(`  T: { Type: AWS::SNS::Topic }
  S: { Type: AWS::SNS::Subscription, Properties: { TopicArn: !Ref T, Protocol: sqs, Endpoint: !Ref T } }
`)).toEqual({ ok: false, message: 'The template was not imported: Resources.S.Properties.Endpoint: must name an SQS queue, but T is an AWS::SNS::Topic' });
    expect(refused(`  Q: { Type: AWS::SQS::Queue }
  S: { Type: AWS::SNS::Subscription, Properties: { TopicArn: !Ref Q, Protocol: sqs, Endpoint: !GetAtt Q.Arn } }
`)).toEqual({ ok: false, message: 'The template was not imported: Resources.S.Properties.TopicArn: must name an SNS topic, but Q is an AWS::SQS::Queue' });
  });
});
