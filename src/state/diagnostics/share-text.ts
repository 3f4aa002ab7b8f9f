// Why a share link cannot be opened, in the interface language: one message per detail code of the
// link codec (a new code without a message here fails the type check).
import type { ShareLinkDetail } from '../../project/share-link-details';
import { t } from '../../i18n/i18n.svelte';
import type { Texts } from './texts';

const DETAILS: Texts<ShareLinkDetail> = {
  notALink: () => t('diagnostics.shareNotALink'),
  truncated: () => t('diagnostics.shareTruncated'),
  corrupted: () => t('diagnostics.shareCorrupted'),
  newerLink: (v) => t('diagnostics.shareNewerLink', v.format, v.supported),
  newerProject: (v) => t('diagnostics.shareNewerProject', v.format, v.supported),
  invalidProject: (v) => t('diagnostics.shareInvalidProject', v.problem),
};

/** A share link's detail in the current language. */
export function shareLinkDetailText(detail: ShareLinkDetail): string {
  return (DETAILS[detail.code] as (values: object) => string)(detail.values);
}

/** Every detail code that has a message, for the tests. */
export const SHARE_DETAIL_CODES = Object.keys(DETAILS) as ShareLinkDetail['code'][];
