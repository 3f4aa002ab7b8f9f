// Buckets in the SAM export: an AWS::S3::Bucket each, and their Lambda notifications as `S3`
// events of the target functions (SAM requires the bucket to be in the same template).
import { bucketNotifications } from './bucket-notifications';
import type { ExportContext } from './sam-export-context';
import { pascalCase, Ref, Sub } from './sam-shared';

/** Bucket names are global on S3 and at most 63 characters; the account id makes them unique. */
const SUFFIX = '-${AWS::AccountId}';
const SUFFIX_LENGTH = 13; // '-' and twelve digits

export function exportBuckets(ctx: ExportContext): void {
  for (const [i, bucket] of (ctx.doc.buckets ?? []).entries()) {
    const where = `buckets[${i}] (${bucket.name})`;
    const id = ctx.ids.take(bucket.name, 'Bucket');
    const props: Record<string, unknown> = {};
    if (bucket.name.length + SUFFIX_LENGTH <= 63) {
      props.BucketName = new Sub(bucket.name + SUFFIX);
      ctx.note(where, `created as ${bucket.name}-<account id>: S3 bucket names are global, so "${bucket.name}" alone is most likely taken; code that names the bucket should read the name from an environment variable`);
    } else {
      ctx.note(where, 'created with a name CloudFormation generates: the name is too long to add the account id to');
    }
    ctx.resources[id] = { Type: 'AWS::S3::Bucket', Properties: props };
    if (bucket.seedObjects?.length) ctx.note(`${where}.seedObjects`, `${bucket.seedObjects.length} starting object(s) not exported: upload them after deploying`);

    const { notifications, skipped } = bucketNotifications(bucket, where);
    ctx.report.push(...skipped);
    for (const { notification: n, where: at } of notifications) {
      if (!ctx.target(n.target, at)) continue;
      const event: Record<string, unknown> = { Bucket: new Ref(id), Events: n.events.map((e) => (e.startsWith('s3:') ? e : `s3:${e}`)) };
      const rules = [
        ...(n.prefix ? [{ Name: 'prefix', Value: n.prefix }] : []),
        ...(n.suffix ? [{ Name: 'suffix', Value: n.suffix }] : []),
      ];
      if (rules.length) event.Filter = { S3Key: { Rules: rules } };
      ctx.addEvent(n.target.functionName, pascalCase(`${bucket.name} ${n.id ?? 'upload'}`), { Type: 'S3', Properties: event });
    }
  }
}
