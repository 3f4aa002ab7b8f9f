// The runtime end to end in Node: handler styles, errors in Lambda's shape, console, context and /tmp.
import { describe, expect, it } from 'vitest';
import { environment } from './test-environment';

describe('handler styles', () => {
  it('async handler: the resolved value is the payload', async () => {
    const env = await environment({ 'index.mjs': 'export const handler = async (event) => ({ doubled: event.n * 2 });' });
    expect(env.init.status).toBe('ok');
    expect(await env.invoke({ n: 21 })).toMatchObject({ status: 'ok', payload: '{"doubled":42}' });
  });

  it('callback handler: waits for pending timers before answering (callbackWaitsForEmptyEventLoop)', async () => {
    const env = await environment({
      'index.js': `let fired = false;
exports.handler = (event, context, callback) => {
  setTimeout(() => { fired = true; }, 30);
  callback(null, { firedAtResponse: fired });
  setTimeout(() => console.log('after callback'), 10);
};
exports.check = async () => fired;`,
    });
    const result = await env.invoke();
    expect(result).toMatchObject({ status: 'ok', payload: '{"firedAtResponse":false}' });
    expect(env.logs.map((l) => l.message)).toContain('after callback');
  });

  it('callback handler with callbackWaitsForEmptyEventLoop = false answers at once', async () => {
    const env = await environment({
      'index.js': `exports.handler = (event, context, callback) => {
  context.callbackWaitsForEmptyEventLoop = false;
  setTimeout(() => console.log('late'), 200);
  callback(null, 'now');
};`,
    });
    expect(await env.invoke()).toMatchObject({ status: 'ok', payload: '"now"' });
    expect(env.logs).toHaveLength(0);
  });

  it('callback error becomes a Lambda error', async () => {
    const env = await environment({ 'index.js': "exports.handler = (e, c, cb) => cb(new TypeError('bad input'));" });
    const result = await env.invoke();
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(result.error).toMatchObject({ errorType: 'TypeError', errorMessage: 'bad input' });
  });

  it('context.succeed, context.fail and context.done complete the invocation', async () => {
    const env = await environment({
      'index.js': `exports.handler = function (event, context) {
  if (event.how === 'succeed') context.succeed({ ok: 1 });
  else if (event.how === 'fail') context.fail(new Error('failed'));
  else context.done(null, 'done');
};`,
    });
    expect(await env.invoke({ how: 'succeed' })).toMatchObject({ status: 'ok', payload: '{"ok":1}' });
    expect(await env.invoke({ how: 'done' })).toMatchObject({ status: 'ok', payload: '"done"' });
    const failed = await env.invoke({ how: 'fail' });
    expect(failed.status === 'error' && failed.error.errorMessage).toBe('failed');
  });

  it('a synchronous handler that neither returns a promise nor calls back answers null', async () => {
    const env = await environment({ 'index.js': 'exports.handler = function (event) { return 42; };' });
    expect(await env.invoke()).toMatchObject({ status: 'ok', payload: 'null' });
  });

  it('module state survives between invocations of one environment', async () => {
    const env = await environment({ 'index.ts': 'let count = 0;\nexport const handler = async () => ++count;' }, { handler: 'index.handler' });
    await env.invoke();
    expect(await env.invoke()).toMatchObject({ payload: '2' });
  });

  it('resolves nested handler paths in sub-folders', async () => {
    const env = await environment({ 'src/app.ts': 'export const api = { lambdaHandler: async () => "nested" };' }, { handler: 'src/app.api.lambdaHandler' });
    expect(await env.invoke()).toMatchObject({ payload: '"nested"' });
  });
});

describe('errors in Lambda shape', () => {
  it('a thrown Error has errorType, errorMessage and a trace that points into the user file', async () => {
    const env = await environment({
      'index.ts': "import { check } from './lib/check';\nexport const handler = async (event: { v: number }) => check(event.v);\n",
      'lib/check.ts': '// validates input\nexport function check(v: number): number {\n  if (v < 0) throw new RangeError(`negative: ${v}`);\n  return v;\n}\n',
    });
    const result = await env.invoke({ v: -1 });
    expect(result.status).toBe('error');
    if (result.status !== 'error') return;
    expect(result.error.errorType).toBe('RangeError');
    expect(result.error.errorMessage).toBe('negative: -1');
    expect(result.error.trace[0]).toBe('RangeError: negative: -1');
    expect(result.error.trace[1]).toMatch(/^ {4}at check \(\/var\/task\/lib\/check\.ts:3:\d+\)$/);
    expect(result.error.trace.join('\n')).toContain('/var/task/index.ts:2:');
    expect(result.fatal).toBe(false);
  });

  it('a thrown non-Error gives its typeof as errorType and an empty trace', async () => {
    const env = await environment({ 'index.js': "exports.handler = async () => { throw 'plain string'; };" });
    const result = await env.invoke();
    expect(result.status === 'error' && result.error).toEqual({ errorType: 'string', errorMessage: 'plain string', trace: [] });
  });

  it('a missing export is Runtime.HandlerNotFound', async () => {
    const env = await environment({ 'index.js': 'exports.main = async () => 1;' });
    expect(env.init).toMatchObject({ status: 'error', error: { errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is undefined or not exported' } });
  });

  it('an export that is not a function is Runtime.HandlerNotFound', async () => {
    const env = await environment({ 'index.js': 'exports.handler = 5;' });
    expect(env.init).toMatchObject({ status: 'error', error: { errorMessage: 'index.handler is not a function' } });
  });

  it('a malformed handler string is Runtime.MalformedHandlerName', async () => {
    const env = await environment({ 'index.js': 'exports.handler = async () => 1;' }, { handler: 'index' });
    expect(env.init).toMatchObject({ status: 'error', error: { errorType: 'Runtime.MalformedHandlerName', errorMessage: 'Bad handler' } });
  });

  it('an unavailable package is Runtime.ImportModuleError naming it', async () => {
    const env = await environment({ 'index.mjs': "import left from 'left-pad';\nexport const handler = async () => left('x', 3);" });
    expect(env.init.status).toBe('error');
    if (env.init.status !== 'error') return;
    expect(env.init.error.errorType).toBe('Runtime.ImportModuleError');
    expect(env.init.error.errorMessage).toMatch(/^Error: Cannot find module 'left-pad'\nRequire stack:/);
  });

  it('an error thrown at module top level fails INIT with that error', async () => {
    const env = await environment({ 'index.js': "throw new Error('config missing');\nexports.handler = async () => 1;" });
    expect(env.init).toMatchObject({ status: 'error', error: { errorType: 'Error', errorMessage: 'config missing' } });
  });

  it('nodejs24.x refuses callback-style handlers at INIT', async () => {
    const env = await environment({ 'index.js': 'exports.handler = (e, c, cb) => cb(null, 1);' }, { runtime: 'nodejs24.x' });
    expect(env.init).toMatchObject({ status: 'error', error: { errorType: 'Runtime.CallbackHandlerDeprecated' } });
  });

  it('process.exit() ends the environment with Runtime.ExitError', async () => {
    const env = await environment({ 'index.js': 'exports.handler = async () => { process.exit(1); };' });
    const result = await env.invoke();
    expect(result).toMatchObject({ status: 'error', fatal: true, error: { errorType: 'Runtime.ExitError' } });
  });
});

describe('handler fidelity', () => {
  it('accepts a UTF-8 BOM, TypeScript import-equals, and drops type-only imports from aws-lambda', async () => {
    const env = await environment({
      'index.ts': "\uFEFFimport type { APIGatewayProxyHandler } from 'aws-lambda';\nimport { Context } from 'aws-lambda';\nimport util = require('./util');\nexport const handler: APIGatewayProxyHandler = async (event, context: Context) => ({ statusCode: 200, body: util.shout('ok') });\n",
      'util.ts': 'export const shout = (s: string) => s.toUpperCase();',
    });
    expect(env.init.status).toBe('ok');
    expect(await env.invoke()).toMatchObject({ status: 'ok', payload: '{"statusCode":200,"body":"OK"}' });
  });

  it('runs ESM in a .js file under package.json "type": "module", and CommonJS in .cjs', async () => {
    const esm = await environment({ 'index.js': 'export const handler = async () => "esm";', 'package.json': '{ "type": "module" }' });
    expect(await esm.invoke()).toMatchObject({ payload: '"esm"' });
    const cjs = await environment({ 'index.cjs': 'module.exports.handler = async () => "cjs";', 'package.json': '{ "type": "commonjs" }' });
    expect(await cjs.invoke()).toMatchObject({ payload: '"cjs"' });
  });

  it('the first completion wins: callback before the returned promise, context.done before callback', async () => {
    const env = await environment({
      'index.js': `exports.handler = async (event, context, callback) => {
  if (event.first === 'callback') { callback(null, 'from callback'); await new Promise((r) => setTimeout(r, 20)); return 'from promise'; }
  context.done(null, 'from done');
  callback(null, 'from callback');
  return 'from promise';
};`,
    });
    expect(await env.invoke({ first: 'callback' })).toMatchObject({ payload: '"from callback"' });
    expect(await env.invoke({ first: 'done' })).toMatchObject({ payload: '"from done"' });
  });

  it("deep recursion is a RangeError in Lambda's error shape, and the environment survives", async () => {
    const env = await environment({ 'index.mjs': 'const down = (n) => down(n + 1) + 1;\nexport const handler = async (e) => (e.recurse ? down(0) : "alive");' });
    const result = await env.invoke({ recurse: true });
    expect(result.status === 'error' && result.error).toMatchObject({ errorType: 'RangeError', errorMessage: 'Maximum call stack size exceeded' });
    if (result.status === 'error') expect(result.error.trace[1]).toMatch(/\/var\/task\/index\.mjs:1:\d+/);
    expect(await env.invoke({})).toMatchObject({ status: 'ok', payload: '"alive"' });
  });
});

describe('console, context and process', () => {
  it('writes console methods as log lines with levels, formatted like util.format', async () => {
    const env = await environment({
      'index.js': `console.log('cold', 1);
exports.handler = async () => {
  console.log('user %s has %d items', 'ana', 3);
  console.info({ a: 1, b: [1, 2] });
  console.warn('careful');
  console.error(new Error('oops'));
  console.debug('dbg');
};`,
    });
    await env.invoke();
    expect(env.logs.map(({ level, message, requestId }) => [level, requestId, message.split('\n')[0]])).toEqual([
      ['INFO', undefined, 'cold 1'],
      ['INFO', 'req-1', 'user ana has 3 items'],
      ['INFO', 'req-1', '{ a: 1, b: [ 1, 2 ] }'],
      ['WARN', 'req-1', 'careful'],
      ['ERROR', 'req-1', 'Error: oops'],
      ['DEBUG', 'req-1', 'dbg'],
    ]);
    expect(env.logs[4]!.message).toMatch(/\n {4}at .*\/var\/task\/index\.js:6:\d+/);
  });

  it('passes the Lambda context and environment variables', async () => {
    const env = await environment({
      'index.js': `exports.handler = async (event, context) => ({
  id: context.awsRequestId, name: context.functionName, version: context.functionVersion,
  arn: context.invokedFunctionArn, memory: context.memoryLimitInMB, group: context.logGroupName,
  stream: context.logStreamName, remaining: context.getRemainingTimeInMillis(), waits: context.callbackWaitsForEmptyEventLoop,
  stage: process.env.STAGE, region: process.env.AWS_REGION, fnName: process.env.AWS_LAMBDA_FUNCTION_NAME,
  root: process.env.LAMBDA_TASK_ROOT, handler: process.env._HANDLER, tz: process.env.TZ,
});`,
    });
    const result = await env.invoke({}, 2000);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const value = JSON.parse(result.payload);
    expect(value).toMatchObject({
      id: 'req-1', name: 'fn', version: '$LATEST', arn: 'arn:aws:lambda:us-east-1:123456789012:function:fn', memory: '256',
      group: '/aws/lambda/fn', stream: '2026/11/21/[$LATEST]abc', waits: true, stage: 'test', region: 'us-east-1',
      fnName: 'fn', root: '/var/task', handler: 'index.handler', tz: ':UTC',
    });
    expect(value.remaining).toBeGreaterThan(1500);
    expect(value.remaining).toBeLessThanOrEqual(2000);
  });
});

describe('failures without a value', () => {
  it('a promise rejected with undefined is a failure whose errorType is its typeof', async () => {
    const env = await environment({ 'index.mjs': 'export const handler = () => Promise.reject(undefined);' });
    expect(await env.invoke()).toMatchObject({ status: 'error', error: { errorType: 'undefined', errorMessage: 'undefined', trace: [] } });
  });
});

describe('/tmp through fs', () => {
  it('a warm environment keeps /tmp between invocations and reports usage and changes', async () => {
    const env = await environment({
      'index.mjs': `import fs from 'node:fs';
import { readFile } from 'fs/promises';
export const handler = async (event) => {
  if (event.write) fs.writeFileSync('/tmp/notes.txt', event.write);
  return { text: fs.existsSync('/tmp/notes.txt') ? await readFile('/tmp/notes.txt', 'utf8') : null, code: fs.readFileSync('/var/task/index.mjs', 'utf8').length > 0 };
};`,
    });
    const first = await env.invoke({ write: 'hello' });
    expect(first).toMatchObject({ status: 'ok', payload: '{"text":"hello","code":true}', tmp: { usage: { bytes: 5, files: 1 } } });
    expect(first.tmp?.changes).toEqual([expect.objectContaining({ type: 'file', path: '/tmp/notes.txt' })]);
    const second = await env.invoke({});
    expect(second).toMatchObject({ payload: '{"text":"hello","code":true}', tmp: { changes: [] } });
  });

  it('writing outside /tmp fails as on Lambda, and the storage setting is enforced with ENOSPC', async () => {
    const env = await environment({
      'index.js': `const fs = require('fs');
exports.handler = async () => {
  const out = {};
  try { fs.writeFileSync('/var/task/x.txt', 'x'); } catch (e) { out.task = e.code + ' ' + e.message; }
  try { fs.writeFileSync('/tmp/big.bin', Buffer.alloc(600 * 1024 * 1024)); } catch (e) { out.big = e.code; }
  return out;
};`,
    }, { ephemeralStorageMB: 512 });
    expect(await env.invoke()).toMatchObject({ payload: JSON.stringify({ task: "EROFS EROFS: read-only file system, open '/var/task/x.txt'", big: 'ENOSPC' }) });
  });
});
