// Measurements of how the playground grows and of the main thread's responsiveness, run inside
// the page (each a self-contained function for page.evaluate, like probes.mjs).

/** Deploys trivial functions named `bench-many-<i>` until `count` of them exist. */
export async function deployMany({ count }) {
  const { lambda } = window.playground;
  const have = new Set((await lambda.listFunctions()).Functions.map((f) => f.FunctionName));
  for (let i = 0; i < count; i++) {
    const name = `bench-many-${i}`;
    if (!have.has(name)) await lambda.createFunction({ FunctionName: name, Code: { Files: { 'index.mjs': 'export const handler = async () => 1;' } } });
  }
  return (await lambda.listFunctions()).Functions.length;
}

/**
 * Warm invocations with CloudWatch recording off, then on, alternating rounds so drift hits both
 * alike (page timers are coarse: each sample is the mean of a batch of 20).
 */
export async function warmMetricsOffOn({ reps, rounds }) {
  const BATCH = 20;
  const { lambda, cloudwatch } = window.playground;
  const name = 'bench-metrics';
  if (!(await lambda.listFunctions()).Functions.some((f) => f.FunctionName === name)) {
    await lambda.createFunction({ FunctionName: name, Code: { Files: { 'index.mjs': 'export const handler = async () => 1;' } } });
  }
  for (let i = 0; i < 100; i++) await lambda.invoke({ FunctionName: name });
  const off = [], on = [];
  for (let r = 0; r < rounds; r++) {
    for (const [recording, out] of r % 2 ? [[true, on], [false, off]] : [[false, off], [true, on]]) {
      cloudwatch.setRecording(recording);
      for (let i = 0; i < reps / rounds / BATCH; i++) {
        const t = performance.now();
        for (let j = 0; j < BATCH; j++) await lambda.invoke({ FunctionName: name });
        out.push((performance.now() - t) / BATCH);
      }
    }
  }
  cloudwatch.setRecording(true);
  return { off, on };
}

/** postMessage round trips to a worker started inside a sandboxed (opaque-origin) iframe: the transport environments use. */
export async function rawIsolatedRoundTrip({ reps }) {
  const BATCH = 20;
  const src = 'onmessage = (e) => { const p = e.data; p.onmessage = (m) => p.postMessage(m.data); p.postMessage(0); }';
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.style.display = 'none';
  frame.srcdoc = `<script>addEventListener('message', (e) => { const w = new Worker(URL.createObjectURL(new Blob([e.data.text]))); w.postMessage(e.data.port, [e.data.port]); });<\/script>`;
  document.body.append(frame);
  await new Promise((r) => (frame.onload = r));
  const { port1: port, port2 } = new MessageChannel();
  const started = new Promise((r) => (port.onmessage = r));
  frame.contentWindow.postMessage({ text: src, port: port2 }, '*', [port2]);
  await started;
  const out = [];
  for (let i = 0; i < reps / BATCH; i++) {
    const t = performance.now();
    for (let j = 0; j < BATCH; j++) await new Promise((r) => ((port.onmessage = r), port.postMessage({ id: j, method: 'invoke', request: { requestId: 'r', payload: '{}' } })));
    out.push((performance.now() - t) / BATCH);
  }
  port.close();
  frame.remove();
  return out;
}

/** IndexedDB put of a document (structured clone + commit), from the page: what saving a project sits on. */
export async function rawIdbPutDoc({ doc, reps }) {
  const name = `bench-doc-${Math.random()}`;
  const db = await new Promise((res, rej) => { const q = indexedDB.open(name, 1); q.onupgradeneeded = () => q.result.createObjectStore('s'); q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
  const out = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await new Promise((res) => { const tx = db.transaction('s', 'readwrite'); tx.objectStore('s').put(doc, i); tx.oncomplete = res; });
    out.push(performance.now() - t);
  }
  db.close();
  indexedDB.deleteDatabase(name);
  return out;
}

/** Saving a project document as a new project (read and checked as any document is, then stored). */
export async function playgroundSaveDoc({ doc, reps }) {
  const out = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await window.playground.project.import({ ...doc, name: `bench save ${i}` });
    out.push(performance.now() - t);
  }
  return out;
}

/**
 * Main-thread responsiveness while a handler of the selected function (the one whose log pane is
 * shown) writes `lines` log lines: gaps between 16 ms timer ticks and long tasks from the invoke
 * until the pane has caught up. Raw: the same timer loop over an idle second.
 */
export async function logFlood({ lines }) {
  const { lambda } = window.playground;
  const name = document.querySelector('[data-testid="function-name"]')?.textContent?.trim();
  if (!name) throw new Error('no function is shown');
  // A timer every 16 ms (a frame's budget): how late each one fires is how long input would wait.
  // (Animation frames are not used: headless Chromium throttles them on a busy machine.)
  const frames = (until) => new Promise((resolve) => {
    const gaps = [];
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      if (until()) resolve(gaps);
      else setTimeout(tick, 16);
    };
    setTimeout(tick, 16);
  });
  const idleUntil = performance.now() + 1000;
  const idle = await frames(() => performance.now() > idleUntil);

  await lambda.updateFunctionConfiguration({ FunctionName: name, Timeout: 300 });
  await lambda.updateFunctionCode({ FunctionName: name, Files: { 'index.mjs': `export const handler = async ({ lines }) => {
  for (let i = 0; i < lines; i++) console.log('line ' + i + ' of a flood that the log pane must keep up with');
  return lines;
};` } });
  await lambda.invoke({ FunctionName: name, Payload: JSON.stringify({ lines: 1 }) });
  // The pane is virtualised: only the rows in view (and a margin) are in the DOM, each marked
  // with its line's index; the newest line on screen is the row with the highest index.
  const rows = () => [...(document.querySelector('[data-testid="log-lines"]')?.querySelectorAll('[data-index]') ?? [])];
  const newest = () => rows().reduce((a, b) => (a && Number(a.dataset.index) > Number(b.dataset.index) ? a : b), undefined);
  const long = [];
  const observer = new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  let done = false;
  const t = performance.now();
  const flooding = frames(() => done);
  // The pane has caught up when the REPORT of this invocation is on screen. Given up after a
  // minute: an invocation or a pane that has not caught up by then is reported as such (null),
  // and the page is left to finish on its own.
  const deadline = t + 60_000;
  const invokeMs = await Promise.race([
    lambda.invoke({ FunctionName: name, Payload: JSON.stringify({ lines }) }).then(() => performance.now() - t),
    new Promise((r) => setTimeout(() => r(null), 60_000)),
  ]);
  while (!/^REPORT/.test(newest()?.textContent?.trim() ?? '') && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const shownMs = performance.now() < deadline ? performance.now() - t : null;
  await new Promise((r) => setTimeout(r, 100));
  done = true;
  const gaps = await flooding;
  observer.disconnect();
  const last = newest();
  // Rows in the DOM, and how many lines the pane holds (the newest row's index + 1).
  return { idle, gaps, longTasks: long, invokeMs, shownMs, rendered: rows().length, held: last ? Number(last.dataset.index) + 1 : 0 };
}
