import { describe, expect, it } from 'vitest';
import { ApiRegistry } from './api-registry';
import { decide, identityValues } from './authorizer';
import type { ApiRequest } from './request';

const registry = new ApiRegistry(() => {}, () => 0);
const http = registry.createApi({ name: 'h', kind: 'http' });
const rest = registry.createApi({ name: 'r', kind: 'rest' });
const simple = registry.createAuthorizer(http.id, { name: 's', target: { functionName: 'a' }, identitySources: ['$request.header.Authorization', '$request.querystring.tenant'], enableSimpleResponses: true });
const policy = registry.createAuthorizer(rest.id, { name: 'p', target: { functionName: 'a' }, identitySources: [], enableSimpleResponses: false });
const ARN = 'arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/items/1';

const request = (headers: [string, string][], query = ''): ApiRequest => ({
  method: 'GET', path: '/items/1', query, headers, body: undefined, sourceIp: '1.2.3.4', stage: 'prod', apiId: 'abc',
  routeKey: 'GET /items/{id}', pathParameters: { id: '1' }, stageVariables: {}, requestId: 'r', time: 0,
});
const allow = (resource: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ principalId: 'me', policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: resource }] }, ...extra });

describe('identity sources', () => {
  it('collects every source and refuses a request missing one (or sending it empty)', () => {
    expect(identityValues(simple, request([['authorization', 'tok']], 'tenant=acme'))).toEqual(['tok', 'acme']);
    expect(identityValues(simple, request([['authorization', 'tok']]))).toBeUndefined();
    expect(identityValues(simple, request([['authorization', '']], 'tenant=acme'))).toBeUndefined();
  });
});

describe('IAM policy responses', () => {
  it('allows with wildcards in the resource and action', () => {
    expect(decide(rest, policy, allow('arn:aws:execute-api:us-east-1:123456789012:abc/*'), ARN).effect).toBe('allow');
    expect(decide(rest, policy, allow(['arn:aws:execute-api:*:*:abc/prod/GET/items/?']), ARN).effect).toBe('allow');
    const star = JSON.stringify({ principalId: 'me', policyDocument: { Statement: { Action: '*', Effect: 'Allow', Resource: '*' } } });
    expect(decide(rest, policy, star, ARN).effect).toBe('allow');
  });

  it('denies without a matching Allow, and an explicit Deny wins over an Allow', () => {
    expect(decide(rest, policy, allow(`${ARN}/nope`), ARN)).toEqual({ effect: 'deny', explicit: false });
    const both = JSON.stringify({
      principalId: 'me',
      policyDocument: { Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: '*' }, { Action: 'execute-api:*', Effect: 'Deny', Resource: ARN }] },
    });
    expect(decide(rest, policy, both, ARN)).toEqual({ effect: 'deny', explicit: true });
  });

  it('puts principalId and context (as strings, as REST converts them) into requestContext.authorizer', () => {
    const decision = decide(rest, policy, allow('*', { context: { plan: 'pro', n: 2, ok: true } }), ARN);
    expect(decision).toEqual({ effect: 'allow', context: { principalId: 'me', integrationLatency: 0, plan: 'pro', n: '2', ok: 'true' } });
  });

  it('says what is wrong with a malformed response', () => {
    const problem = (json: string) => {
      const d = decide(rest, policy, json, ARN);
      return d.effect === 'invalid' ? d.problem : d.effect;
    };
    expect(problem('not json')).toContain('not JSON');
    expect(problem(JSON.stringify({ policyDocument: {} }))).toContain('principalId');
    expect(problem(JSON.stringify({ principalId: 'me', policyDocument: { Statement: [] } }))).toContain('Statement');
    expect(problem(JSON.stringify({ principalId: 'me', policyDocument: { Statement: [{ Effect: 'Maybe' }] } }))).toContain('Effect');
    expect(problem(allow('*', { context: { nested: { a: 1 } } }))).toContain('context.nested');
  });
});

describe('simple responses (HTTP APIs)', () => {
  it('reads isAuthorized and nests the context under lambda', () => {
    expect(decide(http, simple, JSON.stringify({ isAuthorized: true, context: { user: 'ada' } }), ARN)).toEqual({ effect: 'allow', context: { lambda: { user: 'ada' } } });
    expect(decide(http, simple, JSON.stringify({ isAuthorized: false }), ARN).effect).toBe('deny');
    expect(decide(http, simple, JSON.stringify({ isAuthorized: 'yes' }), ARN).effect).toBe('invalid');
  });
});
