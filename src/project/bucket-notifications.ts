// Reads a bucket's Lambda notifications for the SAM export, in either shape a project may hold:
// the minimal `notifications` list (BucketNotification) or S3's own `notificationConfiguration`
// (`LambdaFunctionConfigurations`, as PutBucketNotificationConfiguration takes it).
import type { ReportItem } from './sam-shared';
import type { BucketNotification, ProjectBucket } from './types';

type Raw = Record<string, unknown>;

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((x) => typeof x === 'string');

/** `name`, `name:qualifier`, `123456789012:function:name[:q]` or a full ARN → function and qualifier. */
export function parseFunctionRef(value: string): { functionName: string; qualifier?: string } | undefined {
  const match = /^(?:arn:[\w-]+:lambda:[\w-]+:\d{12}:function:|\d{12}:function:)?([A-Za-z0-9_-]{1,64})(?::(\$LATEST|[A-Za-z0-9_-]+))?$/.exec(value);
  if (!match) return undefined;
  return match[2] ? { functionName: match[1]!, qualifier: match[2] } : { functionName: match[1]! };
}

function fromMinimal(raw: unknown): BucketNotification | undefined {
  const n = raw as Raw | null;
  const target = n?.target as Raw | undefined;
  if (!n || !isStringList(n.events) || n.events.length === 0 || typeof target?.functionName !== 'string') return undefined;
  return {
    ...(typeof n.id === 'string' ? { id: n.id } : {}),
    events: n.events,
    ...(typeof n.prefix === 'string' && n.prefix !== '' ? { prefix: n.prefix } : {}),
    ...(typeof n.suffix === 'string' && n.suffix !== '' ? { suffix: n.suffix } : {}),
    target: typeof target.qualifier === 'string' ? { functionName: target.functionName, qualifier: target.qualifier } : { functionName: target.functionName },
  };
}

function fromS3Configuration(raw: unknown): BucketNotification | undefined {
  const c = raw as Raw | null;
  const target = typeof c?.LambdaFunctionArn === 'string' ? parseFunctionRef(c.LambdaFunctionArn) : undefined;
  if (!c || !target || !isStringList(c.Events) || c.Events.length === 0) return undefined;
  const rules = ((c.Filter as Raw | undefined)?.Key as Raw | undefined)?.FilterRules;
  const rule = (name: string) =>
    Array.isArray(rules) ? (rules as Raw[]).find((r) => String(r?.Name).toLowerCase() === name)?.Value : undefined;
  const prefix = rule('prefix');
  const suffix = rule('suffix');
  return {
    ...(typeof c.Id === 'string' ? { id: c.Id } : {}),
    events: c.Events,
    ...(typeof prefix === 'string' && prefix !== '' ? { prefix } : {}),
    ...(typeof suffix === 'string' && suffix !== '' ? { suffix } : {}),
    target,
  };
}

/** A notification with where it sits in the project, for the report. */
export interface LocatedNotification {
  notification: BucketNotification;
  where: string;
}

/** The bucket's Lambda notifications, and a report item for each entry that could not be read. */
export function bucketNotifications(bucket: ProjectBucket, where: string): { notifications: LocatedNotification[]; skipped: ReportItem[] } {
  const notifications: LocatedNotification[] = [];
  const skipped: ReportItem[] = [];
  for (const [i, raw] of (bucket.notifications ?? []).entries()) {
    const read = fromMinimal(raw);
    const at = `${where}.notifications[${i}]`;
    if (read) notifications.push({ notification: read, where: read.id ? `${at} (${read.id})` : at });
    else skipped.push({ path: at, message: 'not exported: it needs events and a target function' });
  }
  const config = bucket.notificationConfiguration as Raw | undefined;
  const lambdas = config?.LambdaFunctionConfigurations;
  for (const [i, raw] of (Array.isArray(lambdas) ? lambdas : []).entries()) {
    const read = fromS3Configuration(raw);
    const at = `${where}.notificationConfiguration.LambdaFunctionConfigurations[${i}]`;
    if (read) notifications.push({ notification: read, where: read.id ? `${at} (${read.id})` : at });
    else skipped.push({ path: at, message: 'not exported: it needs Events and a LambdaFunctionArn' });
  }
  for (const kind of ['QueueConfigurations', 'TopicConfigurations'] as const) {
    if (Array.isArray(config?.[kind]) && (config[kind] as unknown[]).length > 0) {
      skipped.push({ path: `${where}.notificationConfiguration.${kind}`, message: 'not exported: only notifications to Lambda functions are' });
    }
  }
  return { notifications, skipped };
}
