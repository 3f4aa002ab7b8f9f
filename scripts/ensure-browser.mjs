// Makes sure the browser tests have a Chromium: finds one, or installs one (Debian's package
// where apt-get is available as root, else Playwright's installer), or says what to do.
import { spawnSync } from 'node:child_process';
import { BROWSER_ENV, findBrowser } from './find-browser.mjs';

const found = findBrowser();
if (found.path) {
  console.log(`Chromium for browser tests: ${found.path} (${found.source})`);
  process.exit(0);
}
if (found.source.startsWith('$')) {
  console.error(`${found.source} does not exist. Point ${BROWSER_ENV} at a Chromium or Chrome binary.`);
  process.exit(1);
}

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

console.log('No Chromium found; installing one for the browser tests…');
if (isRoot && hasApt) {
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium']);
}
if (!findBrowser().path) run('npx', ['playwright', 'install', 'chromium']);

const after = findBrowser();
if (after.path) {
  console.log(`Chromium for browser tests: ${after.path} (${after.source})`);
} else {
  console.error(
    `Could not find or install Chromium. Install Chrome or Chromium, or run "npx playwright install chromium", ` +
      `or set ${BROWSER_ENV} to a browser binary, then run the tests again.`,
  );
  process.exit(1);
}
