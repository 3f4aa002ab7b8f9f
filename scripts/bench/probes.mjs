// Measurements that run inside the page. Each is a self-contained function handed to
// page.evaluate, so it may use only its argument and browser globals.

/** new Worker + first reply, for a trivial script: what a cold start sits on. */
export async function rawWorkerStart({ reps }) {
  const url = URL.createObjectURL(new Blob(['onmessage = (e) => postMessage(e.data)']));
  const out = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    const w = new Worker(url);
    await new Promise((r) => ((w.onmessage = r), w.postMessage(1)));
    out.push(performance.now() - t);
    w.terminate();
  }
  return out;
}

// Page timers are coarsened to 0.1 ms, so sub-millisecond operations are timed in batches of
// 20 and each sample is a batch's mean (the constant is repeated: probes must be self-contained).

/** postMessage round trips to one worker: what a warm invocation sits on. */
export async function rawRoundTrip({ reps }) {
  const BATCH = 20;
  const w = new Worker(URL.createObjectURL(new Blob(['onmessage = (e) => postMessage(e.data)'])));
  await new Promise((r) => ((w.onmessage = r), w.postMessage(0)));
  const out = [];
  for (let i = 0; i < reps / BATCH; i++) {
    const t = performance.now();
    for (let j = 0; j < BATCH; j++) await new Promise((r) => ((w.onmessage = r), w.postMessage(j)));
    out.push((performance.now() - t) / BATCH);
  }
  w.terminate();
  return out;
}

/** N fresh workers each answering one message, all at once. */
export async function rawConcurrent({ n }) {
  const url = URL.createObjectURL(new Blob(['onmessage = (e) => postMessage(e.data)']));
  const t = performance.now();
  const workers = Array.from({ length: n }, () => new Worker(url));
  await Promise.all(workers.map((w) => new Promise((r) => ((w.onmessage = r), w.postMessage(1)))));
  const ms = performance.now() - t;
  workers.forEach((w) => w.terminate());
  return ms;
}

/** IndexedDB write then read of `count` blobs of `size` bytes, from a worker. */
export async function rawIdb({ count, size, reps }) {
  const src = `onmessage = async (e) => {
    const { count, size, name } = e.data;
    const db = await new Promise((res, rej) => { const q = indexedDB.open(name, 1); q.onupgradeneeded = () => q.result.createObjectStore('s'); q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
    const data = new Uint8Array(size);
    const t = performance.now();
    await new Promise((res) => { const tx = db.transaction('s', 'readwrite'); for (let i = 0; i < count; i++) tx.objectStore('s').put(new Blob([data]), i); tx.oncomplete = res; });
    const got = await new Promise((res) => { const tx = db.transaction('s'); const r = tx.objectStore('s').getAll(); r.onsuccess = () => res(r.result); });
    await Promise.all(got.map((b) => b.arrayBuffer()));
    postMessage(performance.now() - t);
    db.close(); indexedDB.deleteDatabase(name);
  };`;
  const w = new Worker(URL.createObjectURL(new Blob([src])));
  const out = [];
  for (let i = 0; i < reps; i++) {
    out.push(await new Promise((r) => ((w.onmessage = (e) => r(e.data)), w.postMessage({ count, size, name: `bench-${i}-${Math.random()}` }))));
  }
  w.terminate();
  return out;
}

/** Cold starts of a deployed trivial handler: each config change retires the environment (no compile). */
export async function playgroundColdStart({ reps }) {
  const { lambda } = window.playground;
  await lambda.createFunction({ FunctionName: 'bench-cold', Code: { Files: { 'index.mjs': 'export const handler = async () => 1;' } } });
  const out = [];
  for (let i = 0; i < reps; i++) {
    await lambda.updateFunctionConfiguration({ FunctionName: 'bench-cold', Description: `run ${i}` });
    const t = performance.now();
    await lambda.invoke({ FunctionName: 'bench-cold' });
    out.push(performance.now() - t);
  }
  return out;
}

/** Sequential warm invocations; also their throughput. */
export async function playgroundWarm({ reps, name = 'bench-warm' }) {
  const BATCH = 20;
  const { lambda } = window.playground;
  if (!(await lambda.listFunctions()).Functions.some((f) => f.FunctionName === name)) {
    await lambda.createFunction({ FunctionName: name, Code: { Files: { 'index.mjs': 'export const handler = async () => 1;' } } });
  }
  await lambda.invoke({ FunctionName: name });
  const out = [];
  const start = performance.now();
  for (let i = 0; i < reps / BATCH; i++) {
    const t = performance.now();
    for (let j = 0; j < BATCH; j++) await lambda.invoke({ FunctionName: name });
    out.push((performance.now() - t) / BATCH);
  }
  return { samples: out, perSecond: reps / ((performance.now() - start) / 1000) };
}

/** A burst of N invocations of a trivial handler from cold: time to all results, environments, throttles. */
export async function playgroundBurst({ n }) {
  const pg = window.playground;
  const name = `bench-burst-${n}`;
  pg.environments.setAccountConcurrencyLimit(1000);
  // A timeout well past the burst: on a busy machine 500 environments starting together can take
  // longer than the default 3 s after INIT's 10 s, and a burst that times out measures the timeout.
  await pg.lambda.createFunction({ FunctionName: name, Timeout: 120, Code: { Files: { 'index.mjs': 'export const handler = async () => 1;' } } });
  const t = performance.now();
  const result = await pg.burst({ FunctionName: name, Count: n });
  const ms = performance.now() - t;
  const environments = pg.environments.list(name).length;
  pg.environments.recycle(name);
  const count = (tally) => Object.values(tally).reduce((a, b) => a + b, 0);
  return { ms, environments, throttled: count(result.throttled), succeeded: result.succeeded, functionErrors: result.functionErrors, otherErrors: count(result.otherErrors), count: result.count };
}

/** Deploy (UpdateFunctionCode) versus compiling the same source directly. */
export async function compileVersusDeploy({ lines, reps }) {
  const { lambda, tools } = window.playground;
  const body = Array.from({ length: lines - 4 }, (_, i) => `export function f${i}(x: number): number { return x * ${i} + ${i % 7}; }`).join('\n');
  const source = (v) => `${body}\nexport const handler = async (event: { x: number }) => f1(event.x) + ${v};\n`;
  const name = `bench-compile-${lines}`;
  await lambda.createFunction({ FunctionName: name, Code: { Files: { 'index.ts': source(0) } } });
  const raw = [];
  const deploy = [];
  for (let i = 1; i <= reps; i++) {
    let t = performance.now();
    await tools.compile({ files: { 'index.ts': source(i) }, entryModule: 'index.ts', target: 'node24' });
    raw.push(performance.now() - t);
    t = performance.now();
    await lambda.updateFunctionCode({ FunctionName: name, Files: { 'index.ts': source(i + 1000) } });
    deploy.push(performance.now() - t);
  }
  return { raw, deploy };
}

/** A handler writing then reading `count` files of `size` bytes in /tmp. */
export async function playgroundTmp({ count, size, reps }) {
  const { lambda } = window.playground;
  const name = `bench-tmp-${count}x${size}`;
  await lambda.createFunction({
    FunctionName: name, Timeout: 120, MemorySize: 1024, EphemeralStorage: { Size: 10240 },
    Code: { Files: { 'index.mjs': `import fs from 'node:fs';
export const handler = async ({ count, size, run }) => {
  const data = new Uint8Array(size);
  for (let i = 0; i < count; i++) fs.writeFileSync('/tmp/f' + run + '-' + i, data);
  let total = 0;
  for (let i = 0; i < count; i++) total += fs.readFileSync('/tmp/f' + run + '-' + i).length;
  for (let i = 0; i < count; i++) fs.unlinkSync('/tmp/f' + run + '-' + i);
  return total;
};` } },
  });
  await lambda.invoke({ FunctionName: name, Payload: JSON.stringify({ count: 1, size: 1, run: -1 }) });
  const out = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await lambda.invoke({ FunctionName: name, Payload: JSON.stringify({ count, size, run: i }) });
    out.push(performance.now() - t);
  }
  return out;
}

/** Transferred bytes of the app's own resources, by kind. */
export function transferredBytes() {
  const sum = { js: 0, css: 0, wasm: 0, other: 0 };
  for (const e of performance.getEntriesByType('resource')) {
    const kind = e.name.endsWith('.js') ? 'js' : e.name.endsWith('.css') ? 'css' : e.name.endsWith('.wasm') ? 'wasm' : 'other';
    sum[kind] += e.transferSize || e.encodedBodySize;
  }
  return sum;
}

/** fetch of a small static file from this origin: what an API request through the service worker sits on. */
export async function rawStaticFetch({ reps }) {
  const out = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await (await fetch(`/favicon.svg?bench=${i}`, { cache: 'no-store' })).text();
    out.push(performance.now() - t);
  }
  return out;
}

/** fetch of an HTTP API route at its service-worker URL → function → response, sequentially. */
export async function playgroundApiFetch({ reps }) {
  const { lambda, apigateway } = window.playground;
  const name = 'bench-api';
  if (!(await lambda.listFunctions()).Functions.some((f) => f.FunctionName === name)) {
    await lambda.createFunction({ FunctionName: name, Code: { Files: { 'index.mjs': "export const handler = async (e) => ({ statusCode: 200, body: e.pathParameters.id });" } } });
  }
  const api = apigateway.createApi({ name: 'bench', kind: 'http' });
  apigateway.createRoute(api.id, { routeKey: 'GET /items/{id}', target: { functionName: name } });
  const base = apigateway.url(api.id);
  if ((await (await fetch(`${base}/items/0`)).text()) !== '0') throw new Error('the API did not answer through the service worker');
  const out = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await (await fetch(`${base}/items/${i}`)).text();
    out.push(performance.now() - t);
  }
  apigateway.deleteApi(api.id);
  return out;
}

/** IndexedDB put of a Blob of `size` bytes from the page: what an S3 PutObject sits on. */
export async function rawIdbPut({ size, reps }) {
  const name = `bench-put-${Math.random()}`;
  const db = await new Promise((res, rej) => { const q = indexedDB.open(name, 1); q.onupgradeneeded = () => q.result.createObjectStore('s'); q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
  const out = [];
  for (let i = 0; i < reps; i++) {
    const blob = new Blob([new Uint8Array(size)]);
    const t = performance.now();
    await new Promise((res) => { const tx = db.transaction('s', 'readwrite'); tx.objectStore('s').put(blob, i); tx.oncomplete = res; });
    out.push(performance.now() - t);
  }
  db.close();
  indexedDB.deleteDatabase(name);
  return out;
}

/**
 * The same, from bytes in hand: a Blob made of them (the copy into the browser's storage that
 * any write of these bytes makes) then the put. What a PutObject of a Uint8Array sits on.
 */
export async function rawIdbPutBytes({ size, reps }) {
  const name = `bench-put-bytes-${Math.random()}`;
  const db = await new Promise((res, rej) => { const q = indexedDB.open(name, 1); q.onupgradeneeded = () => q.result.createObjectStore('s'); q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
  const out = [];
  for (let i = 0; i < reps; i++) {
    const bytes = new Uint8Array(size);
    const t = performance.now();
    const blob = new Blob([bytes]);
    await new Promise((res) => { const tx = db.transaction('s', 'readwrite'); tx.objectStore('s').put(blob, i); tx.oncomplete = res; });
    out.push(performance.now() - t);
  }
  db.close();
  indexedDB.deleteDatabase(name);
  return out;
}

/**
 * PutObject → the notified handler starts: from the call to the START line of its invocation
 * (the log's timestamp, so no polling delay is counted). The handler is warm after the first.
 */
export async function playgroundS3Trigger({ size, reps }) {
  const { lambda, s3, logs } = window.playground;
  const fn = 'bench-s3';
  const bucket = `bench-trigger-${size}`;
  if (!(await lambda.listFunctions()).Functions.some((f) => f.FunctionName === fn)) {
    await lambda.createFunction({ FunctionName: fn, Code: { Files: { 'index.mjs': 'export const handler = async () => {};' } } });
    await lambda.addPermission({ FunctionName: fn, StatementId: 'bench', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::bench-trigger-*' });
  }
  await s3.createBucket({ Bucket: bucket });
  await s3.putBucketNotificationConfiguration({
    Bucket: bucket,
    NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${fn}`, Events: ['s3:ObjectCreated:*'] }] },
  });
  const starts = () => logs.events(`/aws/lambda/${fn}`).filter((e) => e.message.startsWith('START'));
  const body = new Uint8Array(size);
  const out = [];
  for (let i = 0; i <= reps; i++) {
    const before = starts().length;
    const t = Date.now();
    await s3.putObject({ Bucket: bucket, Key: `object-${i}`, Body: body });
    while (starts().length === before) await new Promise((r) => setTimeout(r, 1));
    // The first one starts an environment; the rest are what a warm trigger costs.
    if (i > 0) out.push(starts()[before].timestamp - t);
  }
  return out;
}
