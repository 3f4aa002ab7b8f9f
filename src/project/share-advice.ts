// Whether a share link is short enough to survive the trip, and what to do when it is not.
//
// The project travels in the fragment, which browsers never send to a server, so server limits
// (8 KB request lines) do not apply; what cuts links is the software that carries them:
// - up to 2,000 characters: safe everywhere. The long-standing "keep URLs under 2,000" guidance
//   (Internet Explorer's 2,083 limit), Discord's 2,000-character messages and most text fields
//   and QR-code generators all take it;
// - up to 8,000: fine in every current browser, but some chat apps, e-mail clients and
//   link-preview tools start cutting or refusing links of this size;
// - up to 2 MB (2,097,152 characters): Chromium's maximum URL length; beyond it Chromium
//   refuses to open the URL at all, so such a project can only travel as a file.

export type ShareLinkLevel = 'ok' | 'long' | 'very-long' | 'too-long';

/** Thresholds in characters of the whole link (origin, path and fragment). */
export const SHARE_LINK_THRESHOLDS = {
  safe: 2_000,
  chat: 8_000,
  chromium: 2 * 1024 * 1024,
} as const;

export interface ShareLinkAdvice {
  level: ShareLinkLevel;
  /** Whether to offer "Export file" instead of (or beside) the link. */
  suggestFile: boolean;
  message: string;
}

const FILE = 'To be safe, share the project as a file (Export → JSON or zip) instead.';

/** Advice for a link of `length` characters. */
export function shareLinkAdvice(length: number): ShareLinkAdvice {
  const size = `${length.toLocaleString('en-US')} characters`;
  if (length <= SHARE_LINK_THRESHOLDS.safe) {
    return { level: 'ok', suggestFile: false, message: `The link is ${size}: short enough to paste anywhere.` };
  }
  if (length <= SHARE_LINK_THRESHOLDS.chat) {
    return { level: 'long', suggestFile: false, message: `The link is ${size}. Browsers open it, but some chat apps and e-mail clients may cut links this long.` };
  }
  if (length <= SHARE_LINK_THRESHOLDS.chromium) {
    return { level: 'very-long', suggestFile: true, message: `The link is ${size}: it opens in browsers, but many chat apps, e-mail clients and link previews cut or refuse links this long. ${FILE}` };
  }
  return { level: 'too-long', suggestFile: true, message: `The link is ${size}, beyond the 2 MB Chromium accepts in a URL, so it cannot be opened. Share the project as a file (Export → JSON or zip).` };
}
