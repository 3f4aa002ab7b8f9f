// The first-load rows of the bench. "Interactive", as a person meets it: the open function's
// workbench is on screen with its code editor, a click on Test is taken (the button turns to
// Running; the result follows once the compiler is up), and a key typed into the editor appears in
// it. Its raw limit, measured in the same run: a static page on the same server fetching the same
// files the playground had fetched by then. Times are the page's clock (ms since navigation start).
import { summarize } from './stats.mjs';

/** In the page: resolves with the boxes of Test and the code editor once both exist (Test enabled). */
function workbenchShown() {
  const find = () => {
    const test = [...document.querySelectorAll('button')].find((b) => b.querySelector('kbd')?.textContent === 'Ctrl+↵');
    const editor = document.querySelector('.code-area .cm-content[contenteditable="true"]');
    if (!document.querySelector('[data-testid="function-name"]') || !test || test.disabled || !editor) return undefined;
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + Math.min(r.width / 2, 40), y: r.y + Math.min(r.height / 2, 12) };
    };
    return { at: performance.now(), test: box(test), editor: box(editor), length: editor.textContent.length };
  };
  return new Promise((resolve) => {
    const found = find();
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const now = find();
      if (now) (observer.disconnect(), resolve(now));
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });
}

/** In the page: resolves with the time both the click on Test had shown (the button disabled: Running) and the typed key had appeared. */
function responded({ length }) {
  let running = false, typed = false;
  const check = () => {
    running ||= [...document.querySelectorAll('button')].some((b) => b.querySelector('kbd')?.textContent === 'Ctrl+↵' && b.disabled);
    typed ||= (document.querySelector('.code-area .cm-content')?.textContent.length ?? 0) > length;
    return running && typed;
  };
  return new Promise((resolve) => {
    if (check()) return resolve(performance.now());
    const observer = new MutationObserver(() => check() && (observer.disconnect(), resolve(performance.now())));
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

/**
 * Waits from a navigation (started with waitUntil 'commit') until the workbench is usable, by
 * using it: clicks Test and types one character into the editor as soon as both are on screen.
 * Returns { shown, interactive }: when both were on screen, and when both inputs had shown their
 * effect (page clock). The page's project is changed (an undeployed edit; an invocation queued).
 */
export async function untilInteractive(page) {
  const shown = await page.evaluate(workbenchShown);
  await page.mouse.click(shown.test.x, shown.test.y);
  await page.mouse.click(shown.editor.x, shown.editor.y);
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  const interactive = await page.evaluate(responded, { length: shown.length });
  return { shown: shown.at, interactive };
}

/** In the page: the same-origin files fetched before `until` (ms), and their bytes. */
function filesBefore({ until }) {
  const files = performance.getEntriesByType('resource')
    .filter((e) => e.startTime < until && e.name.startsWith(location.origin))
    .map((e) => ({ path: e.name.slice(location.origin.length), bytes: e.encodedBodySize }));
  return { paths: files.map((f) => f.path), bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}

/** A static page (no app code runs) that fetches `paths` all at once; resolves with when the last arrived. */
async function staticPageFetching(browser, url, paths) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const script = `window.fetched = Promise.all(${JSON.stringify(paths)}.map((p) => fetch(p).then((r) => r.arrayBuffer()))).then(() => performance.now());`;
    await page.route(`${url}/__bench-static.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>raw</title><script>${script}</script>` }));
    await page.goto(`${url}/__bench-static.html`, { waitUntil: 'commit' });
    return await page.evaluate(() => window.fetched);
  } finally {
    await context.close();
  }
}

/** One fresh visit (empty cache and storage) and its raw limits, measured right after it. */
async function visit(browser, url, transferredBytes) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/favicon.svg`);
  const blank = await page.evaluate(() => performance.getEntriesByType('navigation')[0].responseEnd);
  await page.goto(url, { waitUntil: 'commit' });
  const { shown, interactive } = await untilInteractive(page);
  const files = await page.evaluate(filesBefore, { until: interactive });
  const ready = await page.evaluate(() => window.playground.ready.then(() => performance.now()));
  const compilerInit = await page.evaluate(() => window.playground.tools.compilerStatus().loadMs);
  // Resource timing covers the page's own fetches (not esbuild.wasm, which the compiler worker fetches).
  const bytes = await page.evaluate(transferredBytes);
  await context.close();
  const sameFiles = await staticPageFetching(browser, url, files.paths);
  return { blank, sameFiles, shown, interactive, ready, compilerInit, files, bytes };
}

/** The bench's rows for a set of visits. */
function rowsOf(visits) {
  const all = (key) => summarize(visits.map((v) => v[key]));
  const { files } = visits.at(-1);
  const kb = (n) => `${Math.round(n / 1000)} kB`;
  return [
    {
      what: 'first load → interactive', raw: all('sameFiles'), playground: all('interactive'),
      notes: `interactive: a click on Test taken and a typed key shown in the editor (the workbench was on screen at ${Math.round(all('shown').median)} ms); raw: a static page fetching the same ${files.paths.length} files (${kb(files.bytes)})`,
    },
    { what: 'first load → interactive (vs a static file)', raw: all('blank'), playground: all('interactive'), notes: 'raw: navigation to a static file (the server\'s and browser\'s floor)' },
    { what: 'first load → playground.ready', raw: all('blank'), playground: all('ready'), notes: 'raw: a static file; ready: the project deployed, the compiler and the service worker up' },
    { what: 'compiler start → first deploy', raw: all('compilerInit'), playground: all('ready'), notes: 'raw: esbuild.wasm download + initialize (started once the first screen is up)' },
  ];
}

/** `reps` fresh visits, each beside its raw limits. Returns the rows, the last visit's transferred bytes (per `transferredBytes`) and the files it fetched before interactive. */
export async function measureFirstLoad(browser, url, reps, transferredBytes) {
  const visits = [];
  for (let i = 0; i < reps; i++) visits.push(await visit(browser, url, transferredBytes));
  return { rows: rowsOf(visits), bytes: visits.at(-1).bytes, beforeInteractive: visits.at(-1).files };
}

// `node scripts/bench/first-load.mjs [--no-build] [--reps N] [--compare <folder>]`: only these rows (the
// bench runs them first). `--compare` serves another build beside this one (e.g. one kept from before
// a change) and alternates visits between the two, so both meet the same load.
if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  const { build, preview } = await import('vite');
  const { chromium } = await import('@playwright/test');
  const { findBrowser } = await import('../find-browser.mjs');
  const { transferredBytes } = await import('./probes.mjs');
  const { table } = await import('./stats.mjs');
  const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  if (!process.argv.includes('--no-build')) await build({ logLevel: 'warn' });
  const folders = [option('--compare'), 'dist'].filter(Boolean);
  const servers = await Promise.all(folders.map((outDir) => preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' })));
  const urls = servers.map((server) => server.resolvedUrls.local[0].replace(/\/$/, ''));
  const browser = await chromium.launch({ executablePath: findBrowser().path, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const visits = folders.map(() => []);
    for (let i = 0; i < Number(option('--reps') ?? 5); i++) {
      for (let k = 0; k < folders.length; k++) visits[k].push(await visit(browser, urls[k], transferredBytes));
    }
    folders.forEach((folder, k) => {
      console.log(`\n${folder}:\n${table(rowsOf(visits[k]))}`);
      console.log(`interactive, each visit: ${visits[k].map((v) => Math.round(v.interactive)).join(' ')} ms; bytes (transferred): ${JSON.stringify(visits[k].at(-1).bytes)}`);
    });
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }
}
