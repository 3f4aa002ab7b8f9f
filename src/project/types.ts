// The project document's TypeScript shape: what a project *is*, as saved, shared and exported.
// Runtime state (environments, objects, logs) is not part of it. schema.ts checks data against it.
import type { ApiDef } from '../engine/services/apigateway/definitions';

export type { ApiDef };

export const PROJECT_FORMAT = 'serverless-playground/project';
/** The newest document version this playground reads and writes (see migrations.ts). */
export const PROJECT_VERSION = 2;
/** The version-1 document: the single workspace saved before projects existed. */
export const WORKSPACE_FORMAT_V1 = 'serverless-playground/workspace';
export const DEFAULT_PROJECT_NAME = 'My project';

/** Source files keyed by relative path (`index.mjs`, `src/app.ts`). */
export type FileMap = Record<string, string>;

/** A test event saved with its function, as in the Lambda console. */
export interface ProjectEvent {
  name: string;
  /** The event's JSON text, kept as typed (formatting and all). */
  json: string;
}

/** A published version: an immutable snapshot of code and settings. */
export interface ProjectVersion {
  version: string;
  description: string;
  runtime: string;
  handler: string;
  memorySize: number;
  timeout: number;
  environment: Record<string, string>;
  ephemeralStorageMB: number;
  /** The version's dead-letter queue or topic ARN, if it had one when published. */
  deadLetterTargetArn?: string;
  files: FileMap;
}

/** An alias pointing at a version, optionally splitting traffic with others. */
export interface ProjectAlias {
  name: string;
  functionVersion: string;
  description: string;
  additionalVersionWeights?: Record<string, number>;
}

/** A function with its deployed code, history and editor state (same shape as version 1's SavedFunction). */
export interface ProjectFunction {
  name: string;
  runtime: string;
  handler: string;
  memorySize: number;
  timeout: number;
  environment: Record<string, string>;
  description?: string;
  ephemeralStorageMB?: number;
  reservedConcurrency?: number;
  /** The execution role's ARN, when it is not the one Lambda gives a new function. */
  role?: string;
  /** DeadLetterConfig.TargetArn: the SQS queue or SNS topic that receives discarded asynchronous events. */
  deadLetterTargetArn?: string;
  versions?: ProjectVersion[];
  aliases?: ProjectAlias[];
  /** The deployed code. */
  files: FileMap;
  testEvents: ProjectEvent[];
  /** Editor state: edits not yet deployed. */
  draft?: FileMap;
  /** Editor state: the open file. */
  activeFile?: string;
  /** Editor state: the chosen test event. */
  selectedEvent?: string;
}

/** A request kept in an API's request console, to send again later. */
export interface ProjectSavedRequest {
  name: string;
  method: string;
  /** The path after the API's stage, with its query string. */
  path: string;
  stage?: string;
  headers: [string, string][];
  body: string;
}

/**
 * One S3 event notification, in the minimal shape the SAM export needs. Reserved for the S3
 * service (built separately): the schema keeps notifications as `unknown[]` so that service owns
 * their full shape, and the SAM export reads only these fields, reporting entries that lack them.
 */
export interface BucketNotification {
  id?: string;
  /** AWS event names such as `s3:ObjectCreated:*` or `s3:ObjectRemoved:Delete`. */
  events: string[];
  prefix?: string;
  suffix?: string;
  target: { functionName: string; qualifier?: string };
}

/**
 * A bucket of the project. Reserved for the S3 service, which owns everything but `name`; other
 * fields it adds (such as S3's own `notificationConfiguration`) are kept as they are.
 */
export interface ProjectBucket {
  name: string;
  /** Reserved for S3: event notifications (see BucketNotification for what SAM export reads). */
  notifications?: unknown[];
  /** Reserved for S3: objects the bucket starts with. */
  seedObjects?: unknown[];
  /** S3's own notification configuration (BucketDef, as PutBucketNotificationConfiguration takes it). */
  notificationConfiguration?: unknown;
  /** Epoch milliseconds (BucketDef). Other fields the S3 service adds are kept too (the schema is loose). */
  creationDate?: number;
}

/** A DynamoDB table; the DynamoDB service owns the rest of its shape (TableDef). */
export interface ProjectTable {
  name: string;
  partitionKey: { name: string; type: 'S' | 'N' | 'B' };
  sortKey?: { name: string; type: 'S' | 'N' | 'B' };
  stream?: { viewType: string; label?: string };
  /** Items the table starts with, in DynamoDB JSON. */
  seedItems?: Record<string, unknown>[];
  [member: string]: unknown;
}

/** Version 2 of the project document. */
export interface ProjectDoc {
  format: typeof PROJECT_FORMAT;
  version: typeof PROJECT_VERSION;
  name: string;
  /** What the editor had selected (a function name, or whatever the UI chooses to keep). */
  selected?: string;
  functions: ProjectFunction[];
  /** API Gateway APIs and function URLs, exactly as the engine defines them. */
  apis: ApiDef[];
  /** Requests saved in the request console, per API id. */
  savedRequests: Record<string, ProjectSavedRequest[]>;
  /** The project's static front end. */
  site: { files: FileMap };
  /** Reserved for S3 (buckets, notifications, seed objects). */
  buckets?: ProjectBucket[];
  /** Reserved for IAM: execution roles. */
  roles?: unknown[];
  /** Reserved for IAM: resource-based permissions. */
  permissions?: unknown[];
  /** Asynchronous invocation settings (retries, event age, destinations), as PutFunctionEventInvokeConfig input. */
  eventInvokeConfigs?: unknown[];
  /** DynamoDB tables (TableDef: keys, stream, indexes, seed items in DynamoDB JSON). */
  tables?: ProjectTable[];
  /** Lambda event source mappings (CreateEventSourceMapping input with its UUID). */
  eventSourceMappings?: unknown[];
  /** SQS queues (QueueDef: name and attributes). */
  queues?: unknown[];
  /** SNS topics with their subscriptions (TopicDef). */
  topics?: unknown[];
  /** EventBridge rules with their targets (RuleDef). */
  rules?: unknown[];
}

/** What a reader says: the document, or what is wrong with it in plain words. */
export type ReadResult = { ok: true; doc: ProjectDoc } | { ok: false; message: string };
