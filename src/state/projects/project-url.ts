// The page's URL as the project features read and write it: `?project=<id>` opens a project,
// `?embed=1` the compact layout, `#share=<link>` a project carried in the link itself.

export interface PageRequest {
  projectId?: string;
  embed: boolean;
  /** The share link's value (what encodeShareLink made), when the fragment carries one. */
  share?: string;
}

const SHARE = '#share=';

export function readPageUrl(href: string): PageRequest {
  const url = new URL(href);
  const projectId = url.searchParams.get('project')?.trim() || undefined;
  const embedParam = url.searchParams.get('embed');
  const embed = embedParam !== null && embedParam !== '0' && embedParam !== 'false';
  const share = url.hash.startsWith(SHARE) ? url.hash.slice(SHARE.length) : undefined;
  return { ...(projectId ? { projectId } : {}), embed, ...(share !== undefined ? { share } : {}) };
}

/** The page that opens project `id`. */
export function projectUrl(href: string, id: string): string {
  const url = new URL(href);
  url.search = `?project=${encodeURIComponent(id)}`;
  url.hash = '';
  return url.href;
}

/** The link that carries a project: the playground's address with the value in the fragment. */
export function shareUrl(href: string, value: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}${SHARE}${value}`;
}

/** The same address without the share fragment, so a reload does not open the link again. */
export function withoutShare(href: string): string {
  const url = new URL(href);
  if (url.hash.startsWith(SHARE)) url.hash = '';
  return url.href.replace(/#$/, '');
}

/** The same page in the full playground (for an embed's "Open in Serverless Playground" link). */
export function withoutEmbed(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.href;
}

/** The compact layout of a page, for an iframe. */
export function withEmbed(href: string): string {
  const url = new URL(href);
  url.searchParams.set('embed', '1');
  return url.href;
}
