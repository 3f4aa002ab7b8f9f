import { describe, expect, it, vi } from 'vitest';
import type { UpdateStatus, UpdateWatcher } from '../../platform/service-worker-updates';
import { AppUpdate } from './app-update.svelte';

function fakeWatcher() {
  let listener: (status: UpdateStatus) => void = () => {};
  const watcher: UpdateWatcher & { emit(status: UpdateStatus): void } = {
    status: 'none',
    onStatus(l) {
      listener = l;
      l('none');
      return () => {};
    },
    check: async () => {},
    apply: vi.fn(async () => {}),
    stop: () => {},
    emit: (status) => listener(status),
  };
  return watcher;
}

describe('the update notice', () => {
  it('shows while a new version waits, until dismissed', () => {
    const watcher = fakeWatcher();
    const update = new AppUpdate(watcher);
    expect(update.visible).toBe(false);
    watcher.emit('ready');
    expect([update.status, update.visible]).toEqual(['ready', true]);
    update.dismiss();
    expect(update.visible).toBe(false);
  });

  it('reloads only once the autosave has finished', async () => {
    vi.useFakeTimers();
    const watcher = fakeWatcher();
    let saving = true;
    const update = new AppUpdate(watcher, () => saving);
    watcher.emit('ready');
    const reloading = update.reload();
    expect(update.reloading).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(watcher.apply).not.toHaveBeenCalled();
    saving = false;
    await vi.advanceTimersByTimeAsync(100);
    await reloading;
    expect(watcher.apply).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });

  it('does not wait for a save that never ends for more than a few seconds, and reloads once', async () => {
    vi.useFakeTimers();
    const watcher = fakeWatcher();
    const update = new AppUpdate(watcher, () => true);
    const reloading = Promise.all([update.reload(), update.reload()]);
    await vi.advanceTimersByTimeAsync(3_100);
    await reloading;
    expect(watcher.apply).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });
});
