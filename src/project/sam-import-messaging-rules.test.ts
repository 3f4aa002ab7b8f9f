// Tests the SAM import of Schedule, ScheduleV2 and EventBridgeRule events (the examples of AWS's SAM
// reference as users copy them) and of AWS::Events::Rule, and that invalid ones import nothing.
import { describe, expect, it } from 'vitest';
import { functionArn } from '../engine/ids';
import type { FunctionPolicyDef } from '../engine/iam/function-policy-types';
import { exportSamTemplate } from './sam-export';
import { importSamTemplate } from './sam-import';
import { messagingProject } from './sam-messaging-samples';

const texts = (report: { path: string; message: string }[]) => report.map((r) => `${r.path}: ${r.message}`);
const template = (events: string, resources = '') => `Transform: AWS::Serverless-2016-10-31
Resources:
  Function:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      InlineCode: x
      Events:
${events}
${resources}`;
const imported = (events: string, resources = '') => {
  const result = importSamTemplate({ files: {}, template: template(events, resources) });
  if (!result.ok) throw new Error(result.message);
  return { doc: result.doc, report: texts(result.report) };
};
const refusal = (events: string) => {
  const result = importSamTemplate({ files: {}, template: template(events) });
  return result.ok ? 'imported' : result.message;
};
const FN = functionArn('Function');

describe('SAM import of Schedule and ScheduleV2 events', () => {
  it('reads the Schedule example as a disabled rule named by Name, with the permission SAM adds', () => {
    const { doc, report } = imported(`        CWSchedule:
          Type: Schedule
          Properties:
            Schedule: 'rate(1 minute)'
            Name: TestSchedule
            Description: test schedule
            Enabled: false`);
    expect(doc.rules).toEqual([{ Name: 'TestSchedule', ScheduleExpression: 'rate(1 minute)', State: 'DISABLED', Description: 'test schedule', Targets: [{ Id: 'FunctionCWScheduleLambdaTarget', Arn: FN }] }]);
    expect((doc.permissions as FunctionPolicyDef[])[0]!.statements).toEqual([expect.objectContaining({
      Sid: 'FunctionCWSchedulePermission', Principal: { Service: 'events.amazonaws.com' }, Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:events:us-east-1:123456789012:rule/TestSchedule' } },
    })]);
    expect(report).toEqual([]);
  });

  // Found by sam-import.property.test.ts: an event name with a colon made an invalid statement id, and the import threw.
  it('gives the permission of an event whose name has characters Lambda refuses in a statement id a usable id', () => {
    const { doc } = imported(`        'Shipment:sent':
          Type: EventBridgeRule
          Properties:
            RuleName: shipments
            Pattern: { source: [shop.shipping] }
            Target: { Id: ship }`);
    expect((doc.permissions as FunctionPolicyDef[])[0]!.statements).toEqual([expect.objectContaining({ Sid: 'FunctionShipmentsentPermission' })]);
  });

  it('reads the ScheduleV2 examples as scheduled rules and says what that approximates', () => {
    const { doc, report } = imported(`        ScheduleEvent:
          Type: ScheduleV2
          Properties:
            ScheduleExpression: "rate(1 minute)"
        ComplexScheduleEvent:
          Type: ScheduleV2
          Properties:
            ScheduleExpression: rate(1 minute)
            FlexibleTimeWindow:
              Mode: FLEXIBLE
              MaximumWindowInMinutes: 5
            StartDate: '2022-12-28T12:00:00.000Z'
            EndDate: '2023-01-28T12:00:00.000Z'
            ScheduleExpressionTimezone: UTC
            RetryPolicy:
              MaximumRetryAttempts: 5
              MaximumEventAgeInSeconds: 300
            DeadLetterConfig:
              Type: SQS
        Daily:
          Type: ScheduleV2
          Properties: { ScheduleExpression: 'cron(0 9 * * ? *)', ScheduleExpressionTimezone: Europe/Paris, Input: '{"job":"daily"}', State: DISABLED }
        Once:
          Type: ScheduleV2
          Properties: { ScheduleExpression: 'at(2030-01-01T00:00:00)' }`);
    expect(doc.rules).toEqual([
      { Name: 'FunctionComplexScheduleEvent', ScheduleExpression: 'rate(1 minute)', State: 'ENABLED', Targets: [{ Id: 'FunctionComplexScheduleEventLambdaTarget', Arn: FN }] },
      { Name: 'FunctionDaily', ScheduleExpression: 'cron(0 9 * * ? *)', State: 'DISABLED', Targets: [{ Id: 'FunctionDailyLambdaTarget', Arn: FN, Input: '{"job":"daily"}' }] },
      { Name: 'FunctionScheduleEvent', ScheduleExpression: 'rate(1 minute)', State: 'ENABLED', Targets: [{ Id: 'FunctionScheduleEventLambdaTarget', Arn: FN }] },
    ]);
    const events = 'Resources.Function.Properties.Events';
    const eventless = "with no Input the function receives the rule's Scheduled Event, not what EventBridge Scheduler sends";
    expect(report).toEqual([
      `${events}.ScheduleEvent.Properties: runs as the EventBridge scheduled rule FunctionScheduleEvent (EventBridge Scheduler is not simulated); ${eventless}`,
      `${events}.ComplexScheduleEvent.Properties.DeadLetterConfig: EventBridge's own retries and dead-letter queue are not simulated (Lambda's asynchronous retries are); left out`,
      `${events}.ComplexScheduleEvent.Properties.RetryPolicy: EventBridge's own retries and dead-letter queue are not simulated (Lambda's asynchronous retries are); left out`,
      `${events}.ComplexScheduleEvent.Properties: runs as the EventBridge scheduled rule FunctionComplexScheduleEvent (EventBridge Scheduler is not simulated); ${eventless}; FlexibleTimeWindow is ignored: it fires at the scheduled time, never later in the window; StartDate and EndDate are ignored: it fires from the import on, with no end`,
      `${events}.Daily.Properties: runs as the EventBridge scheduled rule FunctionDaily (EventBridge Scheduler is not simulated); cron expressions run in UTC here, not in Europe/Paris`,
      `${events}.Once.Properties.ScheduleExpression: one-time schedules (at(…)) are not simulated; event left out`,
    ]);
  });

  it('imports nothing for a schedule EventBridge would refuse, saying which field is wrong', () => {
    expect(refusal("        Bad: { Type: Schedule, Properties: { Schedule: 'cron(0 12 * * * *)' } }")).toMatch(
      /^The template was not imported: Resources\.Function\.Properties\.Events\.Bad\.Properties\.Schedule: Parameter ScheduleExpression is not valid\. \(day-of-(month|week): /);
    expect(refusal("        Bad: { Type: ScheduleV2, Properties: { ScheduleExpression: 'rate(1 minutes)' } }")).toBe(
      'The template was not imported: Resources.Function.Properties.Events.Bad.Properties.ScheduleExpression: Parameter ScheduleExpression is not valid. (rate unit: a value of 1 takes the singular unit: rate(1 minute))');
    expect(refusal("        Bad: { Type: Schedule, Properties: { Schedule: 'rate(5 minutes)', Enabled: true, State: ENABLED } }")).toBe(
      'The template was not imported: Resources.Function.Properties.Events.Bad.Properties: State and Enabled Properties cannot both be specified.');
    expect(refusal("        Bad: { Type: Schedule, Properties: { Schedule: 'rate(5 minutes)', Input: '{not json' } }")).toBe(
      'The template was not imported: Resources.Function.Properties.Events.Bad.Properties.Input: Input for target FunctionBadLambdaTarget is not valid JSON text.');
  });
});

describe('SAM import of EventBridgeRule events and AWS::Events::Rule', () => {
  it('reads the EventBridgeRule example: pattern, input, the target Id, and what is not simulated', () => {
    const { doc, report } = imported(`        EBRule:
          Type: EventBridgeRule
          Properties:
            Input: '{"Key": "Value"}'
            Pattern:
              detail:
                state:
                  - terminated
            RetryPolicy:
              MaximumRetryAttempts: 5
              MaximumEventAgeInSeconds: 900
            DeadLetterConfig:
              Type: SQS
              QueueLogicalId: EBRuleDLQ
            Target:
              Id: MyTarget`);
    expect(doc.rules).toEqual([{ Name: 'FunctionEBRule', EventPattern: '{"detail":{"state":["terminated"]}}', State: 'ENABLED', Targets: [{ Id: 'MyTarget', Arn: FN, Input: '{"Key": "Value"}' }] }]);
    expect(report).toEqual([
      "Resources.Function.Properties.Events.EBRule.Properties.DeadLetterConfig: EventBridge's own retries and dead-letter queue are not simulated (Lambda's asynchronous retries are); left out",
      "Resources.Function.Properties.Events.EBRule.Properties.RetryPolicy: EventBridge's own retries and dead-letter queue are not simulated (Lambda's asynchronous retries are); left out",
    ]);
  });

  it('imports nothing for a pattern or an input transformer EventBridge would refuse', () => {
    expect(refusal('        Bad: { Type: EventBridgeRule, Properties: { Pattern: { source: shop } } }')).toMatch(
      /^The template was not imported: Resources\.Function\.Properties\.Events\.Bad\.Properties\.Pattern: Event pattern is not valid\. Reason: "source" must be an object or an array/);
    expect(refusal("        Bad: { Type: EventBridgeRule, Properties: { Pattern: { source: [shop] }, InputTransformer: { InputPathsMap: { id: '$.id' }, InputTemplate: '<nope>' } } }")).toBe(
      'The template was not imported: Resources.Function.Properties.Events.Bad.Properties.InputTransformer: InputTemplate for target FunctionBadLambdaTarget contains invalid placeholder nope.');
    expect(refusal("        Bad: { Type: EventBridgeRule, Properties: { Pattern: '{\"source\": [\"shop\"]}' } }")).toBe(
      "The template was not imported: Resources.Function.Properties.Events.Bad.Properties.Pattern: Type of property 'Pattern' is invalid: it must be an object");
  });

  it('reads an AWS::Events::Rule with its function targets and the permissions the template grants', () => {
    const doc = messagingProject();
    doc.rules = [{ Name: 'fan-out', EventPattern: '{"source":["shop"]}', State: 'ENABLED', Targets: [{ Id: 'a', Arn: functionArn('on-shipment') }, { Id: 'b', Arn: functionArn('notify-customer'), InputPath: '$.detail' }] }];
    doc.permissions = [];
    const result = importSamTemplate({ files: {}, template: exportSamTemplate(doc).yaml });
    if (!result.ok) throw new Error(result.message);
    expect(result.doc.rules).toEqual(doc.rules);
    const permissions = (result.doc.permissions as FunctionPolicyDef[]).map((p) => [p.functionName, p.statements.map((s) => `${s.Sid} ${s.Condition!.ArnLike!['AWS:SourceArn']}`)]);
    expect(permissions).toEqual(expect.arrayContaining([
      ['on-shipment', ['FanOutOnShipmentFunctionPermission arn:aws:events:us-east-1:123456789012:rule/fan-out']],
      ['notify-customer', ['NotifyCustomerFunctionOrderEventsPermission arn:aws:sns:us-east-1:123456789012:order-events', 'FanOutNotifyCustomerFunctionPermission arn:aws:events:us-east-1:123456789012:rule/fan-out']],
    ]));
  });

  it('leaves out targets the playground cannot deliver to, and names a rule after its logical id', () => {
    const { doc, report } = imported('', `  Nightly:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(1 day)
      EventBusName: orders
      Targets:
        - { Id: fn, Arn: !GetAtt Function.Arn, Input: '{"a":1}' }
        - { Id: queue, Arn: !GetAtt Jobs.Arn }
        - { Id: other, Arn: 'arn:aws:lambda:us-east-1:123456789012:function:elsewhere' }
  Jobs: { Type: AWS::SQS::Queue }`);
    expect(doc.rules).toEqual([{ Name: 'Nightly', ScheduleExpression: 'rate(1 day)', State: 'ENABLED', Targets: [{ Id: 'fn', Arn: FN, Input: '{"a":1}' }] }]);
    expect(doc.permissions).toBeUndefined();
    expect(report).toEqual([
      'Resources.Nightly.Properties.EventBusName: the playground has only the default event bus; the rule listens there, not on orders',
      "Resources.Nightly.Properties.Targets[1].Arn: the playground's rules deliver to Lambda functions only; target left out",
      'Resources.Nightly.Properties.Targets[2].Arn: arn:aws:lambda:us-east-1:123456789012:function:elsewhere is not a function of this template; left out',
    ]);
  });
});
