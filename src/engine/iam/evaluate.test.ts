import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { parsePolicy, type Policy } from './policy';

const policy = (name: string, ...Statement: object[]): Policy => ({ ...parsePolicy({ Version: '2012-10-17', Statement }), name });
const photos = 'arn:aws:s3:::photos';

const readPhotos = policy('read', { Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: [photos, `${photos}/*`] });

describe('evaluate', () => {
  it('allows what an Allow covers and names the statement', () => {
    expect(evaluate({ policies: [readPhotos], action: 's3:GetObject', resource: `${photos}/cat.jpg` })).toEqual({
      decision: 'allow',
      matchedStatement: { policyName: 'read', policyIndex: 0, statementIndex: 0, sid: 'Read', effect: 'Allow', statement: readPhotos.statements[0] },
    });
  });

  it('implicitly denies what nothing allows', () => {
    expect(evaluate({ policies: [readPhotos], action: 's3:PutObject', resource: `${photos}/cat.jpg` })).toEqual({ decision: 'implicit-deny' });
    expect(evaluate({ policies: [readPhotos], action: 's3:GetObject', resource: 'arn:aws:s3:::docs/a' }).decision).toBe('implicit-deny');
    expect(evaluate({ policies: [], action: 's3:GetObject', resource: `${photos}/a` }).decision).toBe('implicit-deny');
  });

  it('lets an explicit Deny win over any Allow, in whichever policy it is', () => {
    const all = policy('all', { Effect: 'Allow', Action: 's3:*', Resource: '*' });
    const noDelete = policy('guard', { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:Delete*', Resource: `${photos}/*` });
    const result = evaluate({ policies: [all, noDelete], action: 's3:DeleteObject', resource: `${photos}/cat.jpg` });
    expect(result).toMatchObject({ decision: 'explicit-deny', matchedStatement: { policyName: 'guard', sid: 'NoDelete', effect: 'Deny' } });
    expect(evaluate({ policies: [all, noDelete], action: 's3:PutObject', resource: `${photos}/cat.jpg` }).decision).toBe('allow');
  });

  it('matches actions without regard to case and with wildcards', () => {
    const getAny = policy('p', { Effect: 'Allow', Action: 'S3:get*', Resource: '*' });
    expect(evaluate({ policies: [getAny], action: 's3:GetObject', resource: `${photos}/a` }).decision).toBe('allow');
    expect(evaluate({ policies: [getAny], action: 's3:PutObject', resource: `${photos}/a` }).decision).toBe('implicit-deny');
  });

  it('treats bucket and objects as different resources', () => {
    const objectsOnly = policy('p', { Effect: 'Allow', Action: 's3:*', Resource: `${photos}/*` });
    expect(evaluate({ policies: [objectsOnly], action: 's3:ListBucket', resource: photos }).decision).toBe('implicit-deny');
    expect(evaluate({ policies: [objectsOnly], action: 's3:GetObject', resource: `${photos}/a/b` }).decision).toBe('allow');
  });

  it('NotAction allows everything except the listed actions', () => {
    const notIam = policy('p', { Effect: 'Allow', NotAction: ['iam:*', 's3:Delete*'], Resource: '*' });
    expect(evaluate({ policies: [notIam], action: 's3:GetObject', resource: `${photos}/a` }).decision).toBe('allow');
    expect(evaluate({ policies: [notIam], action: 's3:DeleteObject', resource: `${photos}/a` }).decision).toBe('implicit-deny');
    expect(evaluate({ policies: [notIam], action: 'iam:PassRole', resource: '*' }).decision).toBe('implicit-deny');
  });

  it('NotResource covers every resource except the listed ones, also in a Deny', () => {
    const all = policy('all', { Effect: 'Allow', Action: 's3:*', Resource: '*' });
    const onlyPhotos = policy('fence', { Effect: 'Deny', Action: 's3:*', NotResource: [photos, `${photos}/*`] });
    expect(evaluate({ policies: [all, onlyPhotos], action: 's3:GetObject', resource: 'arn:aws:s3:::docs/a' }).decision).toBe('explicit-deny');
    expect(evaluate({ policies: [all, onlyPhotos], action: 's3:GetObject', resource: `${photos}/a` }).decision).toBe('allow');
  });

  it('applies a statement only when its condition holds', () => {
    const homeOnly = policy('p', { Effect: 'Allow', Action: 's3:ListBucket', Resource: photos, Condition: { StringLike: { 's3:prefix': 'home/*' } } });
    expect(evaluate({ policies: [homeOnly], action: 's3:ListBucket', resource: photos, context: { 's3:prefix': 'home/kim/' } }).decision).toBe('allow');
    expect(evaluate({ policies: [homeOnly], action: 's3:ListBucket', resource: photos, context: { 's3:prefix': 'etc/' } }).decision).toBe('implicit-deny');
    expect(evaluate({ policies: [homeOnly], action: 's3:ListBucket', resource: photos }).decision).toBe('implicit-deny');
  });

  it('checks the principal of resource-based statements', () => {
    const fn = 'arn:aws:lambda:us-east-1:123456789012:function:f';
    const s3Only = parsePolicy({ Version: '2012-10-17', Statement: [{ Sid: 's3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: fn }] }, 'resource');
    expect(evaluate({ policies: [s3Only], action: 'lambda:InvokeFunction', resource: fn, principal: { service: 's3.amazonaws.com' } }).decision).toBe('allow');
    expect(evaluate({ policies: [s3Only], action: 'lambda:InvokeFunction', resource: fn, principal: { service: 'sns.amazonaws.com' } }).decision).toBe('implicit-deny');
    expect(evaluate({ policies: [s3Only], action: 'lambda:InvokeFunction', resource: fn }).decision).toBe('implicit-deny');
  });
});
