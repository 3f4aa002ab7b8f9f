// Files in and out: export the project as JSON, as a zip of real files, or as an AWS SAM app; import
// any of them (or a SAM template alone) into a preview first, then as a new project. The modules
// that do the work are loaded on first use, so they are not part of the app's startup.
import type { ReportItem } from '../../project/sam-shared';
import type { ProjectDoc } from '../../project/types';

export type ExportFormat = 'json' | 'zip' | 'sam';

/** A file to hand to the browser's download. */
export interface ExportedFile {
  fileName: string;
  type: string;
  data: string | Uint8Array;
  /** What SAM could not express (the SAM export only). */
  report: ReportItem[];
}

export async function exportProject(doc: ProjectDoc, format: ExportFormat): Promise<ExportedFile> {
  const { projectFileName } = await import('../../project/json-file');
  if (format === 'json') {
    const { exportProjectJson } = await import('../../project/json-file');
    return { fileName: projectFileName(doc, 'json'), type: 'application/json', data: exportProjectJson(doc), report: [] };
  }
  if (format === 'zip') {
    const { exportProjectZip } = await import('../../project/zip');
    return { fileName: projectFileName(doc, 'zip'), type: 'application/zip', data: exportProjectZip(doc), report: [] };
  }
  const { exportSamZip } = await import('../../project/sam-export-zip');
  const sam = exportSamZip(doc);
  return { fileName: projectFileName({ name: `${doc.name} sam` }, 'zip'), type: 'application/zip', data: sam.zip, report: sam.report };
}

/** What a file would become, shown before anything is created. */
export interface ImportPreview {
  fileName: string;
  kind: 'project' | 'sam';
  doc?: ProjectDoc;
  /** What the SAM import left out or changed. */
  report: ReportItem[];
  error?: string;
}

/** `project`: a playground JSON or zip; `sam`: template.yaml/.yml/.json or a zipped SAM app; `auto`: by the file. */
export type ImportWant = 'project' | 'sam' | 'auto';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK"

/** Reads a file into a preview; never throws. */
export async function previewImport(fileName: string, bytes: Uint8Array, want: ImportWant): Promise<ImportPreview> {
  const lower = fileName.toLowerCase();
  const zip = isZip(bytes);
  const text = zip ? '' : new TextDecoder().decode(bytes);
  // A template is YAML, or JSON with a Resources section; a project file says its format.
  const looksSam = /\.ya?ml$/.test(lower) || (!zip && /"(AWSTemplateFormatVersion|Resources)"\s*:/.test(text) && !text.includes('serverless-playground/'));
  const kind = want === 'auto' ? (looksSam ? 'sam' : 'project') : want;
  if (kind === 'project') {
    if (zip) {
      const { importProjectZip } = await import('../../project/zip');
      const read = importProjectZip(bytes);
      // A dropped zip may be a SAM app: the project reader recognises one and says so.
      if (!read.ok && want === 'auto' && /AWS SAM application/.test(read.message)) return previewImport(fileName, bytes, 'sam');
      return read.ok ? { fileName, kind, doc: read.doc, report: [] } : { fileName, kind, report: [], error: read.message };
    }
    const { importProjectJson } = await import('../../project/json-file');
    const read = importProjectJson(text);
    return read.ok ? { fileName, kind, doc: read.doc, report: [] } : { fileName, kind, report: [], error: read.message };
  }
  const result = zip
    ? (await import('../../project/sam-import-zip')).importSamZip(bytes)
    : (await import('../../project/sam-import')).importSamTemplate({ template: text });
  return result.ok ? { fileName, kind, doc: result.doc, report: result.report } : { fileName, kind, report: [], error: result.message };
}

/** The import dialog's state: the file being read, then its preview. */
export class ProjectImport {
  preview = $state.raw<ImportPreview | undefined>(undefined);
  reading = $state(false);

  async read(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }, want: ImportWant): Promise<ImportPreview> {
    this.reading = true;
    try {
      this.preview = await previewImport(file.name, new Uint8Array(await file.arrayBuffer()), want);
    } catch (error) {
      this.preview = { fileName: file.name, kind: want === 'sam' ? 'sam' : 'project', report: [], error: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` };
    } finally {
      this.reading = false;
    }
    return this.preview;
  }

  clear(): void {
    this.preview = undefined;
  }
}
