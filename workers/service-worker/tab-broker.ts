// Finds the open playground tabs and asks them, one at a time, to answer a request. In turn
// rather than all at once: asking two tabs would run the function twice.
import { PLAYGROUND_HTTP, wireKind, type PlaygroundHttpMessage, type WireRequest, type WireResponse } from '../../src/platform/http-wire';
import type { ClientsLike, TabClient } from './scope';
import { toWireReply } from './wire-codec';

/**
 * How long one tab may take. API Gateway gives up after 29–30 s and the engine then answers 504
 * itself, so this only catches a tab that never answers (frozen, closing, or not a playground).
 */
export const TAB_TIMEOUT_MS = 35_000;

/** What asking the tabs came to. */
export type TabOutcome =
  | { type: 'handled'; response: WireResponse }
  /** A tab claimed the request but its reply was malformed. */
  | { type: 'invalid'; reason: string }
  | { type: 'unhandled' }
  /** No tab handled it and at least one did not answer in time. */
  | { type: 'timeout' }
  | { type: 'no-tabs' };

/**
 * Same-origin windows that may be playground tabs, focused first, otherwise in matchAll's order
 * (Chromium lists the most recently focused first). Pages under /_api/ and /_site/ are front
 * ends or gateway pages served by this worker, not playgrounds.
 */
export async function playgroundTabs(clients: ClientsLike, origin: string): Promise<TabClient[]> {
  const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true });
  const tabs = windows.filter((client) => {
    if (client.type !== 'window') return false;
    const url = parseURL(client.url);
    return url !== undefined && url.origin === origin && wireKind(url.pathname) === undefined;
  });
  // Array.prototype.sort is stable, so unfocused tabs keep matchAll's order.
  return tabs.sort((a, b) => Number(b.focused === true) - Number(a.focused === true));
}

// URL.parse is not in Node 20, where the tests run.
function parseURL(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

type TabAnswer = { kind: 'reply'; data: unknown } | { kind: 'timeout' } | { kind: 'gone' };

function askTab(tab: TabClient, request: WireRequest, timeoutMs: number): Promise<TabAnswer> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const finish = (answer: TabAnswer) => {
      clearTimeout(timer);
      channel.port1.onmessage = null;
      channel.port1.close();
      resolve(answer);
    };
    const timer = setTimeout(() => finish({ kind: 'timeout' }), timeoutMs);
    channel.port1.onmessage = (event: MessageEvent) => finish({ kind: 'reply', data: event.data });
    channel.port1.onmessageerror = () => finish({ kind: 'reply', data: undefined });
    const message: PlaygroundHttpMessage = { type: PLAYGROUND_HTTP, request };
    try {
      // The body is cloned, not transferred: the next tab may need it if this one declines.
      tab.postMessage(message, [channel.port2]);
    } catch {
      finish({ kind: 'gone' });
    }
  });
}

/** Asks each tab in turn until one handles the request. */
export async function askTabs(tabs: readonly TabClient[], request: WireRequest, timeoutMs = TAB_TIMEOUT_MS): Promise<TabOutcome> {
  if (tabs.length === 0) return { type: 'no-tabs' };
  let timedOut = false;
  for (const tab of tabs) {
    const answer = await askTab(tab, request, timeoutMs);
    if (answer.kind === 'timeout') timedOut = true;
    if (answer.kind !== 'reply') continue;
    const reply = toWireReply(answer.data);
    if (typeof reply === 'string') return { type: 'invalid', reason: reply };
    if (reply.handled) return { type: 'handled', response: reply.response };
  }
  return timedOut ? { type: 'timeout' } : { type: 'unhandled' };
}
