// When the first screen is up: the heavy work of a first visit that nothing on that screen needs
// (esbuild.wasm's 14 MB for the compiler, the service worker's precache of the build, TypeScript's
// worker for the editor) waits for it, so it does not compete with the page for a small machine's
// cores while the person is about to click and type.

/** After this long from the page's start the work starts anyway (a page that shows no editor, a hung load). */
export const FIRST_SCREEN_CAP_MS = 2500;

let shown!: () => void;
const editorShown = new Promise<void>((resolve) => (shown = resolve));

/** The code editor is on screen: the last part of the first screen to arrive. Later calls do nothing. */
export function firstScreenShown(): void {
  shown();
}

/** The next moment the main thread is idle (after the frame in progress is painted). */
function nextIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback !== 'function' || typeof requestAnimationFrame !== 'function') return void setTimeout(resolve, 0);
    requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 1000 }));
  });
}

/** Resolves once the editor is shown and the page has painted it and gone idle, or at the cap. */
export const afterFirstScreen: Promise<void> = new Promise<void>((resolve) => {
  const started = typeof performance === 'undefined' ? 0 : performance.now();
  setTimeout(resolve, Math.max(0, FIRST_SCREEN_CAP_MS - started));
  void editorShown.then(nextIdle).then(resolve);
});

let compilerSettled!: () => void;
/** Resolves once the compiler has loaded (or failed to); the editor waits for it, up to a cap of its own, before starting TypeScript. */
export const afterCompiler: Promise<void> = new Promise<void>((resolve) => (compilerSettled = resolve));

/**
 * The compiler is up (or will not be). The editor's TypeScript (4.4 MB and a busy start) waits for
 * this, so the first result of a Test clicked at once is not held back by type hints.
 */
export function compilerLoaded(): void {
  compilerSettled();
}
