// The SAM export as a zip laid out the way `sam build` expects: template.yaml at the top, each
// function's code in its CodeUri folder (with a package.json where esbuild needs one), test
// events for `sam local invoke -e`, the site, and a README with the export's report.
import { exportSamTemplate } from './sam-export';
import { generatedPackageJson, type ReportItem } from './sam-shared';
import { writeZip } from './zip-archive';
import type { FileMap, ProjectDoc } from './types';

export interface SamZipExport {
  zip: Uint8Array;
  /** The zip's files by path, for showing or testing without unzipping. */
  files: FileMap;
  report: ReportItem[];
}

function readme(doc: ProjectDoc, report: ReportItem[], functionIds: Map<string, string>): string {
  const first = doc.functions[0];
  const event = first?.testEvents[0];
  const lines = [
    `# ${doc.name}`,
    '',
    'Exported from Serverless Playground as an AWS SAM application.',
    '',
    '```sh',
    'sam build            # bundles TypeScript functions with esbuild (installed from each package.json)',
    'sam deploy --guided  # creates the stack; later deploys: sam deploy',
    ...(first && event ? [`sam local invoke ${functionIds.get(first.name)} -e events/${first.name}/${event.name}.json   # needs Docker`] : []),
    '```',
    '',
    'Test events are in `events/<function>/`.',
  ];
  if (report.length) {
    lines.push('', '## What the export changed or left out', '', ...report.map((r) => `- \`${r.path}\`: ${r.message}`));
  }
  return `${lines.join('\n')}\n`;
}

export function exportSamZip(doc: ProjectDoc): SamZipExport {
  const { yaml, builds, functionIds, report } = exportSamTemplate(doc);
  const files: FileMap = { 'template.yaml': yaml };
  for (const fn of doc.functions) {
    for (const [path, text] of Object.entries(fn.files)) files[`functions/${fn.name}/${path}`] = text;
    if (builds.get(fn.name)?.kind === 'esbuild' && !('package.json' in fn.files)) {
      files[`functions/${fn.name}/package.json`] = generatedPackageJson(fn.name);
    }
    for (const event of fn.testEvents) files[`events/${fn.name}/${event.name}.json`] = event.json;
  }
  for (const [path, text] of Object.entries(doc.site.files)) files[`site/${path}`] = text;
  files['README.md'] = readme(doc, report, functionIds);
  return { zip: writeZip(files), files, report };
}
