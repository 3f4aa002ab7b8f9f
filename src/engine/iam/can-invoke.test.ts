import { beforeEach, describe, expect, it } from 'vitest';
import { canInvoke } from './can-invoke';
import { FunctionPolicyRegistry } from './function-policy';
import { parsePolicy } from './policy';

const fn = 'arn:aws:lambda:us-east-1:123456789012:function:thumb';
const callerRole = 'arn:aws:iam::123456789012:role/service-role/upload-role-abcd1234';
const callerSession = 'arn:aws:sts::123456789012:assumed-role/upload-role-abcd1234/upload';
const s3From = (bucket: string) => ({ service: 's3.amazonaws.com', sourceArn: `arn:aws:s3:::${bucket}`, sourceAccount: '123456789012' });

let policies: FunctionPolicyRegistry;
beforeEach(() => {
  policies = new FunctionPolicyRegistry(() => {});
});

const add = (input: Partial<Parameters<FunctionPolicyRegistry['addPermission']>[0]>) =>
  policies.addPermission({ FunctionName: 'thumb', StatementId: `s${policies.statementsFor('thumb', input.Qualifier).length}`, Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', ...input });

describe('a service principal', () => {
  it('is refused without a statement, in AWS\'s words', () => {
    expect(canInvoke({ functionPolicy: undefined, functionArn: fn, principal: s3From('photos') })).toEqual({
      allowed: false,
      decision: 'implicit-deny',
      policyType: 'resource-based',
      message: `User: s3.amazonaws.com is not authorized to perform: lambda:InvokeFunction on resource: ${fn} because no resource-based policy allows the lambda:InvokeFunction action`,
    });
  });

  it('is allowed for the bucket its SourceArn names, and only that bucket', () => {
    add({ SourceArn: 'arn:aws:s3:::photos', SourceAccount: '123456789012' });
    const functionPolicy = policies.policyFor('thumb');
    expect(canInvoke({ functionPolicy, functionArn: fn, principal: s3From('photos') })).toMatchObject({ allowed: true, policyType: 'resource-based', matchedStatement: { sid: 's0' } });
    expect(canInvoke({ functionPolicy, functionArn: fn, principal: s3From('docs') }).allowed).toBe(false);
    expect(canInvoke({ functionPolicy, functionArn: fn, principal: { ...s3From('photos'), sourceAccount: '111122223333' } }).allowed).toBe(false);
  });

  it('is allowed for any bucket when the statement has no SourceArn', () => {
    add({});
    expect(canInvoke({ functionPolicy: policies.statementsFor('thumb'), functionArn: fn, principal: s3From('anything') }).allowed).toBe(true);
  });

  it('matches SourceArn wildcards, as ArnLike does', () => {
    add({ SourceArn: 'arn:aws:s3:::photo*' });
    expect(canInvoke({ functionPolicy: policies.policyFor('thumb'), functionArn: fn, principal: s3From('photos-2026') }).allowed).toBe(true);
  });

  it('needs a statement naming that service', () => {
    add({ SourceArn: 'arn:aws:s3:::photos' });
    expect(canInvoke({ functionPolicy: policies.policyFor('thumb'), functionArn: fn, principal: { service: 'sns.amazonaws.com', sourceArn: 'arn:aws:s3:::photos' } }).allowed).toBe(false);
  });

  it('lets API Gateway invoke the routes its SourceArn covers', () => {
    add({ Principal: 'apigateway.amazonaws.com', SourceArn: 'arn:aws:execute-api:us-east-1:123456789012:abc123/*/GET/items/*' });
    const functionPolicy = policies.policyFor('thumb');
    const call = (route: string) => canInvoke({ functionPolicy, functionArn: fn, principal: { service: 'apigateway.amazonaws.com', sourceArn: `arn:aws:execute-api:us-east-1:123456789012:abc123/${route}` } }).allowed;
    expect(call('prod/GET/items/42')).toBe(true);
    expect(call('prod/POST/items/42')).toBe(false);
  });

  it('invoking an alias needs the alias\'s own permission', () => {
    add({ SourceArn: 'arn:aws:s3:::photos' });
    expect(canInvoke({ functionPolicy: policies.policyFor('thumb', 'prod'), functionArn: `${fn}:prod`, principal: s3From('photos') }).allowed).toBe(false);
    add({ SourceArn: 'arn:aws:s3:::photos', Qualifier: 'prod' });
    expect(canInvoke({ functionPolicy: policies.policyFor('thumb', 'prod'), functionArn: `${fn}:prod`, principal: s3From('photos') }).allowed).toBe(true);
  });
});

describe('another function\'s role', () => {
  const identity = (Resource: string, Effect = 'Allow') => [parsePolicy({ Version: '2012-10-17', Statement: [{ Effect, Action: 'lambda:InvokeFunction', Resource }] })];

  it('is refused when neither policy allows it, naming the caller\'s session', () => {
    expect(canInvoke({ functionPolicy: undefined, functionArn: fn, principal: { roleArn: callerRole, sessionArn: callerSession } })).toMatchObject({
      allowed: false,
      decision: 'implicit-deny',
      message: `User: ${callerSession} is not authorized to perform: lambda:InvokeFunction on resource: ${fn} because no identity-based policy allows the lambda:InvokeFunction action`,
    });
  });

  it('is allowed by its own identity policy alone', () => {
    expect(canInvoke({ functionPolicy: undefined, functionArn: fn, principal: { roleArn: callerRole, identityPolicies: identity(fn) } })).toMatchObject({ allowed: true, policyType: 'identity-based' });
  });

  it('is allowed by the function\'s policy naming the role alone', () => {
    add({ Principal: callerRole });
    expect(canInvoke({ functionPolicy: policies.policyFor('thumb'), functionArn: fn, principal: { roleArn: callerRole, sessionArn: callerSession } })).toMatchObject({ allowed: true, policyType: 'resource-based' });
  });

  it('is not allowed by a statement naming only the account, which delegates to the role\'s own policies', () => {
    add({ Principal: '123456789012' });
    const functionPolicy = policies.policyFor('thumb');
    expect(canInvoke({ functionPolicy, functionArn: fn, principal: { roleArn: callerRole } }).allowed).toBe(false);
    expect(canInvoke({ functionPolicy, functionArn: fn, principal: { roleArn: callerRole, identityPolicies: identity(`${fn}*`) } }).allowed).toBe(true);
  });

  it('is refused by an explicit Deny in its own policies, even when the function allows it', () => {
    add({ Principal: callerRole });
    const denied = canInvoke({ functionPolicy: policies.policyFor('thumb'), functionArn: fn, principal: { roleArn: callerRole, sessionArn: callerSession, identityPolicies: identity('*', 'Deny') } });
    expect(denied).toMatchObject({ allowed: false, decision: 'explicit-deny', policyType: 'identity-based' });
    expect(denied.message).toMatch(/ with an explicit deny in an identity-based policy$/);
  });

  it('is refused by a Deny in the function\'s policy, also one naming the account', () => {
    const functionPolicy = parsePolicy({ Version: '2012-10-17', Statement: [{ Sid: 'NoOne', Effect: 'Deny', Principal: { AWS: '123456789012' }, Action: 'lambda:*', Resource: fn }] }, 'resource');
    const result = canInvoke({ functionPolicy, functionArn: fn, principal: { roleArn: callerRole, sessionArn: callerSession, identityPolicies: identity(fn) } });
    expect(result).toMatchObject({ allowed: false, decision: 'explicit-deny', policyType: 'resource-based', matchedStatement: { sid: 'NoOne' } });
    expect(result.message).toMatch(/ with an explicit deny in a resource-based policy$/);
  });

  it('needs a grant covering the qualified ARN to invoke an alias', () => {
    const qualified = `${fn}:prod`;
    expect(canInvoke({ functionPolicy: undefined, functionArn: qualified, principal: { roleArn: callerRole, identityPolicies: identity(fn) } }).allowed).toBe(false);
    expect(canInvoke({ functionPolicy: undefined, functionArn: qualified, principal: { roleArn: callerRole, identityPolicies: identity(`${fn}:*`) } }).allowed).toBe(true);
  });
});
