// The HTTP Range header as GetObject and HeadObject read it (RFC 9110 byte ranges, S3's subset).
import type { ByteRange } from '../../ports';
import { invalidRange } from './errors';

/** A satisfiable range, with the `Content-Range` S3 answers (`bytes 0-9/100`). */
export interface ResolvedRange extends ByteRange {
  contentRange: string;
}

const SINGLE = /^bytes=(\d*)-(\d*)$/;

/**
 * Resolves `Range` against an object of `size` bytes: undefined means "send the whole object"
 * (200), a range means 206. Like S3, a header it cannot parse (another unit, several ranges,
 * `bytes=5-2`) is ignored rather than refused; a well-formed range that starts past the end
 * (or any range of an empty object) is `InvalidRange` (416).
 */
export function resolveRange(header: string | undefined, size: number): ResolvedRange | undefined {
  if (header === undefined) return undefined;
  const match = SINGLE.exec(header.trim());
  if (!match) return undefined;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return undefined;
  let start: number;
  let end: number; // inclusive here, as in the header
  if (first === '') {
    // `bytes=-n`: the last n bytes (all of them if n exceeds the size).
    const suffix = Number(last);
    if (suffix === 0 || size === 0) throw invalidRange(header, size);
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(first);
    if (last !== '' && Number(last) < start) return undefined;
    if (start >= size) throw invalidRange(header, size);
    end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  }
  return { start, end: end + 1, contentRange: `bytes ${start}-${end}/${size}` };
}
