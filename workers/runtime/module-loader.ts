// Evaluates the compiled bundle as a classic script inside a CommonJS-style wrapper: user
// code sees the Lambda console, process, timers and require as free variables, never the
// runtime's own scope, and works where module workers cannot start (opaque-origin iframes).
import { BUNDLE_URL } from './stack-mapper';

/** What the wrapper passes to the bundle as its free variables. */
export interface ModuleScope {
  require: (specifier: string) => unknown;
  filename: string;
  console: Console;
  process: unknown;
  Buffer: unknown;
  /** Node's global Web Crypto (see node-globals.ts). */
  crypto: unknown;
  /** The global `fetch`, counted as pending work on the runtime's event loop (see fetch.ts); the browser's if absent. */
  fetch?: unknown;
  timers: Record<'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval' | 'setImmediate' | 'clearImmediate', unknown>;
}

const PARAMS = [
  'exports', 'require', 'module', '__filename', '__dirname', 'console', 'process',
  'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'Buffer', 'crypto', 'fetch',
];

/** Runs the bundle's top level (Lambda's INIT) and returns its `module.exports`. */
export function evaluateBundle(code: string, scope: ModuleScope): Record<string, unknown> {
  // The header sits on its own line so the bundle's line N is the script's line N + 1.
  const source = `(function (${PARAMS.join(', ')}) {\n${code}\n})\n//# sourceURL=${BUNDLE_URL}`;
  // Indirect eval: global scope, so user code cannot see this module's variables.
  const wrapper = (0, eval)(source) as (...args: unknown[]) => void;
  const module = { exports: {} as Record<string, unknown> };
  const t = scope.timers;
  wrapper.call(
    module.exports,
    module.exports, scope.require, module, scope.filename, scope.filename.replace(/\/[^/]*$/, ''),
    scope.console, scope.process,
    t.setTimeout, t.clearTimeout, t.setInterval, t.clearInterval, t.setImmediate, t.clearImmediate, scope.Buffer, scope.crypto, scope.fetch ?? globalThis.fetch,
  );
  return module.exports;
}
