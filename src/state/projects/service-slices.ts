// The parts of a project the services own — S3 buckets, IAM roles, functions' resource
// policies — read from the engine for saving, and put back into it when a project opens.
import type { Engine } from '../../engine/engine';
import type { BucketDef } from '../../engine/services/s3/definitions';
import type { FunctionPolicyDef } from '../../engine/iam/function-policy';
import type { RoleDef } from '../../engine/iam/roles';
import { describeError } from '../shared/describe-error';
import { ACCOUNT_ID, functionArn } from '../../engine/ids';
import { suggestedPermission } from '../../engine/iam/suggested-permission';
import { bucketNotifications } from '../../project/bucket-notifications';
import type { ProjectBucket } from '../../project/types';

export interface ServiceSlices {
  buckets?: unknown[];
  roles?: unknown[];
  permissions?: unknown[];
  eventInvokeConfigs?: unknown[];
}

/** What to save: only the parts that exist, so a project without S3 or IAM stays small. */
export function readServiceSlices(engine: Engine): ServiceSlices {
  const buckets = engine.s3.listBucketDefs();
  const roles = engine.iam.roles.list();
  const permissions = engine.iam.policies.list();
  const eventInvokeConfigs = engine.lambda.exportEventInvokeConfigs();
  return {
    ...(eventInvokeConfigs.length ? { eventInvokeConfigs: structuredClone(eventInvokeConfigs) } : {}),
    ...(buckets.length ? { buckets: structuredClone(buckets) } : {}),
    ...(roles.length ? { roles: structuredClone(roles) } : {}),
    ...(permissions.length ? { permissions: structuredClone(permissions) } : {}),
  };
}

/**
 * Restores the slices after the functions exist (a permission names its function). Roles first,
 * then permissions, then buckets, whose notifications need both. A part that cannot be restored is
 * reported by name and returned, so the caller can keep it in the saved document unchanged.
 */
export async function restoreServiceSlices(engine: Engine, slices: ServiceSlices, report: (message: string) => void): Promise<ServiceSlices> {
  const kept: Required<ServiceSlices> = { buckets: [], roles: [], permissions: [], eventInvokeConfigs: [] };
  const attempt = (what: string, keep: unknown[], value: unknown, restore: () => unknown) => {
    try {
      restore();
    } catch (error) {
      keep.push(value);
      report(`Could not restore ${what}: ${describeError(error)}. It is kept in the saved project unchanged.`);
    }
  };
  for (const role of slices.roles ?? []) attempt(`the role ${(role as RoleDef)?.roleName}`, kept.roles, role, () => engine.iam.roles.import(role as RoleDef));
  for (const policy of slices.permissions ?? []) {
    attempt(`the permissions of ${(policy as FunctionPolicyDef)?.functionName}`, kept.permissions, policy, () => engine.iam.policies.import(policy as FunctionPolicyDef));
  }
  for (const config of slices.eventInvokeConfigs ?? []) {
    const input = config as Parameters<Engine['lambda']['putFunctionEventInvokeConfig']>[0];
    try {
      await engine.lambda.putFunctionEventInvokeConfig(input);
    } catch (error) {
      kept.eventInvokeConfigs.push(config);
      report(`Could not restore the asynchronous settings of ${input?.FunctionName}: ${describeError(error)}. They are kept in the saved project unchanged.`);
    }
  }
  for (const bucket of slices.buckets ?? []) {
    try {
      await engine.s3.importBucket(asBucketDef(engine, bucket as ProjectBucket));
    } catch (error) {
      kept.buckets.push(bucket);
      report(`Could not restore the bucket ${(bucket as BucketDef)?.name}: ${describeError(error)}. It is kept in the saved project unchanged.`);
    }
  }
  return kept;
}

/**
 * A bucket in S3's own shape. A SAM import writes the minimal `notifications` list instead; as
 * `sam deploy` does for S3 events, its functions also get the permission S3 needs to invoke them.
 */
function asBucketDef(engine: Engine, bucket: ProjectBucket): BucketDef {
  if (bucket.notificationConfiguration !== undefined || !Array.isArray(bucket.notifications)) return bucket as unknown as BucketDef;
  const notifications = bucketNotifications(bucket, `buckets.${bucket.name}`).notifications.map((n) => n.notification);
  for (const n of notifications) {
    const { functionName, qualifier } = n.target;
    if (engine.iam.mayInvoke(functionName, qualifier, { service: 's3.amazonaws.com', sourceArn: `arn:aws:s3:::${bucket.name}`, sourceAccount: ACCOUNT_ID }).allowed) continue;
    engine.iam.policies.addPermission(suggestedPermission({ service: 's3', bucket: bucket.name, functionName, ...(qualifier ? { qualifier } : {}) }));
  }
  const { notifications: _minimal, ...rest } = bucket;
  return {
    ...(rest as unknown as BucketDef),
    notificationConfiguration: {
      LambdaFunctionConfigurations: notifications.map((n) => ({
        ...(n.id ? { Id: n.id } : {}),
        LambdaFunctionArn: functionArn(n.target.functionName, n.target.qualifier),
        Events: n.events,
        ...(n.prefix || n.suffix
          ? { Filter: { Key: { FilterRules: [...(n.prefix ? [{ Name: 'Prefix', Value: n.prefix }] : []), ...(n.suffix ? [{ Name: 'Suffix', Value: n.suffix }] : [])] } } }
          : {}),
      })),
    },
  };
}
