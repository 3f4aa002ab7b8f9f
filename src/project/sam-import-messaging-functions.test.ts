// Tests the SAM import of EventInvokeConfig and DeadLetterQueue (the examples of AWS's SAM reference
// as users copy them) and of AWS::Lambda::Permission.
import { describe, expect, it } from 'vitest';
import { functionArn } from '../engine/ids';
import type { TopicDef } from '../engine/services/sns/definitions';
import type { QueueDef } from '../engine/services/sqs/definitions';
import { importSamTemplate } from './sam-import';

const texts = (report: { path: string; message: string }[]) => report.map((r) => `${r.path}: ${r.message}`);
const template = (properties: string, resources = '') => `Transform: AWS::Serverless-2016-10-31
Resources:
  MyFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      InlineCode: x
${properties}
  DestinationLambda:
    Type: AWS::Serverless::Function
    Properties: { Handler: index.handler, InlineCode: x }
${resources}`;
const run = (properties: string, resources = '') => importSamTemplate({ files: {}, template: template(properties, resources) });
const imported = (properties: string, resources = '') => {
  const result = run(properties, resources);
  if (!result.ok) throw new Error(result.message);
  return { doc: result.doc, report: texts(result.report) };
};

describe('SAM import of EventInvokeConfig', () => {
  it('reads the reference example: an SQS queue by ARN (a stand-in here) and a function of the template', () => {
    const { doc, report } = imported(`      EventInvokeConfig:
        MaximumEventAgeInSeconds: 60
        MaximumRetryAttempts: 2
        DestinationConfig:
          OnSuccess:
            Type: SQS
            Destination: arn:aws:sqs:us-west-2:012345678901:my-queue
          OnFailure:
            Type: Lambda
            Destination: !GetAtt DestinationLambda.Arn`);
    expect(doc.eventInvokeConfigs).toEqual([{
      FunctionName: 'my', MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 60,
      DestinationConfig: { OnSuccess: { Destination: 'arn:aws:sqs:us-east-1:123456789012:my-queue' }, OnFailure: { Destination: functionArn('destination-lambda') } },
    }]);
    expect((doc.queues as QueueDef[]).map((q) => q.name)).toEqual(['my-queue']);
    expect(report).toEqual([
      'Resources.MyFunction.Properties.EventInvokeConfig.DestinationConfig.OnSuccess.Destination: arn:aws:sqs:us-west-2:012345678901:my-queue is not a queue of this template; the project gets a queue named my-queue to stand for it',
    ]);
  });

  it('makes the queue or topic SAM makes when Destination is left out', () => {
    const { doc, report } = imported(`      EventInvokeConfig:
        DestinationConfig:
          OnSuccess:
            Type: SQS
          OnFailure:
            Type: SNS`);
    expect(doc.eventInvokeConfigs).toEqual([{ FunctionName: 'my', DestinationConfig: {
      OnSuccess: { Destination: 'arn:aws:sqs:us-east-1:123456789012:MyFunctionEventInvokeConfigOnSuccessQueue' },
      OnFailure: { Destination: 'arn:aws:sns:us-east-1:123456789012:MyFunctionEventInvokeConfigOnFailureTopic' },
    } }]);
    expect((doc.topics as TopicDef[]).map((t) => t.name)).toEqual(['MyFunctionEventInvokeConfigOnFailureTopic']);
    expect(report).toEqual([
      'Resources.MyFunction.Properties.EventInvokeConfig.DestinationConfig.OnSuccess: SAM makes a queue for this destination; here it is named MyFunctionEventInvokeConfigOnSuccessQueue',
      'Resources.MyFunction.Properties.EventInvokeConfig.DestinationConfig.OnFailure: SAM makes a topic for this destination; here it is named MyFunctionEventInvokeConfigOnFailureTopic',
    ]);
  });

  it('imports nothing for settings SAM or Lambda would refuse', () => {
    const message = (properties: string) => { const result = run(properties); return result.ok ? 'imported' : result.message; };
    expect(message('      EventInvokeConfig: { DestinationConfig: { OnSuccess: { Destination: !GetAtt DestinationLambda.Arn } } }')).toBe(
      "The template was not imported: Resources.MyFunction.Properties.EventInvokeConfig.DestinationConfig.OnSuccess.Type: 'Type: None' must be one of ['SQS', 'SNS', 'EventBridge', 'Lambda', 'S3Bucket']");
    expect(message('      EventInvokeConfig: { DestinationConfig: { OnFailure: { Type: Lambda } } }')).toBe(
      "The template was not imported: Resources.MyFunction.Properties.EventInvokeConfig.DestinationConfig.OnFailure.Destination: Destination is required if Type is not ['SQS', 'SNS']");
    expect(message('      EventInvokeConfig: { DestinationConfig: { OnFailure: { Type: Lambda, Destination: !GetAtt MyFunction.Arn } } }')).toBe(
      "The template was not imported: Resources.MyFunction.Properties.EventInvokeConfig.DestinationConfig.OnFailure.Destination: You can't specify the function as a destination for itself.");
    expect(message('      EventInvokeConfig: { MaximumRetryAttempts: 5 }')).toBe(
      "The template was not imported: Resources.MyFunction.Properties.EventInvokeConfig: 1 validation error detected: Value '5' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value less than or equal to 2");
    expect(message('      EventInvokeConfig: { DestinationConfig: { OnSuccess: { Type: SQS, Destination: !GetAtt Nowhere.Arn } } }')).toBe(
      'The template was not imported: Resources.MyFunction.Properties.EventInvokeConfig.DestinationConfig.OnSuccess.Destination: names Nowhere.Arn, but the template has no resource Nowhere');
  });
});

describe('SAM import of DeadLetterQueue and AWS::Lambda::Permission', () => {
  it('reads the DeadLetterQueue example: an SNS topic of another account, kept as it is', () => {
    const { doc } = imported('      DeadLetterQueue:\n        Type: SNS\n        TargetArn: arn:aws:sns:us-east-2:123456789012:my-topic');
    expect(doc.functions[0]!.deadLetterTargetArn).toBe('arn:aws:sns:us-east-2:123456789012:my-topic');
  });

  it("keeps the template's permissions for functions of the template, in Lambda's statement shape", () => {
    const { doc, report } = imported('', `  Alerts: { Type: AWS::SNS::Topic }
  AlertsPermission:
    Type: AWS::Lambda::Permission
    Properties: { Action: lambda:InvokeFunction, FunctionName: !Ref MyFunction, Principal: sns.amazonaws.com, SourceArn: !Ref Alerts }
  BadPermission:
    Type: AWS::Lambda::Permission
    Properties: { Action: invoke, FunctionName: !GetAtt DestinationLambda.Arn, Principal: sns.amazonaws.com }
  AlertsSubscription:
    Type: AWS::SNS::Subscription
    Properties: { TopicArn: !Ref Alerts, Protocol: lambda, Endpoint: !GetAtt MyFunction.Arn }`);
    expect(doc.permissions).toEqual([{ functionName: 'my', statements: [{
      Sid: 'AlertsPermission', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: functionArn('my'),
      Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:sns:us-east-1:123456789012:alerts' } },
    }] }]);
    expect((doc.topics as TopicDef[])[0]!.subscriptions).toEqual([{ id: expect.any(String), protocol: 'lambda', endpoint: functionArn('my'), attributes: {} }]);
    expect(report).toEqual([
      "Resources.BadPermission.Properties: Lambda refuses this permission (1 validation error detected: Value 'invoke' at 'action' failed to satisfy constraint: Member must satisfy regular expression pattern: (lambda:[*]|lambda:[a-zA-Z]+|[*])); left out",
    ]);
  });
});
