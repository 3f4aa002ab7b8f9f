// The first-screen gate: held until the editor is shown (then the next idle moment), or the cap.
import { afterEach, describe, expect, it, vi } from 'vitest';

async function freshModule() {
  vi.resetModules();
  return import('./first-screen');
}

describe('afterFirstScreen', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stays pending until the editor is shown, then resolves', async () => {
    vi.useFakeTimers();
    const gate = await freshModule();
    let open = false;
    void gate.afterFirstScreen.then(() => (open = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(open).toBe(false);
    gate.firstScreenShown();
    await vi.advanceTimersByTimeAsync(1);
    expect(open).toBe(true);
  });

  it('opens at the cap when no editor is ever shown', async () => {
    vi.useFakeTimers();
    const gate = await freshModule();
    let open = false;
    void gate.afterFirstScreen.then(() => (open = true));
    await vi.advanceTimersByTimeAsync(gate.FIRST_SCREEN_CAP_MS - 200 - performance.now());
    expect(open).toBe(false);
    await vi.advanceTimersByTimeAsync(gate.FIRST_SCREEN_CAP_MS);
    expect(open).toBe(true);
  });
});
