// Checks a version-2 document and says what is wrong and where, in plain words:
// `functions[2] (thumbnail).timeout: must be an integer from 1 to 900`.
import * as v from 'valibot';
import { PROJECT_LIMITS } from './limits';
import { ProjectSchema } from './schema';
import type { ProjectDoc, ReadResult } from './types';

type Issue = v.InferIssue<typeof ProjectSchema>;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A label for a list item, so a person can find it: its name, route key or id. */
function labelOf(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  const label = [record.name, record.routeKey, record.version, record.id].find((x) => typeof x === 'string' && x !== '');
  return typeof label === 'string' ? label : undefined;
}

/** `functions[2] (thumbnail).files["src/app.ts"]` from an issue path. */
export function describePath(path: readonly { key: unknown; value: unknown }[] | undefined): string {
  let out = '';
  for (const step of path ?? []) {
    if (typeof step.key === 'number') {
      out += `[${step.key}]`;
      const label = labelOf(step.value);
      if (label) out += ` (${label})`;
    } else {
      const key = String(step.key);
      out += IDENTIFIER.test(key) ? `${out ? '.' : ''}${key}` : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

function describeIssue(issue: Issue): string {
  const where = describePath(issue.path) || 'the project';
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return `${where}: is not part of a version-2 project (it may come from a newer playground)`;
  }
  // A missing key is reported by its parent object; say so instead of the parent's message.
  if ((issue.type === 'loose_object' || issue.type === 'strict_object') && issue.received === 'undefined' && issue.path?.length) {
    return `${where}: is missing`;
  }
  return `${where}: ${issue.message}`;
}

function duplicate<T>(items: readonly T[], key: (item: T) => string): number {
  const seen = new Set<string>();
  return items.findIndex((item) => (seen.has(key(item)) ? true : (seen.add(key(item)), false)));
}

/** Rules that span items: unique names, and the size of everything together. */
function crossChecks(doc: ProjectDoc): string | undefined {
  const fn = duplicate(doc.functions, (f) => f.name);
  if (fn >= 0) return `functions[${fn}] (${doc.functions[fn]!.name}).name: another function already has this name`;
  const api = duplicate(doc.apis, (a) => a.id);
  if (api >= 0) return `apis[${api}] (${doc.apis[api]!.name}).id: another API already has this id`;
  for (const [i, f] of doc.functions.entries()) {
    const where = `functions[${i}] (${f.name})`;
    const ev = duplicate(f.testEvents, (e) => e.name);
    if (ev >= 0) return `${where}.testEvents[${ev}] (${f.testEvents[ev]!.name}): another test event already has this name`;
    const ver = duplicate(f.versions ?? [], (x) => x.version);
    if (ver >= 0) return `${where}.versions[${ver}]: version ${f.versions![ver]!.version} appears twice`;
    const al = duplicate(f.aliases ?? [], (x) => x.name);
    if (al >= 0) return `${where}.aliases[${al}] (${f.aliases![al]!.name}): another alias already has this name`;
  }
  const bucket = duplicate(doc.buckets ?? [], (b) => b.name);
  if (bucket >= 0) return `buckets[${bucket}] (${doc.buckets![bucket]!.name}).name: another bucket already has this name`;
  const table = duplicate(doc.tables ?? [], (t) => t.name);
  if (table >= 0) return `tables[${table}] (${doc.tables![table]!.name}).name: another table already has this name`;
  if (totalCharacters(doc) > PROJECT_LIMITS.totalBytes) {
    return `the project: its files add up to more than ${PROJECT_LIMITS.totalBytes / 1024 / 1024} MB, more than the playground can hold`;
  }
  return undefined;
}

function totalCharacters(doc: ProjectDoc): number {
  const sum = (files: Record<string, string> | undefined) => Object.values(files ?? {}).reduce((n, t) => n + t.length, 0);
  let total = sum(doc.site.files);
  for (const f of doc.functions) {
    total += sum(f.files) + sum(f.draft) + f.testEvents.reduce((n, e) => n + e.json.length, 0);
    for (const ver of f.versions ?? []) total += sum(ver.files);
  }
  return total;
}

/** Validates a document that claims to be version 2 (migrate older ones first: see migrations.ts). */
export function validateProject(raw: unknown): ReadResult {
  const result = v.safeParse(ProjectSchema, raw, { abortEarly: true });
  if (!result.success) return { ok: false, message: describeIssue(result.issues[0]) };
  // The schema's output must be a ProjectDoc: this assignment is the compile-time proof.
  const doc: ProjectDoc = result.output;
  const problem = crossChecks(doc);
  return problem ? { ok: false, message: problem } : { ok: true, doc };
}
