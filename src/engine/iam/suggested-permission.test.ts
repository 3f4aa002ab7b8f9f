import { describe, expect, it } from 'vitest';
import { canInvoke } from './can-invoke';
import { FunctionPolicyRegistry } from './function-policy';
import { executeApiSourceArn, suggestedPermission } from './suggested-permission';

describe('suggestedPermission', () => {
  it('offers S3 a permission limited to the bucket and the account', () => {
    expect(suggestedPermission({ service: 's3', bucket: 'photos', functionName: 'thumb' })).toEqual({
      FunctionName: 'thumb',
      StatementId: expect.stringMatching(/^s3-trigger-photos-[0-9a-f]{8}$/),
      Action: 'lambda:InvokeFunction',
      Principal: 's3.amazonaws.com',
      SourceArn: 'arn:aws:s3:::photos',
      SourceAccount: '123456789012',
    });
  });

  it('makes a statement id Lambda accepts from any bucket name', () => {
    const { StatementId } = suggestedPermission({ service: 's3', bucket: `my.photos.${'x'.repeat(60)}`, functionName: 'thumb' });
    expect(StatementId).toMatch(/^s3-trigger-my-photos-x+-[0-9a-f]{8}$/);
    expect(StatementId.length).toBeLessThanOrEqual(100);
  });

  it('carries the alias a trigger invokes', () => {
    expect(suggestedPermission({ service: 's3', bucket: 'photos', functionName: 'thumb', qualifier: 'prod' }).Qualifier).toBe('prod');
  });

  it('offers API Gateway a permission for one route on every stage', () => {
    expect(suggestedPermission({ service: 'apigateway', apiId: 'abc123', routeKey: 'GET /items/{id}', functionName: 'api' })).toMatchObject({
      StatementId: expect.stringMatching(/^apigateway-trigger-abc123-[0-9a-f]{8}$/),
      Principal: 'apigateway.amazonaws.com',
      SourceArn: 'arn:aws:execute-api:us-east-1:123456789012:abc123/*/GET/items/*',
    });
    expect(executeApiSourceArn('abc123', 'ANY /{proxy+}')).toBe('arn:aws:execute-api:us-east-1:123456789012:abc123/*/*/*');
    expect(executeApiSourceArn('abc123', '$default')).toBe('arn:aws:execute-api:us-east-1:123456789012:abc123/*/$default');
    expect(executeApiSourceArn('abc123')).toBe('arn:aws:execute-api:us-east-1:123456789012:abc123/*');
  });

  it('offers EventBridge and SNS a permission for their rule and topic', () => {
    expect(suggestedPermission({ service: 'events', ruleName: 'nightly', functionName: 'f' })).toMatchObject({ Principal: 'events.amazonaws.com', SourceArn: 'arn:aws:events:us-east-1:123456789012:rule/nightly' });
    expect(suggestedPermission({ service: 'sns', topicName: 'orders', functionName: 'f' })).toMatchObject({ Principal: 'sns.amazonaws.com', SourceArn: 'arn:aws:sns:us-east-1:123456789012:orders' });
  });

  it('once added, lets exactly that source invoke', () => {
    const policies = new FunctionPolicyRegistry(() => {});
    policies.addPermission(suggestedPermission({ service: 's3', bucket: 'photos', functionName: 'thumb' }));
    const fn = 'arn:aws:lambda:us-east-1:123456789012:function:thumb';
    const from = (bucket: string) => canInvoke({ functionPolicy: policies.policyFor('thumb'), functionArn: fn, principal: { service: 's3.amazonaws.com', sourceArn: `arn:aws:s3:::${bucket}`, sourceAccount: '123456789012' } }).allowed;
    expect(from('photos')).toBe(true);
    expect(from('docs')).toBe(false);
  });
});
