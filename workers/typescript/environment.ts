// The virtual TypeScript project a function's files are checked in: the compiler settings that
// match how the playground builds and runs handlers, the standard library, and the declarations
// of what the runtime provides (Node.js built-ins, the AWS SDK, aws-lambda's event types).
import ts from 'typescript';
import { createSystem, createVirtualTypeScriptEnvironment, type VirtualTypeScriptEnvironment } from '@typescript/vfs';
import { DECLARATION_FILES, GLOBAL_DECLARATIONS } from './declarations';
import { LIB, LIB_FILES } from './lib-files';

/** Where the function's files live, as on Lambda (and as the compiler serves them). */
export const TASK_ROOT = '/var/task';

export const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: [LIB],
  module: ts.ModuleKind.ESNext,
  // As esbuild resolves: extensionless relative imports, './util.js' meaning util.ts, index files.
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  resolveJsonModule: true,
  // Every file is its own module, so two CommonJS files may both declare `handler`.
  moduleDetection: ts.ModuleDetectionKind.Force,
  esModuleInterop: true,
  allowJs: true,
  // JavaScript gets completion and hover, not type errors: it was not written to satisfy a checker.
  checkJs: false,
  strict: true,
  // An unannotated parameter is how most handlers start: no error for it.
  noImplicitAny: false,
  skipLibCheck: true,
  noEmit: true,
  // Only what is declared below: no automatic @types inclusion.
  types: [],
};

/** Absolute path of a function file given by its path in the function ('lib/util.ts'). */
export const taskPath = (path: string) => `${TASK_ROOT}/${path}`;

export function createEnvironment(): VirtualTypeScriptEnvironment {
  const files = new Map<string, string>([...LIB_FILES, ...DECLARATION_FILES]);
  return createVirtualTypeScriptEnvironment(createSystem(files), [...GLOBAL_DECLARATIONS], ts, COMPILER_OPTIONS);
}
