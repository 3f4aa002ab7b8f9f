// How S3's errors and failed deliveries read in the UI: AWS's error line, plus what S3 leaves unsaid.
import { ServiceError } from '../../engine/errors';
import { describeError } from '../shared/describe-error';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { t } from '../../i18n/i18n.svelte';

/** S3's error line; an invalid bucket name also says which rule it breaks (S3 itself never does). */
export function describeS3Error(error: unknown): string {
  const reason = error instanceof ServiceError ? error.fields.Reason : undefined;
  return typeof reason === 'string' ? `${describeError(error)} ${bucketNameRule(reason)}` : describeError(error);
}

/**
 * A naming rule of S3 (as the engine states it, in the words of AWS's English docs) in the
 * interface language; a sentence it does not know is shown as it is.
 */
export function bucketNameRule(problem: string): string {
  switch (problem) {
    case 'A bucket name is required.': return t('buckets.ruleRequired');
    case 'Bucket names must be between 3 and 63 characters long.': return t('buckets.ruleLength');
    case 'Bucket names can consist only of lowercase letters, numbers, dots (.) and hyphens (-), and must begin and end with a letter or number.': return t('buckets.ruleCharacters');
    case 'Bucket names must not contain two adjacent periods.': return t('buckets.ruleAdjacentPeriods');
    case 'Bucket names must not be formatted as an IP address.': return t('buckets.ruleIpAddress');
  }
  const reserved = /^Bucket names must not (start with the prefix|end with the suffix) (.+)\.$/.exec(problem);
  if (reserved) return reserved[1]!.startsWith('start') ? t('buckets.rulePrefix', reserved[2]!) : t('buckets.ruleSuffix', reserved[2]!);
  return problem;
}

/** The notice for a push source that could not deliver, naming the bucket and the function. */
export function triggerFailureText(source: string, functionName: string, message: string): string {
  const where = source.startsWith('s3:') ? t('buckets.sourceBucket', source.slice(3)) : source;
  return t('buckets.couldNotInvoke', where, functionName, message);
}

/** A date and time as the S3 console lists it (`12/7/2026, 3:04:05 PM`), in the interface language. */
export function formatS3Date(time: number | Date): string {
  return formatDateTime(time, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' });
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
  return `${formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ${units[unit]}`;
}
