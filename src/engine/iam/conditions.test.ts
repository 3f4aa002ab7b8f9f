import { describe, expect, it } from 'vitest';
import { conditionHolds, type ConditionBlock, type RequestContext } from './conditions';

const holds = (block: ConditionBlock, context: RequestContext) => conditionHolds(block, context);
const bucket = 'arn:aws:s3:::photos';

describe('string operators', () => {
  it('StringEquals is exact and case-sensitive; any listed value will do', () => {
    expect(holds({ StringEquals: { 'aws:SourceAccount': ['123456789012'] } }, { 'aws:SourceAccount': '123456789012' })).toBe(true);
    expect(holds({ StringEquals: { 's3:prefix': ['home/', 'public/'] } }, { 's3:prefix': 'public/' })).toBe(true);
    expect(holds({ StringEquals: { 's3:prefix': ['Home/'] } }, { 's3:prefix': 'home/' })).toBe(false);
  });

  it('StringEqualsIgnoreCase and StringNotEqualsIgnoreCase ignore case', () => {
    expect(holds({ StringEqualsIgnoreCase: { 's3:prefix': ['Home/'] } }, { 's3:prefix': 'home/' })).toBe(true);
    expect(holds({ StringNotEqualsIgnoreCase: { 's3:prefix': ['Home/'] } }, { 's3:prefix': 'home/' })).toBe(false);
  });

  it('StringLike takes * and ? wildcards', () => {
    expect(holds({ StringLike: { 's3:prefix': ['home/*'] } }, { 's3:prefix': 'home/kim/' })).toBe(true);
    expect(holds({ StringLike: { 's3:prefix': ['home/?'] } }, { 's3:prefix': 'home/ab' })).toBe(false);
  });

  it('negated operators hold when no listed value matches', () => {
    expect(holds({ StringNotEquals: { 'aws:SourceAccount': ['111122223333'] } }, { 'aws:SourceAccount': '123456789012' })).toBe(true);
    expect(holds({ StringNotEquals: { 'aws:SourceAccount': ['1', '123456789012'] } }, { 'aws:SourceAccount': '123456789012' })).toBe(false);
    expect(holds({ StringNotLike: { 's3:prefix': ['private/*'] } }, { 's3:prefix': 'private/x' })).toBe(false);
  });
});

describe('ARN operators', () => {
  it('ArnLike and ArnEquals compare part by part with wildcards', () => {
    expect(holds({ ArnLike: { 'aws:SourceArn': ['arn:aws:s3:::photo*'] } }, { 'aws:SourceArn': bucket })).toBe(true);
    expect(holds({ ArnEquals: { 'aws:SourceArn': [bucket] } }, { 'aws:SourceArn': bucket })).toBe(true);
    expect(holds({ ArnLike: { 'aws:SourceArn': ['arn:aws:s3:::docs'] } }, { 'aws:SourceArn': bucket })).toBe(false);
    expect(holds({ ArnNotLike: { 'aws:SourceArn': ['arn:aws:s3:::docs'] } }, { 'aws:SourceArn': bucket })).toBe(true);
    expect(holds({ ArnNotEquals: { 'aws:SourceArn': [bucket] } }, { 'aws:SourceArn': bucket })).toBe(false);
  });
});

describe('Bool and Null', () => {
  it('Bool compares true/false without regard to case', () => {
    expect(holds({ Bool: { 'aws:SecureTransport': ['true'] } }, { 'aws:SecureTransport': true })).toBe(true);
    expect(holds({ Bool: { 'aws:SecureTransport': ['FALSE'] } }, { 'aws:SecureTransport': false })).toBe(true);
    expect(holds({ Bool: { 'aws:SecureTransport': ['false'] } }, { 'aws:SecureTransport': true })).toBe(false);
  });

  it('Null tests whether a key is absent', () => {
    expect(holds({ Null: { 'aws:SourceArn': ['true'] } }, {})).toBe(true);
    expect(holds({ Null: { 'aws:SourceArn': ['true'] } }, { 'aws:SourceArn': bucket })).toBe(false);
    expect(holds({ Null: { 'aws:SourceArn': ['false'] } }, { 'aws:SourceArn': bucket })).toBe(true);
  });
});

describe('absent keys', () => {
  it('make positive operators false and negated ones true', () => {
    expect(holds({ StringEquals: { 's3:prefix': ['home/'] } }, {})).toBe(false);
    expect(holds({ ArnLike: { 'aws:SourceArn': ['*'] } }, { 'aws:SourceArn': undefined })).toBe(false);
    expect(holds({ StringNotEquals: { 's3:prefix': ['home/'] } }, {})).toBe(true);
  });

  it('make ...IfExists operators true, and do not change them when the key is there', () => {
    expect(holds({ StringEqualsIfExists: { 's3:prefix': ['home/'] } }, {})).toBe(true);
    expect(holds({ StringEqualsIfExists: { 's3:prefix': ['home/'] } }, { 's3:prefix': 'etc/' })).toBe(false);
  });
});

describe('combining', () => {
  it('ANDs operators and keys, and looks keys up without regard to case', () => {
    const block: ConditionBlock = { StringEquals: { 'AWS:SourceAccount': ['123456789012'] }, ArnLike: { 'AWS:SourceArn': [bucket] } };
    expect(holds(block, { 'aws:SourceAccount': '123456789012', 'aws:SourceArn': bucket })).toBe(true);
    expect(holds(block, { 'aws:SourceAccount': '123456789012', 'aws:SourceArn': 'arn:aws:s3:::docs' })).toBe(false);
    expect(holds(block, { 'aws:SourceArn': bucket })).toBe(false);
  });

  it('a missing block always holds', () => {
    expect(conditionHolds(undefined, {})).toBe(true);
  });
});
