// How S3's errors and failed deliveries read in the UI: AWS's error line, plus what S3 leaves unsaid.
import { ServiceError } from '../../engine/errors';
import { describeError } from '../shared/describe-error';

/** S3's error line; an invalid bucket name also says which rule it breaks (S3 itself never does). */
export function describeS3Error(error: unknown): string {
  const reason = error instanceof ServiceError ? error.fields.Reason : undefined;
  return typeof reason === 'string' ? `${describeError(error)} ${reason}` : describeError(error);
}

/** The notice for a push source that could not deliver, naming the bucket and the function. */
export function triggerFailureText(source: string, functionName: string, message: string): string {
  const where = source.startsWith('s3:') ? `S3 bucket ${source.slice(3)}` : source;
  return `${where} could not invoke ${functionName}: ${message}`;
}

/** A byte count as the S3 console shows sizes: B, KB, MB, GB with one decimal. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
