// The front end a new project site starts from: a page that calls one of the project's APIs.

/** Starter files; `apiUrl` is the API's base URL on this origin, e.g. `/_api/abc123`. */
export const STARTER_SITE = (apiUrl: string): Record<string, string> => ({
  'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>My serverless app</title>
    <link rel="stylesheet" href="style.css" />
  </head>
  <body>
    <h1>My serverless app</h1>
    <form id="ask">
      <label>Path <input id="path" value="/hello" /></label>
      <button>Call the API</button>
    </form>
    <pre id="result">Press the button to call the API.</pre>
    <script src="app.js"></script>
  </body>
</html>
`,
  'app.js': `// Calls the project's API with fetch; the playground's service worker routes it to the function.
const API = '${apiUrl}';

document.getElementById('ask').addEventListener('submit', async (event) => {
  event.preventDefault();
  const out = document.getElementById('result');
  out.textContent = 'Calling ' + API + document.getElementById('path').value + ' ...';
  try {
    const response = await fetch(API + document.getElementById('path').value);
    out.textContent = response.status + ' ' + response.statusText + '\\n\\n' + (await response.text());
  } catch (error) {
    out.textContent = 'The request failed: ' + error.message;
  }
});
`,
  'style.css': `body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d2733; }
form { display: flex; gap: 0.5rem; align-items: end; }
input { font: inherit; padding: 0.3rem; }
button { font: inherit; padding: 0.35rem 0.8rem; }
pre { background: #f3f5f8; padding: 1rem; border-radius: 6px; white-space: pre-wrap; }
`,
});
