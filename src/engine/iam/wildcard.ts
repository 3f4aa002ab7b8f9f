// IAM's wildcard matching: `*` is any run of characters, `?` any one character, everything else literal.

/**
 * Whether `value` matches `pattern`. Actions compare without regard to case (`s3:getobject` is
 * `s3:GetObject`); resources and condition values are case-sensitive. A greedy matcher with
 * backtracking to the last `*` keeps this linear for the patterns policies use.
 */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    if (p[pi] === '*') {
      star = pi++;
      mark = vi;
    } else if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi++;
      vi++;
    } else if (star >= 0) {
      pi = star + 1;
      vi = ++mark;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi++;
  return pi === p.length;
}

/** Whether an action such as `s3:GetObject` matches a policy's `s3:Get*`, `s3:*` or `*`. */
export const actionMatches = (pattern: string, action: string) => wildcardMatch(pattern, action, true);

/**
 * Whether a resource ARN matches a policy's Resource entry. The whole ARN is matched as one
 * string, so `arn:aws:s3:::photos/*` covers every key and `arn:aws:lambda:*` every function,
 * version and alias (IAM docs: a `*` at the end of a segment may expand beyond the colons).
 */
export const resourceMatches = (pattern: string, resource: string) => wildcardMatch(pattern, resource);

/**
 * The ARN comparison of the ArnEquals/ArnLike condition operators: each of the six colon-separated
 * parts is compared on its own (the last part keeps its own colons), wildcards allowed in each.
 */
export function arnMatches(pattern: string, arn: string): boolean {
  const parts = (s: string) => {
    const split = s.split(':');
    return split.length < 6 ? undefined : [...split.slice(0, 5), split.slice(5).join(':')];
  };
  const p = parts(pattern);
  const a = parts(arn);
  if (!p || !a) return false;
  return p.every((segment, i) => wildcardMatch(segment, a[i]!));
}
