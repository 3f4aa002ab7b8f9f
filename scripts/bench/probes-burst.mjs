// Raw limits of a burst, measured in the page like the rest: workers started inside a sandboxed
// iframe (the isolation frame's process, as the playground's environments are), running either a
// trivial script or the playground's own runtime script. Self-contained functions for page.evaluate.

/**
 * N workers started at once inside a sandboxed frame, each answering once its script has run:
 * `runtime` false → a one-line script; true → the runtime script the playground's environments
 * run (its text fetched beforehand, as the playground does), so only its parse and top-level run
 * are added. Milliseconds from the spawn request to the last answer, or null if the runtime
 * script is not known yet (no environment has started in this page).
 */
export async function rawIsolatedConcurrent({ n, runtime }) {
  let text = 'postMessage(0)';
  if (runtime) {
    const url = performance.getEntriesByType('resource').map((e) => e.name).find((u) => /\/runtime\.worker-[^/]*\.js$/.test(u));
    if (!url) return null;
    text = `${await (await fetch(url)).text()}\n;postMessage(0);`;
  }
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.style.display = 'none';
  frame.srcdoc = `<script>
let url;
addEventListener('message', (e) => {
  if (e.data.text) { url = URL.createObjectURL(new Blob([e.data.text], { type: 'text/javascript' })); return parent.postMessage('ready', '*'); }
  let left = e.data.n;
  const workers = [];
  for (let i = 0; i < e.data.n; i++) {
    const w = new Worker(url);
    workers.push(w);
    w.onmessage = () => { if (--left === 0) { parent.postMessage('done', '*'); workers.forEach((x) => x.terminate()); } };
  }
});<\/script>`;
  document.body.append(frame);
  await new Promise((r) => (frame.onload = r));
  const answer = (what) => new Promise((r) => {
    const on = (e) => { if (e.source === frame.contentWindow && e.data === what) { removeEventListener('message', on); r(); } };
    addEventListener('message', on);
  });
  const ready = answer('ready');
  frame.contentWindow.postMessage({ text }, '*');
  await ready;
  const done = answer('done');
  const t = performance.now();
  frame.contentWindow.postMessage({ n }, '*');
  await done;
  const ms = performance.now() - t;
  frame.remove();
  return ms;
}
