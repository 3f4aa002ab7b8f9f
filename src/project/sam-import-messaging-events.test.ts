// Tests the SAM import of functions' SQS and SNS events, with the examples of AWS's SAM reference
// (sam-property-function-sqs, sam-property-function-sns) as users copy them.
import { describe, expect, it } from 'vitest';
import type { TopicDef } from '../engine/services/sns/definitions';
import type { QueueDef } from '../engine/services/sqs/definitions';
import { importSamTemplate } from './sam-import';

const NOW = 1_780_000_000_000;
const texts = (report: { path: string; message: string }[]) => report.map((r) => `${r.path}: ${r.message}`);

/** A template with one function whose Events are `events` (indented as in a function), and `resources` beside it. */
function template(events: string, resources = ''): string {
  return `Transform: AWS::Serverless-2016-10-31
Resources:
  MyFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs22.x
      InlineCode: x
      Events:
${events}
${resources}`;
}

const imported = (events: string, resources = '') => {
  const result = importSamTemplate({ files: {}, now: NOW, template: template(events, resources) });
  if (!result.ok) throw new Error(result.message);
  return { doc: result.doc, report: texts(result.report) };
};
const refusal = (events: string, resources = '') => {
  const result = importSamTemplate({ files: {}, now: NOW, template: template(events, resources) });
  return result.ok ? 'imported' : result.message;
};

const MY_SQS_QUEUE = '  MySqsQueue:\n    Type: AWS::SQS::Queue\n';

describe('SAM import of SQS events', () => {
  it('reads the basic example: a queue named by ARN gets a stand-in, and FilterCriteria is reported', () => {
    const { doc, report } = imported(`        SQSEvent:
          Type: SQS
          Properties:
            Queue: arn:aws:sqs:us-west-2:012345678901:my-queue
            BatchSize: 10
            Enabled: false
            FilterCriteria:
              Filters:
                - Pattern: '{"key": ["val1", "val2"]}'`);
    expect(doc.eventSourceMappings).toEqual([{
      UUID: expect.any(String), FunctionName: 'my', EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:my-queue', Enabled: false, BatchSize: 10, MaximumBatchingWindowInSeconds: 0, FunctionResponseTypes: [],
    }]);
    expect((doc.queues as QueueDef[]).map((q) => q.name)).toEqual(['my-queue']);
    expect(report).toEqual([
      'Resources.MyFunction.Properties.Events.SQSEvent.Properties.Queue: arn:aws:sqs:us-west-2:012345678901:my-queue is not a queue of this template; the project gets a queue named my-queue to stand for it',
      'Resources.MyFunction.Properties.Events.SQSEvent.Properties.FilterCriteria: event filtering is not simulated: the mapping is imported without it, so every message reaches the function',
    ]);
  });

  it('reads partial batch reporting and scaling', () => {
    const { doc, report } = imported(`        SQSEvent:
          Type: SQS
          Properties:
            Enabled: true
            FunctionResponseTypes:
              - ReportBatchItemFailures
            Queue: !GetAtt MySqsQueue.Arn
            BatchSize: 10
            ScalingConfig:
              MaximumConcurrency: 10`, MY_SQS_QUEUE);
    expect(doc.eventSourceMappings).toEqual([{
      UUID: expect.any(String), FunctionName: 'my', EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:my-sqs', Enabled: true, BatchSize: 10,
      MaximumBatchingWindowInSeconds: 0, FunctionResponseTypes: ['ReportBatchItemFailures'], ScalingConfig: { MaximumConcurrency: 10 },
    }]);
    expect(report).toEqual([]);
  });

  it('imports nothing when Lambda would refuse the mapping or the queue is not there', () => {
    const queue = '  Jobs:\n    Type: AWS::SQS::Queue\n    Properties: { FifoQueue: true }\n';
    expect(refusal('        E: { Type: SQS, Properties: { Queue: !GetAtt Missing.Arn } }')).toBe(
      'The template was not imported: Resources.MyFunction.Properties.Events.E.Properties.Queue: names Missing.Arn, but the template has no resource Missing');
    expect(refusal('        E: { Type: SQS, Properties: { Queue: !Ref MySqsQueue } }', MY_SQS_QUEUE)).toBe(
      'The template was not imported: Resources.MyFunction.Properties.Events.E.Properties.Queue: !Ref MySqsQueue is not the ARN an SQS queue needs here; write !GetAtt MySqsQueue.Arn');
    expect(refusal('        E: { Type: SQS, Properties: { Queue: !GetAtt Jobs.Arn, MaximumBatchingWindowInSeconds: 5 } }', queue)).toBe(
      'The template was not imported: Resources.MyFunction.Properties.Events.E.Properties: Lambda refuses this event source mapping: Batching window is not supported for FIFO queues.');
    expect(refusal('        E: { Type: SQS, Properties: { Queue: !GetAtt MySqsQueue.Arn, BatchSize: 50 } }', MY_SQS_QUEUE)).toBe(
      'The template was not imported: Resources.MyFunction.Properties.Events.E.Properties: Lambda refuses this event source mapping: Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10');
    expect(refusal('        E: { Type: SQS, Properties: { Queue: not-an-arn } }')).toBe(
      'The template was not imported: Resources.MyFunction.Properties.Events.E.Properties.Queue: "not-an-arn" is not the ARN of an SQS queue');
  });
});

describe('SAM import of SNS events', () => {
  it('reads the reference example: SqsSubscription puts a queue between the topic and the function', () => {
    const { doc, report } = imported(`        SNSEvent:
          Type: SNS
          Properties:
            Topic: arn:aws:sns:us-east-1:123456789012:my_topic
            SqsSubscription: true
            FilterPolicy:
              store:
                - example_corp
              price_usd:
                - numeric:
                    - ">="
                    - 100`);
    const [topic] = doc.topics as TopicDef[];
    expect(topic).toEqual({ name: 'my_topic', attributes: {}, subscriptions: [{
      id: expect.any(String), protocol: 'sqs', endpoint: 'arn:aws:sqs:us-east-1:123456789012:MyFunctionSNSEventQueue',
      attributes: { FilterPolicy: '{"store":["example_corp"],"price_usd":[{"numeric":[">=",100]}]}' },
    }] });
    expect(doc.eventSourceMappings).toEqual([expect.objectContaining({ FunctionName: 'my', EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:MyFunctionSNSEventQueue', BatchSize: 10, Enabled: true })]);
    // The queue is SQS's to deliver to; the function is invoked by the mapping, so SNS needs no permission.
    expect(doc.permissions).toBeUndefined();
    expect(report).toEqual([
      'Resources.MyFunction.Properties.Events.SNSEvent.Properties.Topic: arn:aws:sns:us-east-1:123456789012:my_topic is not a topic of this template; the project gets a topic named my_topic to stand for it',
      'Resources.MyFunction.Properties.Events.SNSEvent.Properties.SqsSubscription: SAM makes a queue between the topic and the function; here it is named MyFunctionSNSEventQueue',
    ]);
  });

  it("subscribes the function to a topic of the template, with SAM's permission for it", () => {
    const { doc } = imported(`        OrderEvents:
          Type: SNS
          Properties:
            Topic: !Ref Orders
            FilterPolicyScope: MessageBody
            FilterPolicy: { total: [{ numeric: [">", 100] }] }`, '  Orders:\n    Type: AWS::SNS::Topic\n');
    expect((doc.topics as TopicDef[])[0]!.subscriptions).toEqual([{
      id: expect.any(String), protocol: 'lambda', endpoint: 'arn:aws:lambda:us-east-1:123456789012:function:my',
      attributes: { FilterPolicyScope: 'MessageBody', FilterPolicy: '{"total":[{"numeric":[">",100]}]}' },
    }]);
    expect(doc.permissions).toEqual([{ functionName: 'my', statements: [{
      Sid: 'MyFunctionOrderEventsPermission', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'lambda:InvokeFunction',
      Resource: 'arn:aws:lambda:us-east-1:123456789012:function:my', Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:sns:us-east-1:123456789012:orders' } },
    }] }]);
  });

  it('imports nothing for a filter policy SNS cannot read, or a topic that is not one', () => {
    const topic = '  Orders:\n    Type: AWS::SNS::Topic\n';
    expect(refusal("        E: { Type: SNS, Properties: { Topic: !Ref Orders, FilterPolicy: '{\"store\": example_corp}' } }", topic)).toMatch(
      /^The template was not imported: Resources\.MyFunction\.Properties\.Events\.E\.Properties\.FilterPolicy: Invalid parameter: Attributes Reason: FilterPolicy: failed to parse JSON\./);
    expect(refusal('        E: { Type: SNS, Properties: { Topic: !Ref Orders, FilterPolicy: { store: example_corp } } }', topic)).toMatch(
      /^The template was not imported: Resources\.MyFunction\.Properties\.Events\.E\.Properties\.FilterPolicy: Invalid parameter: Attributes Reason: FilterPolicy: /);
    expect(refusal('        E: { Type: SNS, Properties: { Topic: !GetAtt MyFunction.Arn } }')).toBe(
      'The template was not imported: Resources.MyFunction.Properties.Events.E.Properties.Topic: must name an SNS topic, but MyFunction is an AWS::Serverless::Function');
  });
});
