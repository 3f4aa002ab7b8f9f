import { describe, expect, it } from 'vitest';
import { bucketNameProblem, checkBucketName } from './bucket-name';

describe('bucket names', () => {
  it('accepts names that follow every rule', () => {
    for (const name of ['abc', 'my-bucket', 'photos.2026', 'a'.repeat(63), '1-2-3', 'docexamplebucket1']) {
      expect(bucketNameProblem(name), name).toBeUndefined();
    }
  });

  it.each([
    ['ab', 'between 3 and 63'],
    ['a'.repeat(64), 'between 3 and 63'],
    ['My-Bucket', 'lowercase letters'],
    ['my_bucket', 'lowercase letters'],
    ['-bucket', 'begin and end'],
    ['bucket-', 'begin and end'],
    ['bucket.', 'begin and end'],
    ['my..bucket', 'two adjacent periods'],
    ['192.168.5.4', 'IP address'],
    ['xn--bucket', 'prefix xn--'],
    ['sthree-bucket', 'prefix sthree-'],
    ['amzn-s3-demo-bucket', 'prefix amzn-s3-demo-'],
    ['bucket-s3alias', 'suffix -s3alias'],
    ['bucket--ol-s3', 'suffix --ol-s3'],
    ['bucket.mrap', 'suffix .mrap'],
    ['bucket--x-s3', 'suffix --x-s3'],
    ['bucket--table-s3', 'suffix --table-s3'],
  ])('refuses %s (%s)', (name, rule) => {
    expect(bucketNameProblem(name)).toContain(rule);
  });

  it("throws S3's InvalidBucketName with S3's message and the broken rule as Reason", () => {
    expect(() => checkBucketName('Bad_Name')).toThrow(
      expect.objectContaining({
        code: 'InvalidBucketName',
        statusCode: 400,
        message: 'The specified bucket is not valid.',
        fields: expect.objectContaining({ BucketName: 'Bad_Name', Reason: expect.stringContaining('lowercase') }),
      }),
    );
    expect(checkBucketName('good-name')).toBe('good-name');
  });
});
