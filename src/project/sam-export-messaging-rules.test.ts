// Tests the SAM export of EventBridge rules: Schedule and EventBridgeRule events for a rule with one
// function target, AWS::Events::Rule with permissions for the rest.
import { describe, expect, it } from 'vitest';
import { functionArn } from '../engine/ids';
import { exportSamTemplate } from './sam-export';
import { messagingProject } from './sam-messaging-samples';
import { GetAtt, Ref } from './sam-shared';

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;
const texts = (report: { path: string; message: string }[]) => report.map((r) => `${r.path}: ${r.message}`);

describe('SAM export of rules', () => {
  it('writes a schedule rule as a Schedule event and a pattern rule as an EventBridgeRule event', () => {
    const { template, yaml } = exportSamTemplate(messagingProject());
    const resources = template.Resources as Resources;
    expect(resources.NightlyReportFunction!.Properties.Events).toEqual({
      Nightly: { Type: 'Schedule', Properties: { Schedule: 'cron(0 12 * * ? *)', Name: 'nightly', Description: 'The daily report at noon UTC', Input: '{"report":"daily"}' } },
    });
    expect(resources.OnShipmentFunction!.Properties.Events).toEqual({
      Shipments: {
        Type: 'EventBridgeRule',
        Properties: {
          Pattern: { source: ['shop.shipping'], 'detail-type': ['Shipment Sent'] }, RuleName: 'shipments',
          InputTransformer: { InputPathsMap: { order: '$.detail.orderId' }, InputTemplate: '{"order": <order>, "rule": <aws.events.rule-name>}' },
          Target: { Id: 'on-shipment' }, Enabled: false,
        },
      },
    });
    expect(yaml).toContain("            Schedule: cron(0 12 * * ? *)\n            Name: nightly\n");
    expect(Object.values(resources).filter((r) => r.Type === 'AWS::Events::Rule' || r.Type === 'AWS::Lambda::Permission')).toEqual([]);
  });

  it('says when a Schedule event gives its target another Id, and what an EventBridgeRule event cannot hold', () => {
    const doc = messagingProject();
    doc.rules = [
      { Name: 'nightly', ScheduleExpression: 'rate(1 day)', State: 'ENABLED', Targets: [{ Id: 'nightly-report', Arn: functionArn('nightly-report') }] },
      { Name: 'shipments', EventPattern: '{"source":["shop"]}', State: 'ENABLED', Description: 'Shipping events', Targets: [{ Id: 't', Arn: functionArn('on-shipment') }] },
    ];
    expect(texts(exportSamTemplate(doc).report)).toEqual(expect.arrayContaining([
      'rules[0] (nightly).Targets[0] (nightly-report): its Id becomes NightlyReportFunctionNightlyLambdaTarget: SAM names the target of a Schedule event itself',
      "rules[1] (shipments).Description: not exported: SAM's EventBridgeRule event has no Description",
    ]));
  });

  it('writes other rules as AWS::Events::Rule, with the permission each function target needs', () => {
    const doc = messagingProject();
    doc.rules = [
      {
        Name: 'fan-out', EventPattern: '{"source":["shop"]}', State: 'ENABLED',
        Targets: [{ Id: 'a', Arn: functionArn('on-shipment') }, { Id: 'b', Arn: functionArn('notify-customer'), InputPath: '$.detail' }, { Id: 'c', Arn: functionArn('gone') }],
      },
      { Name: 'hourly', ScheduleExpression: 'rate(1 hour)', State: 'DISABLED', Targets: [{ Id: 'p', Arn: functionArn('nightly-report'), InputPath: '$.time' }] },
      { Name: 'idle', ScheduleExpression: 'rate(5 minutes)', State: 'ENABLED', Targets: [] },
    ];
    const { template, report } = exportSamTemplate(doc);
    const resources = template.Resources as Resources;
    expect(resources.FanOutRule).toEqual({
      Type: 'AWS::Events::Rule',
      Properties: {
        Name: 'fan-out', EventPattern: { source: ['shop'] }, State: 'ENABLED',
        Targets: [{ Id: 'a', Arn: new GetAtt('OnShipmentFunction', 'Arn') }, { Id: 'b', Arn: new GetAtt('NotifyCustomerFunction', 'Arn'), InputPath: '$.detail' }],
      },
    });
    expect(resources.FanOutOnShipmentFunctionPermission).toEqual({
      Type: 'AWS::Lambda::Permission',
      Properties: { Action: 'lambda:InvokeFunction', FunctionName: new Ref('OnShipmentFunction'), Principal: 'events.amazonaws.com', SourceArn: new GetAtt('FanOutRule', 'Arn') },
    });
    expect(resources.FanOutNotifyCustomerFunctionPermission).toBeDefined();
    // A Schedule event's target takes only Input, so a schedule with an InputPath is a rule of its own.
    expect(resources.HourlyRule!.Properties).toEqual({ Name: 'hourly', ScheduleExpression: 'rate(1 hour)', State: 'DISABLED', Targets: [{ Id: 'p', Arn: new GetAtt('NightlyReportFunction', 'Arn'), InputPath: '$.time' }] });
    expect(resources.IdleRule!.Properties).toEqual({ Name: 'idle', ScheduleExpression: 'rate(5 minutes)', State: 'ENABLED' });
    expect(texts(report)).toContain('rules[0] (fan-out).Targets[2] (c): not exported: it targets function gone, which is not in the project');
  });
});
