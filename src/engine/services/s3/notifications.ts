// Bucket notification configurations: S3's checks on them, and which ones an object change triggers.
import { parseFunctionName } from '../../lambda/validation';
import type { FilterRule, LambdaFunctionConfiguration, LambdaTarget, NotificationConfiguration } from './definitions';
import { invalidArgument, malformedXml, notImplemented } from './errors';
import { notificationConfigurationId } from './s3-ids';

/** Every event type S3 accepts in a configuration (AWS docs, "Supported event types"). */
export const SUPPORTED_EVENTS: readonly string[] = [
  's3:TestEvent',
  's3:ObjectCreated:*', 's3:ObjectCreated:Put', 's3:ObjectCreated:Post', 's3:ObjectCreated:Copy', 's3:ObjectCreated:CompleteMultipartUpload',
  's3:ObjectRemoved:*', 's3:ObjectRemoved:Delete', 's3:ObjectRemoved:DeleteMarkerCreated',
  's3:ObjectRestore:*', 's3:ObjectRestore:Post', 's3:ObjectRestore:Completed', 's3:ObjectRestore:Delete',
  's3:ReducedRedundancyLostObject',
  's3:Replication:*', 's3:Replication:OperationFailedReplication', 's3:Replication:OperationMissedThreshold',
  's3:Replication:OperationReplicatedAfterThreshold', 's3:Replication:OperationNotTracked',
  's3:LifecycleExpiration:*', 's3:LifecycleExpiration:Delete', 's3:LifecycleExpiration:DeleteMarkerCreated',
  's3:LifecycleTransition', 's3:IntelligentTiering',
  's3:ObjectTagging:*', 's3:ObjectTagging:Put', 's3:ObjectTagging:Delete',
  's3:ObjectAcl:Put',
];

/** Whether two configured event types can name the same event (`s3:ObjectCreated:*` covers `...:Put`). */
function eventsOverlap(a: string, b: string): boolean {
  if (a === b) return true;
  const covers = (wild: string, other: string) => wild.endsWith(':*') && other.startsWith(wild.slice(0, -1));
  return covers(a, b) || covers(b, a);
}

/** The configuration's prefix and suffix ('' when absent, which matches every key). */
function filterOf(config: LambdaFunctionConfiguration): { prefix: string; suffix: string; any: boolean } {
  const rules = config.Filter?.Key?.FilterRules ?? [];
  const value = (name: string) => rules.find((r) => r.Name.toLowerCase() === name)?.Value ?? '';
  return { prefix: value('prefix'), suffix: value('suffix'), any: rules.length > 0 };
}

/** Parses `LambdaFunctionArn` the way Lambda reads a function reference. */
export function lambdaTarget(arn: string): LambdaTarget {
  try {
    const { name, qualifier } = parseFunctionName(arn);
    return qualifier ? { functionName: name, qualifier } : { functionName: name };
  } catch {
    throw invalidArgument('The ARN could not be parsed', 'LambdaFunctionArn', arn);
  }
}

function checkRules(rules: unknown): FilterRule[] {
  if (rules === undefined) return [];
  if (!Array.isArray(rules)) throw malformedXml();
  const seen = new Set<string>();
  return rules.map((rule: Partial<FilterRule>) => {
    const name = String(rule?.Name ?? '').toLowerCase();
    const value = rule?.Value;
    if (name !== 'prefix' && name !== 'suffix') throw invalidArgument('filter rule name must be either prefix or suffix', 'FilterRule', String(rule?.Name));
    if (seen.has(name)) throw invalidArgument(`Cannot specify more than one ${name} rule in a filter.`, 'FilterRule', name);
    if (typeof value !== 'string' || value === '') throw invalidArgument('filter value cannot be empty', 'FilterRule', name);
    seen.add(name);
    // S3 answers GetBucketNotificationConfiguration with the names capitalised.
    return { Name: name === 'prefix' ? 'Prefix' : 'Suffix', Value: value };
  });
}

function checkOne(config: LambdaFunctionConfiguration): LambdaFunctionConfiguration {
  if (!config || typeof config !== 'object' || !Array.isArray(config.Events) || config.Events.length === 0) throw malformedXml();
  if (typeof config.LambdaFunctionArn !== 'string') throw malformedXml();
  lambdaTarget(config.LambdaFunctionArn);
  for (const event of config.Events) {
    if (!SUPPORTED_EVENTS.includes(event)) throw invalidArgument('The event is not supported for notifications', 'Event', String(event));
  }
  const checked: LambdaFunctionConfiguration = {
    Id: typeof config.Id === 'string' && config.Id !== '' ? config.Id : notificationConfigurationId(),
    LambdaFunctionArn: config.LambdaFunctionArn,
    Events: [...new Set(config.Events)],
  };
  const rules = checkRules(config.Filter?.Key?.FilterRules);
  if (rules.length) checked.Filter = { Key: { FilterRules: rules } };
  return checked;
}

/**
 * Two configurations sharing an event type must be told apart by their filters: either the
 * prefixes or the suffixes must not overlap (one being a prefix/suffix of the other, '' included).
 * S3 words the failure two ways: without any filter it is "Configurations overlap", otherwise
 * "ambiguously defined" (messages as reported by users of both, e.g. minio#2472, aws-cli#2387).
 */
function checkOverlaps(configs: LambdaFunctionConfiguration[]): void {
  for (let i = 0; i < configs.length; i++) {
    for (let j = i + 1; j < configs.length; j++) {
      const a = configs[i]!;
      const b = configs[j]!;
      const shared = a.Events.flatMap((x) => b.Events.filter((y) => eventsOverlap(x, y)).map((y) => `${x}, ${y}`));
      if (shared.length === 0) continue;
      const fa = filterOf(a);
      const fb = filterOf(b);
      if (!fa.any && !fb.any) {
        throw invalidArgument('Configurations overlap. Configurations on the same bucket cannot share a common event type.', 'Event', shared[0]);
      }
      const prefixes = fa.prefix.startsWith(fb.prefix) || fb.prefix.startsWith(fa.prefix);
      const suffixes = fa.suffix.endsWith(fb.suffix) || fb.suffix.endsWith(fa.suffix);
      if (prefixes && suffixes) {
        throw invalidArgument(
          'Configuration is ambiguously defined. Cannot have overlapping suffixes in two rules if the prefixes are overlapping for the same event type.',
          'Event',
          shared[0],
        );
      }
    }
  }
}

/** Checks a whole configuration as PutBucketNotificationConfiguration does; answers it as S3 stores it. */
export function checkNotificationConfiguration(input: NotificationConfiguration | undefined): NotificationConfiguration {
  if (!input || typeof input !== 'object') throw malformedXml();
  const others = [input.QueueConfigurations, input.TopicConfigurations].some((list) => Array.isArray(list) && list.length > 0);
  if (others || input.EventBridgeConfiguration) {
    throw notImplemented('Only Lambda destinations (LambdaFunctionConfigurations) are simulated in the playground so far.');
  }
  if (input.LambdaFunctionConfigurations !== undefined && !Array.isArray(input.LambdaFunctionConfigurations)) throw malformedXml();
  const lambdas = (input.LambdaFunctionConfigurations ?? []).map(checkOne);
  checkOverlaps(lambdas);
  return lambdas.length ? { LambdaFunctionConfigurations: lambdas } : {};
}

/**
 * The configurations an event triggers. Filters are compared with the key as the event record
 * encodes it: that is why S3's docs say a space in a prefix or suffix must be written `+` and
 * other special characters percent-encoded.
 */
export function matchingConfigurations(
  config: NotificationConfiguration,
  eventName: string,
  encodedKey: string,
): LambdaFunctionConfiguration[] {
  const name = `s3:${eventName}`;
  return (config.LambdaFunctionConfigurations ?? []).filter((c) => {
    if (!c.Events.some((e) => e === name || (e.endsWith(':*') && name.startsWith(e.slice(0, -1))))) return false;
    const { prefix, suffix } = filterOf(c);
    return encodedKey.startsWith(prefix) && encodedKey.endsWith(suffix);
  });
}
