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

/**
 * `reps` fresh visits (empty cache and storage), each beside its raw limits: a static file, and a
 * static page fetching the files the visit fetched before it was interactive. Returns the rows,
 * and the last visit's transferred bytes (per `transferredBytes`).
 */
export async function measureFirstLoad(browser, url, reps, transferredBytes) {
  const blank = [], sameFiles = [], shown = [], interactive = [], ready = [], compilerInit = [];
  let files, bytes;
  for (let i = 0; i < reps; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/favicon.svg`);
    blank.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].responseEnd));
    await page.goto(url, { waitUntil: 'commit' });
    const visit = await untilInteractive(page);
    shown.push(visit.shown);
    interactive.push(visit.interactive);
    files = await page.evaluate(filesBefore, { until: visit.interactive });
    ready.push(await page.evaluate(() => window.playground.ready.then(() => performance.now())));
    compilerInit.push(await page.evaluate(() => window.playground.tools.compilerStatus().loadMs));
    // Resource timing covers the page's own fetches (not esbuild.wasm, which the compiler worker fetches).
    bytes = await page.evaluate(transferredBytes);
    await context.close();
    sameFiles.push(await staticPageFetching(browser, url, files.paths));
  }
  const kb = (n) => `${Math.round(n / 1000)} kB`;
  return {
    bytes,
    rows: [
      {
        what: 'first load → interactive', raw: summarize(sameFiles), playground: summarize(interactive),
        notes: `interactive: a click on Test taken and a typed key shown in the editor (the workbench was on screen at ${Math.round(summarize(shown).median)} ms); raw: a static page fetching the same ${files.paths.length} files (${kb(files.bytes)})`,
      },
      { what: 'first load → interactive (vs a static file)', raw: summarize(blank), playground: summarize(interactive), notes: 'raw: navigation to a static file (the server\'s and browser\'s floor)' },
      { what: 'first load → playground.ready', raw: summarize(blank), playground: summarize(ready), notes: 'raw: a static file; ready: the project deployed, the compiler and the service worker up' },
      { what: 'compiler start → first deploy', raw: summarize(compilerInit), playground: summarize(ready), notes: 'raw: esbuild.wasm download + initialize (started once the first screen is up)' },
    ],
  };
}

// `node scripts/bench/first-load.mjs [--no-build] [--reps N]`: only these rows (the bench runs them first).
if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  const { build, preview } = await import('vite');
  const { chromium } = await import('@playwright/test');
  const { findBrowser } = await import('../find-browser.mjs');
  const { transferredBytes } = await import('./probes.mjs');
  const { table } = await import('./stats.mjs');
  if (!process.argv.includes('--no-build')) await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const url = server.resolvedUrls.local[0].replace(/\/$/, '');
  const browser = await chromium.launch({ executablePath: findBrowser().path, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const at = process.argv.indexOf('--reps');
    const { rows, bytes } = await measureFirstLoad(browser, url, at > 0 ? Number(process.argv[at + 1]) : 5, transferredBytes);
    console.log(table(rows));
    console.log(`bytes of the first load (transferred): ${JSON.stringify(bytes)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
