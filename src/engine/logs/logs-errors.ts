// CloudWatch Logs' errors, named and worded as the service answers them (JSON protocol: HTTP 400).
import { ServiceError } from '../errors';

export const groupNotFound = () => new ServiceError('ResourceNotFoundException', 'The specified log group does not exist.', 400);
export const streamNotFound = () => new ServiceError('ResourceNotFoundException', 'The specified log stream does not exist.', 400);
export const groupExists = () => new ServiceError('ResourceAlreadyExistsException', 'The specified log group already exists', 400);
export const streamExists = () => new ServiceError('ResourceAlreadyExistsException', 'The specified log stream already exists', 400);

export const invalidParameterException = (message: string) => new ServiceError('InvalidParameterException', message, 400);

/** The model's constraint failures: `1 validation error detected: Value '2' at 'retentionInDays' failed to satisfy constraint: …`. */
export const constraintFailed = (value: unknown, member: string, constraint: string) =>
  invalidParameterException(`1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: ${constraint}`);

export const invalidToken = () => invalidParameterException('The specified nextToken is invalid.');

/** The retention periods CloudWatch Logs accepts, in days (PutRetentionPolicy). */
export const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;
