// Imports a zipped SAM application (such as the playground's own SAM export, or a `sam init`
// folder zipped up): finds template.yaml, reads the other files as text, imports.
import { importSamTemplate, type SamImportResult } from './sam-import';
import { samImportNote } from './sam-import-notes';
import type { ReportItem } from './sam-shared';
import { readZip, rootOf, textOf } from './zip-archive';

const TEMPLATES = ['template.yaml', 'template.yml', 'template.json'];

export function importSamZip(bytes: Uint8Array, now?: number): SamImportResult {
  const zip = readZip(bytes);
  if (!zip.ok) return zip;
  const root = rootOf(zip.files, TEMPLATES);
  if (root === undefined) {
    if (rootOf(zip.files, ['project.json']) !== undefined) {
      return { ok: false, message: 'This zip is a Serverless Playground project, not a SAM application: import it with "Import project" instead.' };
    }
    return { ok: false, message: 'This zip has no template.yaml, so it is not an AWS SAM application.' };
  }
  const templatePath = TEMPLATES.map((t) => root + t).find((p) => zip.files.has(p))!;
  const template = textOf(zip.files.get(templatePath)!);
  if (template === undefined) return { ok: false, message: `${templatePath} is not UTF-8 text.` };
  const files = new Map<string, string>();
  const skipped: ReportItem[] = [];
  for (const [path, data] of zip.files) {
    if (path === templatePath || !path.startsWith(root)) continue;
    const relative = path.slice(root.length);
    if (/^(node_modules|\.aws-sam|\.git)\/|\/node_modules\//.test(relative)) continue;
    const text = textOf(data);
    if (text === undefined) skipped.push(samImportNote(relative, 'notText', {}));
    else files.set(relative, text);
  }
  const result = importSamTemplate({ template, files, ...(now !== undefined ? { now } : {}) });
  return result.ok ? { ...result, report: [...skipped, ...result.report] } : result;
}
