// Request and response shapes of the simulated Lambda control plane, as in the AWS Lambda API.

import type { Runtime } from './runtimes';

export { RUNTIMES, type Runtime } from './runtimes';

/** A function's code as the playground carries it: source files keyed by path. */
export interface FunctionCode {
  Files: Record<string, string>;
}

export interface EnvironmentInput {
  Variables?: Record<string, string>;
}

/** Where Lambda sends an asynchronous event it discards: an SQS queue or SNS topic ARN (`''` removes it). */
export interface DeadLetterConfig {
  TargetArn?: string;
}

export interface CreateFunctionInput {
  FunctionName: string;
  Code: FunctionCode;
  Runtime?: string;
  Handler?: string;
  Role?: string;
  Description?: string;
  MemorySize?: number;
  Timeout?: number;
  Environment?: EnvironmentInput;
  EphemeralStorage?: { Size: number };
  DeadLetterConfig?: DeadLetterConfig;
}

export interface UpdateFunctionCodeInput {
  FunctionName: string;
  Files: Record<string, string>;
}

export type UpdateFunctionConfigurationInput = Omit<CreateFunctionInput, 'Code'>;

/** What GetFunctionConfiguration returns (the fields this playground models). */
export interface FunctionConfiguration {
  FunctionName: string;
  FunctionArn: string;
  Runtime: Runtime;
  Role: string;
  Handler: string;
  CodeSize: number;
  Description: string;
  Timeout: number;
  MemorySize: number;
  LastModified: string;
  CodeSha256: string;
  Version: string;
  Environment: { Variables: Record<string, string> };
  EphemeralStorage: { Size: number };
  /** Present only while a dead-letter queue is set, as GetFunctionConfiguration returns it. */
  DeadLetterConfig?: { TargetArn: string };
  State: 'Pending' | 'Active' | 'Failed';
  LastUpdateStatus: 'InProgress' | 'Successful' | 'Failed';
  PackageType: 'Zip';
  Architectures: ['x86_64'];
  LoggingConfig: { LogFormat: 'Text'; LogGroup: string };
}

export interface GetFunctionOutput {
  Configuration: FunctionConfiguration;
  /** The playground keeps code as files rather than a zip in S3. */
  Code: { RepositoryType: 'Playground'; Files: Record<string, string> };
}

export interface InvokeInput {
  FunctionName: string;
  Payload?: string;
  InvocationType?: 'RequestResponse' | 'Event' | 'DryRun';
  LogType?: 'None' | 'Tail';
  Qualifier?: string;
}

export interface InvokeOutput {
  /** 200 for RequestResponse, 202 for Event (queued), 204 for DryRun. */
  StatusCode: number;
  /** Empty for Event and DryRun. */
  Payload: string;
  FunctionError?: 'Unhandled';
  LogResult?: string;
  /** Absent for Event: the version is chosen when the queued event runs, not when it is accepted. */
  ExecutedVersion?: string;
}

/** Where Lambda sends an asynchronous invocation's record: a function ARN (queues, topics and buses later). */
export interface DestinationConfig {
  OnSuccess?: { Destination?: string };
  OnFailure?: { Destination?: string };
}

/** PutFunctionEventInvokeConfig / UpdateFunctionEventInvokeConfig input. */
export interface PutFunctionEventInvokeConfigInput {
  FunctionName: string;
  Qualifier?: string;
  /** 0–2; Lambda's default is 2. */
  MaximumRetryAttempts?: number;
  /** 60–21600; Lambda's default is 21600 (six hours). */
  MaximumEventAgeInSeconds?: number;
  DestinationConfig?: DestinationConfig;
}

export type UpdateFunctionEventInvokeConfigInput = PutFunctionEventInvokeConfigInput;

/** A function's, version's or alias's asynchronous invocation settings, as the API returns them. */
export interface FunctionEventInvokeConfig {
  /** The SDK's shape (the wire carries epoch seconds). */
  LastModified: Date;
  /** Always qualified: `…:function:name:$LATEST` for the unqualified function. */
  FunctionArn: string;
  MaximumRetryAttempts?: number;
  MaximumEventAgeInSeconds?: number;
  DestinationConfig: { OnSuccess: { Destination?: string }; OnFailure: { Destination?: string } };
}
