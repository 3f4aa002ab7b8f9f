import { describe, expect, it } from 'vitest';
import { ServiceError } from './errors';
import { throttled } from './lambda/concurrency';
import { noSuchBucket, noSuchKey } from './services/s3/errors';

describe('service errors, shaped as SDK v3 exceptions', () => {
  it('carry a throttle Reason and Type as properties of the error, with $fault and $metadata', () => {
    for (const reason of ['ReservedFunctionConcurrentInvocationLimitExceeded', 'ConcurrentInvocationLimitExceeded'] as const) {
      const error = throttled(reason);
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({
        name: 'TooManyRequestsException', message: 'Rate Exceeded.', Reason: reason, Type: 'User',
        $fault: 'client', $metadata: { httpStatusCode: 429 },
      });
      // The playground's own view stays as it was.
      expect(error).toMatchObject({ code: 'TooManyRequestsException', statusCode: 429, fields: { Reason: reason, Type: 'User' } });
      expect({ ...error }).toMatchObject({ Reason: reason });
    }
  });

  it('carry S3 members (Key, BucketName) as the SDK decorates them', () => {
    expect(noSuchKey('photos/cat.jpg')).toMatchObject({ name: 'NoSuchKey', Key: 'photos/cat.jpg', $metadata: { httpStatusCode: 404 } });
    expect(noSuchBucket('photos')).toMatchObject({ name: 'NoSuchBucket', BucketName: 'photos', $fault: 'client' });
  });

  it('say server for 5xx, and never let a member replace the name, message or code', () => {
    const error = new ServiceError('ServiceException', 'boom', 500, { name: 'x', message: 'y', code: 'z', statusCode: 1, Extra: 1 });
    expect(error).toMatchObject({ name: 'ServiceException', message: 'boom', code: 'ServiceException', statusCode: 500, $fault: 'server', Extra: 1 });
  });
});
