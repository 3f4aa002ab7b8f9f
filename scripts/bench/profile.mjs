// `node scripts/bench/profile.mjs <scenario> [--no-build]`: records Chromium's CPU profile (CDP
// Profiler) of the main thread while one bench scenario runs against the production build, and
// prints where the time went: self time per function and per source file (source-mapped, so the
// names are the project's own files). Scenarios: warm, s3-10mb, first-load (to
// interactive), first-load-ready (to window.playground.ready),
// first-load-cpu (a trace: the main thread's CPU time to interactive, beside its wall time), burst, logs.
// Writes the raw profile to bench-results/profile-<scenario>.cpuprofile (open it in DevTools).
// Where the isolation frame runs in its own process (Chromium's default), that process's main
// thread is profiled too (profile-<scenario>-frame.cpuprofile): it starts every environment.
// N=<count> sets the burst's size (default 200).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { build, preview } from 'vite';
import { findBrowser } from '../find-browser.mjs';
import * as probe from './probes.mjs';
import * as growth from './probes-growth.mjs';
import { untilInteractive } from './first-load.mjs';
import { mainThreadCpu, TRACE_CATEGORIES } from './trace-cpu.mjs';

const scenario = process.argv[2] ?? 'warm';
// DIST=<folder> profiles an earlier build kept aside (for a before/after in one sitting); it is not rebuilt.
const dist = process.env.DIST ?? 'dist';
if (!process.env.DIST && !process.argv.includes('--no-build')) await build({ logLevel: 'warn' });
const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: findBrowser().path, args: ['--no-sandbox', '--disable-gpu'] });

/** Source maps of the build, by asset URL path, loaded on first use. */
const maps = new Map();
function mapOf(scriptUrl) {
  const path = scriptUrl.replace(url, '');
  if (!maps.has(path)) {
    const file = `${dist}${path}.map`;
    maps.set(path, path.startsWith('/assets/') && existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
  }
  return maps.get(path);
}

/** A profile node's function, named by its original source when a map knows it. */
function where(frame) {
  const map = frame.url ? mapOf(frame.url) : null;
  if (map && frame.lineNumber >= 0) {
    const pos = originalPositionFor(map, { line: frame.lineNumber + 1, column: Math.max(0, frame.columnNumber) });
    if (pos.source) return { fn: `${pos.name ?? frame.functionName ?? '(anonymous)'} ${pos.source.replace(/^(\.\.\/)+/, '')}:${pos.line}`, file: pos.source.replace(/^(\.\.\/)+/, '') };
  }
  const fn = frame.functionName || (frame.url ? '(anonymous)' : `(${frame.functionName || 'native'})`);
  return { fn: `${fn} ${frame.url.replace(url, '') || ''}`.trim(), file: frame.url ? frame.url.replace(url, '') : fn };
}

/**
 * A sample's share of time. The profiler's clock is the wall clock: on a loaded machine the main
 * thread is often off the CPU, and the whole gap until the next sample is charged to whatever it
 * was running then. With CAP set (the default for first-load), a gap counts at most four sampling
 * intervals, which approximates the thread's CPU time.
 */
const SAMPLING_US = 250;
const CAP = process.env.CAP ? Number(process.env.CAP) : scenario.startsWith('first-load') ? 4 * SAMPLING_US : Infinity;
const share = (profile, i) => Math.min(profile.timeDeltas[i + 1] ?? 0, CAP);

function report(profile, top = 30) {
  const byFn = new Map(), byFile = new Map();
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + share(profile, i));
  let total = 0;
  for (const node of profile.nodes) {
    const ms = (dt.get(node.id) ?? 0) / 1000;
    if (!ms) continue;
    total += ms;
    const w = where(node.callFrame);
    byFn.set(w.fn, (byFn.get(w.fn) ?? 0) + ms);
    byFile.set(w.file, (byFile.get(w.file) ?? 0) + ms);
  }
  const print = (m, title) => {
    console.log(`\n${title} (total ${total.toFixed(0)} ms sampled${CAP < Infinity ? `, gaps capped at ${CAP / 1000} ms` : ''})`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(9)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  };
  print(byFn, 'self time by function');
  print(byFile, 'self time by file');
}

let frameCdp;
/** Busy time per slice of the profile's span, with the file that took most of each: when the main thread worked, and on what. */
function timeline(profile, sliceMs = 100) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const slices = [];
  let t = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] / 1000;
    const node = nodes.get(profile.samples[i]);
    const name = node.callFrame.functionName;
    if (name === '(idle)') continue;
    const ms = share(profile, i) / 1000;
    const slice = (slices[Math.floor(t / sliceMs)] ??= { busy: 0, files: new Map() });
    slice.busy += ms;
    const file = name === '(program)' || name === '(garbage collector)' ? name : where(node.callFrame).file;
    slice.files.set(file, (slice.files.get(file) ?? 0) + ms);
  }
  console.log(`\nbusy main thread per ${sliceMs} ms from the profile's start (top files in each slice)`);
  slices.forEach((s, i) => {
    if (!s || s.busy < 5) return;
    const top = [...s.files].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f, ms]) => `${f.replace(/^main\/node_modules\//, '')} ${ms.toFixed(0)}`).join(', ');
    console.log(`${String(i * sliceMs).padStart(6)} ms ${s.busy.toFixed(0).padStart(4)} ms busy  ${top}`);
  });
}

try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  if (scenario === 'first-load-cpu') {
    // A trace instead of samples: the main thread's CPU time (not wall time) before the workbench was on screen, and after.
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'commit' });
    const { shown, interactive } = await untilInteractive(page);
    const trace = await browser.stopTracing();
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/trace-first-load.json', trace);
    console.log(`workbench shown after ${shown.toFixed(0)} ms, interactive after ${interactive.toFixed(0)} ms (page clock)`);
    const parsed = JSON.parse(trace.toString());
    for (const w of mainThreadCpu(parsed.traceEvents ?? parsed, [[0, shown, 'navigation → workbench shown'], [shown, interactive, 'shown → interactive'], [0, interactive, 'navigation → interactive']])) {
      console.log(`\n${w.label} (${w.from.toFixed(0)}–${w.to.toFixed(0)} ms): main thread ${w.cpu.toFixed(0)} ms CPU in tasks taking ${w.wall.toFixed(0)} ms of wall time; longest task ${w.longest.toFixed(0)} ms`);
      console.log(w.kinds.map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', '));
    }
  } else if (scenario === 'first-load' || scenario === 'first-load-ready') {
    // `first-load`: navigation until the workbench is usable (see first-load.mjs); `first-load-ready`: until the compiler is up too.
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit' });
    const { shown, interactive } = await untilInteractive(page);
    console.log(`workbench shown after ${shown.toFixed(0)} ms, interactive after ${interactive.toFixed(0)} ms (page clock)`);
    if (scenario === 'first-load-ready') await page.evaluate(() => window.playground.ready);
  } else {
    await page.goto(url);
    await page.evaluate(() => window.playground.ready);
    // One environment first, so the isolation frame exists (as it does in any page that has run code).
    await page.evaluate(probe.playgroundColdStart, { reps: 1 });
    const isolation = page.frames().find((f) => f !== page.mainFrame() && f.url() === 'about:srcdoc');
    frameCdp = isolation ? await context.newCDPSession(isolation).catch(() => undefined) : undefined;
    if (frameCdp) {
      await frameCdp.send('Profiler.enable');
      await frameCdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await frameCdp.send('Profiler.start');
    }
    if (scenario === 'warm') await page.evaluate(probe.playgroundWarm, { reps: 200 });
    await cdp.send('Profiler.start');
    if (scenario === 'warm') await page.evaluate(probe.playgroundWarm, { reps: 4000 });
    else if (scenario === 's3-10mb') await page.evaluate(probe.playgroundS3Trigger, { size: 10 * 1024 * 1024, reps: 5 });
    else if (scenario === 'burst') console.log(await page.evaluate(probe.playgroundBurst, { n: Number(process.env.N ?? 200) }));
    else if (scenario === 'logs') await page.evaluate(growth.logFlood, { lines: Number(process.env.LINES ?? 100_000) });
    else throw new Error(`unknown scenario ${scenario}`);
  }
  if (scenario !== 'first-load-cpu') {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(`bench-results/profile-${scenario}.cpuprofile`, JSON.stringify(profile));
    report(profile);
    if (scenario.startsWith('first-load')) timeline(profile);
  }
  if (frameCdp) {
    const { profile: frameProfile } = await frameCdp.send('Profiler.stop');
    writeFileSync(`bench-results/profile-${scenario}-frame.cpuprofile`, JSON.stringify(frameProfile));
    console.log('\n== the isolation frame (its own process) ==');
    report(frameProfile, 15);
  } else if (!scenario.startsWith('first-load')) console.log('\n(the isolation frame runs in the page\'s process: its work is in the profile above)');
} finally {
  await browser.close();
  await server.close();
}
