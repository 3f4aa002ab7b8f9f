import { describe, expect, it } from 'vitest';
import { importSamTemplate } from './sam-import';
import { withGlobals } from './sam-import-function';

const texts = (report: { path: string; message: string }[]) => report.map((r) => `${r.path}: ${r.message}`);

describe('SAM import of functions', () => {
  it('lays resource properties over Globals.Function, merging environment variables', () => {
    expect(withGlobals({ Timeout: 10, Environment: { Variables: { A: '1', B: '1' } } }, { Timeout: 20, Environment: { Variables: { B: '2' } } })).toEqual({
      Timeout: 20, Environment: { Variables: { A: '1', B: '2' } },
    });
  });

  it('keeps the name a template gives, and leaves out what the playground cannot run', () => {
    const result = importSamTemplate({ files: {}, template: `Resources:
  Named:
    Type: AWS::Serverless::Function
    Properties: { FunctionName: my_func, Handler: index.handler, Runtime: nodejs24.x, InlineCode: x, EphemeralStorage: { Size: 2048 }, ReservedConcurrentExecutions: 0, Architectures: [arm64] }
  ImageFunction:
    Type: AWS::Serverless::Function
    Properties: { PackageType: Image, ImageUri: x }
  NoHandlerFunction:
    Type: AWS::Serverless::Function
    Properties: { Runtime: nodejs22.x, InlineCode: x }
  OldFunction:
    Type: AWS::Serverless::Function
    Properties: { Handler: index.handler, Runtime: nodejs16.x, InlineCode: x, MemorySize: big }
` });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.functions.map((f) => [f.name, f.runtime, f.memorySize, f.ephemeralStorageMB, f.reservedConcurrency])).toEqual([
      ['my_func', 'nodejs24.x', 128, 2048, 0],
      ['old', 'nodejs16.x', 128, undefined, undefined],
    ]);
    expect(texts(result.report)).toEqual(expect.arrayContaining([
      'Resources.ImageFunction.Properties: container image functions are not supported; function left out',
      'Resources.NoHandlerFunction.Properties.Handler: a function needs a Handler such as app.handler; function left out',
      'Resources.OldFunction.Properties.MemorySize: "big" is not a number; left out',
      'Resources.Named.Properties.Architectures: arm64 makes no difference here; the playground runs the code in the browser',
    ]));
  });
});

describe('SAM import of DeadLetterQueue', () => {
  const functionWith = (deadLetterQueue: string) => `Resources:
  OrdersFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs24.x
      InlineCode: x
      DeadLetterQueue: ${deadLetterQueue}
  OrdersDlq:
    Type: AWS::SQS::Queue
    Properties: { QueueName: orders-dlq }
  Unnamed:
    Type: AWS::SQS::Queue
  Alerts:
    Type: AWS::SNS::Topic
    Properties: { TopicName: alerts }
`;
  const imported = (deadLetterQueue: string) => {
    const result = importSamTemplate({ files: {}, template: functionWith(deadLetterQueue) });
    if (!result.ok) throw new Error(result.message);
    return { fn: result.doc.functions[0]!, report: texts(result.report) };
  };

  it('takes a queue or topic of the template by its name, or an ARN as written', () => {
    expect(imported('{ Type: SQS, TargetArn: !GetAtt OrdersDlq.Arn }').fn.deadLetterTargetArn).toBe('arn:aws:sqs:us-east-1:123456789012:orders-dlq');
    expect(imported('{ Type: SNS, TargetArn: !Ref Alerts }').fn.deadLetterTargetArn).toBe('arn:aws:sns:us-east-1:123456789012:alerts');
    expect(imported("{ Type: SQS, TargetArn: !Sub 'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:jobs' }").fn.deadLetterTargetArn)
      .toBe('arn:aws:sqs:us-east-1:123456789012:jobs');
    const { fn, report } = imported('{ Type: SQS, TargetArn: arn:aws:sqs:eu-west-1:111122223333:elsewhere }');
    expect(fn.deadLetterTargetArn).toBe('arn:aws:sqs:eu-west-1:111122223333:elsewhere');
    // SAM grants its role the call; the playground's function keeps its own role, so the report says what to grant.
    expect(report).toContain('Resources.OrdersFunction.Properties.DeadLetterQueue: the function\'s role must be allowed sqs:SendMessage on arn:aws:sqs:eu-west-1:111122223333:elsewhere (SAM adds that permission); grant it in the Permissions tab');
  });

  it('names a queue without a QueueName as the import names it', () => {
    expect(imported('{ Type: SQS, TargetArn: !GetAtt Unnamed.Arn }').fn.deadLetterTargetArn).toBe('arn:aws:sqs:us-east-1:123456789012:unnamed');
  });

  it('refuses a reference to something that is not the queue or topic Type says', () => {
    expect(importSamTemplate({ files: {}, template: functionWith('{ Type: SNS, TargetArn: !GetAtt OrdersDlq.Arn }') })).toEqual({
      ok: false,
      message: 'The template was not imported: Resources.OrdersFunction.Properties.DeadLetterQueue.TargetArn: must name an SNS topic, but OrdersDlq is an AWS::SQS::Queue',
    });
    expect(importSamTemplate({ files: {}, template: functionWith('{ Type: SQS, TargetArn: !GetAtt Missing.Arn }') })).toEqual({
      ok: false,
      message: 'The template was not imported: Resources.OrdersFunction.Properties.DeadLetterQueue.TargetArn: names Missing.Arn, but the template has no resource Missing',
    });
  });

  it('reports what it cannot keep, and leaves the function without a dead-letter queue', () => {
    const cases: Array<[string, string]> = [
      ['{ Type: Kinesis, TargetArn: arn:aws:kinesis:us-east-1:123456789012:stream/s }', 'Resources.OrdersFunction.Properties.DeadLetterQueue.Type: must be SQS or SNS; dead-letter queue left out'],
      ['{ Type: SNS, TargetArn: arn:aws:sqs:us-east-1:123456789012:orders-dlq }', 'Resources.OrdersFunction.Properties.DeadLetterQueue.TargetArn: arn:aws:sqs:us-east-1:123456789012:orders-dlq is not an SNS ARN; dead-letter queue left out'],
      ['arn:aws:sqs:us-east-1:123456789012:q', 'Resources.OrdersFunction.Properties.DeadLetterQueue: must be { Type, TargetArn }; left out'],
    ];
    for (const [value, message] of cases) {
      const { fn, report } = imported(value);
      expect(fn.deadLetterTargetArn).toBeUndefined();
      expect(report, value).toContain(message);
    }
  });
});
