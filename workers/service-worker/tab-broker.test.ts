import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WireRequest } from '../../src/platform/http-wire';
import { askTabs, playgroundTabs, TAB_TIMEOUTS } from './tab-broker';
import { fakeScope, fakeTab, ORIGIN, reply } from './test-fakes';

const request: WireRequest = { kind: 'api', method: 'POST', url: `${ORIGIN}/_api/abc/prod/items`, headers: [['content-type', 'text/plain']], body: new TextEncoder().encode('hi').buffer };
const text = (body: ArrayBuffer) => new TextDecoder().decode(body);

afterEach(() => {
  vi.useRealTimers();
});

describe('which tabs are asked', () => {
  it('asks matchAll for every window, controlled or not', async () => {
    const { scope, calls } = fakeScope([]);
    await playgroundTabs(scope.clients, ORIGIN);
    expect(calls.matchAll).toEqual([{ type: 'window', includeUncontrolled: true }]);
  });

  it('keeps same-origin windows outside /_api/ and /_site/, focused first, then in matchAll order', async () => {
    const a = fakeTab('/', reply.unhandled);
    const b = fakeTab('/?project=2', reply.unhandled);
    const focused = fakeTab('/#share=x', reply.unhandled, { focused: true });
    const { scope } = fakeScope([
      a,
      fakeTab('/_api/abc/prod/items', reply.unhandled, { focused: true }),
      fakeTab('/_site/blog/index.html', reply.unhandled),
      fakeTab('/', reply.unhandled, { origin: 'https://elsewhere.test' }),
      fakeTab('/', reply.unhandled, { type: 'worker' }),
      b,
      focused,
    ]);
    expect(await playgroundTabs(scope.clients, ORIGIN)).toEqual([focused, a, b]);
  });
});

describe('asking tabs in turn', () => {
  it('says so when there is no tab', async () => {
    expect(await askTabs([], request)).toEqual({ type: 'no-tabs' });
  });

  it('takes the first handled reply and asks no further tab', async () => {
    const first = fakeTab('/', reply.handled(201, 'from first'));
    const second = fakeTab('/', reply.handled(200, 'from second'));
    const outcome = await askTabs([first, second], request);
    expect(outcome.type).toBe('handled');
    if (outcome.type === 'handled') expect([outcome.response.status, text(outcome.response.body)]).toEqual([201, 'from first']);
    expect(second.asked).toHaveLength(0);
  });

  it('moves on when a tab does not know the path', async () => {
    const other = fakeTab('/', reply.unhandled);
    const owner = fakeTab('/', reply.handled(200, 'mine'));
    const outcome = await askTabs([other, owner], request);
    expect(outcome).toMatchObject({ type: 'handled', response: { status: 200 } });
    expect(other.asked).toHaveLength(1);
    expect(owner.asked).toHaveLength(1);
  });

  it('reports unhandled when every tab declines', async () => {
    expect(await askTabs([fakeTab('/', reply.unhandled), fakeTab('/', reply.unhandled)], request)).toEqual({ type: 'unhandled' });
  });

  it('sends the whole request and a reply port, and copies the body so the next tab gets it too', async () => {
    const first = fakeTab('/', reply.unhandled);
    const second = fakeTab('/', (r) => reply.handled(200, `echo ${r.body ? text(r.body) : ''}`)());
    const outcome = await askTabs([first, second], request);
    expect(first.asked[0]!.request).toEqual(request);
    expect(first.asked[0]!.transfer).toHaveLength(1);
    expect(first.asked[0]!.transfer[0]).toBeInstanceOf(MessagePort);
    expect(request.body!.byteLength).toBe(2);
    if (outcome.type === 'handled') expect(text(outcome.response.body)).toBe('echo hi');
  });

  it('skips a tab that is gone', async () => {
    const outcome = await askTabs([fakeTab('/', 'gone'), fakeTab('/', reply.handled(200))], request);
    expect(outcome.type).toBe('handled');
  });

  it('stops at a malformed reply and says what is wrong with it', async () => {
    const next = fakeTab('/', reply.handled(200));
    const outcome = await askTabs([fakeTab('/', () => ({ handled: true, response: { status: 200, headers: [], body: 'text' } })), next], request);
    expect(outcome).toEqual({ type: 'invalid', reason: 'the body is not an ArrayBuffer' });
    expect(next.asked).toHaveLength(0);
  });

  it('gives a tab that does not acknowledge 5 s, then asks the next one', async () => {
    vi.useFakeTimers();
    const silent = fakeTab('/', 'silent');
    const next = fakeTab('/', reply.handled(200, 'late but fine'));
    const pending = askTabs([silent, next], request);
    await vi.advanceTimersByTimeAsync(TAB_TIMEOUTS.ackMs - 1);
    expect(next.asked).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(next.asked).toHaveLength(1);
    vi.useRealTimers();
    const outcome = await pending;
    expect(outcome.type).toBe('handled');
  });

  it('reports a timeout when no tab handled the request and one never answered', async () => {
    vi.useFakeTimers();
    const pending = askTabs([fakeTab('/', reply.unhandled), fakeTab('/', 'silent')], request);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(TAB_TIMEOUTS.ackMs - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ type: 'timeout' });
  });

  it('waits for an acknowledging tab as long as a function URL may run, and never asks another tab', async () => {
    vi.useFakeTimers();
    const busy = fakeTab('/', 'ack-only');
    const other = fakeTab('/', reply.handled(200, 'would run the function again'));
    const pending = askTabs([busy, other], request);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(900_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(TAB_TIMEOUTS.answerMs - 900_000);
    expect(await pending).toEqual({ type: 'timeout' });
    expect(other.asked).toHaveLength(0);
  });
});
