import { describe, expect, it } from 'vitest';
import { importSamTemplate } from './sam-import';

describe('SAM import of events', () => {
  it('turns S3 events into notifications of the bucket, whatever form Events takes', () => {
    const result = importSamTemplate({ files: {}, template: `Resources:
  Uploads:
    Type: AWS::S3::Bucket
    Properties: { BucketName: my-uploads, VersioningConfiguration: { Status: Enabled } }
  ResizeFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs22.x
      InlineCode: x
      Environment: { Variables: { BUCKET: !Ref Uploads } }
      Events:
        OnPut: { Type: S3, Properties: { Bucket: !Ref Uploads, Events: 's3:ObjectCreated:Put', Filter: { S3Key: { Rules: [{ Name: suffix, Value: .png }] } } } }
        Elsewhere: { Type: S3, Properties: { Bucket: other-bucket, Events: ['s3:ObjectCreated:*'] } }
        Stream: { Type: Kinesis, Properties: { Stream: arn } }
` });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.buckets).toEqual([{ name: 'my-uploads', notifications: [{ id: 'on-put', events: ['s3:ObjectCreated:Put'], suffix: '.png', target: { functionName: 'resize' } }] }]);
    expect(result.doc.functions[0]!.environment).toEqual({ BUCKET: 'my-uploads' });
    expect(result.report.map((r) => `${r.path}: ${r.message}`)).toEqual(expect.arrayContaining([
      'Resources.Uploads.Properties.VersioningConfiguration: not supported by the playground; left out',
      'Resources.ResizeFunction.Properties.Events.Elsewhere.Properties.Bucket: must be !Ref to an AWS::S3::Bucket of this template; event left out',
      'Resources.ResizeFunction.Properties.Events.Stream: event type Kinesis is not supported yet; left out',
    ]));
  });

  // Found by sam-import.property.test.ts: a Rules that was not a list made the importer throw.
  it('refuses an S3 filter whose Rules is not a list, saying where', () => {
    const result = importSamTemplate({ files: {}, template: `Resources:
  Uploads: { Type: AWS::S3::Bucket }
  ResizeFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs22.x
      InlineCode: x
      Events:
        OnPut: { Type: S3, Properties: { Bucket: !Ref Uploads, Events: 's3:ObjectCreated:*', Filter: { S3Key: { Rules: /items } } } }
` });
    expect(result).toEqual({
      ok: false,
      message: 'The template was not imported: Resources.ResizeFunction.Properties.Events.OnPut.Properties.Filter.S3Key.Rules: must be a list of { Name: prefix | suffix, Value } rules',
    });
  });

  it('needs a path and method on REST events and an API of the right kind', () => {
    const result = importSamTemplate({ files: {}, template: `Resources:
  Http:
    Type: AWS::Serverless::HttpApi
  ApiFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs22.x
      InlineCode: x
      Events:
        NoPath: { Type: Api, Properties: { Method: get } }
        WrongKind: { Type: Api, Properties: { RestApiId: !Ref Http, Path: /a, Method: get } }
` });
    expect(result.ok && result.report.map((r) => `${r.path}: ${r.message}`)).toEqual([
      'Transform: is not AWS::Serverless-2016-10-31: this may not be a SAM template; imported what could be read',
      'Resources.ApiFunction.Properties.Events.NoPath.Properties: needs a Path and a Method; event left out',
      'Resources.ApiFunction.Properties.Events.WrongKind.Properties.RestApiId: must reference an AWS::Serverless::Api of this template; event left out',
    ]);
    // No implicit API is made for an event that is left out.
    expect(result.ok && result.doc.apis.map((a) => a.name)).toEqual(['http']);
  });
});
