// Size limits that protect the app from documents too big to hold, render or save, and the
// Lambda rules the document repeats so a bad import is refused before it reaches the engine.

/** Limits on what one project may hold. Generous for teaching, small enough for one tab. */
export const PROJECT_LIMITS = {
  functions: 200,
  filesPerFunction: 200,
  /** Per file (and per test event), in UTF-8 bytes: far beyond any handler a person writes by hand. */
  fileBytes: 2 * 1024 * 1024,
  /** All file text of the project together, in characters; IndexedDB and a share link suffer beyond this. */
  totalBytes: 50 * 1024 * 1024,
  pathLength: 256,
  testEventsPerFunction: 100,
  versionsPerFunction: 200,
  aliasesPerFunction: 50,
  apis: 100,
  /** API Gateway's default quota of routes per HTTP API. */
  routesPerApi: 300,
  stagesPerApi: 10,
  siteFiles: 200,
  savedRequestsPerApi: 100,
  projectNameLength: 128,
  buckets: 100,
  /** DynamoDB's default quota of tables per account and region is 2,500; a project needs far fewer. */
  tables: 100,
} as const;

/** Lambda's own rules, worded for the document (the engine checks them again, in AWS's words). */
export const FUNCTION_RULES = {
  name: /^[a-zA-Z0-9_-]{1,64}$/,
  // Lambda's pattern for environment variable keys (validation.ts uses the same one).
  envKey: /^[a-zA-Z][a-zA-Z0-9_]+$/,
  envBytes: 4096,
  alias: /^(?!\d+$)[a-zA-Z0-9_-]{1,128}$/,
  version: /^\d+$/,
  // The Lambda console's rule for saved test event names; they also become file names in zips.
  eventName: /^[A-Za-z0-9._-]{1,25}$/,
} as const;

/** Whether text fits in `maxBytes` of UTF-8, encoding only when the length alone cannot tell. */
export function fitsInBytes(text: string, maxBytes: number): boolean {
  // A UTF-16 unit takes 1 to 3 bytes of UTF-8 (a surrogate pair, 2 units, takes 4).
  if (text.length * 3 <= maxBytes) return true;
  if (text.length > maxBytes) return false;
  return new TextEncoder().encode(text).length <= maxBytes;
}

/** A relative path as Lambda accepts it in a code zip: no leading `/`, no empty or `..` segment. */
export function isRelativePath(path: string): boolean {
  return (
    path.length > 0 &&
    path.length <= PROJECT_LIMITS.pathLength &&
    !path.startsWith('/') &&
    !/[\\\0]/.test(path) &&
    path.split('/').every((part) => part !== '' && part !== '..')
  );
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
