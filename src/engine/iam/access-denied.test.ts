import { describe, expect, it } from 'vitest';
import { accessDeniedError, accessDeniedMessage, authorize, s3Requests } from './access-denied';
import { parsePolicy, type Policy } from './policy';
import { lambdaInvokeRequest } from './request-actions';

const session = 'arn:aws:sts::123456789012:assumed-role/thumb-role-a1b2c3d4/thumb';
const roleArn = 'arn:aws:iam::123456789012:role/service-role/thumb-role-a1b2c3d4';

describe('accessDeniedMessage', () => {
  it('words an implicit deny from S3 with the quoted resource and the "because" clause', () => {
    expect(accessDeniedMessage({ principalArn: session, action: 's3:GetObject', resource: 'arn:aws:s3:::photos/cat.jpg', decision: 'implicit-deny' }, 's3')).toBe(
      'User: arn:aws:sts::123456789012:assumed-role/thumb-role-a1b2c3d4/thumb is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::photos/cat.jpg" because no identity-based policy allows the s3:GetObject action',
    );
  });

  it('words an explicit deny', () => {
    expect(accessDeniedMessage({ principalArn: session, action: 's3:PutObject', resource: 'arn:aws:s3:::photos/x', decision: 'explicit-deny' }, 's3')).toBe(
      'User: arn:aws:sts::123456789012:assumed-role/thumb-role-a1b2c3d4/thumb is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::photos/x" with an explicit deny in an identity-based policy',
    );
    expect(accessDeniedMessage({ principalArn: session, action: 's3:PutObject', resource: 'arn:aws:s3:::photos/x', decision: 'explicit-deny', policyType: 'resource-based' }, 's3')).toMatch(
      / with an explicit deny in a resource-based policy$/,
    );
  });

  it('leaves the resource out for s3:ListAllMyBuckets', () => {
    expect(accessDeniedMessage({ principalArn: session, action: 's3:ListAllMyBuckets', resource: '*', decision: 'implicit-deny' }, 's3')).toBe(
      'User: arn:aws:sts::123456789012:assumed-role/thumb-role-a1b2c3d4/thumb is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action',
    );
  });

  it('does not quote the resource for Lambda', () => {
    expect(accessDeniedMessage({ principalArn: session, action: 'lambda:InvokeFunction', resource: 'arn:aws:lambda:us-east-1:123456789012:function:resize', decision: 'implicit-deny' }, 'lambda')).toBe(
      'User: arn:aws:sts::123456789012:assumed-role/thumb-role-a1b2c3d4/thumb is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:123456789012:function:resize because no identity-based policy allows the lambda:InvokeFunction action',
    );
  });
});

describe('accessDeniedError', () => {
  it('uses each service\'s error code and HTTP 403', () => {
    const denial = { principalArn: session, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', decision: 'implicit-deny' as const };
    expect(accessDeniedError(denial, 's3')).toMatchObject({ code: 'AccessDenied', name: 'AccessDenied', statusCode: 403 });
    expect(accessDeniedError(denial, 'lambda')).toMatchObject({ code: 'AccessDeniedException', statusCode: 403 });
  });
});

describe('authorize', () => {
  const policies: Policy[] = [
    parsePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::photos/*' }, { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::thumbs/*' }] }),
  ];

  it('passes when every permission a call needs is allowed', () => {
    const results = authorize({ policies, roleArn, principalArn: session, service: 's3', requests: s3Requests('CopyObject', { Bucket: 'thumbs', Key: 'a', CopySource: 'photos/a' }) });
    expect(results.map((r) => r.decision)).toEqual(['allow', 'allow']);
  });

  it('throws AWS\'s error for the first permission refused, with the evaluation attached', () => {
    const call = () => authorize({ policies, roleArn, principalArn: session, service: 's3', requests: s3Requests('CopyObject', { Bucket: 'photos', Key: 'b', CopySource: 'photos/a' }) });
    expect(call).toThrow(
      expect.objectContaining({
        code: 'AccessDenied',
        message: `User: ${session} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::photos/b" because no identity-based policy allows the s3:PutObject action`,
        evaluation: { decision: 'implicit-deny' },
      }),
    );
  });

  it('gives conditions the caller\'s context keys', () => {
    const ownRoleOnly = [parsePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: '*', Condition: { ArnEquals: { 'aws:PrincipalArn': roleArn }, Bool: { 'aws:SecureTransport': 'true' } } }] })];
    expect(authorize({ policies: ownRoleOnly, roleArn, principalArn: session, service: 'lambda', requests: [lambdaInvokeRequest('resize')] })[0]!.decision).toBe('allow');
    expect(() => authorize({ policies: ownRoleOnly, roleArn: 'arn:aws:iam::123456789012:role/other', principalArn: session, service: 'lambda', requests: [lambdaInvokeRequest('resize')] })).toThrow(
      expect.objectContaining({ code: 'AccessDeniedException' }),
    );
  });
});
