// The schema of the project document (version 2): structure, Lambda's rules and size limits.
// Nested objects are loose (unknown fields kept) so a field another part of the app adds is
// never silently dropped; the top level is strict, so a newer field is reported, not lost.
import * as v from 'valibot';
import { LIMITS as LAMBDA, RESERVED_ENV_KEYS } from '../engine/lambda/validation';
import { RUNTIMES } from '../engine/lambda/types';
import { FUNCTION_RULES as RULES, PROJECT_LIMITS as MAX, fitsInBytes, isRelativePath } from './limits';
import { PROJECT_FORMAT, PROJECT_VERSION } from './types';
import { LessonsSchema } from './schema-lessons';
import { plainRecord } from './schema-record';

const text = () => v.string('must be text');
const flag = () => v.boolean('must be true or false');
const list = <T extends v.GenericSchema>(item: T, max: number, what: string) =>
  v.pipe(v.array(item, 'must be a list'), v.maxLength(max, `must have at most ${max} ${what}`));
const intFrom = (min: number, max: number) => {
  const message = `must be an integer from ${min} to ${max}`;
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
};
const matching = (pattern: RegExp, message: string) => v.pipe(text(), v.regex(pattern, message));
const stringMap = () => plainRecord(text(), text(), 'must be an object of text values');

/** File text, at most 2 MB of UTF-8 each. */
const fileText = v.pipe(text(), v.check((t) => fitsInBytes(t, MAX.fileBytes), 'is larger than the 2 MB a file may hold'));
const filePath = v.pipe(text(), v.check(isRelativePath, "is not a usable file path: use a relative path such as 'index.mjs' or 'src/app.ts'"));
const fileMap = (max: number) =>
  v.pipe(
    plainRecord(filePath, fileText, 'must be an object of file paths and their text'),
    v.check((files) => Object.keys(files).length <= max, `must have at most ${max} files`),
  );
const codeFiles = v.pipe(
  fileMap(MAX.filesPerFunction),
  v.check((files) => Object.keys(files).length > 0, 'must have at least one file'),
);

const environment = v.pipe(
  plainRecord(matching(RULES.envKey, 'is not a usable variable name: start with a letter, then letters, digits or _'), text(), 'must be an object of text values'),
  v.check((vars) => !Object.keys(vars).some((k) => RESERVED_ENV_KEYS.includes(k)), 'uses a name Lambda reserves for itself (such as AWS_REGION)'),
  v.check((vars) => fitsInBytes(JSON.stringify(vars), RULES.envBytes), 'is larger than the 4 KB Lambda allows for environment variables'),
);

const runtime = v.picklist(RUNTIMES, `must be one of ${RUNTIMES.join(', ')}`);
const handler = v.pipe(text(), v.regex(/^\S+$/, 'must not contain spaces'), v.maxLength(LAMBDA.handlerLength, `must be at most ${LAMBDA.handlerLength} characters`));
const memory = intFrom(LAMBDA.memory.min, LAMBDA.memory.max);
const timeout = intFrom(LAMBDA.timeout.min, LAMBDA.timeout.max);
const storage = intFrom(LAMBDA.ephemeralStorage.min, LAMBDA.ephemeralStorage.max);
const description = v.pipe(text(), v.maxLength(LAMBDA.descriptionLength, `must be at most ${LAMBDA.descriptionLength} characters`));
// Exactly what DeadLetterConfig accepts (the API's pattern, then an SQS or SNS service), so whatever the
// engine took is saved and read back; an unset one is left out rather than saved as ''.
const deadLetterTarget = matching(/^arn:(aws[a-zA-Z-]*)?:(sqs|sns):.*$/, 'must be the ARN of an SQS queue or SNS topic');

const testEvent = v.looseObject({
  name: matching(RULES.eventName, 'must be 1 to 25 letters, digits, dots, dashes or underscores'),
  json: v.pipe(text(), v.check((t) => fitsInBytes(t, MAX.fileBytes), 'is larger than the 2 MB a test event may hold')),
}, 'must be an object');

const version = v.looseObject({
  version: matching(RULES.version, 'must be a version number such as 1'),
  description: text(),
  runtime, handler, memorySize: memory, timeout, environment, ephemeralStorageMB: storage,
  deadLetterTargetArn: v.optional(deadLetterTarget),
  files: codeFiles,
}, 'must be an object');

const alias = v.looseObject({
  name: matching(RULES.alias, 'must be letters, digits, - or _ (not only digits), at most 128'),
  functionVersion: matching(/^(\$LATEST|\d+)$/, 'must be $LATEST or a version number'),
  description: text(),
  additionalVersionWeights: v.optional(v.record(text(), v.pipe(v.number('must be a number from 0 to 1'), v.minValue(0, 'must be a number from 0 to 1'), v.maxValue(1, 'must be a number from 0 to 1')))),
}, 'must be an object');

const projectFunction = v.looseObject({
  name: matching(RULES.name, 'must be 1 to 64 letters, digits, - or _'),
  runtime, handler, memorySize: memory, timeout, environment,
  description: v.optional(description),
  ephemeralStorageMB: v.optional(storage),
  reservedConcurrency: v.optional(intFrom(0, 1000)),
  role: v.optional(matching(/^arn:aws:iam::\d{12}:role\/.+$/, 'must be an IAM role ARN')),
  deadLetterTargetArn: v.optional(deadLetterTarget),
  versions: v.optional(list(version, MAX.versionsPerFunction, 'versions')),
  aliases: v.optional(list(alias, MAX.aliasesPerFunction, 'aliases')),
  files: codeFiles,
  testEvents: list(testEvent, MAX.testEventsPerFunction, 'test events'),
  draft: v.optional(fileMap(MAX.filesPerFunction)),
  activeFile: v.optional(text()),
  selectedEvent: v.optional(text()),
}, 'must be an object');

// APIs: structure only. ApiRegistry.importApi applies API Gateway's own rules when the project loads.
const target = v.looseObject({ functionName: text(), qualifier: v.optional(text()) }, 'must be an object with a functionName');
const api = v.looseObject({
  id: matching(/^[a-z0-9]{1,64}$/, 'must be 1 to 64 lower-case letters or digits'),
  name: text(),
  kind: v.picklist(['http', 'rest', 'url'], 'must be http, rest or url'),
  payloadFormat: v.picklist(['1.0', '2.0'], 'must be 1.0 or 2.0'),
  routes: list(v.looseObject({ routeKey: text(), target, apiKeyRequired: v.optional(flag()), authorizerId: v.optional(text()) }, 'must be an object'), MAX.routesPerApi, 'routes'),
  stages: list(v.looseObject({ name: text(), variables: stringMap() }, 'must be an object'), MAX.stagesPerApi, 'stages'),
  apiKeys: v.array(v.looseObject({ id: text(), name: text(), value: text(), enabled: flag() }, 'must be an object'), 'must be a list'),
  authorizers: v.array(v.looseObject({
    id: text(), name: text(), target, identitySources: v.array(text(), 'must be a list'), enableSimpleResponses: flag(),
  }, 'must be an object'), 'must be a list'),
  cors: v.optional(v.looseObject({
    allowOrigins: v.array(text(), 'must be a list'), allowMethods: v.array(text(), 'must be a list'),
    allowHeaders: v.array(text(), 'must be a list'), exposeHeaders: v.array(text(), 'must be a list'),
    maxAge: v.optional(v.number('must be a number')), allowCredentials: v.optional(flag()),
  }, 'must be an object')),
  binaryMediaTypes: v.optional(v.array(text(), 'must be a list')),
  createdDate: v.number('must be a number (milliseconds since 1970)'),
}, 'must be an object');

const savedRequest = v.looseObject({
  name: text(), method: text(), path: text(), stage: v.optional(text()),
  headers: v.array(v.tuple([text(), text()], 'must be a [name, value] pair'), 'must be a list'),
  body: v.pipe(text(), v.check((t) => fitsInBytes(t, MAX.fileBytes), 'is larger than 2 MB')),
}, 'must be an object');

// Reserved for S3: the inner shape belongs to the S3 service; only the name is checked here.
const bucket = v.looseObject({
  name: v.pipe(text(), v.minLength(1, 'must not be empty'), v.maxLength(63, 'must be at most 63 characters')),
  notifications: v.optional(v.array(v.unknown(), 'must be a list')),
  seedObjects: v.optional(v.array(v.unknown(), 'must be a list')),
}, 'must be an object');

// DynamoDB owns a table's shape (TableDef); the document checks the name and that seeds are items.
const table = v.looseObject({
  name: v.pipe(text(), v.regex(/^[a-zA-Z0-9_.-]{3,255}$/, 'must be 3 to 255 letters, digits, _ . or -')),
  partitionKey: v.looseObject({ name: text(), type: v.picklist(['S', 'N', 'B'], 'must be S, N or B') }, 'must be an object with name and type'),
  seedItems: v.optional(v.array(plainRecord(text(), v.unknown(), 'must be an item in DynamoDB JSON'), 'must be a list')),
}, 'must be an object');

/** The whole version-2 document. Defaults fill the parts a hand-written document may leave out. */
export const ProjectSchema = v.strictObject({
  format: v.literal(PROJECT_FORMAT, `must be "${PROJECT_FORMAT}"`),
  version: v.literal(PROJECT_VERSION, `must be ${PROJECT_VERSION}`),
  name: v.pipe(text(), v.minLength(1, 'must not be empty'), v.maxLength(MAX.projectNameLength, `must be at most ${MAX.projectNameLength} characters`)),
  selected: v.optional(text()),
  functions: list(projectFunction, MAX.functions, 'functions'),
  apis: v.optional(list(api, MAX.apis, 'APIs'), []),
  savedRequests: v.optional(v.record(text(), list(savedRequest, MAX.savedRequestsPerApi, 'saved requests'), 'must be an object of lists per API id'), {}),
  site: v.optional(v.strictObject({ files: fileMap(MAX.siteFiles) }, 'must be an object with files'), { files: {} }),
  buckets: v.optional(list(bucket, MAX.buckets, 'buckets')),
  roles: v.optional(v.array(v.unknown(), 'must be a list')),
  permissions: v.optional(v.array(v.unknown(), 'must be a list')),
  eventInvokeConfigs: v.optional(v.array(v.unknown(), 'must be a list')),
  tables: v.optional(list(table, MAX.tables, 'tables')),
  eventSourceMappings: v.optional(v.array(v.unknown(), 'must be a list')),
  // SQS, SNS and EventBridge own these shapes and check them when the project opens.
  queues: v.optional(v.array(v.unknown(), 'must be a list')),
  topics: v.optional(v.array(v.unknown(), 'must be a list')),
  rules: v.optional(v.array(v.unknown(), 'must be a list')),
  lessons: v.optional(LessonsSchema),
}, 'must be an object');
