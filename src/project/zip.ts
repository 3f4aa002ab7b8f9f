// A project as a zip of real files, to browse, edit and keep in git: `project.json` (the document
// with every file's text replaced by its path) beside the files themselves:
//   functions/<name>/<path>                deployed code
//   functions/<name>/events/<event>.json   test events (elsewhere if the code has that path)
//   drafts/<name>/<path>                   edits not yet deployed
//   versions/<name>/<version>/<path>       published versions
//   site/<path>                            the front end
import { migrateToCurrent, readProject } from './migrations';
import { parseJsonText } from './json-file';
import { readZip, rootOf, textOf, writeZip } from './zip-archive';
import { PROJECT_VERSION, type FileMap, type ProjectDoc, type ReadResult } from './types';

export const MANIFEST = 'project.json';
/** Marks a manifest, so importing it alone as JSON can say to import the zip instead. */
export const ZIP_LAYOUT = 1;

type Raw = Record<string, unknown>;

/** Where each test event of a function is written (inside the code folder unless the code uses that path). */
function eventPath(fn: { name: string; files: FileMap }, event: string): string {
  return `events/${event}.json` in fn.files ? `test-events/${fn.name}/${event}.json` : `functions/${fn.name}/events/${event}.json`;
}

export function exportProjectZip(doc: ProjectDoc): Uint8Array {
  const out: FileMap = {};
  const put = (folder: string, files: FileMap): string[] => {
    for (const [path, text] of Object.entries(files)) out[folder + path] = text;
    return Object.keys(files);
  };
  const functions = doc.functions.map((fn) => ({
    ...fn,
    files: put(`functions/${fn.name}/`, fn.files),
    ...(fn.draft ? { draft: put(`drafts/${fn.name}/`, fn.draft) } : {}),
    ...(fn.versions ? { versions: fn.versions.map((ver) => ({ ...ver, files: put(`versions/${fn.name}/${ver.version}/`, ver.files) })) } : {}),
    testEvents: fn.testEvents.map(({ json, ...event }) => {
      const file = eventPath(fn, event.name);
      out[file] = json;
      return { ...event, file };
    }),
  }));
  const manifest = { ...doc, zipLayout: ZIP_LAYOUT, functions, site: { files: put('site/', doc.site.files) } };
  out[MANIFEST] = `${JSON.stringify(manifest, null, 2)}\n`;
  return writeZip(out);
}

class Missing extends Error {}

/** Puts the files back into the manifest; throws Missing with a message naming the first absent file. */
function reassemble(manifest: Raw, read: (path: string, where: string) => string): Raw {
  const files = (list: unknown, folder: string, where: string): unknown =>
    Array.isArray(list) ? Object.fromEntries(list.map((path) => [path, read(folder + String(path), where)])) : list;
  const functions = Array.isArray(manifest.functions)
    ? manifest.functions.map((fn: Raw, i: number) => {
        const where = `functions[${i}] (${String(fn.name)})`;
        const rebuilt: Raw = { ...fn, files: files(fn.files, `functions/${fn.name}/`, `${where}.files`) };
        if (fn.draft !== undefined) rebuilt.draft = files(fn.draft, `drafts/${fn.name}/`, `${where}.draft`);
        if (Array.isArray(fn.versions)) {
          rebuilt.versions = fn.versions.map((ver: Raw) => ({ ...ver, files: files(ver.files, `versions/${fn.name}/${ver.version}/`, `${where}.versions`) }));
        }
        if (Array.isArray(fn.testEvents)) {
          rebuilt.testEvents = fn.testEvents.map(({ file, ...event }: Raw) => ({ ...event, json: read(String(file), `${where}.testEvents`) }));
        }
        return rebuilt;
      })
    : manifest.functions;
  const site = manifest.site as Raw | undefined;
  const { zipLayout: _layout, ...rest } = manifest;
  return { ...rest, functions, ...(site ? { site: { ...site, files: files(site.files, 'site/', 'site.files') } } : {}) };
}

/** Reads a zip made by exportProjectZip (or by hand in its layout). Never throws. */
export function importProjectZip(bytes: Uint8Array): ReadResult {
  const zip = readZip(bytes);
  if (!zip.ok) return zip;
  const root = rootOf(zip.files, [MANIFEST]);
  if (root === undefined) {
    if (rootOf(zip.files, ['template.yaml', 'template.yml']) !== undefined) {
      return { ok: false, message: 'This zip is an AWS SAM application, not a playground project: import it with "Import SAM template" instead.' };
    }
    return { ok: false, message: `This zip is not a Serverless Playground project: it has no ${MANIFEST}.` };
  }
  const manifestText = textOf(zip.files.get(root + MANIFEST)!) ?? '';
  const parsed = parseJsonText(manifestText, MANIFEST);
  if (!parsed.ok) return parsed;
  const manifest = parsed.value as Raw;
  if (!manifest || typeof manifest !== 'object') return { ok: false, message: `${MANIFEST} does not describe a project.` };
  if (typeof manifest.version === 'number' && manifest.version > PROJECT_VERSION) {
    const newer = migrateToCurrent(manifest);
    if (!newer.ok) return { ok: false, message: newer.message };
  }
  let raw: Raw;
  try {
    raw = reassemble(manifest, (path, where) => {
      const entry = zip.files.get(root + path);
      if (!entry) throw new Missing(`The zip is missing ${root + path}, which ${MANIFEST} lists (${where}).`);
      const text = textOf(entry);
      if (text === undefined) throw new Missing(`${root + path} is not UTF-8 text; the playground keeps code and events as text.`);
      return text;
    });
  } catch (error) {
    if (error instanceof Missing) return { ok: false, message: error.message };
    throw error;
  }
  const read = readProject(raw);
  return read.ok ? { ok: true, doc: read.doc } : { ok: false, message: read.message };
}
