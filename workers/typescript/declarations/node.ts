// The Node.js declarations a handler is checked against: exactly the built-in modules the runtime
// serves (workers/runtime/builtins, workers/runtime/fs) under both names ('fs' and 'node:fs'), and
// its globals. Modules the runtime refuses (http, child_process, ...) are not declared, so
// importing one is marked before it fails with Runtime.ImportModuleError.
import { BUFFER } from './node-buffer';
import { FS } from './node-fs';
import { GLOBALS } from './node-globals';
import { ASSERT, UTIL } from './node-util';
import { EVENTS, OS, PATH, QUERYSTRING, TIMERS, URL_MODULE, nodeAliases } from './node-modules';
import { CRYPTO, STREAM } from './node-stream';
import { WEB_GLOBALS } from './node-web';

/** The module ids the runtime's require serves (without 'node:'), as declared here. */
export const NODE_MODULES = [
  'assert', 'assert/strict', 'buffer', 'crypto', 'events', 'fs', 'fs/promises', 'os', 'path', 'path/posix', 'querystring',
  'stream', 'stream/promises', 'string_decoder', 'timers', 'timers/promises', 'url', 'util', 'util/types',
] as const;

/** File name (without .d.ts) → declarations. */
export const NODE_DECLARATIONS: Record<string, string> = {
  globals: GLOBALS,
  web: WEB_GLOBALS,
  buffer: BUFFER,
  events: EVENTS,
  path: PATH,
  os: OS,
  querystring: QUERYSTRING,
  url: URL_MODULE,
  timers: TIMERS,
  util: UTIL,
  assert: ASSERT,
  stream: STREAM,
  crypto: CRYPTO,
  fs: FS,
  aliases: nodeAliases(NODE_MODULES.filter((name) => name !== 'buffer')),
};
