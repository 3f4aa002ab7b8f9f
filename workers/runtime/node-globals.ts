// The Node.js surface a handler sees: `process` with Lambda's environment, and `require`
// for modules outside the bundle (what the playground cannot provide fails clearly).
import type { SandboxInit } from '../../src/engine/ports';
import { ModuleNotFound } from './errors';
import { missingSdkMessage } from './sdk';
import { randomUUID } from './builtins/crypto';

/** Node built-ins a browser tab cannot provide (processes, sockets, native code, the V8 internals). */
const UNAVAILABLE_BUILTINS = new Set([
  'async_hooks', 'child_process', 'cluster', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'http', 'http2',
  'https', 'inspector', 'module', 'net', 'perf_hooks', 'process', 'readline', 'repl', 'sqlite', 'tls', 'trace_events',
  'tty', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
]);

/** The variables Lambda sets in every execution environment, plus the function's own. */
export function lambdaEnvironment(init: SandboxInit): Record<string, string> {
  return {
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EXECUTION_ENV: `AWS_Lambda_${init.runtime}`,
    AWS_LAMBDA_FUNCTION_NAME: init.functionName,
    AWS_LAMBDA_FUNCTION_VERSION: init.functionVersion,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(init.memoryLimitInMB),
    AWS_LAMBDA_LOG_GROUP_NAME: init.logGroupName,
    AWS_LAMBDA_LOG_STREAM_NAME: init.logStreamName,
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_RUNTIME_API: '127.0.0.1:9001',
    LAMBDA_TASK_ROOT: '/var/task',
    LAMBDA_RUNTIME_DIR: '/var/runtime',
    _HANDLER: init.handler,
    TZ: ':UTC',
    LANG: 'en_US.UTF-8',
    PATH: '/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin',
    ...init.environment,
  };
}

/** `process.exit()` ends the environment, as it ends the process on Lambda. */
export class ProcessExit extends Error {
  constructor(readonly code: number) {
    super(`Runtime exited with error: exit status ${code}`);
  }
}

export function createProcess(env: Record<string, string>, runtime: string, emitWarning: (message: string) => void) {
  const major = /nodejs(\d+)/.exec(runtime)?.[1] ?? '22';
  const started = performance.now();
  return {
    env,
    argv: ['/var/lang/bin/node', '/var/runtime/index.mjs'],
    version: `v${major}.0.0`,
    versions: { node: `${major}.0.0` },
    platform: 'linux',
    arch: 'x64',
    pid: 8,
    cwd: () => '/var/task',
    uptime: () => (performance.now() - started) / 1000,
    hrtime: Object.assign(
      (previous?: [number, number]) => {
        const ns = BigInt(Math.round(performance.now() * 1e6));
        const now: [number, number] = [Number(ns / 1_000_000_000n), Number(ns % 1_000_000_000n)];
        if (!previous) return now;
        const diff = (now[0] - previous[0]) * 1e9 + (now[1] - previous[1]);
        return [Math.floor(diff / 1e9), diff % 1e9];
      },
      { bigint: () => BigInt(Math.round(performance.now() * 1e6)) },
    ),
    nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => fn(...args)),
    emitWarning: (warning: string | Error) => emitWarning(`(node) Warning: ${String(warning)}`),
    exit: (code = 0) => {
      throw new ProcessExit(code);
    },
    on: () => undefined,
    once: () => undefined,
    off: () => undefined,
  };
}

/** `require` for what the bundle left external: provided modules, or a clear failure naming it. */
export function createRequire(provided: Record<string, unknown>, requiredFrom: string) {
  return (specifier: string): unknown => {
    const name = specifier.replace(/^node:/, '');
    if (name in provided) return provided[name];
    if (UNAVAILABLE_BUILTINS.has(name)) {
      throw new ModuleNotFound(specifier, `Cannot find module '${specifier}': the Node.js built-in '${name}' is not available in this playground, which runs in a browser`);
    }
    const sdk = missingSdkMessage(specifier);
    if (sdk) throw new ModuleNotFound(specifier, sdk);
    throw new ModuleNotFound(
      specifier,
      `Cannot find module '${specifier}'\nRequire stack:\n- ${requiredFrom}\n- /var/runtime/index.mjs`,
    );
  };
}

/**
 * Node's global `crypto` (Web Crypto) as a handler sees it: `randomUUID` included, which browsers
 * offer only in secure contexts (the opaque-origin frame environments run in may not be one).
 */
export function nodeWebCrypto(): Pick<Crypto, 'getRandomValues' | 'randomUUID' | 'subtle'> {
  const web = globalThis.crypto;
  return Object.freeze({
    getRandomValues: <T extends ArrayBufferView | null>(array: T) => web.getRandomValues(array as never) as T,
    randomUUID: randomUUID as Crypto['randomUUID'],
    subtle: web.subtle,
  });
}
