// Finds the open playground tabs and asks them, one at a time, to answer a request. In turn
// rather than all at once: asking two tabs would run the function twice.
import { PLAYGROUND_ACK, PLAYGROUND_HTTP, wireKind, type PlaygroundHttpMessage, type WireRequest, type WireResponse } from '../../src/platform/http-wire';
import type { ClientsLike, TabClient } from './scope';
import { toWireReply } from './wire-codec';

/** How long to wait for tabs: to acknowledge a request, then to answer it. */
export interface TabTimeouts {
  /** A playground tab acknowledges at once; one that does not is frozen, closing or not a playground. */
  ackMs: number;
  /**
   * After acknowledging, the tab owns the request. REST and HTTP APIs answer within 29–30 s (the
   * engine's gateway times out itself), but a function URL waits for its function: up to 900 s.
   */
  answerMs: number;
}

export const TAB_TIMEOUTS: TabTimeouts = { ackMs: 5_000, answerMs: 16 * 60_000 };

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

type TabAnswer = { kind: 'reply'; data: unknown } | { kind: 'timeout'; acknowledged: boolean } | { kind: 'gone' };

const isAck = (data: unknown) => typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PLAYGROUND_ACK;

function askTab(tab: TabClient, request: WireRequest, timeouts: TabTimeouts): Promise<TabAnswer> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    let acknowledged = false;
    const finish = (answer: TabAnswer) => {
      clearTimeout(timer);
      channel.port1.onmessage = null;
      channel.port1.close();
      resolve(answer);
    };
    let timer = setTimeout(() => finish({ kind: 'timeout', acknowledged }), timeouts.ackMs);
    channel.port1.onmessage = (event: MessageEvent) => {
      if (!isAck(event.data)) return finish({ kind: 'reply', data: event.data });
      acknowledged = true;
      clearTimeout(timer);
      timer = setTimeout(() => finish({ kind: 'timeout', acknowledged }), timeouts.answerMs);
    };
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

/**
 * Asks each tab in turn until one handles the request. A tab that acknowledged but then ran out
 * of time ends the search: it may still be running the function, which must not run twice.
 */
export async function askTabs(tabs: readonly TabClient[], request: WireRequest, timeouts = TAB_TIMEOUTS): Promise<TabOutcome> {
  if (tabs.length === 0) return { type: 'no-tabs' };
  let timedOut = false;
  for (const tab of tabs) {
    const answer = await askTab(tab, request, timeouts);
    if (answer.kind === 'timeout' && answer.acknowledged) return { type: 'timeout' };
    if (answer.kind === 'timeout') timedOut = true;
    if (answer.kind !== 'reply') continue;
    const reply = toWireReply(answer.data);
    if (typeof reply === 'string') return { type: 'invalid', reason: reply };
    if (reply.handled) return { type: 'handled', response: reply.response };
  }
  return timedOut ? { type: 'timeout' } : { type: 'unhandled' };
}
