// Why APIs have no URL of their own in this browser, in the interface language. The service-worker
// bridge (src/platform) states it in English; the sentences it can give are matched here, and one it
// does not know is shown as it is.
import { t } from '../../i18n/i18n.svelte';

const STATES: Record<string, () => string> = {
  'still installing': () => t('apis.swStateInstalling'),
  waiting: () => t('apis.swStateWaiting'),
  'active but not controlling this page': () => t('apis.swStateActive'),
  gone: () => t('apis.swStateGone'),
};

/** The bridge's reason for unusable URLs, translated. */
export function urlProblemText(reason: string): string {
  if (reason.startsWith('This page is not on a secure origin')) return t('apis.swInsecure');
  if (reason.startsWith('This browser has no service workers')) return t('apis.swUnsupported');
  const late = /^The service worker did not take control of this page within (\d+) s \(it is (.+)\); reload/.exec(reason);
  if (late) return t('apis.swLate', Number(late[1]), STATES[late[2]!]?.() ?? late[2]!);
  const failed = /^The service worker could not be registered: (.*)$/s.exec(reason);
  if (failed) return t('apis.swNotRegistered', failed[1]!);
  return reason;
}
