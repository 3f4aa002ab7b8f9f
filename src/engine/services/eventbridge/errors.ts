// EventBridge's error names and messages, worded as EventBridge words them (the messages LocalStack's
// AWS-validated tests recorded, and the API reference's constraints).
import { ServiceError } from '../../errors';
import type { ScheduleExpressionError } from './schedule/cron-fields';

const error = (code: string, message: string, fields: Record<string, unknown> = {}) => new ServiceError(code, message, 400, fields);

export const validation = (message: string) => error('ValidationException', message);

/** The model's constraint wording: `1 validation error detected: Value 'x' at 'name' failed to satisfy constraint: …`. */
export const constraint = (value: string, member: string, rule: string) =>
  validation(`1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${rule}`);

/** Names and target ids: `[\.\-_A-Za-z0-9]+`, 1 to 64 characters. */
export const NAME_PATTERN = /^[.\-_A-Za-z0-9]+$/;
export const NAME_RULE = 'Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+';

/**
 * PutRule's answer to a schedule it cannot parse. AWS says only `Parameter ScheduleExpression is not
 * valid.`; the playground keeps that message and adds `Field` and `Reason` (which part, and why), so
 * the UI can show where the expression is wrong; `cause` is the ScheduleExpressionError, with the reason as a code.
 */
export const invalidSchedule = (problem: ScheduleExpressionError) => {
  const refused = error('ValidationException', 'Parameter ScheduleExpression is not valid.', { Field: problem.field, Reason: problem.message });
  // Not a response member: the reason as a code, for an interface that says it in another language.
  Object.defineProperty(refused, 'cause', { value: problem, enumerable: false });
  return refused;
};

export const ruleNotFound = (name: string) => error('ResourceNotFoundException', `Rule ${name} does not exist on EventBus default.`);

export const busNotFound = (name: string) => error('ResourceNotFoundException', `Event bus ${name} does not exist.`);

export const invalidPattern = (reason: string) => error('InvalidEventPatternException', `Event pattern is not valid. Reason: ${reason}`);

/** A rule has at most five targets (EventBridge quotas); the API says only this. */
export const tooManyTargets = () => error('LimitExceededException', 'The requested resource exceeds the maximum number allowed.');
