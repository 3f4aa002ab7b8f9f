// What the SAM export and import share: logical ids, intrinsic-function values, the report
// they give, and how a function's code is built (plain copy or esbuild).
import { parseHandler, resolveModuleFile } from '../engine/lambda/handler-string';
import type { SamImportNote } from './sam-import-notes';
import type { FileMap } from './types';

/** Something the export or import could not carry over, and where. */
export interface ReportItem {
  /** Where in the project (`functions[1] (thumbnail)`) or the template (`Resources.MyQueue`). */
  path: string;
  /** In English, for logs and the scripting API. */
  message: string;
  /** An import's note as a code with values, for the interface language. */
  note?: SamImportNote;
}

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';
export const TEMPLATE_FORMAT_VERSION = '2010-09-09';
/** The esbuild the playground compiles with (esbuild-wasm 0.28); `sam build` installs the same line. */
export const ESBUILD_VERSION_RANGE = '^0.28.0';

/** `!Ref Name` */
export class Ref {
  constructor(readonly name: string) {}
}
/** `!GetAtt Resource.Attribute` */
export class GetAtt {
  constructor(readonly resource: string, readonly attribute: string) {}
}
/** `!Sub 'text with ${Variables}'` */
export class Sub {
  constructor(readonly template: string) {}
}

/** JSON text as the object CloudFormation takes for a Json property; text that does not parse stays text. */
export function jsonValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** SAM's id for the target of the rule an event makes: `<event logical id>LambdaTarget`, cut to EventBridge's 64 characters. */
export const samTargetId = (eventId: string) => (eventId.length + 12 <= 64 ? `${eventId}LambdaTarget` : `${eventId.slice(0, 52)}LambdaTarget`);

/** `make-thumbnail` → `MakeThumbnail`: CloudFormation logical ids are alphanumeric. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** `MakeThumbnailFunction` → `make-thumbnail`: the playground's usual style of name. */
export function kebabCase(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** Hands out unique logical ids: `<PascalName><Suffix>`, numbered on a clash. */
export class LogicalIds {
  readonly #taken = new Set<string>();

  take(name: string, suffix: string): string {
    const base = (pascalCase(name) || 'Resource') + suffix;
    let id = base;
    for (let n = 2; this.#taken.has(id); n++) id = `${base}${n}`;
    this.#taken.add(id);
    return id;
  }
}

/** How `sam build` builds a function: copying the files, or bundling with esbuild from an entry point. */
export type CodeBuild =
  | { kind: 'copy' }
  | { kind: 'esbuild'; entry: string; handler: string; reason: string };

const TS_FILE = /\.(ts|mts|cts)$/;
// ESM syntax at the start of a line; Lambda reads `.js` as CommonJS unless package.json says "module".
const ESM_SYNTAX = /^\s*(import\s*[\w{*'"]|export\s)/m;

/**
 * The playground bundles every function with esbuild, so TypeScript and ES modules in `.js` files
 * just work; on Lambda they need the same bundling. Other code is copied as it is.
 */
export function codeBuildOf(files: FileMap, handler: string): CodeBuild {
  const parsed = parseHandler(handler);
  const entry = parsed.ok ? resolveModuleFile(files, parsed.modulePath) : undefined;
  if (!parsed.ok || !entry) return { kind: 'copy' };
  const moduleType = /"type"\s*:\s*"module"/.test(files['package.json'] ?? '');
  let reason: string | undefined;
  if (TS_FILE.test(entry)) reason = 'it is written in TypeScript';
  else if (!moduleType && Object.entries(files).some(([path, text]) => path.endsWith('.js') && ESM_SYNTAX.test(text))) {
    reason = 'its .js files use import/export, which Lambda runs as CommonJS without bundling';
  }
  if (!reason) return { kind: 'copy' };
  // esbuild writes a single entry point at the top of its output folder, whatever folder it came from.
  const base = parsed.modulePath.slice(parsed.modulePath.lastIndexOf('/') + 1);
  return { kind: 'esbuild', entry, handler: `${base}.${parsed.exportPath.join('.')}`, reason };
}

/** The package.json written beside an esbuild function that has none, so `sam build` can install esbuild. */
export function generatedPackageJson(functionName: string): string {
  const pkg = {
    name: functionName.toLowerCase(),
    version: '1.0.0',
    private: true,
    description: 'Written by Serverless Playground so that sam build can install esbuild and bundle this function.',
    devDependencies: { esbuild: ESBUILD_VERSION_RANGE },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export function esbuildTarget(runtime: string): string {
  return runtime.replace(/^nodejs(\d+)\.x$/, 'node$1');
}
