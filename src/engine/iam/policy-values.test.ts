import { describe, expect, it } from 'vitest';
import { fromPlain } from './json-source';
import { ProblemList } from './policy-problems';
import { checkAction, checkPrincipal, checkResource, stringList } from './policy-values';

const run = <T>(fn: (problems: ProblemList) => T) => {
  const problems = new ProblemList();
  const result = fn(problems);
  return { result, problems: problems.problems.map((p) => `${p.severity}: ${p.awsMessage || p.message}`) };
};
const node = fromPlain('x');

describe('stringList', () => {
  it('takes a string or a list of strings, giving each its path', () => {
    expect(run((p) => stringList(fromPlain(['a', 'b']), 'Action', p)).result?.map((v) => v.path)).toEqual(['Action[0]', 'Action[1]']);
    expect(run((p) => stringList(fromPlain('a'), 'Action', p)).result?.map((v) => v.path)).toEqual(['Action']);
    expect(run((p) => stringList(fromPlain(['a', 1]), 'Action', p))).toEqual({ result: undefined, problems: ['error: Syntax errors in policy.'] });
  });
});

describe('checkAction', () => {
  it.each([
    ['*', true, []],
    ['s3:GetObject', true, []],
    ['s3:Get*', true, []],
    ['s3-object-lambda:*', true, []],
    ['GetObject', false, ['error: Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.']],
    ['s3:a:b', false, ['error: Actions/Condition can contain only one colon.']],
    ['s*:GetObject', false, ['error: Vendor s* is not valid']],
    ['s3:', true, ['warning: "s3:" names no action, so it matches nothing; use "s3:*" for every action']],
  ])('%s', (action, valid, problems) => {
    expect(run((p) => checkAction(action, 'Action', node, p))).toEqual({ result: valid, problems });
  });
});

describe('checkResource', () => {
  it.each([
    ['*', true, []],
    ['arn:aws:s3:::photos/*', true, []],
    ['arn:aws:lambda:us-east-1:123456789012:function:f:prod', true, []],
    ['arn:aws:logs:*:*:log-group:/aws/lambda/*', true, []],
    ['photos', false, ['error: Resource photos must be in ARN format or "*".']],
    ['arn:azure:s3:::photos', false, ['error: Partition "azure" is not valid for resource "arn:azure:s3:::photos".']],
    ['arn:aws::::x', false, ['error: Resource vendor must be fully qualified and cannot contain regexes.']],
    ['arn:aws:s3', false, ['error: The policy failed legacy parsing']],
    ['arn:aws:s3:eu-west-1::photos', false, ['error: Resource arn:aws:s3:eu-west-1::photos can not contain region information.']],
  ])('%s', (resource, valid, problems) => {
    expect(run((p) => checkResource(resource, 'Resource', node, p))).toEqual({ result: valid, problems });
  });
});

describe('checkPrincipal', () => {
  it('normalises *, services, accounts and IAM ARNs', () => {
    expect(run((p) => checkPrincipal(fromPlain('*'), 'Principal', p)).result).toEqual({ all: true });
    expect(run((p) => checkPrincipal(fromPlain({ AWS: '*' }), 'Principal', p)).result).toEqual({ all: true });
    expect(run((p) => checkPrincipal(fromPlain({ Service: ['s3.amazonaws.com', 'sns.amazonaws.com'] }), 'Principal', p)).result).toEqual({ service: ['s3.amazonaws.com', 'sns.amazonaws.com'] });
    expect(run((p) => checkPrincipal(fromPlain({ AWS: ['123456789012', 'arn:aws:sts::123456789012:assumed-role/r/s'] }), 'Principal', p)).result).toEqual({
      aws: ['arn:aws:iam::123456789012:root', 'arn:aws:sts::123456789012:assumed-role/r/s'],
    });
  });

  it('refuses other forms, marking kinds the playground does not model as unsupported', () => {
    expect(run((p) => checkPrincipal(fromPlain('s3.amazonaws.com'), 'Principal', p)).problems).toEqual(['error: Syntax errors in policy.']);
    const problems = new ProblemList();
    checkPrincipal(fromPlain({ Federated: 'cognito-identity.amazonaws.com' }), 'Principal', problems);
    expect(problems.problems[0]).toMatchObject({ path: 'Principal.Federated', unsupported: true });
  });
});
