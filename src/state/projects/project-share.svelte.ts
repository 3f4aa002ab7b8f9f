// Share links both ways: making a link for the open project (with its length and advice), and
// reading a link a person opened. A link's project is only shown, never run, until the person
// chooses to open it as their own. The codec is loaded on first use, not with the app.
import type { ShareLinkAdvice } from '../../project/share-advice';
import type { ShareLinkError } from '../../project/share-link';
import type { ShareLinkDetail } from '../../project/share-link-details';
import type { ProjectDoc } from '../../project/types';
import { shareUrl } from './project-url';
import { loadMessages, t } from '../../i18n/i18n.svelte';
import { shareLinkDetailText } from '../diagnostics/share-text';

export interface ShareLinkInfo {
  url: string;
  /** Characters of the whole URL: what chat apps and browsers limit. */
  length: number;
  advice: ShareLinkAdvice;
}

/** The link that carries `doc`, for a page at `href`. */
export async function makeShareLink(doc: ProjectDoc, href: string): Promise<ShareLinkInfo> {
  const [{ encodeShareLink }, { shareLinkAdvice }] = await Promise.all([import('../../project/share-link'), import('../../project/share-advice')]);
  const url = shareUrl(href, await encodeShareLink(doc));
  return { url, length: url.length, advice: shareLinkAdvice(url.length) };
}

export type IncomingShare =
  | { state: 'decoding' }
  | { state: 'ok'; doc: ProjectDoc }
  | { state: 'failed'; reason: ShareLinkError; message: string; detail?: ShareLinkDetail };

/** What the playground says, by kind of failure, before the codec's own explanation (message keys). */
const HEADLINES = {
  'not-a-link': 'projects.linkNotALink',
  truncated: 'projects.linkTruncated',
  corrupted: 'projects.linkCorrupted',
  'newer-format': 'projects.linkNewer',
  'invalid-project': 'projects.linkInvalid',
} as const satisfies Record<ShareLinkError, string>;

/** A link the person opened: decoded into a project to look at, or a message saying what is wrong. */
export class SharedLink {
  status = $state.raw<IncomingShare | undefined>(undefined);
  /** The URL of the link, kept for embeds (their "open in the playground" link). */
  value = '';

  get headline(): string {
    return this.status?.state === 'failed' ? t(HEADLINES[this.status.reason]) : '';
  }

  /** What is wrong with the link, after the headline, in the interface language. */
  get detail(): string {
    if (this.status?.state !== 'failed') return '';
    return this.status.detail ? shareLinkDetailText(this.status.detail) : this.status.message;
  }

  async open(value: string): Promise<IncomingShare> {
    this.value = value;
    this.status = { state: 'decoding' };
    let result: IncomingShare;
    try {
      const { decodeShareLink } = await import('../../project/share-link');
      const decoded = await decodeShareLink(value);
      // A refused link's detail is said in the interface language: its messages come before the notice does.
      if (!decoded.ok && decoded.detail) await loadMessages('diagnostics');
      result = decoded.ok ? { state: 'ok', doc: decoded.doc } : { state: 'failed', reason: decoded.reason, message: decoded.message, detail: decoded.detail };
    } catch (error) {
      // The codec itself failed to load (e.g. offline before it was cached): say so, as a failure.
      result = { state: 'failed', reason: 'not-a-link', message: t('projects.linkUnreadable', error instanceof Error ? error.message : String(error)) };
    }
    this.status = result;
    return result;
  }

  close(): void {
    this.status = undefined;
  }
}
