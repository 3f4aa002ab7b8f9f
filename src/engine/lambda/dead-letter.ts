// A function's dead-letter queue (DeadLetterConfig): the API's checks of the target and of the role,
// and the message attributes Lambda adds to the event it sends there.
import { invalidParameter } from '../errors';
import type { DeadLetterConfig } from './types';

/** The API model's pattern for DeadLetterConfig.TargetArn (API reference, DeadLetterConfig). */
export const DEAD_LETTER_ARN_PATTERN = '(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()';
const PATTERN = new RegExp(`^(?:${DEAD_LETTER_ARN_PATTERN})$`);

/** "The first 1 KB of the error message" goes in the ErrorMessage attribute. */
export const DEAD_LETTER_ERROR_MESSAGE_BYTES = 1024;

/** A message attribute as SQS SendMessage and SNS Publish take it. */
export interface DeadLetterAttribute {
  DataType: 'String' | 'Number';
  StringValue: string;
}

/** Asks IAM whether the role may send to the target: undefined if so, else the refusal's message. */
export type DeadLetterCheck = (request: { functionName: string; roleArn: string; targetArn: string }) => string | undefined;

/** The service an ARN names, when it is one a dead-letter queue may be. */
export function deadLetterService(arn: string): 'sqs' | 'sns' | undefined {
  const service = /^arn:[^:]*:([^:]+):/.exec(arn)?.[1];
  return service === 'sqs' || service === 'sns' ? service : undefined;
}

/** The call the execution role must be allowed: sqs:SendMessage on a queue, sns:Publish on a topic. */
export function deadLetterAction(arn: string): 'sqs:SendMessage' | 'sns:Publish' {
  return deadLetterService(arn) === 'sns' ? 'sns:Publish' : 'sqs:SendMessage';
}

/** Lambda's refusal when the role may not send to the target (InvalidParameterValueException). */
export function deadLetterPermissionMessage(arn: string): string {
  return deadLetterService(arn) === 'sns'
    ? 'The provided execution role does not have permissions to call Publish on SNS.'
    : 'The provided execution role does not have permissions to call SendMessage on SQS.';
}

/** Adds the API model's failure for a TargetArn outside the pattern (a ValidationException). */
export function deadLetterFailures(config: DeadLetterConfig | undefined, failures: string[]): void {
  const arn = config?.TargetArn;
  if (arn === undefined || (typeof arn === 'string' && PATTERN.test(arn))) return;
  failures.push(`Value '${String(arn)}' at 'deadLetterConfig.targetArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ${DEAD_LETTER_ARN_PATTERN}`);
}

export interface DeadLetterChange {
  functionName: string;
  /** DeadLetterConfig as the call gives it: left out keeps the setting, `TargetArn: ''` removes it. */
  input: DeadLetterConfig | undefined;
  /** The target before the call (UpdateFunctionConfiguration). */
  current?: string | undefined;
  creating: boolean;
  /** The role the function runs as after the call, and whether the call changes it. */
  roleArn: string;
  roleChanged: boolean;
  /** Left out when nothing checks roles (or a saved project is restored, already checked). */
  check?: DeadLetterCheck | undefined;
}

/** The target a CreateFunction / UpdateFunctionConfiguration leaves, after Lambda's own checks. */
export function nextDeadLetter(change: DeadLetterChange): string | undefined {
  const requested = change.input === undefined ? undefined : (change.input.TargetArn ?? '');
  if (change.creating && change.input?.TargetArn === '') {
    // Only an update removes a setting with ''; CreateFunction refuses it (as reported against AWS).
    throw invalidParameter("Invalid dead letter queue ARN: ARNs must start with 'arn:':");
  }
  const target = requested === undefined ? change.current : requested || undefined;
  if (target === undefined) return undefined;
  if (!deadLetterService(target)) {
    // The playground's wording: the API reference allows only "an Amazon SQS queue or Amazon SNS topic".
    throw invalidParameter(`The dead-letter queue ${target} must be an Amazon SQS queue or an Amazon SNS topic.`);
  }
  // The role is checked when the target or the role changes, as Lambda checks at configuration time.
  const changed = change.creating || change.roleChanged || target !== change.current;
  const refusal = changed ? change.check?.({ functionName: change.functionName, roleArn: change.roleArn, targetArn: target }) : undefined;
  if (refusal) throw invalidParameter(refusal);
  return target;
}

/** The attributes Lambda adds to the event: RequestID, ErrorCode (an HTTP status) and ErrorMessage. */
export function deadLetterAttributes(requestId: string, errorCode: number, errorMessage: string): Record<string, DeadLetterAttribute> {
  return {
    RequestID: { DataType: 'String', StringValue: requestId },
    ErrorCode: { DataType: 'Number', StringValue: String(errorCode) },
    ErrorMessage: { DataType: 'String', StringValue: firstBytes(errorMessage, DEAD_LETTER_ERROR_MESSAGE_BYTES) },
  };
}

/** The longest prefix of `text` within `limit` bytes of UTF-8, never cutting a character in two. */
export function firstBytes(text: string, limit: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= limit) return text;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = encoder.encode(char).length;
    if (bytes + size > limit) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}
