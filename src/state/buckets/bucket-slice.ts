// S3's slice of the project document: the buckets with their notification configurations.
import type { Engine } from '../../engine/engine';
import type { BucketDef } from '../../engine/services/s3/definitions';
import { ACCOUNT_ID, functionArn } from '../../engine/ids';
import { suggestedPermission } from '../../engine/iam/suggested-permission';
import { bucketNotifications } from '../../project/bucket-notifications';
import type { ProjectBucket } from '../../project/types';
import type { ServiceSlice } from '../projects/service-slice';
import { t } from '../../i18n/i18n.svelte';

export const bucketSlice: ServiceSlice = {
  key: 'buckets',
  read: (engine) => engine.s3.listBucketDefs(),
  restore: (engine, bucket) => engine.s3.importBucket(asBucketDef(engine, bucket as ProjectBucket)),
  describe: (bucket) => t('buckets.describe', String((bucket as BucketDef)?.name)),
  changedBy: ['buckets-changed'],
};

/**
 * A bucket in S3's own shape. A SAM import writes the minimal `notifications` list instead; as
 * `sam deploy` does for S3 events, its functions also get the permission S3 needs to invoke them.
 */
export function asBucketDef(engine: Engine, bucket: ProjectBucket): BucketDef {
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
