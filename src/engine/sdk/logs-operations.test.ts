// CloudWatch Logs commands from a handler: logs:* permissions on group and stream ARNs, the
// AccessDeniedException a basic execution role gets for FilterLogEvents, and outputs with `$metadata`.
import { describe, expect, it } from 'vitest';
import type { ServiceError } from '../errors';
import { createIam } from '../iam/iam-service';
import { LogStore } from '../logs/log-store';
import { createLogsService } from '../logs/logs-service';
import { LOGS_OPERATIONS } from './logs-operations';

const caller = { functionName: 'reader', roleArn: 'arn:aws:iam::123456789012:role/reader-role' };

function account() {
  const store = new LogStore();
  store.append({ group: '/aws/lambda/orders', stream: 's1', timestamp: 1, message: 'ERROR boom', level: 'ERROR' });
  store.append({ group: '/aws/lambda/orders', stream: 's1', timestamp: 2, message: 'all fine', level: 'INFO' });
  const logs = createLogsService(store);
  const iam = createIam({ changed: () => {}, now: () => 0 });
  iam.roleOf(caller);
  const call = (operation: string, input: Record<string, unknown>) =>
    LOGS_OPERATIONS[operation]!({
      logs,
      input,
      denied: async (request) => {
        try {
          iam.authorizeCall(caller, 'lambda', [request]);
          return undefined;
        } catch (error) {
          return error as ServiceError;
        }
      },
    });
  const allow = (Action: string, Resource: string) =>
    iam.roles.putRolePolicy('reader-role', 'read-logs', JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource }] }));
  return { call, allow };
}

describe('CloudWatch Logs commands from a handler', () => {
  it('refuses FilterLogEvents to a basic execution role, as CloudWatch Logs words it', async () => {
    const { call } = account();
    const error = (await call('FilterLogEvents', { logGroupName: '/aws/lambda/orders', filterPattern: 'ERROR' }).catch((e: unknown) => e)) as ServiceError;
    expect(error.toJSON()).toEqual({
      name: 'AccessDeniedException',
      statusCode: 400,
      message:
        'User: arn:aws:sts::123456789012:assumed-role/reader-role/reader is not authorized to perform: logs:FilterLogEvents on resource: arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/orders:* because no identity-based policy allows the logs:FilterLogEvents action',
    });
  });

  it('answers FilterLogEvents once the role allows it on the group', async () => {
    const { call, allow } = account();
    allow('logs:FilterLogEvents', 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/orders:*');
    const out = (await call('FilterLogEvents', { logGroupName: '/aws/lambda/orders', filterPattern: 'ERROR' })) as { events: Array<{ message: string }>; $metadata: object };
    expect(out.events.map((e) => e.message)).toEqual(['ERROR boom']);
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200 });
    // Another group is not covered by that statement.
    expect(((await call('FilterLogEvents', { logGroupName: '/aws/lambda/other' }).catch((e: unknown) => e)) as ServiceError).code).toBe('AccessDeniedException');
  });

  it('checks GetLogEvents on the stream and DescribeLogGroups on every group', async () => {
    const { call, allow } = account();
    allow('logs:GetLogEvents', 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/orders:log-stream:s1');
    expect(((await call('GetLogEvents', { logGroupName: '/aws/lambda/orders', logStreamName: 's1' })) as { events: unknown[] }).events).toHaveLength(2);
    expect(((await call('DescribeLogGroups', {}).catch((e: unknown) => e)) as ServiceError).message).toContain('on resource: arn:aws:logs:us-east-1:123456789012:log-group:*');
  });
});
