// Turns a function's files and handler into what an environment loads, or into the error
// Lambda's runtime would raise while loading it (bad handler name, missing module, syntax).
import type { Compiler, Diagnostic } from '../ports';
import { parseHandler, resolveModuleFile } from './handler-string';
import type { LambdaErrorPayload } from './runtime-protocol';
import type { Runtime } from './types';

/** A bundle ready to load, or the INIT error every cold start of this code will report. */
export type BuildResult =
  | { ok: true; code: string; map: string; diagnostics: Diagnostic[] }
  | { ok: false; error: LambdaErrorPayload; diagnostics: Diagnostic[] };

const RUNTIME_FRAME = '    at _loadUserApp (file:///var/runtime/index.mjs:1:1)';

export function runtimeError(errorType: string, errorMessage: string): LambdaErrorPayload {
  return { errorType, errorMessage, trace: [`${errorType}: ${errorMessage}`, RUNTIME_FRAME] };
}

function cannotFindModule(specifier: string, requiredFrom: string[]): LambdaErrorPayload {
  const stack = [...requiredFrom, '/var/runtime/index.mjs'].map((p) => `- ${p}`).join('\n');
  return runtimeError('Runtime.ImportModuleError', `Error: Cannot find module '${specifier}'\nRequire stack:\n${stack}`);
}

export function esbuildTarget(runtime: Runtime): string {
  return runtime.replace('nodejs', 'node').replace('.x', '');
}

export async function buildFunction(
  compiler: Compiler,
  files: Record<string, string>,
  handler: string,
  runtime: Runtime,
): Promise<BuildResult> {
  const parsed = parseHandler(handler);
  if (!parsed.ok) return { ok: false, error: runtimeError('Runtime.MalformedHandlerName', parsed.errorMessage), diagnostics: [] };
  const entryFile = resolveModuleFile(files, parsed.modulePath);
  if (!entryFile) return { ok: false, error: cannotFindModule(parsed.modulePath, []), diagnostics: [] };

  let result: Awaited<ReturnType<Compiler['compile']>>;
  try {
    result = await compiler.compile({ files, entryModule: entryFile, target: esbuildTarget(runtime) });
  } catch (error) {
    // The compiler itself failed (e.g. esbuild.wasm could not be downloaded): not the code's fault.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: runtimeError('Playground.CompilerUnavailable', `The code could not be compiled: ${reason}. Deploy again once the compiler has loaded.`), diagnostics: [] };
  }
  if (result.ok) return { ok: true, code: result.code, map: result.map, diagnostics: result.warnings };

  const diagnostics = [...result.errors, ...result.warnings];
  const first = result.errors[0];
  if (!first) return { ok: false, error: runtimeError('Runtime.UserCodeSyntaxError', 'SyntaxError: compilation failed'), diagnostics };
  if (first.importPath) {
    return { ok: false, error: cannotFindModule(first.importPath, [`/var/task/${first.file}`]), diagnostics };
  }
  const error = runtimeError('Runtime.UserCodeSyntaxError', `SyntaxError: ${first.message}`);
  // Lambda prints the offending position of a syntax error; point at the user's file.
  error.trace.splice(1, 0, `    at /var/task/${first.file}:${first.line}:${first.column}`);
  return { ok: false, error, diagnostics };
}
