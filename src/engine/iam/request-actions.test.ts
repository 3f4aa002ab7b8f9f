import { describe, expect, it } from 'vitest';
import { lambdaInvokeRequest, s3Requests } from './request-actions';

describe('s3Requests', () => {
  it.each([
    ['GetObject', 's3:GetObject', 'arn:aws:s3:::photos/cats/tom.jpg'],
    ['HeadObject', 's3:GetObject', 'arn:aws:s3:::photos/cats/tom.jpg'],
    ['PutObject', 's3:PutObject', 'arn:aws:s3:::photos/cats/tom.jpg'],
    ['DeleteObject', 's3:DeleteObject', 'arn:aws:s3:::photos/cats/tom.jpg'],
    ['HeadBucket', 's3:ListBucket', 'arn:aws:s3:::photos'],
    ['CreateBucket', 's3:CreateBucket', 'arn:aws:s3:::photos'],
    ['DeleteBucket', 's3:DeleteBucket', 'arn:aws:s3:::photos'],
    ['PutBucketNotificationConfiguration', 's3:PutBucketNotification', 'arn:aws:s3:::photos'],
    ['GetBucketNotificationConfiguration', 's3:GetBucketNotification', 'arn:aws:s3:::photos'],
  ] as const)('%s needs %s on %s', (operation, action, resource) => {
    expect(s3Requests(operation, { Bucket: 'photos', Key: 'cats/tom.jpg' })).toEqual([{ action, resource }]);
  });

  it('ListBuckets needs s3:ListAllMyBuckets on no particular resource', () => {
    expect(s3Requests('ListBuckets')).toEqual([{ action: 's3:ListAllMyBuckets', resource: '*' }]);
  });

  it('ListObjectsV2 needs s3:ListBucket on the bucket, with the listing keys it sets as context', () => {
    expect(s3Requests('ListObjectsV2', { Bucket: 'photos' })).toEqual([{ action: 's3:ListBucket', resource: 'arn:aws:s3:::photos', context: {} }]);
    expect(s3Requests('ListObjectsV2', { Bucket: 'photos', Prefix: 'home/', Delimiter: '/', MaxKeys: 10 })).toEqual([
      { action: 's3:ListBucket', resource: 'arn:aws:s3:::photos', context: { 's3:prefix': 'home/', 's3:delimiter': '/', 's3:max-keys': '10' } },
    ]);
  });

  it('CopyObject reads the source and writes the destination', () => {
    expect(s3Requests('CopyObject', { Bucket: 'thumbs', Key: 'tom.jpg', CopySource: '/photos/cats/tom%20cat.jpg' })).toEqual([
      { action: 's3:GetObject', resource: 'arn:aws:s3:::photos/cats/tom cat.jpg' },
      { action: 's3:PutObject', resource: 'arn:aws:s3:::thumbs/tom.jpg' },
    ]);
    expect(s3Requests('CopyObject', { Bucket: 'thumbs', Key: 'x', CopySource: 'nonsense' })).toEqual([{ action: 's3:PutObject', resource: 'arn:aws:s3:::thumbs/x' }]);
  });

  it('DeleteObjects needs s3:DeleteObject for every key', () => {
    expect(s3Requests('DeleteObjects', { Bucket: 'photos', Delete: { Objects: [{ Key: 'a' }, { Key: 'b/c' }] } })).toEqual([
      { action: 's3:DeleteObject', resource: 'arn:aws:s3:::photos/a' },
      { action: 's3:DeleteObject', resource: 'arn:aws:s3:::photos/b/c' },
    ]);
  });
});

describe('lambdaInvokeRequest', () => {
  it('asks for lambda:InvokeFunction on the ARN used, qualified when a qualifier is', () => {
    expect(lambdaInvokeRequest('thumb')).toEqual({ action: 'lambda:InvokeFunction', resource: 'arn:aws:lambda:us-east-1:123456789012:function:thumb' });
    expect(lambdaInvokeRequest('thumb', 'prod')).toEqual({ action: 'lambda:InvokeFunction', resource: 'arn:aws:lambda:us-east-1:123456789012:function:thumb:prod' });
  });
});
