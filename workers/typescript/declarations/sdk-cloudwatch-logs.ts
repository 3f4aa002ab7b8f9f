// Declarations of @aws-sdk/client-cloudwatch-logs as the playground serves it, for the editor: log
// groups, streams, events, filtering and retention, with their input and output shapes.
import { packageDeclarations, type OperationDecl } from './sdk-common';

const op = (name: string, input: string, output: string | null, optionalInput = false): OperationDecl => ({ name, input, output, optionalInput });

const BODY = `
export type OrderBy = 'LastEventTime' | 'LogStreamName';
export declare const OrderBy: { readonly LastEventTime: 'LastEventTime'; readonly LogStreamName: 'LogStreamName' };
export type LogGroupClass = 'STANDARD' | 'INFREQUENT_ACCESS' | 'DELIVERY';
export declare const LogGroupClass: { readonly DELIVERY: 'DELIVERY'; readonly INFREQUENT_ACCESS: 'INFREQUENT_ACCESS'; readonly STANDARD: 'STANDARD' };
export interface LogGroup {
  logGroupName?: string; creationTime?: number; retentionInDays?: number; metricFilterCount?: number; arn?: string;
  storedBytes?: number; logGroupClass?: LogGroupClass; logGroupArn?: string;
}
export interface DescribeLogGroupsInput { logGroupNamePrefix?: string; logGroupNamePattern?: string; nextToken?: string; limit?: number; includeLinkedAccounts?: boolean; logGroupClass?: LogGroupClass }
export interface DescribeLogGroupsOutput { logGroups?: LogGroup[]; nextToken?: string }
export interface LogStream {
  logStreamName?: string; creationTime?: number; firstEventTimestamp?: number; lastEventTimestamp?: number; lastIngestionTime?: number;
  uploadSequenceToken?: string; arn?: string; storedBytes?: number;
}
export interface DescribeLogStreamsInput {
  logGroupName?: string; logGroupIdentifier?: string; logStreamNamePrefix?: string; orderBy?: OrderBy; descending?: boolean; nextToken?: string; limit?: number;
}
export interface DescribeLogStreamsOutput { logStreams?: LogStream[]; nextToken?: string }
export interface OutputLogEvent { timestamp?: number; message?: string; ingestionTime?: number }
export interface GetLogEventsInput {
  logGroupName?: string; logGroupIdentifier?: string; logStreamName: string | undefined; startTime?: number; endTime?: number;
  nextToken?: string; limit?: number; startFromHead?: boolean; unmask?: boolean;
}
export interface GetLogEventsOutput { events?: OutputLogEvent[]; nextForwardToken?: string; nextBackwardToken?: string }
export interface FilteredLogEvent { logStreamName?: string; timestamp?: number; message?: string; ingestionTime?: number; eventId?: string }
export interface SearchedLogStream { logStreamName?: string; searchedCompletely?: boolean }
export interface FilterLogEventsInput {
  logGroupName?: string; logGroupIdentifier?: string; logStreamNames?: string[]; logStreamNamePrefix?: string; startTime?: number; endTime?: number;
  filterPattern?: string; nextToken?: string; limit?: number; interleaved?: boolean; unmask?: boolean;
}
export interface FilterLogEventsOutput { events?: FilteredLogEvent[]; searchedLogStreams?: SearchedLogStream[]; nextToken?: string }
export interface PutRetentionPolicyInput { logGroupName: string | undefined; retentionInDays: number | undefined }
export interface DeleteRetentionPolicyInput { logGroupName: string | undefined }
export interface CreateLogGroupInput { logGroupName: string | undefined; kmsKeyId?: string; tags?: Record<string, string>; logGroupClass?: LogGroupClass }
export interface CreateLogStreamInput { logGroupName: string | undefined; logStreamName: string | undefined }
export interface InputLogEvent { timestamp: number | undefined; message: string | undefined }
export interface PutLogEventsInput { logGroupName: string | undefined; logStreamName: string | undefined; logEvents: InputLogEvent[] | undefined; sequenceToken?: string }
export interface RejectedLogEventsInfo { tooNewLogEventStartIndex?: number; tooOldLogEventEndIndex?: number; expiredLogEventEndIndex?: number }
export interface PutLogEventsOutput { nextSequenceToken?: string; rejectedLogEventsInfo?: RejectedLogEventsInfo }
export declare function paginateDescribeLogGroups(config: PaginationConfiguration<CloudWatchLogsClient>, input: DescribeLogGroupsCommandInput): Paginator<DescribeLogGroupsCommandOutput>;
export declare function paginateDescribeLogStreams(config: PaginationConfiguration<CloudWatchLogsClient>, input: DescribeLogStreamsCommandInput): Paginator<DescribeLogStreamsCommandOutput>;
export declare function paginateFilterLogEvents(config: PaginationConfiguration<CloudWatchLogsClient>, input: FilterLogEventsCommandInput): Paginator<FilterLogEventsCommandOutput>;
export declare function paginateGetLogEvents(config: PaginationConfiguration<CloudWatchLogsClient>, input: GetLogEventsCommandInput): Paginator<GetLogEventsCommandOutput>;
`;

export const CLIENT_CLOUDWATCH_LOGS = packageDeclarations({
  service: 'logs',
  client: 'CloudWatchLogsClient',
  baseException: 'CloudWatchLogsServiceException',
  operations: [
    op('DescribeLogGroups', 'DescribeLogGroupsInput', 'DescribeLogGroupsOutput', true),
    op('DescribeLogStreams', 'DescribeLogStreamsInput', 'DescribeLogStreamsOutput', true),
    op('GetLogEvents', 'GetLogEventsInput', 'GetLogEventsOutput'),
    op('FilterLogEvents', 'FilterLogEventsInput', 'FilterLogEventsOutput', true),
    op('PutRetentionPolicy', 'PutRetentionPolicyInput', null),
    op('DeleteRetentionPolicy', 'DeleteRetentionPolicyInput', null),
    op('CreateLogGroup', 'CreateLogGroupInput', null),
    op('CreateLogStream', 'CreateLogStreamInput', null),
    op('PutLogEvents', 'PutLogEventsInput', 'PutLogEventsOutput'),
  ],
  exceptions: Object.fromEntries(
    `AccessDeniedException ConflictException DataAlreadyAcceptedException InvalidOperationException InvalidParameterException
    InvalidSequenceTokenException LimitExceededException MalformedQueryException OperationAbortedException ResourceAlreadyExistsException
    ResourceNotFoundException ServiceQuotaExceededException ServiceUnavailableException SessionStreamingException SessionTimeoutException
    ThrottlingException TooManyTagsException UnrecognizedClientException ValidationException`.split(/\s+/).filter(Boolean).map((name) => [name, '']),
  ),
  body: BODY,
});
