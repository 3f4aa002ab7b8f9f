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

/** Text in the languages the playground speaks; a lesson carries both so a shared one reads in either. */
export interface LocalizedText {
  en?: string;
  ko?: string;
}

/** What an automatic check looks at, as plain data (it travels in the document). See lesson-checks.ts in state. */
export type LessonCheck =
  /** The function exists, with these settings if given. */
  | { kind: 'functionExists'; name: string; memory?: number; timeout?: number; runtime?: string; reservedConcurrency?: number }
  /** An invocation of the function happened (cold or warm, succeeded or failed, with this memory size, if given). */
  | { kind: 'invoked'; function: string; coldStart?: boolean; succeeded?: boolean; memory?: number; version?: string; alias?: string }
  /** API Gateway answered a request (path as sent after the stage, or the route's own path such as `/items/{id}`). */
  | { kind: 'apiResponded'; method: string; path: string; status?: number }
  /** An API has this route, e.g. `GET /items/{id}`. */
  | { kind: 'routeExists'; routeKey: string }
  | { kind: 'objectExists'; bucket: string; keyPrefix?: string; keySuffix?: string }
  /** The table holds an item (with these key attribute values, if given). */
  | { kind: 'itemExists'; table: string; key?: Record<string, string | number> }
  /** The queue holds at least `visible` visible messages (1 if not given); 0 means it is empty. */
  | { kind: 'queueMessages'; queue: string; visible?: number }
  | { kind: 'topicPublished'; topic: string }
  | { kind: 'ruleFired'; rule: string }
  /** An event source mapping delivered a batch to the function (with this outcome, if given). */
  | { kind: 'batchProcessed'; function: string; outcome?: 'ok' | 'partial-failure' | 'function-error' }
  | { kind: 'throttled'; function: string }
  /** The function's execution role allows the action (on the resource, if given). */
  | { kind: 'roleAllows'; function: string; action: string; resource?: string }
  /** A call of the function was refused with AccessDenied for the action. */
  | { kind: 'denied'; function: string; action: string }
  | { kind: 'logContains'; function: string; text: string }
  /** The function has at least `count` published versions (1 if not given). */
  | { kind: 'versionPublished'; function: string; count?: number }
  | { kind: 'aliasExists'; function: string; alias: string; version?: string }
  /** An alias of the function splits traffic between two versions. */
  | { kind: 'aliasWeighted'; function: string; alias?: string }
  /** Every one of the checks holds. */
  | { kind: 'all'; checks: LessonCheck[] };

export type LessonCheckKind = LessonCheck['kind'];

/** One step of a lesson: what to read, what to achieve, hints unlocked one by one, and how to tell it is done. */
export interface LessonStep {
  /** Stable within the lesson, so a learner's progress survives edits to the text or order. */
  id: string;
  title: LocalizedText;
  /** Markdown (raw HTML is shown as text). */
  text: LocalizedText;
  goal: LocalizedText;
  hints?: LocalizedText[];
  check: LessonCheck;
}

/** A lesson: ordered steps over the project it is part of. */
export interface ProjectLesson {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  steps: LessonStep[];
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
  /** Lessons that guide a learner through this project, step by step, with automatic checks. */
  lessons?: ProjectLesson[];
}

/** What a reader says: the document, or what is wrong with it in plain words. */
export type ReadResult = { ok: true; doc: ProjectDoc } | { ok: false; message: string };
