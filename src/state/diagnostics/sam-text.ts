// A SAM import's report in the interface language: one message per note code of the importer (a new
// code without a message here fails the type check). Names, ARNs and AWS's messages stay as they are.
import type { SamImportNote } from '../../project/sam-import-notes';
import type { ReportItem } from '../../project/sam-shared';
import { t } from '../../i18n/i18n.svelte';
import type { Texts } from './texts';

const NOTES: Texts<SamImportNote> = {
  notSamTransform: (v) => t('diagnostics.samNotSamTransform', v.transform),
  sectionIgnored: () => t('diagnostics.samSectionIgnored'),
  globalsIgnored: () => t('diagnostics.samGlobalsIgnored'),
  unknownTag: (v) => t('diagnostics.samUnknownTag', v.tag),
  typeNotSupported: (v) => t('diagnostics.samTypeNotSupported', v.type),
  notSupported: () => t('diagnostics.samNotSupported'),
  notANumber: (v) => t('diagnostics.samNotANumber', v.text),
  notABoolean: (v) => t('diagnostics.samNotABoolean', v.text),
  notText: () => t('diagnostics.samNotText'),
  parameterDefault: (v) => t('diagnostics.samParameterDefault', v.value),
  unresolvedRef: (v) => t('diagnostics.samUnresolvedRef', v.name),
  unresolved: (v) => t('diagnostics.samUnresolved', v.name),
  unresolvedValue: () => t('diagnostics.samUnresolvedValue'),
  oneRegion: () => t('diagnostics.samOneRegion'),
  runtimeNotNode: (v) => t('diagnostics.samRuntimeNotNode', v.runtime),
  runtimeNearest: (v) => t('diagnostics.samRuntimeNearest', v.runtime, v.nearest),
  imageFunction: () => t('diagnostics.samImageFunction'),
  handlerMissing: () => t('diagnostics.samHandlerMissing'),
  arm64: () => t('diagnostics.samArm64'),
  autoPublishAlias: (v) => t('diagnostics.samAutoPublishAlias', v.alias),
  codeUriNotLocal: () => t('diagnostics.samCodeUriNotLocal'),
  codeMissing: () => t('diagnostics.samCodeMissing'),
  codeFileTooLarge: (v) => t('diagnostics.samCodeFileTooLarge', v.file),
  codeTooManyFiles: (v) => t('diagnostics.samCodeTooManyFiles', v.file, v.max),
  codeNoFiles: (v) => t('diagnostics.samCodeNoFiles', v.folder),
  dlqShape: () => t('diagnostics.samDlqShape'),
  dlqType: () => t('diagnostics.samDlqType'),
  dlqArn: (v) => t('diagnostics.samDlqArn', v.arn, v.type),
  dlqPermission: (v) => t('diagnostics.samDlqPermission', v.action, v.arn),
  destinationQueue: (v) => t('diagnostics.samDestinationQueue', v.name),
  destinationTopic: (v) => t('diagnostics.samDestinationTopic', v.name),
  destinationNotSimulated: (v) => t(v.type === 'S3Bucket' ? 'diagnostics.samDestinationBucket' : 'diagnostics.samDestinationBus'),
  invokeConfigLatest: () => t('diagnostics.samInvokeConfigLatest'),
  permissionRefused: (v) => t('diagnostics.samPermissionRefused', v.reason),
  authorizerKind: () => t('diagnostics.samAuthorizerKind'),
  authorizerFunction: () => t('diagnostics.samAuthorizerFunction'),
  authorizerToken: () => t('diagnostics.samAuthorizerToken'),
  authorizerPayload: () => t('diagnostics.samAuthorizerPayload'),
  authorizerNotImported: (v) => t('diagnostics.samAuthorizerNotImported', v.name),
  usagePlan: (v) => t('diagnostics.samUsagePlan', v.key),
  apiEventApi: (v) => t('diagnostics.samApiEventApi', v.type),
  apiEventRoute: () => t('diagnostics.samApiEventRoute'),
  payloadFormatPerApi: () => t('diagnostics.samPayloadFormatPerApi'),
  routeTaken: (v) => t('diagnostics.samRouteTaken', v.route),
  urlIamAuth: () => t('diagnostics.samUrlIamAuth'),
  urlStreaming: () => t('diagnostics.samUrlStreaming'),
  s3EventBucket: () => t('diagnostics.samS3EventBucket'),
  s3EventTypes: () => t('diagnostics.samS3EventTypes'),
  eventTypeNotSupported: (v) => t('diagnostics.samEventTypeNotSupported', v.type),
  filterCriteria: () => t('diagnostics.samFilterCriteria'),
  snsQueue: (v) => t('diagnostics.samSnsQueue', v.queue),
  tableName: (v) => t('diagnostics.samTableName', v.given, v.name),
  tableKeys: () => t('diagnostics.samTableKeys'),
  simpleTableKey: () => t('diagnostics.samSimpleTableKey'),
  tableRefused: (v) => t('diagnostics.samTableRefused', v.reason),
  streamDestination: () => t('diagnostics.samStreamDestination'),
  streamRef: () => t('diagnostics.samStreamRef'),
  streamTableLeftOut: (v) => t('diagnostics.samStreamTableLeftOut', v.table),
  streamNone: (v) => t('diagnostics.samStreamNone', v.table),
  streamStartingPosition: () => t('diagnostics.samStreamStartingPosition'),
  mappingRefused: (v) => t('diagnostics.samMappingRefused', v.reason),
  streamTaken: (v) => t('diagnostics.samStreamTaken', v.table),
  queueStandIn: (v) => t('diagnostics.samQueueStandIn', v.arn, v.name),
  topicStandIn: (v) => t('diagnostics.samTopicStandIn', v.arn, v.name),
  functionLeftOut: (v) => t('diagnostics.samFunctionLeftOut', v.id),
  notAFunction: (v) => t('diagnostics.samNotAFunction', v.text),
  subscriptionProtocol: (v) => t('diagnostics.samSubscriptionProtocol', v.protocol),
  subscriptionRoleArn: () => t('diagnostics.samSubscriptionRoleArn'),
  queuePolicy: () => t('diagnostics.samQueuePolicy'),
  ruleRetries: () => t('diagnostics.samRuleRetries'),
  scheduleAt: () => t('diagnostics.samScheduleAt'),
  scheduleV2: (v) =>
    [
      t('diagnostics.samScheduleV2Rule', v.name),
      ...(v.noInput ? [t('diagnostics.samScheduleV2NoInput')] : []),
      ...(v.window ? [t('diagnostics.samScheduleV2Window')] : []),
      ...(v.zone ? [t('diagnostics.samScheduleV2Zone', v.zone)] : []),
      ...(v.dates ? [t('diagnostics.samScheduleV2Dates')] : []),
      ...(v.omitName ? [t('diagnostics.samScheduleV2Name')] : []),
    ].join('; '),
  otherBus: (v) => t('diagnostics.samOtherBus', v.bus),
  ruleTargetNotLambda: () => t('diagnostics.samRuleTargetNotLambda'),
  ruleRoleArn: () => t('diagnostics.samRuleRoleArn'),
};

/** A SAM import note in the current language. */
export function samNoteText(note: SamImportNote): string {
  return (NOTES[note.code] as (values: object) => string)(note.values);
}

/** A report line's text: its note in the current language, or the English message of a line without one (the export's). */
export function reportItemText(item: ReportItem): string {
  return item.note ? samNoteText(item.note) : item.message;
}

/** Every note code that has a message, for the tests. */
export const SAM_NOTE_CODES = Object.keys(NOTES) as SamImportNote['code'][];
