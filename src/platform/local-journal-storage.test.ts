// Where localStorage is missing or blocked, the journal storage refuses writes (so autosave saves at once) rather than failing the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserJournalStorage } from './local-journal-storage';

describe('the journal storage in the browser', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is localStorage where there is one', () => {
    const local = { length: 0, key: () => null, getItem: () => null, setItem: () => {}, removeItem: () => {} };
    vi.stubGlobal('localStorage', local);
    expect(browserJournalStorage()).toBe(local);
  });

  it('refuses every write where localStorage is blocked, and holds nothing', () => {
    const blocked = {};
    Object.defineProperty(blocked, 'length', { get: () => { throw new DOMException('Access is denied', 'SecurityError'); } });
    vi.stubGlobal('localStorage', blocked);
    const storage = browserJournalStorage();
    expect(storage).not.toBe(blocked);
    expect(() => storage.setItem('k', 'v')).toThrow(/not available/);
    expect([storage.length, storage.getItem('k')]).toEqual([0, null]);
  });
});
