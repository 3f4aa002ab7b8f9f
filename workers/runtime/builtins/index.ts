// The Node.js built-in modules a handler can `require` in the browser runtime, keyed by id without the `node:` prefix.
// Each is built on first access, so an environment pays only for what its code requires.
import { createAssert } from './assert';
import { createBufferModule } from './buffer';
import { createCrypto } from './crypto';
import { createEvents } from './events';
import { createOs } from './os';
import { createPath } from './path';
import { createQuerystring } from './querystring';
import { createStream, createStreamPromises } from './stream';
import { createStringDecoder } from './string-decoder';
import { createTimers, createTimersPromises } from './timers';
import { createUrl } from './url';
import { createUtil } from './util';
import type { BuiltinDeps } from './deps';

export { Buffer } from './buffer';

export type { BuiltinDeps } from './deps';

const PROMISIFY_CUSTOM = Symbol.for('nodejs.util.promisify.custom');

/** Module id (without any `node:` prefix, e.g. 'crypto', 'timers/promises') → module object. Modules are created lazily on first access (getters), so an environment pays only for what it requires. */
export function createBuiltins(deps: BuiltinDeps): Record<string, unknown> {
  const modules: Record<string, unknown> = {};
  const get = <T>(id: string) => modules[id] as T;
  const factories: Record<string, () => unknown> = {
    assert: createAssert,
    'assert/strict': () => get<{ strict: unknown }>('assert').strict,
    buffer: createBufferModule,
    crypto: () => createCrypto(deps.timers),
    events: createEvents,
    os: () => createOs(deps.memoryLimitInMB),
    path: createPath,
    'path/posix': () => get('path'),
    querystring: createQuerystring,
    stream: createStream,
    'stream/promises': createStreamPromises,
    string_decoder: createStringDecoder,
    timers: () => createTimers(deps.timers, () => get('timers/promises')),
    'timers/promises': () => createTimersPromises(deps.timers),
    url: () => createUrl(get<ReturnType<typeof createPath>>('path').resolve),
    util: createUtil,
    'util/types': () => get<{ types: unknown }>('util').types,
  };
  for (const [id, create] of Object.entries(factories)) {
    let made = false;
    let value: unknown;
    Object.defineProperty(modules, id, {
      enumerable: true,
      get() {
        if (!made) {
          value = create();
          made = true;
        }
        return value;
      },
    });
  }
  // As in Node, util.promisify(setTimeout) and util.promisify(setImmediate) give the timers/promises versions.
  for (const name of ['setTimeout', 'setImmediate'] as const) {
    const timer = deps.timers[name];
    if (!Object.hasOwn(timer, PROMISIFY_CUSTOM)) {
      Object.defineProperty(timer, PROMISIFY_CUSTOM, {
        configurable: true,
        get: () => get<ReturnType<typeof createTimersPromises>>('timers/promises')[name],
      });
    }
  }
  return modules;
}
