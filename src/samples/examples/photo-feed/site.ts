// The chain example's front end: one button uploads a generated photo and follows it through
// every hop (API → S3 → metadata in DynamoDB → stream → followers' feeds → API), timing each.

export const CHAIN_SITE = (apiUrl: string): Record<string, string> => ({
  'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Photo feed</title>
    <link rel="stylesheet" href="style.css" />
  </head>
  <body>
    <h1>Photo feed</h1>
    <p>ana posts a photo; ben and cleo follow her. Run the chain and watch each hop.</p>
    <button id="run">Run the chain</button>
    <ol id="hops"></ol>
    <script src="app.js"></script>
  </body>
</html>
`,
  'app.js': `// Runs the chain from the browser, as a user of the app would, and shows each hop as it lands.
const API = '${apiUrl}';
const hops = document.getElementById('hops');
const started = performance.now();

function hop(text) {
  const li = document.createElement('li');
  li.textContent = text + ' (' + Math.round(performance.now() - started) + ' ms)';
  hops.append(li);
}

async function photo() {
  const canvas = new OffscreenCanvas(320, 200);
  const g = canvas.getContext('2d');
  g.fillStyle = 'hsl(' + Math.floor(Math.random() * 360) + ', 70%, 55%)';
  g.fillRect(0, 0, 320, 200);
  return canvas.convertToBlob({ type: 'image/png' });
}

async function waitFor(check, what) {
  for (let i = 0; i < 100; i++) {
    const found = await check();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('gave up waiting for ' + what);
}

document.getElementById('run').addEventListener('click', async () => {
  hops.replaceChildren();
  try {
    const upload = await fetch(API + '/photos?user=ana', { method: 'POST', headers: { 'content-type': 'image/png' }, body: await photo() });
    const { key } = await upload.json();
    hop('1. POST /photos → ' + upload.status + ': stored s3://photos/' + key);
    const entry = await waitFor(async () => {
      const feed = await (await fetch(API + '/feed/ben')).json();
      return feed.find((item) => item.photoId === key);
    }, "ben's feed");
    hop('2. extract-metadata measured it: ' + entry.width + '×' + entry.height + ', ' + entry.size + ' bytes');
    hop('3. the stream ran fan-out-feed: it is in the feeds of ben and cleo');
    hop('4. GET /feed/ben → ' + entry.photoId);
    hop('Done: the chain is complete');
  } catch (error) {
    hop('The chain stopped: ' + error.message);
  }
});
`,
  'style.css': `body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d2733; }
button { font: inherit; padding: 0.4rem 1rem; }
li { margin: 0.3rem 0; }
`,
});
