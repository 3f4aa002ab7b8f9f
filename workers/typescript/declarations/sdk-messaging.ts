// Declarations of @aws-sdk/client-sqs and @aws-sdk/client-sns as the playground serves them: the
// queue and topic commands its SQS and SNS implement, with SDK v3's shapes, enums and exceptions.
import { packageDeclarations, type OperationDecl } from './sdk-common';

const op = (name: string, input: string | null, output: string | null, optionalInput = false): OperationDecl => ({ name, input, output, optionalInput });
const names = (list: string) => Object.fromEntries(list.split(/\s+/).filter(Boolean).map((name) => [name, '']));
const enumValues = (name: string, values: Record<string, string>) =>
  `export declare const ${name}: { ${Object.entries(values).map(([k, v]) => `readonly ${k}: '${v}'`).join('; ')} };\nexport type ${name} = (typeof ${name})[keyof typeof ${name}];`;
const same = (values: string) => Object.fromEntries(values.split(' ').map((v) => [v, v]));

const SQS_BODY = `
${enumValues('QueueAttributeName', same('All ApproximateNumberOfMessages ApproximateNumberOfMessagesDelayed ApproximateNumberOfMessagesNotVisible ContentBasedDeduplication CreatedTimestamp DeduplicationScope DelaySeconds FifoQueue FifoThroughputLimit KmsDataKeyReusePeriodSeconds KmsMasterKeyId LastModifiedTimestamp MaximumMessageSize MessageRetentionPeriod Policy QueueArn ReceiveMessageWaitTimeSeconds RedriveAllowPolicy RedrivePolicy SqsManagedSseEnabled VisibilityTimeout'))}
${enumValues('MessageSystemAttributeName', same('AWSTraceHeader All ApproximateFirstReceiveTimestamp ApproximateReceiveCount DeadLetterQueueSourceArn MessageDeduplicationId MessageGroupId SenderId SentTimestamp SequenceNumber'))}
${enumValues('MessageSystemAttributeNameForSends', same('AWSTraceHeader'))}
export interface MessageAttributeValue { DataType: string | undefined; StringValue?: string; BinaryValue?: Uint8Array; StringListValues?: string[]; BinaryListValues?: Uint8Array[] }
export interface Message {
  MessageId?: string; ReceiptHandle?: string; MD5OfBody?: string; Body?: string;
  Attributes?: Partial<Record<MessageSystemAttributeName, string>>;
  MD5OfMessageAttributes?: string; MessageAttributes?: Record<string, MessageAttributeValue>;
}
export interface CreateQueueRequest { QueueName: string | undefined; Attributes?: Partial<Record<QueueAttributeName, string>>; tags?: Record<string, string> }
export interface CreateQueueResult { QueueUrl?: string }
export interface GetQueueUrlRequest { QueueName: string | undefined; QueueOwnerAWSAccountId?: string }
export interface GetQueueUrlResult { QueueUrl?: string }
export interface GetQueueAttributesRequest { QueueUrl: string | undefined; AttributeNames?: QueueAttributeName[] }
export interface GetQueueAttributesResult { Attributes?: Partial<Record<QueueAttributeName, string>> }
export interface SetQueueAttributesRequest { QueueUrl: string | undefined; Attributes: Partial<Record<QueueAttributeName, string>> | undefined }
export interface ListQueuesRequest { QueueNamePrefix?: string; NextToken?: string; MaxResults?: number }
export interface ListQueuesResult { QueueUrls?: string[]; NextToken?: string }
export interface ListDeadLetterSourceQueuesRequest { QueueUrl: string | undefined; NextToken?: string; MaxResults?: number }
export interface ListDeadLetterSourceQueuesResult { queueUrls: string[] | undefined; NextToken?: string }
export interface QueueUrlRequest { QueueUrl: string | undefined }
export interface SendMessageRequest {
  QueueUrl: string | undefined; MessageBody: string | undefined; DelaySeconds?: number;
  MessageAttributes?: Record<string, MessageAttributeValue>; MessageSystemAttributes?: Record<string, MessageAttributeValue>;
  MessageDeduplicationId?: string; MessageGroupId?: string;
}
export interface SendMessageResult { MD5OfMessageBody?: string; MD5OfMessageAttributes?: string; MD5OfMessageSystemAttributes?: string; MessageId?: string; SequenceNumber?: string }
export interface SendMessageBatchRequestEntry extends Omit<SendMessageRequest, 'QueueUrl'> { Id: string | undefined }
export interface SendMessageBatchRequest { QueueUrl: string | undefined; Entries: SendMessageBatchRequestEntry[] | undefined }
export interface BatchResultErrorEntry { Id: string | undefined; SenderFault: boolean | undefined; Code: string | undefined; Message?: string }
export interface SendMessageBatchResult { Successful: (SendMessageResult & { Id: string | undefined })[] | undefined; Failed: BatchResultErrorEntry[] | undefined }
export interface ReceiveMessageRequest {
  QueueUrl: string | undefined; MaxNumberOfMessages?: number; VisibilityTimeout?: number; WaitTimeSeconds?: number;
  /** @deprecated Use MessageSystemAttributeNames. */
  AttributeNames?: QueueAttributeName[];
  MessageSystemAttributeNames?: MessageSystemAttributeName[]; MessageAttributeNames?: string[]; ReceiveRequestAttemptId?: string;
}
export interface ReceiveMessageResult { Messages?: Message[] }
export interface DeleteMessageRequest { QueueUrl: string | undefined; ReceiptHandle: string | undefined }
export interface DeleteMessageBatchRequest { QueueUrl: string | undefined; Entries: { Id: string | undefined; ReceiptHandle: string | undefined }[] | undefined }
export interface BatchResult { Successful: { Id: string | undefined }[] | undefined; Failed: BatchResultErrorEntry[] | undefined }
export interface ChangeMessageVisibilityRequest { QueueUrl: string | undefined; ReceiptHandle: string | undefined; VisibilityTimeout: number | undefined }
export interface ChangeMessageVisibilityBatchRequest { QueueUrl: string | undefined; Entries: { Id: string | undefined; ReceiptHandle: string | undefined; VisibilityTimeout?: number }[] | undefined }
export declare function paginateListQueues(config: PaginationConfiguration<SQSClient>, input: ListQueuesCommandInput): Paginator<ListQueuesCommandOutput>;
`;

export const CLIENT_SQS = packageDeclarations({
  service: 'sqs',
  client: 'SQSClient',
  baseException: 'SQSServiceException',
  operations: [
    op('CreateQueue', 'CreateQueueRequest', 'CreateQueueResult'), op('GetQueueUrl', 'GetQueueUrlRequest', 'GetQueueUrlResult'),
    op('GetQueueAttributes', 'GetQueueAttributesRequest', 'GetQueueAttributesResult'), op('SetQueueAttributes', 'SetQueueAttributesRequest', null),
    op('ListQueues', 'ListQueuesRequest', 'ListQueuesResult', true), op('ListDeadLetterSourceQueues', 'ListDeadLetterSourceQueuesRequest', 'ListDeadLetterSourceQueuesResult'),
    op('DeleteQueue', 'QueueUrlRequest', null), op('PurgeQueue', 'QueueUrlRequest', null),
    op('SendMessage', 'SendMessageRequest', 'SendMessageResult'), op('SendMessageBatch', 'SendMessageBatchRequest', 'SendMessageBatchResult'),
    op('ReceiveMessage', 'ReceiveMessageRequest', 'ReceiveMessageResult'), op('DeleteMessage', 'DeleteMessageRequest', null),
    op('DeleteMessageBatch', 'DeleteMessageBatchRequest', 'BatchResult'), op('ChangeMessageVisibility', 'ChangeMessageVisibilityRequest', null),
    op('ChangeMessageVisibilityBatch', 'ChangeMessageVisibilityBatchRequest', 'BatchResult'),
  ],
  exceptions: names(`InvalidAddress InvalidSecurity OverLimit QueueDoesNotExist RequestThrottled UnsupportedOperation
    ResourceNotFoundException MessageNotInflight ReceiptHandleIsInvalid BatchEntryIdsNotDistinct EmptyBatchRequest
    InvalidBatchEntryId TooManyEntriesInBatchRequest InvalidAttributeName InvalidAttributeValue QueueDeletedRecently
    QueueNameExists InvalidIdFormat PurgeQueueInProgress KmsAccessDenied KmsDisabled KmsInvalidKeyUsage
    KmsInvalidState KmsNotFound KmsOptInRequired KmsThrottled InvalidMessageContents BatchRequestTooLong`),
  body: SQS_BODY,
});

const SNS_BODY = `
${enumValues('LanguageCodeString', { de_DE: 'de-DE', en_GB: 'en-GB', en_US: 'en-US', es_419: 'es-419', es_ES: 'es-ES', fr_CA: 'fr-CA', fr_FR: 'fr-FR', it_IT: 'it-IT', jp_JP: 'ja-JP', kr_KR: 'kr-KR', pt_BR: 'pt-BR', zh_CN: 'zh-CN', zh_TW: 'zh-TW' })}
${enumValues('NumberCapability', same('MMS SMS VOICE'))}
${enumValues('RouteType', same('Premium Promotional Transactional'))}
${enumValues('SMSSandboxPhoneNumberVerificationStatus', same('Pending Verified'))}
export interface MessageAttributeValue { DataType: string | undefined; StringValue?: string; BinaryValue?: Uint8Array }
export interface Tag { Key: string | undefined; Value: string | undefined }
export interface CreateTopicInput { Name: string | undefined; Attributes?: Record<string, string>; Tags?: Tag[] }
export interface CreateTopicResponse { TopicArn?: string }
export interface TopicArnInput { TopicArn: string | undefined }
export interface ListTopicsInput { NextToken?: string }
export interface ListTopicsResponse { Topics?: { TopicArn?: string }[]; NextToken?: string }
export interface GetTopicAttributesResponse { Attributes?: Record<string, string> }
export interface SetTopicAttributesInput { TopicArn: string | undefined; AttributeName: string | undefined; AttributeValue?: string }
export interface SubscribeInput { TopicArn: string | undefined; Protocol: string | undefined; Endpoint?: string; Attributes?: Record<string, string>; ReturnSubscriptionArn?: boolean }
export interface SubscribeResponse { SubscriptionArn?: string }
export interface SubscriptionArnInput { SubscriptionArn: string | undefined }
export interface Subscription { SubscriptionArn?: string; Owner?: string; Protocol?: string; Endpoint?: string; TopicArn?: string }
export interface ListSubscriptionsInput { NextToken?: string }
export interface ListSubscriptionsResponse { Subscriptions?: Subscription[]; NextToken?: string }
export interface ListSubscriptionsByTopicInput { TopicArn: string | undefined; NextToken?: string }
export interface GetSubscriptionAttributesResponse { Attributes?: Record<string, string> }
export interface SetSubscriptionAttributesInput { SubscriptionArn: string | undefined; AttributeName: string | undefined; AttributeValue?: string }
export interface PublishInput {
  TopicArn?: string; TargetArn?: string; PhoneNumber?: string; Message: string | undefined; Subject?: string; MessageStructure?: string;
  MessageAttributes?: Record<string, MessageAttributeValue>; MessageDeduplicationId?: string; MessageGroupId?: string;
}
export interface PublishResponse { MessageId?: string; SequenceNumber?: string }
export interface PublishBatchRequestEntry { Id: string | undefined; Message: string | undefined; Subject?: string; MessageStructure?: string; MessageAttributes?: Record<string, MessageAttributeValue>; MessageDeduplicationId?: string; MessageGroupId?: string }
export interface PublishBatchInput { TopicArn: string | undefined; PublishBatchRequestEntries: PublishBatchRequestEntry[] | undefined }
export interface PublishBatchResponse { Successful?: { Id?: string; MessageId?: string; SequenceNumber?: string }[]; Failed?: { Id: string | undefined; Code: string | undefined; Message?: string; SenderFault: boolean | undefined }[] }
export declare function paginateListTopics(config: PaginationConfiguration<SNSClient>, input: ListTopicsCommandInput): Paginator<ListTopicsCommandOutput>;
export declare function paginateListSubscriptions(config: PaginationConfiguration<SNSClient>, input: ListSubscriptionsCommandInput): Paginator<ListSubscriptionsCommandOutput>;
export declare function paginateListSubscriptionsByTopic(config: PaginationConfiguration<SNSClient>, input: ListSubscriptionsByTopicCommandInput): Paginator<ListSubscriptionsByTopicCommandOutput>;
`;

export const CLIENT_SNS = packageDeclarations({
  service: 'sns',
  client: 'SNSClient',
  baseException: 'SNSServiceException',
  operations: [
    op('CreateTopic', 'CreateTopicInput', 'CreateTopicResponse'), op('DeleteTopic', 'TopicArnInput', null),
    op('ListTopics', 'ListTopicsInput', 'ListTopicsResponse', true), op('GetTopicAttributes', 'TopicArnInput', 'GetTopicAttributesResponse'),
    op('SetTopicAttributes', 'SetTopicAttributesInput', null), op('Subscribe', 'SubscribeInput', 'SubscribeResponse'),
    op('Unsubscribe', 'SubscriptionArnInput', null), op('ListSubscriptions', 'ListSubscriptionsInput', 'ListSubscriptionsResponse', true),
    op('ListSubscriptionsByTopic', 'ListSubscriptionsByTopicInput', 'ListSubscriptionsResponse'),
    op('GetSubscriptionAttributes', 'SubscriptionArnInput', 'GetSubscriptionAttributesResponse'),
    op('SetSubscriptionAttributes', 'SetSubscriptionAttributesInput', null),
    op('Publish', 'PublishInput', 'PublishResponse'), op('PublishBatch', 'PublishBatchInput', 'PublishBatchResponse'),
  ],
  exceptions: {
    ...names(`AuthorizationErrorException InternalErrorException InvalidParameterException NotFoundException ThrottledException
      FilterPolicyLimitExceededException ReplayLimitExceededException SubscriptionLimitExceededException OptedOutException
      UserErrorException ConcurrentAccessException InvalidSecurityException StaleTagException TagLimitExceededException
      TagPolicyException TopicLimitExceededException ResourceNotFoundException InvalidStateException
      EndpointDisabledException InvalidParameterValueException KMSAccessDeniedException KMSDisabledException
      KMSInvalidStateException KMSNotFoundException KMSOptInRequired KMSThrottlingException
      PlatformApplicationDisabledException BatchEntryIdsNotDistinctException BatchRequestTooLongException
      EmptyBatchRequestException InvalidBatchEntryIdException TooManyEntriesInBatchRequestException`),
    ValidationException: 'Message: string | undefined',
    VerificationException: 'Message: string | undefined; Status: string | undefined',
  },
  body: SNS_BODY,
});
