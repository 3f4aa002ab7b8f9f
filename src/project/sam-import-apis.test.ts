import { describe, expect, it } from 'vitest';
import { importSamTemplate } from './sam-import';

const template = (resources: string) => `Transform: AWS::Serverless-2016-10-31\nResources:\n${resources}`;
const FN = `  AuthFunction:
    Type: AWS::Serverless::Function
    Properties: { Handler: index.handler, Runtime: nodejs22.x, InlineCode: x, AutoPublishAlias: live }
`;
const texts = (report: { path: string; message: string }[]) => report.map((r) => `${r.path}: ${r.message}`);

describe('SAM import of APIs', () => {
  it('turns a TOKEN authorizer into a REQUEST one, applies API-wide defaults and reads the alias reference', () => {
    const result = importSamTemplate({ now: 1, files: {}, template: template(`${FN}  Rest:
    Type: AWS::Serverless::Api
    Properties:
      StageName: v1
      Auth:
        DefaultAuthorizer: Token
        ApiKeyRequired: true
        Authorizers:
          Token: { FunctionArn: !Ref AuthFunction.Alias, Identity: { Header: X-Token } }
          Pool: { UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/x }
  UseFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs22.x
      InlineCode: x
      Events:
        A: { Type: Api, Properties: { RestApiId: !Ref Rest, Path: /a, Method: get } }
        B: { Type: Api, Properties: { RestApiId: !Ref Rest, Path: /b, Method: post, Auth: { Authorizer: NONE, ApiKeyRequired: false } } }
`) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const api = result.doc.apis[0]!;
    expect(api).toMatchObject({ id: 'rest', name: 'rest', kind: 'rest', stages: [{ name: 'v1', variables: {} }] });
    expect(api.authorizers).toEqual([{ id: 'token', name: 'token', target: { functionName: 'auth', qualifier: 'live' }, identitySources: ['method.request.header.X-Token'], enableSimpleResponses: false }]);
    expect(api.routes).toEqual([
      { routeKey: 'GET /a', target: { functionName: 'use' }, apiKeyRequired: true, authorizerId: 'token' },
      { routeKey: 'POST /b', target: { functionName: 'use' } },
    ]);
    expect(texts(result.report)).toEqual(expect.arrayContaining([
      'Resources.Rest.Properties.Auth.Authorizers.Token: a TOKEN authorizer becomes a REQUEST authorizer here: it receives the whole request, not just the token',
      'Resources.Rest.Properties.Auth.Authorizers.Pool: only Lambda authorizers are supported (not JWT, Cognito or IAM); left out, so its routes are open here',
    ]));
  });

  it('reads CORS, payload format 1.0 and function URLs with IAM auth', () => {
    const result = importSamTemplate({ now: 1, files: {}, template: template(`  Http:
    Type: AWS::Serverless::HttpApi
    Properties: { StageName: dev, CorsConfiguration: true, FailOnWarnings: true }
  WebFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs22.x
      InlineCode: x
      FunctionUrlConfig: { AuthType: AWS_IAM, Cors: { AllowOrigins: ['*'], MaxAge: 60 } }
      Events:
        Get: { Type: HttpApi, Properties: { ApiId: !Ref Http, Path: /x, Method: GET, PayloadFormatVersion: '1.0' } }
        Again: { Type: HttpApi, Properties: { ApiId: !Ref Http, Path: /x, Method: get } }
`) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [http, url] = result.doc.apis;
    expect(http).toMatchObject({ kind: 'http', payloadFormat: '1.0', stages: [{ name: 'dev' }], cors: { allowOrigins: ['*'], allowMethods: ['*'], allowHeaders: ['*'], exposeHeaders: [] } });
    expect(http!.routes).toEqual([{ routeKey: 'GET /x', target: { functionName: 'web' } }]);
    expect(url).toMatchObject({ kind: 'url', name: 'web-url', routes: [{ routeKey: '$default', target: { functionName: 'web' } }], cors: { allowOrigins: ['*'], maxAge: 60 } });
    expect(texts(result.report)).toEqual(expect.arrayContaining([
      'Resources.Http.Properties.FailOnWarnings: not supported by the playground; left out',
      'Resources.WebFunction.Properties.Events.Again.Properties: route GET /x is already defined on this API; event left out',
      'Resources.WebFunction.Properties.FunctionUrlConfig.AuthType: AWS_IAM auth is not simulated: the URL is open to anyone here',
    ]));
  });
});
