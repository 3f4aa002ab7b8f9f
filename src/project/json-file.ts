// A project as one JSON file: pretty-printed on export; on import parsed, migrated and checked,
// with a line and column for a syntax error.
import { findJsonProblem } from './json-error';
import { readProject } from './migrations';
import type { ProjectDoc, ReadResult } from './types';

/** Larger files are refused before parsing: the whole project may hold 50 MB of text. */
export const MAX_JSON_FILE_CHARS = 120 * 1024 * 1024;

/** The file's text: the document, indented two spaces, ending with a newline. */
export function exportProjectJson(doc: ProjectDoc): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A file name from the project's name: `Photo shop` → `photo-shop.json`. */
export function projectFileName(doc: Pick<ProjectDoc, 'name'>, extension: string): string {
  const base = doc.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${base || 'project'}.${extension}`;
}

/** Parses JSON text, saying where it breaks when it is not JSON. */
export function parseJsonText(text: string, what: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.length > MAX_JSON_FILE_CHARS) return { ok: false, message: `${what} is too large to be a project (more than 120 MB).` };
  const clean = text.replace(/^\uFEFF/, ''); // editors on Windows may start the file with a byte-order mark
  try {
    return { ok: true, value: JSON.parse(clean) };
  } catch {
    const problem = findJsonProblem(clean);
    const where = problem ? ` at line ${problem.line}, column ${problem.column}: ${problem.reason}` : '';
    return { ok: false, message: `${what} is not valid JSON${where}.` };
  }
}

/** Reads an exported (or hand-written, or older) project file. Never throws. */
export function importProjectJson(text: string): ReadResult {
  const parsed = parseJsonText(text, 'The file');
  if (!parsed.ok) return parsed;
  const value = parsed.value as { zipLayout?: unknown } | null;
  if (value && typeof value === 'object' && 'zipLayout' in value) {
    return { ok: false, message: 'This is the project.json of an exported zip, which lists files kept beside it: import the whole zip instead.' };
  }
  const read = readProject(parsed.value);
  return read.ok ? { ok: true, doc: read.doc } : { ok: false, message: read.message };
}
