// What a bucket is in a project: plain, serialisable definitions; notification shapes are S3's own.

/** `{ Name: 'prefix' | 'suffix', Value }`; S3 answers the names capitalised (`Prefix`). */
export interface FilterRule {
  Name: string;
  Value: string;
}

/** `Filter: { Key: { FilterRules } }`, matched against the key as the event record encodes it. */
export interface NotificationFilter {
  Key?: { FilterRules?: FilterRule[] };
}

/**
 * One Lambda destination of a bucket's notifications. `LambdaFunctionArn` is an ARN as S3
 * requires; the playground also accepts a function name, `name:alias` or a partial ARN.
 */
export interface LambdaFunctionConfiguration {
  Id?: string;
  LambdaFunctionArn: string;
  /** Event types such as `s3:ObjectCreated:*` or `s3:ObjectRemoved:Delete`. */
  Events: string[];
  Filter?: NotificationFilter;
}

/** A bucket's notification configuration; only Lambda destinations are simulated so far. */
export interface NotificationConfiguration {
  LambdaFunctionConfigurations?: LambdaFunctionConfiguration[];
  QueueConfigurations?: unknown[];
  TopicConfigurations?: unknown[];
  EventBridgeConfiguration?: unknown;
}

/** An object a project puts into its bucket the first time the bucket is created in this browser. */
export interface SeedObjectDef {
  key: string;
  /** Text, or base64 when `encoding` is `base64` (images and other binary files). */
  body: string;
  encoding?: 'utf8' | 'base64';
  contentType?: string;
  metadata?: Record<string, string>;
}

/** One bucket of the project. */
export interface BucketDef {
  name: string;
  /** Epoch milliseconds. */
  creationDate: number;
  notificationConfiguration: NotificationConfiguration;
  seedObjects?: SeedObjectDef[];
}

/** The function an event goes to, parsed from `LambdaFunctionArn`. */
export interface LambdaTarget {
  functionName: string;
  /** An alias or version, when the ARN names one. */
  qualifier?: string;
}
