// S3's naming rules for general purpose buckets (AWS docs, "General purpose bucket naming rules").
import { invalidBucketName } from './errors';

const ALLOWED = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IP_ADDRESS = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
// Reserved for other S3 features: punycode, S3 internals, docs examples, access point aliases,
// Object Lambda aliases, Multi-Region Access Points, directory buckets and table buckets.
const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/** Why `name` is not a valid bucket name, or undefined when it is. */
export function bucketNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string') return 'A bucket name is required.';
  if (name.length < 3 || name.length > 63) return 'Bucket names must be between 3 and 63 characters long.';
  if (!ALLOWED.test(name)) return 'Bucket names can consist only of lowercase letters, numbers, dots (.) and hyphens (-), and must begin and end with a letter or number.';
  if (name.includes('..')) return 'Bucket names must not contain two adjacent periods.';
  if (IP_ADDRESS.test(name)) return 'Bucket names must not be formatted as an IP address.';
  const prefix = RESERVED_PREFIXES.find((p) => name.startsWith(p));
  if (prefix) return `Bucket names must not start with the prefix ${prefix}.`;
  const suffix = RESERVED_SUFFIXES.find((s) => name.endsWith(s));
  if (suffix) return `Bucket names must not end with the suffix ${suffix}.`;
  return undefined;
}

/** Returns a valid name, or throws S3's `InvalidBucketName` (with the broken rule as `Reason`). */
export function checkBucketName(name: unknown): string {
  const problem = bucketNameProblem(name);
  if (problem) throw invalidBucketName(String(name), problem);
  return name as string;
}
