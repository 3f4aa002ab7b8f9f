import { expect, test } from '@playwright/test';
import { openPlayground } from './helpers';

const HANDLER = `import { createHash, createHmac, randomUUID, randomBytes } from 'node:crypto';
import path from 'path';
import { format, promisify } from 'node:util';
import { EventEmitter, once } from 'events';
import { URL, parse } from 'url';
import qs from 'querystring';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Readable, pipeline } from 'stream';
import { pipeline as pipelineAsync } from 'stream/promises';
import { writeFileSync, createReadStream, createWriteStream } from 'fs';

export const handler = async () => {
  const emitter = new EventEmitter();
  setTimeout(() => emitter.emit('ready', 42), 5);
  const [value] = await once(emitter, 'ready');
  await sleep(5);
  writeFileSync('/tmp/in.txt', 'streamed through /tmp');
  await pipelineAsync(createReadStream('/tmp/in.txt'), createWriteStream('/tmp/out.txt'));
  const chunks = [];
  for await (const chunk of Readable.from(['a', 'b'])) chunks.push(chunk);
  return {
    md5: createHash('md5').update('hello').digest('hex'),
    sha256: createHash('sha256').update(Buffer.from('hello')).digest('base64'),
    hmac: createHmac('sha256', 'key').update('msg').digest('hex'),
    uuid: /^[0-9a-f-]{36}$/.test(randomUUID()),
    globalUuid: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()) && crypto.getRandomValues(new Uint8Array(4)).length,
    bytes: randomBytes(8).length,
    buffer: Buffer.from('aGVsbG8=', 'base64').toString('utf8'),
    path: path.join('/tmp', 'a', '..', 'b.txt'),
    format: format('%s=%d', 'n', 7),
    promisify: typeof promisify(setTimeout),
    value,
    url: new URL('https://example.com/a?b=1').searchParams.get('b') + parse('https://x.io/p?q=2').pathname,
    qs: qs.stringify({ a: 1, b: ['x', 'y'] }),
    os: [os.platform(), os.tmpdir(), os.EOL === '\\n'],
    stream: chunks.join('') + typeof pipeline,
    copied: (await import('fs')).readFileSync('/tmp/out.txt', 'utf8'),
  };
};`;

test('Node built-ins that handlers use work inside the isolated environment', async ({ page }) => {
  await openPlayground(page);
  const result = await page.evaluate(async (code) => {
    await window.playground.lambda.createFunction({ FunctionName: 'builtins', Code: { Files: { 'index.mjs': code } } });
    const out = await window.playground.lambda.invoke({ FunctionName: 'builtins' });
    return { error: out.FunctionError, payload: JSON.parse(out.Payload) };
  }, HANDLER);
  expect(result.error, JSON.stringify(result.payload)).toBeUndefined();
  expect(result.payload).toEqual({
    md5: '5d41402abc4b2a76b9719d911017c592',
    sha256: 'LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=',
    hmac: '2d93cbc1be167bcb1637a4a23cbff01a7878f0c50ee833954ea5221bb1b8c628',
    uuid: true,
    globalUuid: 4,
    bytes: 8,
    buffer: 'hello',
    path: '/tmp/b.txt',
    format: 'n=7',
    promisify: 'function',
    value: 42,
    url: '1/p',
    qs: 'a=1&b=x&b=y',
    os: ['linux', '/tmp', true],
    stream: 'abfunction',
    copied: 'streamed through /tmp',
  });
});

test('a module the playground cannot provide fails at INIT with Runtime.ImportModuleError naming it', async ({ page }) => {
  await openPlayground(page);
  const payloads = await page.evaluate(async () => {
    const out: unknown[] = [];
    for (const [name, source] of [['uses-child-process', "import { execSync } from 'node:child_process';\nexport const handler = async () => execSync('ls');"], ['uses-package', "const sharp = require('sharp');\nexports.handler = async () => sharp;"]]) {
      await window.playground.lambda.createFunction({ FunctionName: name!, Code: { Files: { [name === 'uses-package' ? 'index.js' : 'index.mjs']: source! } } });
      out.push(JSON.parse((await window.playground.lambda.invoke({ FunctionName: name! })).Payload));
    }
    return out;
  });
  expect(payloads[0]).toMatchObject({
    errorType: 'Runtime.ImportModuleError',
    errorMessage: "Error: Cannot find module 'node:child_process': the Node.js built-in 'child_process' is not available in this playground, which runs in a browser",
  });
  expect(payloads[1]).toMatchObject({ errorType: 'Runtime.ImportModuleError', errorMessage: expect.stringMatching(/^Error: Cannot find module 'sharp'\nRequire stack:/) });
});
