// CopyObject's `CopySource`: `bucket/key`, URL-encoded, as the x-amz-copy-source header carries it.
import { invalidArgument } from './errors';

/**
 * Splits and decodes a copy source. S3 accepts an optional leading `/` and a `?versionId=`
 * suffix (versions are not simulated, so it is ignored). Decoding is path-style: `+` stays a
 * plus, `%20` is a space; a source written unencoded decodes to itself.
 */
export function parseCopySource(source: unknown): { bucket: string; key: string } {
  const bad = () => invalidArgument('Invalid copy source object key', 'x-amz-copy-source', String(source));
  if (typeof source !== 'string') throw bad();
  let path = source.startsWith('/') ? source.slice(1) : source;
  const query = path.indexOf('?versionId=');
  if (query >= 0) path = path.slice(0, query);
  const slash = path.indexOf('/');
  if (slash <= 0 || slash === path.length - 1) throw bad();
  try {
    return { bucket: decodeURIComponent(path.slice(0, slash)), key: decodeURIComponent(path.slice(slash + 1)) };
  } catch {
    throw bad();
  }
}
