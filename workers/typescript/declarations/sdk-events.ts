// Declarations of @aws-sdk/client-eventbridge and @aws-sdk/client-lambda as the playground serves
// them: the rule, target and event commands of its EventBridge, and Lambda's Invoke.
import { packageDeclarations, type OperationDecl } from './sdk-common';

const op = (name: string, input: string | null, output: string | null, optionalInput = false): OperationDecl => ({ name, input, output, optionalInput });
const names = (list: string) => Object.fromEntries(list.split(/\s+/).filter(Boolean).map((name) => [name, '']));

const EVENTBRIDGE_BODY = `
export declare const RuleState: { readonly DISABLED: 'DISABLED'; readonly ENABLED: 'ENABLED'; readonly ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS: 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS' };
export type RuleState = (typeof RuleState)[keyof typeof RuleState];
export interface PutEventsRequestEntry { Time?: Date; Source?: string; Resources?: string[]; DetailType?: string; Detail?: string; EventBusName?: string; TraceHeader?: string }
export interface PutEventsRequest { Entries: PutEventsRequestEntry[] | undefined; EndpointId?: string }
export interface PutEventsResponse { FailedEntryCount?: number; Entries?: { EventId?: string; ErrorCode?: string; ErrorMessage?: string }[] }
export interface Tag { Key: string | undefined; Value: string | undefined }
export interface PutRuleRequest { Name: string | undefined; ScheduleExpression?: string; EventPattern?: string; State?: RuleState; Description?: string; RoleArn?: string; Tags?: Tag[]; EventBusName?: string }
export interface PutRuleResponse { RuleArn?: string }
export interface RuleNameRequest { Name: string | undefined; EventBusName?: string }
export interface Rule { Name?: string; Arn?: string; EventPattern?: string; State?: RuleState; Description?: string; ScheduleExpression?: string; RoleArn?: string; ManagedBy?: string; EventBusName?: string }
export interface DescribeRuleResponse extends Rule { CreatedBy?: string }
export interface ListRulesRequest { NamePrefix?: string; EventBusName?: string; NextToken?: string; Limit?: number }
export interface ListRulesResponse { Rules?: Rule[]; NextToken?: string }
export interface InputTransformer { InputPathsMap?: Record<string, string>; InputTemplate: string | undefined }
export interface Target {
  Id: string | undefined; Arn: string | undefined; RoleArn?: string; Input?: string; InputPath?: string; InputTransformer?: InputTransformer;
  DeadLetterConfig?: { Arn?: string }; RetryPolicy?: { MaximumRetryAttempts?: number; MaximumEventAgeInSeconds?: number };
}
export interface PutTargetsRequest { Rule: string | undefined; EventBusName?: string; Targets: Target[] | undefined }
export interface PutTargetsResponse { FailedEntryCount?: number; FailedEntries?: { TargetId?: string; ErrorCode?: string; ErrorMessage?: string }[] }
export interface RemoveTargetsRequest { Rule: string | undefined; EventBusName?: string; Ids: string[] | undefined; Force?: boolean }
export interface RemoveTargetsResponse { FailedEntryCount?: number; FailedEntries?: { TargetId?: string; ErrorCode?: string; ErrorMessage?: string }[] }
export interface ListTargetsByRuleRequest { Rule: string | undefined; EventBusName?: string; NextToken?: string; Limit?: number }
export interface ListTargetsByRuleResponse { Targets?: Target[]; NextToken?: string }
export interface TestEventPatternRequest { EventPattern: string | undefined; Event: string | undefined }
export interface TestEventPatternResponse { Result?: boolean }
`;

export const CLIENT_EVENTBRIDGE = packageDeclarations({
  service: 'eventbridge',
  client: 'EventBridgeClient',
  baseException: 'EventBridgeServiceException',
  operations: [
    op('PutEvents', 'PutEventsRequest', 'PutEventsResponse'), op('PutRule', 'PutRuleRequest', 'PutRuleResponse'),
    op('DescribeRule', 'RuleNameRequest', 'DescribeRuleResponse'), op('ListRules', 'ListRulesRequest', 'ListRulesResponse', true),
    op('DeleteRule', 'RuleNameRequest', null), op('EnableRule', 'RuleNameRequest', null), op('DisableRule', 'RuleNameRequest', null),
    op('PutTargets', 'PutTargetsRequest', 'PutTargetsResponse'), op('RemoveTargets', 'RemoveTargetsRequest', 'RemoveTargetsResponse'),
    op('ListTargetsByRule', 'ListTargetsByRuleRequest', 'ListTargetsByRuleResponse'),
    op('TestEventPattern', 'TestEventPatternRequest', 'TestEventPatternResponse'),
  ],
  exceptions: names(`AccessDeniedException ConcurrentModificationException InternalException InvalidStateException
    OperationDisabledException ResourceNotFoundException IllegalStatusException LimitExceededException
    ResourceAlreadyExistsException InvalidEventPatternException ThrottlingException ManagedRuleException PolicyLengthExceededException`),
  body: EVENTBRIDGE_BODY,
});

const LAMBDA_BODY = `
export type InvocationType = 'Event' | 'RequestResponse' | 'DryRun';
export type LogType = 'None' | 'Tail';
/** Response bytes that can also read themselves as text. */
export interface Uint8ArrayBlobAdapter extends Uint8Array { transformToString(encoding?: string): string }
export interface InvocationRequest {
  FunctionName: string | undefined;
  InvocationType?: InvocationType;
  LogType?: LogType;
  ClientContext?: string;
  /** The event, as JSON text or its bytes. */
  Payload?: string | Uint8Array;
  Qualifier?: string;
}
export interface InvocationResponse {
  StatusCode?: number;
  FunctionError?: string;
  LogResult?: string;
  Payload?: Uint8ArrayBlobAdapter;
  ExecutedVersion?: string;
}
`;

export const CLIENT_LAMBDA = packageDeclarations({
  service: 'lambda',
  client: 'LambdaClient',
  baseException: 'LambdaServiceException',
  operations: [op('Invoke', 'InvocationRequest', 'InvocationResponse')],
  exceptions: names(`ResourceNotFoundException TooManyRequestsException InvalidRequestContentException RequestTooLargeException
    InvalidParameterValueException ResourceConflictException RecursiveInvocationException UnsupportedMediaTypeException ServiceException`),
  body: LAMBDA_BODY,
});
