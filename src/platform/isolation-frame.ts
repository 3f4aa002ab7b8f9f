// The isolation boundary: a hidden iframe with sandbox="allow-scripts" (no allow-same-origin)
// has an opaque origin, and so do the workers it starts. There, IndexedDB throws SecurityError,
// Cache Storage is absent and no DOM or cookie of the playground is reachable. Chromium will not
// start a module worker from a blob URL in such a frame, so the runtime is a classic script
// (Vite builds workers as IIFE) started from a blob of its text.

/** What runs inside the frame: start, and stop, workers on the host's request. Nothing else. */
const FRAME_SCRIPT = `
const workers = new Map();
let scriptURL;
addEventListener('message', (event) => {
  if (event.source !== parent) return;
  const m = event.data;
  if (m.type === 'script') scriptURL = URL.createObjectURL(new Blob([m.text], { type: 'text/javascript' }));
  else if (m.type === 'spawn') {
    const worker = new Worker(scriptURL, { name: m.name });
    workers.set(m.id, worker);
    worker.postMessage(m.port, [m.port]);
  } else if (m.type === 'kill') {
    workers.get(m.id)?.terminate();
    workers.delete(m.id);
  }
});
parent.postMessage({ type: 'ready' }, '*');
`;

export interface IsolationFrame {
  /** Starts a worker in the frame and hands it `port`. */
  spawn(id: string, port: MessagePort): void;
  kill(id: string): void;
  /** Settles with a message if the frame can never start environments (the runtime did not load). */
  failed: Promise<string>;
}

/** Creates the frame once; requests made before it is ready are queued, not lost. */
export function createIsolationFrame(runtimeScriptURL: string): IsolationFrame {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.setAttribute('aria-hidden', 'true');
  iframe.title = 'Execution environments';
  iframe.style.display = 'none';
  iframe.srcdoc = `<!doctype html><script>${FRAME_SCRIPT}</script>`;

  const queue: Array<[unknown, Transferable[]]> = [];
  let ready = false;
  const send = (message: unknown, transfer: Transferable[] = []) => {
    if (ready) iframe.contentWindow!.postMessage(message, '*', transfer);
    else queue.push([message, transfer]);
  };

  const scriptText = fetch(runtimeScriptURL).then((r) => {
    if (!r.ok) throw new Error(`Could not load the Lambda runtime (${runtimeScriptURL}: HTTP ${r.status})`);
    return r.text();
  });
  const failed = new Promise<string>((resolve) => {
    scriptText.catch((error: unknown) => resolve(error instanceof Error ? error.message : String(error)));
  });
  addEventListener('message', (event) => {
    if (event.source !== iframe.contentWindow || (event.data as { type?: string })?.type !== 'ready') return;
    void scriptText.then((text) => {
      iframe.contentWindow!.postMessage({ type: 'script', text }, '*');
      ready = true;
      for (const [message, transfer] of queue.splice(0)) send(message, transfer);
    });
  });
  document.body.append(iframe);

  return {
    spawn: (id, port) => send({ type: 'spawn', id, port, name: `lambda-environment-${id}` }, [port]),
    kill: (id) => send({ type: 'kill', id }),
    failed,
  };
}
