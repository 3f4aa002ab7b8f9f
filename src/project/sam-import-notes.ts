// What a SAM import reports about the parts it changed or left out: each note a code with values and
// its English text, so the import dialog can say it in the interface language. AWS names, ARNs and
// AWS's own messages inside a note are values, kept as they are.
import { diagnose, type DiagnosticOf } from '../engine/diagnostic';

const LEFT_OUT = 'left out';

/** How a ScheduleV2 event differs as a scheduled rule. */
export interface ScheduleV2Approximation {
  name: string;
  /** No Input: the function receives the rule's Scheduled Event. */
  noInput: boolean;
  /** A FlexibleTimeWindow other than OFF. */
  window: boolean;
  /** A time zone other than UTC, or ''. */
  zone: string;
  /** StartDate or EndDate given. */
  dates: boolean;
  /** OmitName given. */
  omitName: boolean;
}

export const SAM_IMPORT_NOTES = {
  // The template as a whole
  notSamTransform: (v: { transform: string }) => `is not ${v.transform}: this may not be a SAM template; imported what could be read`,
  sectionIgnored: () => 'not supported; ignored (resources are imported whatever their conditions)',
  globalsIgnored: () => 'not supported; ignored',
  unknownTag: (v: { tag: string }) => `${v.tag}; the value was read as plain text`,
  typeNotSupported: (v: { type: string }) => `type ${v.type} is not supported yet; ${LEFT_OUT}`,
  notSupported: () => `not supported by the playground; ${LEFT_OUT}`,
  notANumber: (v: { text: string }) => `${v.text} is not a number; ${LEFT_OUT}`,
  notABoolean: (v: { text: string }) => `${v.text} is not true or false; ${LEFT_OUT}`,
  notText: () => `${LEFT_OUT}: not a text file (the playground keeps code as text)`,
  parameterDefault: (v: { value: string }) => `used its default value, ${v.value}`,
  unresolvedRef: (v: { name: string }) => `cannot resolve ${v.name}: it is not a parameter with a default or a resource the playground imports`,
  unresolved: (v: { name: string }) => `cannot resolve ${v.name}; the value was left out`,
  unresolvedValue: () => 'cannot resolve this value; the value was left out',
  oneRegion: () => 'the playground has one region; ignored',
  // Functions and their code
  runtimeNotNode: (v: { runtime: string }) => `runtime ${v.runtime} is not supported: the playground runs Node.js functions; function ${LEFT_OUT}`,
  runtimeNearest: (v: { runtime: string; nearest: number }) => `runtime ${v.runtime} runs as nodejs${v.nearest}.x here`,
  imageFunction: () => `container image functions are not supported; function ${LEFT_OUT}`,
  handlerMissing: () => `a function needs a Handler such as app.handler; function ${LEFT_OUT}`,
  arm64: () => 'arm64 makes no difference here; the playground runs the code in the browser',
  autoPublishAlias: (v: { alias: string }) => `alias ${v.alias} points at $LATEST until you publish a version; events invoke $LATEST here, while SAM sends them through the alias`,
  codeUriNotLocal: () => 'only a local folder is supported; placeholder code was created',
  codeMissing: () => 'the template came without code; placeholder code was created',
  codeFileTooLarge: (v: { file: string }) => `${v.file} ${LEFT_OUT}: larger than the 2 MB a file may hold`,
  codeTooManyFiles: (v: { file: string; max: number }) => `${v.file} ${LEFT_OUT}: a function holds at most ${v.max} files`,
  codeNoFiles: (v: { folder: string }) => `no files under ${v.folder}; placeholder code was created`,
  dlqShape: () => `must be { Type, TargetArn }; ${LEFT_OUT}`,
  dlqType: () => `must be SQS or SNS; dead-letter queue ${LEFT_OUT}`,
  dlqArn: (v: { arn: string; type: string }) => `${v.arn} is not an ${v.type} ARN; dead-letter queue ${LEFT_OUT}`,
  dlqPermission: (v: { action: string; arn: string }) => `the function's role must be allowed ${v.action} on ${v.arn} (SAM adds that permission); grant it in the Permissions tab`,
  destinationQueue: (v: { name: string }) => `SAM makes a queue for this destination; here it is named ${v.name}`,
  destinationTopic: (v: { name: string }) => `SAM makes a topic for this destination; here it is named ${v.name}`,
  destinationNotSimulated: (v: { type: 'S3Bucket' | 'EventBridge' }) => `${v.type === 'S3Bucket' ? 'S3 bucket' : 'EventBridge event bus'} destinations are not simulated; ${LEFT_OUT}`,
  invokeConfigLatest: () => 'applies to $LATEST here, which events invoke; SAM sets it on the auto-published alias',
  permissionRefused: (v: { reason: string }) => `Lambda refuses this permission (${v.reason}); ${LEFT_OUT}`,
  // APIs and function URLs
  authorizerKind: () => `only Lambda authorizers are supported (not JWT, Cognito or IAM); ${LEFT_OUT}, so its routes are open here`,
  authorizerFunction: () => `must name a function of this template (!GetAtt MyFunction.Arn); authorizer ${LEFT_OUT}`,
  authorizerToken: () => 'a TOKEN authorizer becomes a REQUEST authorizer here: it receives the whole request, not just the token',
  authorizerPayload: () => 'receives the 2.0 authorizer event here (payload format 1.0 is not simulated)',
  authorizerNotImported: (v: { name: string }) => `authorizer ${v.name} was not imported, so the route is open here`,
  usagePlan: (v: { key: string }) => `became one API key, ${v.key}, with a new value (see the API's keys); quotas and throttling are not simulated`,
  apiEventApi: (v: { type: string }) => `must reference an ${v.type} of this template; event ${LEFT_OUT}`,
  apiEventRoute: () => `needs a Path and a Method; event ${LEFT_OUT}`,
  payloadFormatPerApi: () => 'the playground sets the payload format per API; this API keeps 2.0',
  routeTaken: (v: { route: string }) => `route ${v.route} is already defined on this API; event ${LEFT_OUT}`,
  urlIamAuth: () => 'AWS_IAM auth is not simulated: the URL is open to anyone here',
  urlStreaming: () => 'response streaming is not simulated: the URL answers buffered',
  // Events
  s3EventBucket: () => `must be !Ref to an AWS::S3::Bucket of this template; event ${LEFT_OUT}`,
  s3EventTypes: () => `needs at least one S3 event type; event ${LEFT_OUT}`,
  eventTypeNotSupported: (v: { type: string }) => `event type ${v.type} is not supported yet; ${LEFT_OUT}`,
  filterCriteria: () => 'event filtering is not simulated: the mapping is imported without it, so every message reaches the function',
  snsQueue: (v: { queue: string }) => `SAM makes a queue between the topic and the function; here it is named ${v.queue}`,
  // Tables and streams
  tableName: (v: { given: string; name: string }) => `${v.given} is not a DynamoDB table name (3 to 255 letters, digits, _ . or -); the table is named ${v.name}`,
  tableKeys: () => `needs KeySchema and AttributeDefinitions; table ${LEFT_OUT}`,
  simpleTableKey: () => `needs a Name and a Type of String, Number or Binary; table ${LEFT_OUT}`,
  tableRefused: (v: { reason: string }) => `DynamoDB refuses this table (${v.reason}); table ${LEFT_OUT}`,
  streamDestination: () => `Lambda refuses it for a stream (an SQS queue, SNS topic or S3 bucket is needed); ${LEFT_OUT}`,
  streamRef: () => `must be !GetAtt <Table>.StreamArn of a table of this template; event ${LEFT_OUT}`,
  streamTableLeftOut: (v: { table: string }) => `table ${v.table} was left out, so this event is too`,
  streamNone: (v: { table: string }) => `table ${v.table} has no StreamSpecification, so it has no stream; event ${LEFT_OUT}`,
  streamStartingPosition: () => `is required for a DynamoDB stream (TRIM_HORIZON or LATEST); event ${LEFT_OUT}`,
  mappingRefused: (v: { reason: string }) => `Lambda refuses this event source mapping (${v.reason}); event ${LEFT_OUT}`,
  streamTaken: (v: { table: string }) => `another DynamoDB event of this function already reads the stream of ${v.table}, and Lambda allows one mapping per stream and function; event ${LEFT_OUT}`,
  // Queues, topics, subscriptions and rules
  queueStandIn: (v: { arn: string; name: string }) => `${v.arn} is not a queue of this template; the project gets a queue named ${v.name} to stand for it`,
  topicStandIn: (v: { arn: string; name: string }) => `${v.arn} is not a topic of this template; the project gets a topic named ${v.name} to stand for it`,
  functionLeftOut: (v: { id: string }) => `function ${v.id} was left out, so this is too`,
  notAFunction: (v: { text: string }) => `${v.text} is not a function of this template; ${LEFT_OUT}`,
  subscriptionProtocol: (v: { protocol: string }) => `protocol ${v.protocol}: the playground delivers to lambda and sqs subscriptions only; subscription ${LEFT_OUT}`,
  subscriptionRoleArn: () => 'kept, but only Firehose subscriptions use it',
  queuePolicy: () => `queue policies are not simulated (topics and rules deliver to the project's queues without one); ${LEFT_OUT}`,
  ruleRetries: () => `EventBridge's own retries and dead-letter queue are not simulated (Lambda's asynchronous retries are); ${LEFT_OUT}`,
  scheduleAt: () => `one-time schedules (at(…)) are not simulated; event ${LEFT_OUT}`,
  scheduleV2: (v: ScheduleV2Approximation) =>
    [
      `runs as the EventBridge scheduled rule ${v.name} (EventBridge Scheduler is not simulated)`,
      ...(v.noInput ? ["with no Input the function receives the rule's Scheduled Event, not what EventBridge Scheduler sends"] : []),
      ...(v.window ? ['FlexibleTimeWindow is ignored: it fires at the scheduled time, never later in the window'] : []),
      ...(v.zone ? [`cron expressions run in UTC here, not in ${v.zone}`] : []),
      ...(v.dates ? ['StartDate and EndDate are ignored: it fires from the import on, with no end'] : []),
      ...(v.omitName ? ['the schedule keeps a name (the logical id) here'] : []),
    ].join('; '),
  otherBus: (v: { bus: string }) => `the playground has only the default event bus; the rule listens there, not on ${v.bus}`,
  ruleTargetNotLambda: () => `the playground's rules deliver to Lambda functions only; target ${LEFT_OUT}`,
  ruleRoleArn: () => 'not needed here: rules invoke functions as their permissions allow; ignored',
};

export type SamImportNoteCode = keyof typeof SAM_IMPORT_NOTES;
/** One note, as a code with its values. */
export type SamImportNote = DiagnosticOf<typeof SAM_IMPORT_NOTES>;
/** A note as arguments: its code, then the values that code's text takes. */
export type SamImportNoteArgs = { [N in SamImportNote as N['code']]: [code: N['code'], values: N['values']] }[SamImportNoteCode];

/** A report line about `path`: the note's English text, and the note itself. */
export function samImportNote(path: string, ...[code, values]: SamImportNoteArgs): { path: string; message: string; note: SamImportNote } {
  const { diagnostic, english } = diagnose(SAM_IMPORT_NOTES, code, values as never);
  return { path, message: english, note: diagnostic };
}
