// The project's front end: a small static site (HTML, CSS, JS) served under /_site/ by the
// service worker, so a page, its API and its functions all run in the tab.
import { STARTER_SITE } from '../../samples/starter-site';
import { SITE_PATH_PREFIX } from '../../platform/http-wire';
import { t } from '../../i18n/i18n.svelte';

/** What the service worker needs to answer a request for a site file. */
export interface SiteResponse {
  status: number;
  contentType: string;
  body: string;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  txt: 'text/plain; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return TYPES[ext] ?? 'text/plain; charset=utf-8';
}

/** The path prefix the service worker serves the site under. */
export { SITE_PATH_PREFIX };

export class SiteFiles {
  files = $state<Record<string, string>>({});
  activeFile = $state('index.html');
  /** Bumped on every change so the preview reloads. */
  revision = $state(0);
  /**
   * Whether the preview may run the site's scripts. A saved or shared site runs on the playground's
   * origin, so, like handler code from a link, it waits until the person chooses to run it.
   */
  previewing = $state(false);

  get empty(): boolean {
    return Object.keys(this.files).length === 0;
  }

  load(files: Record<string, string> | undefined): void {
    this.files = { ...(files ?? {}) };
    this.activeFile = 'index.html' in this.files ? 'index.html' : (Object.keys(this.files)[0] ?? 'index.html');
  }

  /** Adds the starter site, its script pointing at `apiUrl` (an API of the project) when given. */
  createStarter(apiUrl: string | undefined): void {
    this.files = STARTER_SITE(apiUrl ?? '/_api/<api-id>');
    this.activeFile = 'index.html';
    this.previewing = true;
    this.revision++;
  }

  setFile(path: string, text: string): void {
    this.files[path] = text;
    this.revision++;
  }

  /** Adds a file; returns an error message when the name is unusable or taken. */
  addFile(path: string): string | undefined {
    const clean = path.trim().replace(/^\/+/, '');
    if (!/^[A-Za-z0-9._\-/]+$/.test(clean) || clean.split('/').some((p) => p === '' || p === '..')) {
      return t('site.fileNameChars');
    }
    if (clean in this.files) return t('shared.fileExists', clean);
    this.files[clean] = '';
    this.activeFile = clean;
    this.revision++;
    return undefined;
  }

  deleteFile(path: string): void {
    delete this.files[path];
    if (this.activeFile === path) this.activeFile = Object.keys(this.files)[0] ?? 'index.html';
    this.revision++;
  }

  /** The file for a path under /_site/ (`/` and folders serve their index.html), or undefined. */
  serve(pathAfterPrefix: string): SiteResponse | undefined {
    let path: string;
    try {
      path = decodeURIComponent(pathAfterPrefix).replace(/^\/+/, '');
    } catch {
      return undefined; // A malformed escape names no file.
    }
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const body = this.files[path];
    if (body === undefined) return undefined;
    return { status: 200, contentType: contentTypeOf(path), body };
  }
}
