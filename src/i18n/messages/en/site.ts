// English labels of the front end: its sidebar entry, the editor with its files, and the preview.
export const site = {
  'site.servedAt': 'served at `/_site/` on this origin, next to the APIs at `/_api/`',
  'site.emptyTitle': 'A web page for your APIs',
  'site.emptyIntro':
    "The front end is a small static site — HTML, CSS and JavaScript — that the playground serves at `/_site/`. Its scripts call your APIs with plain `fetch()`, and the playground's service worker routes each request through API Gateway to your functions, all inside this browser tab. Every request shows up in the API's console.",
  'site.starterCalls': (api: string, path: string) => `The starter page calls *${api}* at \`${path}\`.`,
  'site.noApiYet': 'You have no API yet: the starter page will have a placeholder URL to replace once you create one.',
  'site.createStarter': 'Create a starter front end',
  'site.siteFiles': 'Site files',
  'site.fileNoun': 'site file',
  'site.siteFile': (path: string) => `Site file ${path}`,
  'site.noFileOpen': 'No file open. Add one with *+ File*; `index.html` is the page at `/_site/`.',
  'site.preview': 'Preview',
  'site.reloadTitle': 'Reload the page',
  'site.reload': 'Reload',
  'site.openNewTab': 'Open in new tab ↗',
  'site.previewTitle': 'Preview of the front end',
  'site.paused': "The page's scripts run on the playground's own origin, so the preview waits for you, as code from a link should.",
  'site.runPage': 'Run the page',
};
