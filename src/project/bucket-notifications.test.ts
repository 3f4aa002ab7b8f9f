import { describe, expect, it } from 'vitest';
import { bucketNotifications, parseFunctionRef } from './bucket-notifications';

describe('bucket notifications for export', () => {
  it('reads function names, qualified names and ARNs', () => {
    expect(parseFunctionRef('thumbnail')).toEqual({ functionName: 'thumbnail' });
    expect(parseFunctionRef('thumbnail:live')).toEqual({ functionName: 'thumbnail', qualifier: 'live' });
    expect(parseFunctionRef('arn:aws:lambda:us-east-1:123456789012:function:thumbnail:3')).toEqual({ functionName: 'thumbnail', qualifier: '3' });
    expect(parseFunctionRef('123456789012:function:thumbnail')).toEqual({ functionName: 'thumbnail' });
    expect(parseFunctionRef('not a name')).toBeUndefined();
  });

  it('reads both shapes and reports entries it cannot use', () => {
    const result = bucketNotifications({
      name: 'photos',
      notifications: [{ events: ['s3:ObjectCreated:*'], suffix: '.png', target: { functionName: 'f' } }, 'junk'],
      notificationConfiguration: {
        LambdaFunctionConfigurations: [{ Id: 'x', LambdaFunctionArn: 'f:live', Events: ['s3:ObjectRemoved:*'], Filter: { Key: { FilterRules: [{ Name: 'Prefix', Value: 'a/' }] } } }, { Events: [] }],
        QueueConfigurations: [{}],
      },
    }, 'buckets[0] (photos)');
    expect(result.notifications).toEqual([
      { where: 'buckets[0] (photos).notifications[0]', notification: { events: ['s3:ObjectCreated:*'], suffix: '.png', target: { functionName: 'f' } } },
      { where: 'buckets[0] (photos).notificationConfiguration.LambdaFunctionConfigurations[0] (x)', notification: { id: 'x', events: ['s3:ObjectRemoved:*'], prefix: 'a/', target: { functionName: 'f', qualifier: 'live' } } },
    ]);
    expect(result.skipped.map((s) => s.path)).toEqual([
      'buckets[0] (photos).notifications[1]',
      'buckets[0] (photos).notificationConfiguration.LambdaFunctionConfigurations[1]',
      'buckets[0] (photos).notificationConfiguration.QueueConfigurations',
    ]);
  });
});
