// A function's code in a SAM import: the files under its CodeUri (or its InlineCode), with the
// handler the playground needs when esbuild built it, or placeholder code when none came along.
import { parseHandler } from '../engine/lambda/handler-string';
import { PROJECT_LIMITS, fitsInBytes } from './limits';
import { isRecord, type ImportContext, type Raw } from './sam-import-context';
import { generatedPackageJson } from './sam-shared';
import type { FileMap } from './types';

/** Never code: build output, dependencies, and the SAM app's own files when CodeUri is its root. */
const SKIP = /^(node_modules|\.aws-sam|\.git)\//;
const ROOT_ONLY_SKIP = /^(template\.ya?ml|samconfig\.toml|events\/.*|site\/.*|functions\/.*|README\.md)$/;

function folderOf(codeUri: string): string {
  const clean = codeUri.replace(/^\.\/?/, '').replace(/\/?$/, '/');
  return clean === '/' ? '' : clean;
}

function placeholder(handler: string, typescript: boolean, codeUri: string): FileMap {
  const parsed = parseHandler(handler);
  const module = parsed.ok ? parsed.modulePath : 'index';
  const name = parsed.ok ? parsed.exportPath[0]! : 'handler';
  const text = [
    `// Placeholder: the template came without this function's code${codeUri ? ` (CodeUri: ${codeUri})` : ''}.`,
    `export const ${name} = async (event${typescript ? ': unknown' : ''}) => {`,
    `  return { statusCode: 200, body: JSON.stringify({ message: 'Replace this placeholder with the function code' }) };`,
    '};',
    '',
  ].join('\n');
  return { [`${module}.${typescript ? 'ts' : 'mjs'}`]: text };
}

/**
 * esbuild writes a single entry point at the top of its output, so a SAM handler `app.handler`
 * with entry `src/app.ts` is `src/app.handler` for the playground, which runs the source.
 */
function sourceHandler(handler: string, metadata: unknown): string {
  if (!isRecord(metadata) || metadata.BuildMethod !== 'esbuild' || !isRecord(metadata.BuildProperties)) return handler;
  const entry = (metadata.BuildProperties.EntryPoints as unknown[] | undefined)?.[0];
  if (typeof entry !== 'string' || handler.includes('/')) return handler;
  const module = entry.replace(/^\.\//, '').replace(/\.[cm]?[jt]s$/, '');
  const slash = module.lastIndexOf('/');
  return slash >= 0 && handler.startsWith(`${module.slice(slash + 1)}.`) ? `${module.slice(0, slash + 1)}${handler}` : handler;
}

export function importCode(ctx: ImportContext, props: Raw, metadata: unknown, name: string, path: string): { files: FileMap; handler: string } {
  const handler = sourceHandler(String(props.Handler), metadata);
  const typescript = isRecord(metadata) && metadata.BuildMethod === 'esbuild';
  if (typeof props.InlineCode === 'string') {
    // Lambda saves inline Node.js code as index.js; the handler names its module.
    const parsed = parseHandler(handler);
    return { files: { [`${parsed.ok ? parsed.modulePath : 'index'}.js`]: props.InlineCode }, handler };
  }
  const codeUri = typeof props.CodeUri === 'string' ? props.CodeUri : undefined;
  if (props.CodeUri !== undefined && codeUri === undefined) ctx.note(`${path}.CodeUri`, 'codeUriNotLocal', {});
  if (!ctx.files || codeUri === undefined) {
    if (!ctx.files) ctx.note(path, 'codeMissing', {});
    return { files: placeholder(handler, typescript, codeUri ?? ''), handler };
  }
  const folder = folderOf(codeUri);
  const files: FileMap = {};
  let count = 0;
  for (const [file, text] of ctx.files) {
    if (!file.startsWith(folder)) continue;
    const relative = file.slice(folder.length);
    if (SKIP.test(relative) || (folder === '' && ROOT_ONLY_SKIP.test(relative))) continue;
    if (!fitsInBytes(text, PROJECT_LIMITS.fileBytes)) {
      ctx.note(`${path}.CodeUri`, 'codeFileTooLarge', { file });
    } else if (++count > PROJECT_LIMITS.filesPerFunction) {
      ctx.note(`${path}.CodeUri`, 'codeTooManyFiles', { file, max: PROJECT_LIMITS.filesPerFunction });
    } else files[relative] = text;
  }
  // The package.json the export wrote only so sam build could install esbuild is not the person's code.
  if (files['package.json'] === generatedPackageJson(name)) delete files['package.json'];
  if (Object.keys(files).length === 0) {
    ctx.note(`${path}.CodeUri`, 'codeNoFiles', { folder: codeUri });
    return { files: placeholder(handler, typescript, codeUri), handler };
  }
  return { files, handler };
}
