// `@aws-sdk/client-sns` inside the sandbox: SNSClient, the commands the playground's SNS serves, the
// aggregated SNS class, the paginators, the modeled exceptions and the enum objects handlers import.
// SNS speaks the AWS Query protocol, which has no path labels, so inputs go as they are.
import type { SdkErrorInfo, SdkService } from '../../../src/engine/sdk/types';
import { aggregateClient, defineClient, defineCommand, sdkPackage, type ClientDeps, type CommandClass } from './client';
import { createPaginator } from './client-dynamodb';
import { exceptionClass, serviceBase, toException, type ExceptionClass, type ModeledOptions, type ServiceException } from './errors';

type Input = Record<string, unknown>;

/** The wire name of the service (a member of SdkService once the host serves SNS). */
const SNS = 'sns' as SdkService;

const OPERATIONS = [
  'CreateTopic', 'DeleteTopic', 'ListTopics', 'GetTopicAttributes', 'SetTopicAttributes',
  'Subscribe', 'Unsubscribe', 'ListSubscriptions', 'ListSubscriptionsByTopic', 'GetSubscriptionAttributes', 'SetSubscriptionAttributes',
  'Publish', 'PublishBatch',
] as const;

/** Every modeled error of the real client (models/errors.ts); InternalErrorException is the server's fault. */
const MODELED = [
  'AuthorizationErrorException', 'InternalErrorException', 'InvalidParameterException', 'NotFoundException', 'ThrottledException',
  'FilterPolicyLimitExceededException', 'ReplayLimitExceededException', 'SubscriptionLimitExceededException', 'OptedOutException',
  'UserErrorException', 'ConcurrentAccessException', 'InvalidSecurityException', 'StaleTagException', 'TagLimitExceededException',
  'TagPolicyException', 'TopicLimitExceededException', 'ResourceNotFoundException', 'InvalidStateException', 'ValidationException',
  'EndpointDisabledException', 'InvalidParameterValueException', 'KMSAccessDeniedException', 'KMSDisabledException',
  'KMSInvalidStateException', 'KMSNotFoundException', 'KMSOptInRequired', 'KMSThrottlingException',
  'PlatformApplicationDisabledException', 'BatchEntryIdsNotDistinctException', 'BatchRequestTooLongException',
  'EmptyBatchRequestException', 'InvalidBatchEntryIdException', 'TooManyEntriesInBatchRequestException', 'VerificationException',
] as const;

/** Members a modeled error's constructor copies from its options, so `new X({ ..., Message })` in a handler's test keeps them. */
const MEMBERS: Partial<Record<(typeof MODELED)[number], readonly string[]>> = {
  ValidationException: ['Message'],
  VerificationException: ['Message', 'Status'],
};

/** The enum objects of the real client (models/enums.ts). */
const ENUMS = {
  LanguageCodeString: { de_DE: 'de-DE', en_GB: 'en-GB', en_US: 'en-US', es_419: 'es-419', es_ES: 'es-ES', fr_CA: 'fr-CA', fr_FR: 'fr-FR', it_IT: 'it-IT', jp_JP: 'ja-JP', kr_KR: 'kr-KR', pt_BR: 'pt-BR', zh_CN: 'zh-CN', zh_TW: 'zh-TW' },
  NumberCapability: { MMS: 'MMS', SMS: 'SMS', VOICE: 'VOICE' },
  RouteType: { Premium: 'Premium', Promotional: 'Promotional', Transactional: 'Transactional' },
  SMSSandboxPhoneNumberVerificationStatus: { Pending: 'Pending', Verified: 'Verified' },
};

/** A modeled error whose constructor also keeps its own members (the base class keeps only name, message, $fault, $metadata). */
function modeledException(Base: typeof ServiceException, name: string, members: readonly string[] = []): ExceptionClass {
  const Plain = exceptionClass(Base, name, name === 'InternalErrorException' ? 'server' : 'client');
  if (members.length === 0) return Plain;
  const Class = class extends Plain {
    constructor(options: ModeledOptions) {
      super(options);
      for (const member of members) (this as unknown as Input)[member] = options[member];
    }
  };
  return Object.defineProperty(Class, 'name', { value: name });
}

export function createSNSModule(deps: ClientDeps): Record<string, unknown> {
  const SNSServiceException = serviceBase('SNSServiceException');
  const modeled: Record<string, ExceptionClass> = Object.fromEntries(MODELED.map((name) => [name, modeledException(SNSServiceException, name, MEMBERS[name])]));
  const SNSClient = defineClient('SNSClient', { service: SNS, toError: (info: SdkErrorInfo) => toException(info, modeled, SNSServiceException) }, deps);
  const commands: Record<string, CommandClass> = Object.fromEntries(OPERATIONS.map((operation) => [operation, defineCommand(SNS, { operation })]));

  return sdkPackage('@aws-sdk/client-sns', {
    SNSClient,
    SNS: aggregateClient(SNSClient, 'SNS', commands),
    ...Object.fromEntries(Object.values(commands).map((Command) => [Command.name, Command])),
    // ListTopics and the subscription lists page by NextToken alone (no page size in the API).
    paginateListTopics: createPaginator(SNSClient, commands.ListTopics!, 'NextToken', 'NextToken'),
    paginateListSubscriptions: createPaginator(SNSClient, commands.ListSubscriptions!, 'NextToken', 'NextToken'),
    paginateListSubscriptionsByTopic: createPaginator(SNSClient, commands.ListSubscriptionsByTopic!, 'NextToken', 'NextToken'),
    SNSServiceException,
    ...modeled,
    ...ENUMS,
  });
}
