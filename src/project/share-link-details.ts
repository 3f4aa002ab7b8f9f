// What a share link that cannot be opened says after its headline: each detail a code with values and
// its English text, so the interface can say it in its own language.
import { diagnose, type DiagnosticOf } from '../engine/diagnostic';

export const SHARE_LINK_DETAILS = {
  notALink: () => 'This link does not contain a Serverless Playground project.',
  truncated: () => 'This link is incomplete — it may have been cut off when it was copied. Ask for the whole link, or for the project as a file.',
  corrupted: () => 'This link is damaged — some of its characters were changed, so the project in it cannot be trusted. Ask for the link again, or for the project as a file.',
  newerLink: (v: { format: string; supported: number }) =>
    `This link was made by a newer version of the playground (link format ${v.format}); this one reads up to ${v.supported}. Reload the page to get the newest playground.`,
  newerProject: (v: { format: number; supported: number }) =>
    `This project was made by a newer version of the playground (format ${v.format}); this one reads up to ${v.supported}. Reload the page to get the newest playground.`,
  /** `problem` is the project check's own English wording. */
  invalidProject: (v: { problem: string }) => `This link holds a project the playground cannot open. ${v.problem}`,
};

export type ShareLinkDetailCode = keyof typeof SHARE_LINK_DETAILS;
/** One detail, as a code with its values. */
export type ShareLinkDetail = DiagnosticOf<typeof SHARE_LINK_DETAILS>;
type DetailArgs = { [D in ShareLinkDetail as D['code']]: [code: D['code'], values: D['values']] }[ShareLinkDetailCode];

/** The detail's English text and the detail itself. */
export function shareLinkDetail(...[code, values]: DetailArgs): { message: string; detail: ShareLinkDetail } {
  const { diagnostic, english } = diagnose(SHARE_LINK_DETAILS, code, values as never);
  return { message: english, detail: diagnostic };
}
