// `npm run bench`: builds the app, serves it, drives headless Chromium through
// window.playground, and measures each playground operation beside the raw browser operation it
// sits on, in the same browser session. Prints a table; writes the figures as JSON to
// bench-results/. `--quick` runs a short smoke version.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, createServer, preview } from 'vite';
import { findBrowser } from '../find-browser.mjs';
import * as probe from './probes.mjs';
import * as dynamoProbe from './probes-dynamodb.mjs';
import * as sqsProbe from './probes-sqs.mjs';
import * as growth from './probes-growth.mjs';
import * as burstProbe from './probes-burst.mjs';
import { BEFORE_I18N_FIRST_LOAD, mainChunk, PREVIOUS_MAIN_CHUNK, previousSize } from './bundle.mjs';
import { measureFirstLoad } from './first-load.mjs';
import { summarize, table } from './stats.mjs';

const quick = process.argv.includes('--quick');

/** Share-link lengths of the bundled projects, computed with the app's own codec (loaded by Vite in Node). */
async function shareLinkLengths() {
  const vite = await createServer({ server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'silent' });
  try {
    const { encodeShareLink } = await vite.ssrLoadModule('/src/project/share-link.ts');
    const { sampleProject } = await vite.ssrLoadModule('/src/state/projects/project-doc.svelte.ts');
    const { thumbnailExample } = await vite.ssrLoadModule('/src/samples/examples/thumbnail.ts');
    const projects = [['hello-world sample', sampleProject('Hello world')], ['S3 thumbnails example', thumbnailExample()]];
    const named = await Promise.all(projects.map(async ([name, doc]) => ({ name, length: (await encodeShareLink(doc)).length })));
    // The sample's function copied under other names: how a link grows with the project.
    const sized = await Promise.all([1, 10, 50].map(async (count) => {
      const doc = projectWith(sampleProject('Growth'), count);
      return { count, doc, length: (await encodeShareLink(doc)).length };
    }));
    return { named, sized };
  } finally {
    await vite.close();
  }
}
/** A project document with `count` functions: the sample's, and copies of it under other names. */
function projectWith(doc, count) {
  const [fn] = doc.functions;
  return { ...doc, functions: Array.from({ length: count }, (_, i) => ({ ...fn, name: i ? `${fn.name}-${i}` : fn.name })) };
}
const reps = (full, small) => (quick ? small : full);
const started = Date.now();

await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: findBrowser().path,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows = [];
const add = (row) => {
  rows.push(row);
  // Kept as it goes, so a run cut short still leaves what it measured.
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/partial.json', JSON.stringify({ quick, rows }, null, 2));
  console.log(`  measured: ${row.what}`);
};

try {
  // First load and compiler start, each in a fresh context (empty cache and storage).
  const firstLoad = await measureFirstLoad(browser, url, reps(5, 3), probe.transferredBytes);
  const bytes = firstLoad.bytes;
  const beforeInteractive = firstLoad.beforeInteractive;
  firstLoad.rows.forEach(add);

  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.evaluate(() => window.playground.ready);

  const coldRaw = await page.evaluate(probe.rawWorkerStart, { reps: reps(30, 5) });
  const cold = await page.evaluate(probe.playgroundColdStart, { reps: reps(30, 5) });
  add({ what: 'cold start (first invoke)', raw: summarize(coldRaw), playground: summarize(cold), notes: 'raw: new Worker + first reply' });

  const rtRaw = await page.evaluate(probe.rawRoundTrip, { reps: reps(2000, 200) });
  const warm = await page.evaluate(probe.playgroundWarm, { reps: reps(2000, 200) });
  add({ what: 'warm invoke', raw: summarize(rtRaw), playground: summarize(warm.samples), notes: 'raw: postMessage round trip; means of batches of 20' });
  const rtIsolated = await page.evaluate(growth.rawIsolatedRoundTrip, { reps: reps(2000, 200) });
  add({ what: 'warm invoke (vs the isolation frame)', raw: summarize(rtIsolated), playground: summarize(warm.samples), notes: 'raw: postMessage round trip to a worker in a sandboxed iframe (another process in Chromium)' });
  add({ what: 'warm invoke throughput', raw: { median: 1000 / summarize(rtRaw).median }, playground: { median: warm.perSecond }, unit: 'per s' });

  for (const n of quick ? [10, 100] : [10, 100, 500]) {
    const raw = [];
    for (let i = 0; i < reps(3, 1); i++) raw.push(await page.evaluate(probe.rawConcurrent, { n }));
    const burst = await page.evaluate(probe.playgroundBurst, { n });
    const accounted = `${burst.environments} environments; of ${burst.count}: ${burst.succeeded} ok, ${burst.functionErrors} function errors, ${burst.throttled} throttled, ${burst.otherErrors} other`;
    add({ what: `burst of ${n}`, raw: summarize(raw), playground: summarize([burst.ms]), notes: `${accounted}; raw: ${n} workers × 1 message` });
    if (n < 100) continue;
    // The same burst against the isolation frame's own limits: its workers, then its workers running the runtime script.
    const isolated = [], runtime = [];
    for (let i = 0; i < reps(3, 1); i++) {
      isolated.push(await page.evaluate(burstProbe.rawIsolatedConcurrent, { n, runtime: false }));
      runtime.push(await page.evaluate(burstProbe.rawIsolatedConcurrent, { n, runtime: true }));
    }
    add({ what: `burst of ${n} (vs workers in the isolation frame)`, raw: summarize(isolated), playground: summarize([burst.ms]), notes: `raw: ${n} workers of a one-line script started in a sandboxed frame` });
    if (runtime.every((ms) => ms !== null)) add({ what: `burst of ${n} (vs runtime-script workers there)`, raw: summarize(runtime), playground: summarize([burst.ms]), notes: `raw: the same, each parsing and running the environments' runtime script (no INIT, no invoke)` });
  }

  for (const lines of [30, 1000]) {
    const { raw, deploy } = await page.evaluate(probe.compileVersusDeploy, { lines, reps: reps(15, 3) });
    add({ what: `deploy ${lines}-line TypeScript`, raw: summarize(raw), playground: summarize(deploy), notes: 'raw: esbuild build in the compiler worker' });
  }

  for (const [count, size, label] of [[1000, 1024, '1000 × 1 KB'], [5, 10 * 1024 * 1024, '5 × 10 MB']]) {
    const raw = await page.evaluate(probe.rawIdb, { count, size, reps: reps(5, 1) });
    const tmp = await page.evaluate(probe.playgroundTmp, { count, size, reps: reps(5, 1) });
    add({ what: `/tmp write+read ${label}`, raw: summarize(raw), playground: summarize(tmp), notes: 'raw: IndexedDB put+get in a worker; playground: in-memory /tmp, kept in IndexedDB after the response' });
  }

  const after = await page.evaluate(probe.playgroundWarm, { reps: reps(10_000, 1000) });
  const again = await page.evaluate(probe.playgroundWarm, { reps: reps(1000, 200) });
  add({ what: `warm invoke after ${reps(10_000, 1000)} more`, raw: summarize(warm.samples), playground: summarize(again.samples), notes: 'raw: the first warm run (no slow-down means ratio ≈ 1)' });
  void after;

  // Invoke overhead as the account grows: 1, 10, 100 functions deployed.
  for (const count of quick ? [1, 10] : [1, 10, 100]) {
    const deployed = await page.evaluate(growth.deployMany, { count });
    const rt = await page.evaluate(probe.rawRoundTrip, { reps: reps(1000, 100) });
    const w = await page.evaluate(probe.playgroundWarm, { reps: reps(1000, 100), name: 'bench-many-0' });
    add({ what: `warm invoke, ${count} function${count > 1 ? 's' : ''} deployed`, raw: summarize(rt), playground: summarize(w.samples), notes: `${deployed} functions in the account; raw: postMessage round trip` });
  }

  const metrics = await page.evaluate(growth.warmMetricsOffOn, { reps: reps(4000, 400), rounds: reps(4, 2) });
  const rtMetrics = await page.evaluate(probe.rawRoundTrip, { reps: reps(1000, 100) });
  add({ what: 'warm invoke, metrics off', raw: summarize(rtMetrics), playground: summarize(metrics.off), notes: 'CloudWatch recording off; raw: postMessage round trip' });
  add({ what: 'warm invoke, metrics on (vs off)', raw: summarize(metrics.off), playground: summarize(metrics.on), notes: 'raw: the same invocations with recording off, alternating rounds (goal ≤ 1.05×)' });

  const staticFetch = await page.evaluate(probe.rawStaticFetch, { reps: reps(300, 30) });
  const apiFetch = await page.evaluate(probe.playgroundApiFetch, { reps: reps(300, 30) });
  add({ what: 'API request (service worker)', raw: summarize(staticFetch), playground: summarize(apiFetch), notes: 'raw: fetch of a static file; playground: fetch → service worker → tab → gateway → warm function' });

  for (const [size, label] of [[1024, '1 KB'], [10 * 1024 * 1024, '10 MB']]) {
    const raw = await page.evaluate(probe.rawIdbPut, { size, reps: reps(20, 3) });
    const trigger = await page.evaluate(probe.playgroundS3Trigger, { size, reps: reps(20, 3) });
    add({ what: `S3 PutObject ${label} → handler starts`, raw: summarize(raw), playground: summarize(trigger), notes: 'raw: IndexedDB put of a Blob of the same size, made beforehand; playground: MD5 ETag + IndexedDB + notification + async queue + warm start' });
    const rawBytes = await page.evaluate(probe.rawIdbPutBytes, { size, reps: reps(20, 3) });
    add({ what: `S3 PutObject ${label} → handler starts (vs bytes → IndexedDB)`, raw: summarize(rawBytes), playground: summarize(trigger), notes: 'raw: a Blob made of the bytes (their copy into storage) + the IndexedDB put, as PutObject of a Uint8Array must' });
  }

  const itemWrite = await page.evaluate(dynamoProbe.rawIdbPutRecord, { reps: reps(50, 5) });
  const streamTrigger = await page.evaluate(dynamoProbe.playgroundStreamTrigger, { reps: reps(50, 5) });
  add({ what: 'DynamoDB PutItem → stream consumer starts', raw: summarize(itemWrite), playground: summarize(streamTrigger), notes: 'raw: IndexedDB put of a small record; playground: checks + IndexedDB + stream record + the poller (Lambda polls a shard 4 times a second: up to 250 ms of this is that interval) + warm start' });

  const messageWrite = await page.evaluate(sqsProbe.rawIdbPutAndRoundTrip, { reps: reps(50, 5) });
  const queueTrigger = await page.evaluate(sqsProbe.playgroundQueueTrigger, { reps: reps(50, 5) });
  add({ what: 'SQS SendMessage → consumer handler starts', raw: summarize(messageWrite), playground: summarize(queueTrigger), notes: 'raw: IndexedDB put of a small record + a postMessage round trip; playground: checks + MD5 + the poller (woken by the send, as a long poll answers at once) + warm start, the IndexedDB write alongside' });

  const links = await shareLinkLengths();
  for (const { name, length } of links.named) {
    add({ what: `share link: ${name}`, playground: { median: length }, unit: 'chars', notes: 'URL fragment length (deflate-raw + base64url)' });
  }
  for (const { count, doc, length } of links.sized) {
    const raw = await page.evaluate(growth.rawIdbPutDoc, { doc, reps: reps(10, 3) });
    const save = await page.evaluate(growth.playgroundSaveDoc, { doc, reps: reps(10, 3) });
    add({ what: `project save, ${count} function${count > 1 ? 's' : ''}`, raw: summarize(raw), playground: summarize(save), notes: 'raw: IndexedDB put of the document; playground: a document read, checked and stored as a project' });
    add({ what: `share link, ${count} function${count > 1 ? 's' : ''}`, playground: { median: length }, unit: 'chars', notes: 'the sample function and copies of it' });
  }

  // Last, as it leaves a large log behind: the log pane while a handler writes 100 000 lines.
  // Bounded from here too: a page whose main thread never frees up cannot answer its own deadline.
  const flood = await Promise.race([
    page.evaluate(growth.logFlood, { lines: reps(100_000, 10_000) }),
    new Promise((resolve) => setTimeout(() => resolve({ idle: [16], gaps: [180_000], longTasks: [], invokeMs: null, shownMs: null, rendered: 0, held: 0 }), 180_000)),
  ]);
  const longTotal = flood.longTasks.reduce((a, b) => a + b, 0);
  add({
    what: `log pane, ${reps('100k', '10k')} lines: timer gap`, raw: summarize(flood.idle), playground: summarize(flood.gaps),
    notes: `raw: 16 ms timer ticks while idle; the invocation ${flood.invokeMs === null ? 'had not ended after 60 s' : `took ${Math.round(flood.invokeMs)} ms`}, the pane ${flood.shownMs === null ? 'had not shown its REPORT after 60 s' : `showed its REPORT after ${Math.round(flood.shownMs)} ms`} (${flood.rendered} rows in the DOM for ${flood.held ?? 0} lines held); longest gap ${Math.round(Math.max(...flood.gaps))} ms`,
  });
  add({ what: `log pane, ${reps('100k', '10k')} lines: long tasks`, playground: { median: longTotal, p90: Math.max(0, ...flood.longTasks) }, notes: `total main-thread long-task time (p90 column: the longest); ${flood.longTasks.length} long tasks` });

  const gzip = {};
  for (const file of readdirSync('dist/assets')) {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : file.endsWith('.wasm') ? 'wasm' : undefined;
    if (kind && !file.endsWith('.map')) gzip[kind] = (gzip[kind] ?? 0) + gzipSync(readFileSync(`dist/assets/${file}`)).length;
  }

  const main = mainChunk('dist');
  let previousRun;
  try {
    previousRun = JSON.parse(readFileSync('bench-results/latest.json', 'utf8')).mainChunk;
  } catch {
    // No earlier run on this machine.
  }

  const machine = {
    cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version, browser: `Chromium ${browser.version()}`, platform: `${os.platform()} ${os.release()}`,
  };
  const result = {
    date: new Date().toISOString(), quick, machine, rows,
    transferredBytes: bytes, gzipBytes: gzip, mainChunk: main,
    memoryPerEnvironment: 'not measurable: Chromium exposes no heap figure for a dedicated worker (see README, "Memory")',
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync('bench-results', { recursive: true });
  const file = `bench-results/bench-${result.date.replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`;
  writeFileSync(file, JSON.stringify(result, null, 2));
  writeFileSync('bench-results/latest.json', JSON.stringify(result, null, 2));

  console.log(`\n${machine.browser}, ${machine.cores} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}${quick ? ' (quick run)' : ''}\n`);
  console.log(table(rows));
  console.log(`\nbytes of the first load (transferred): ${JSON.stringify(bytes)}; gzip of the build: ${JSON.stringify(gzip)}`);
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  console.log(`main chunk ${main.file}: ${kb(main.gzip)} gzip, ${kb(main.withStaticImportsGzip)} with what it imports, ${kb(main.firstPaintGzip)} with all ${main.preloads} chunk(s) index.html preloads (the editor and project reader too)`);
  console.log(`  earlier: ${Object.entries(PREVIOUS_MAIN_CHUNK).map(([when, v]) => `${when}: ${previousSize(v)}`).join('; ')}${previousRun ? `; previous run: ${kb(previousRun.gzip)}, ${kb(previousRun.firstPaintGzip)} with preloads` : ''}`);
  const before = BEFORE_I18N_FIRST_LOAD;
  console.log(`fetched before interactive: ${beforeInteractive.paths.length} files, ${kb(beforeInteractive.bytes)} (before the interface-language work, e1030d2: ${before.files} files, ${before.kB} kB, interactive at ${before.interactiveMs} ms where this branch measured ${before.sameRunInteractiveMs.join('–')} ms in the same run)`);
  console.log(`wrote ${file} (${result.durationSeconds} s)`);
} finally {
  await browser.close();
  await server.close();
}
