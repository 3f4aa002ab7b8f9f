// CloudWatch commands from a handler: cloudwatch:* permissions (with the namespace condition key),
// CloudWatch's AccessDenied when the role lacks one, and outputs with `$metadata`.
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { Emitter } from '../events';
import type { EngineEvent } from '../engine-events';
import { createIam } from '../iam/iam-service';
import { createCloudWatch } from '../metrics/cloudwatch';
import { CLOUDWATCH_OPERATIONS } from './cloudwatch-operations';

const caller = { functionName: 'checkout', roleArn: 'arn:aws:iam::123456789012:role/checkout-role' };

function account() {
  const cloudwatch = createCloudWatch({ now: () => 1_800_000_000_000, events: new Emitter<EngineEvent>() });
  const iam = createIam({ changed: () => {}, now: () => 0 });
  iam.roleOf(caller);
  const call = (operation: string, input: Record<string, unknown>) =>
    CLOUDWATCH_OPERATIONS[operation]!({
      cloudwatch,
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
  const allow = (...statements: Array<Record<string, unknown>>) =>
    iam.roles.putRolePolicy('checkout-role', 'metrics', JSON.stringify({ Version: '2012-10-17', Statement: statements.map((s) => ({ Effect: 'Allow', Resource: '*', ...s })) }));
  return { cloudwatch, call, allow };
}

describe('CloudWatch commands from a handler', () => {
  it('refuses PutMetricData to a role with only CloudWatch Logs, as CloudWatch words it', async () => {
    const { call } = account();
    const error = (await call('PutMetricData', { Namespace: 'Shop', MetricData: [{ MetricName: 'Orders', Value: 1 }] }).catch((e: unknown) => e)) as ServiceError;
    expect(error.toJSON()).toEqual({
      name: 'AccessDenied',
      message: 'User: arn:aws:sts::123456789012:assumed-role/checkout-role/checkout is not authorized to perform: cloudwatch:PutMetricData because no identity-based policy allows the cloudwatch:PutMetricData action',
      statusCode: 403,
    });
  });

  it('publishes once allowed, honouring the cloudwatch:namespace condition, and reads back', async () => {
    const { call, allow } = account();
    // The namespace key is set on PutMetricData only, so reading is allowed by a statement of its own.
    allow({ Action: 'cloudwatch:PutMetricData', Condition: { StringEquals: { 'cloudwatch:namespace': 'Shop' } } }, { Action: 'cloudwatch:GetMetricStatistics' });
    expect(await call('PutMetricData', { Namespace: 'Shop', MetricData: [{ MetricName: 'Orders', Value: 3 }] })).toEqual({
      $metadata: { httpStatusCode: 200, requestId: expect.any(String), attempts: 1, totalRetryDelay: 0 },
    });
    const other = (await call('PutMetricData', { Namespace: 'Other', MetricData: [{ MetricName: 'Orders', Value: 3 }] }).catch((e: unknown) => e)) as ServiceError;
    expect(other.code).toBe('AccessDenied');
    const stats = (await call('GetMetricStatistics', { Namespace: 'Shop', MetricName: 'Orders', StartTime: new Date(1_800_000_000_000 - 600_000), EndTime: new Date(1_800_000_000_000 + 60_000), Period: 60, Statistics: ['Sum'] })) as { Datapoints: Array<{ Sum: number }> };
    expect(stats.Datapoints.map((d) => d.Sum)).toEqual([3]);
  });
});
