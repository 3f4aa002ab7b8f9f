// Brings any older project document up to the current version, one step at a time, and reads
// a document of any known version (migrate, then validate).
import { validateProject } from './validate';
import { DEFAULT_PROJECT_NAME, PROJECT_FORMAT, PROJECT_VERSION, WORKSPACE_FORMAT_V1, type ReadResult } from './types';

type Raw = Record<string, unknown>;

/** One step: a document of version N, as parsed, to version N + 1 (not yet validated). */
type Migration = (doc: Raw) => Raw;

/**
 * `MIGRATIONS[n]` turns version n into version n + 1. To add version 3: write `fromV2`, register it
 * under 2, bump PROJECT_VERSION (and the schema), and add its test to migrations.test.ts.
 */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: fromWorkspaceV1,
};

export type MigrateResult =
  | { ok: true; doc: Raw; from: number }
  | { ok: false; reason: 'not-a-project' | 'newer-format'; message: string };

/** Version 1 was the single saved workspace: it gains a name and defaults for every part. */
function fromWorkspaceV1(doc: Raw): Raw {
  const name = typeof doc.name === 'string' && doc.name.trim() !== '' ? doc.name : DEFAULT_PROJECT_NAME;
  const apis = Array.isArray(doc.apis) ? doc.apis.map(withApiDefaults) : [];
  const site = doc.site && typeof doc.site === 'object' ? doc.site : { files: {} };
  return {
    format: PROJECT_FORMAT,
    version: 2,
    name,
    ...(doc.selected !== undefined ? { selected: doc.selected } : {}),
    functions: doc.functions ?? [],
    apis,
    savedRequests: doc.savedRequests ?? {},
    site,
  };
}

/** Version 1 only required an API's id; fill the lists and payload format the engine would assume. */
function withApiDefaults(api: unknown): unknown {
  if (!api || typeof api !== 'object') return api;
  const a = api as Raw;
  const payloadFormat = a.payloadFormat ?? (a.kind === 'http' || a.kind === 'url' ? '2.0' : '1.0');
  return { routes: [], stages: [], apiKeys: [], authorizers: [], ...a, payloadFormat };
}

/** Which version a parsed document is, on one scale: the version-1 workspace is 1, projects say theirs. */
function versionOf(raw: unknown): number | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { format, version } = raw as Raw;
  if (typeof version !== 'number' || !Number.isInteger(version)) return undefined;
  if (format === WORKSPACE_FORMAT_V1) return version === 1 ? 1 : undefined;
  // Projects started at version 2; a "project" claiming version 1 never existed.
  return format === PROJECT_FORMAT && version >= 2 ? version : undefined;
}

/** Returns the document in the current version's shape, or why that cannot be done. */
export function migrateToCurrent(raw: unknown): MigrateResult {
  const from = versionOf(raw);
  if (from === undefined) {
    return { ok: false, reason: 'not-a-project', message: 'This is not a Serverless Playground project (its format and version are missing or unknown).' };
  }
  if (from > PROJECT_VERSION) {
    return {
      ok: false,
      reason: 'newer-format',
      message: `This project was made by a newer version of the playground (format ${from}); this one reads up to ${PROJECT_VERSION}. Reload the page to get the newest playground.`,
    };
  }
  let doc = raw as Raw;
  for (let version = from; version < PROJECT_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: 'not-a-project', message: `Project format ${from} is not one this playground knows.` };
    doc = step(doc);
  }
  return { ok: true, doc, from };
}

/** Reads a parsed document of any known version: migrates it, then validates it. */
export function readProject(raw: unknown): ReadResult & { reason?: 'not-a-project' | 'newer-format' | 'invalid-project' } {
  const migrated = migrateToCurrent(raw);
  if (!migrated.ok) return { ok: false, reason: migrated.reason, message: migrated.message };
  const checked = validateProject(migrated.doc);
  return checked.ok ? checked : { ok: false, reason: 'invalid-project', message: `This project has a problem: ${checked.message}.` };
}
