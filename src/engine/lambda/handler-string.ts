// Splits a handler string the way the Node.js runtime does: `dir/module.export.nested`.

export type ParsedHandler =
  | { ok: true; modulePath: string; exportPath: string[] }
  | { ok: false; errorMessage: string };

/**
 * `src/app.lambdaHandler` names module `src/app` and export `lambdaHandler`; dots after the
 * first one in the last path segment walk nested properties. `..` is refused, as on Lambda.
 */
export function parseHandler(handler: string): ParsedHandler {
  if (handler.includes('..')) {
    return {
      ok: false,
      errorMessage: `'${handler}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`,
    };
  }
  const slash = handler.lastIndexOf('/');
  const dir = handler.slice(0, slash + 1);
  const base = handler.slice(slash + 1);
  const dot = base.indexOf('.');
  if (dot <= 0 || dot === base.length - 1) return { ok: false, errorMessage: 'Bad handler' };
  return {
    ok: true,
    modulePath: dir + base.slice(0, dot),
    exportPath: base.slice(dot + 1).split('.'),
  };
}

/** File extensions the runtime tries for a handler's module, in order. */
export const MODULE_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'];

/** The file a handler's module resolves to among the function's files, if any. */
export function resolveModuleFile(files: Record<string, string>, modulePath: string): string | undefined {
  const clean = modulePath.replace(/^\.?\//, '');
  return MODULE_EXTENSIONS.map((ext) => clean + ext).find((candidate) => Object.hasOwn(files, candidate));
}
