import { describe, expect, it } from 'vitest';
import { actionMatches, arnMatches, resourceMatches, wildcardMatch } from './wildcard';

describe('wildcardMatch', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['a*', 'a', true],
    ['a*c', 'abbbc', true],
    ['a*c', 'abbbd', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*', '', true],
    ['**a', 'bba', true],
    ['*a*b*', 'xaybz', true],
    ['*a*b', 'xaybz', false],
    ['a*b*c', 'abcabc', true],
  ])('%s against %s is %s', (pattern, value, expected) => {
    expect(wildcardMatch(pattern, value)).toBe(expected);
  });

  it('treats a * in the value as an ordinary character', () => {
    expect(wildcardMatch('a*', 'a*b')).toBe(true);
    expect(wildcardMatch('a', '*')).toBe(false);
  });
});

describe('actions', () => {
  it('match s3:*, s3:Get* and * without regard to case', () => {
    expect(actionMatches('s3:*', 's3:GetObject')).toBe(true);
    expect(actionMatches('s3:Get*', 's3:GetObject')).toBe(true);
    expect(actionMatches('s3:Get*', 's3:PutObject')).toBe(false);
    expect(actionMatches('S3:getobject', 's3:GetObject')).toBe(true);
    expect(actionMatches('*', 'lambda:InvokeFunction')).toBe(true);
    expect(actionMatches('s3:*Object', 's3:DeleteObject')).toBe(true);
    expect(actionMatches('s3:?etObject', 's3:GetObject')).toBe(true);
    expect(actionMatches('s3:*', 'lambda:InvokeFunction')).toBe(false);
  });
});

describe('resources', () => {
  it('match bucket objects with bucket/* but not the bucket itself', () => {
    expect(resourceMatches('arn:aws:s3:::photos/*', 'arn:aws:s3:::photos/a/b.jpg')).toBe(true);
    expect(resourceMatches('arn:aws:s3:::photos/*', 'arn:aws:s3:::photos')).toBe(false);
    expect(resourceMatches('arn:aws:s3:::photos/*', 'arn:aws:s3:::photos-private/x')).toBe(false);
    expect(resourceMatches('arn:aws:s3:::photo?/*', 'arn:aws:s3:::photos/x')).toBe(true);
  });

  it('are case-sensitive', () => {
    expect(resourceMatches('arn:aws:s3:::Photos/*', 'arn:aws:s3:::photos/x')).toBe(false);
  });

  it('let a trailing * reach across colons (versions and aliases)', () => {
    const fn = 'arn:aws:lambda:us-east-1:123456789012:function:thumb';
    expect(resourceMatches(`${fn}*`, `${fn}:prod`)).toBe(true);
    expect(resourceMatches(fn, `${fn}:prod`)).toBe(false);
    expect(resourceMatches('arn:aws:lambda:*', `${fn}:7`)).toBe(true);
  });
});

describe('arnMatches (ArnLike/ArnEquals)', () => {
  it('compares the six parts one by one, the last keeping its colons', () => {
    expect(arnMatches('arn:aws:s3:::photos', 'arn:aws:s3:::photos')).toBe(true);
    expect(arnMatches('arn:aws:s3:::photo*', 'arn:aws:s3:::photos')).toBe(true);
    expect(arnMatches('arn:aws:execute-api:us-east-1:123456789012:abc/*/GET/items', 'arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/items')).toBe(true);
    expect(arnMatches('arn:aws:lambda:*:*:function:f:prod', 'arn:aws:lambda:us-east-1:1:function:f:prod')).toBe(true);
  });

  it('does not let a wildcard of one part swallow the next', () => {
    const arn = 'arn:aws:s3:us-east-1:123456789012:photos:x';
    expect(wildcardMatch('arn:aws:s3:*:photos:x', arn)).toBe(true);
    expect(arnMatches('arn:aws:s3:*:photos:x', arn)).toBe(false);
    expect(arnMatches('arn:aws:s3:*:*:photos:x', arn)).toBe(true);
  });

  it('refuses values that are not ARNs', () => {
    expect(arnMatches('arn:aws:s3:::photos', 'photos')).toBe(false);
  });
});
