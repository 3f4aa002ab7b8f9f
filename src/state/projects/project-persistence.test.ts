import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectDoc } from '../../project/types';
import { sampleProject } from './project-doc.svelte';
import { memoryProjectStore, type MemoryProjectStore } from './project-memory-store';
import { canonicalJson, ProjectPersistence, type ProjectChannel, type ProjectMessage } from './project-persistence.svelte';

/** Tabs on one channel, as BroadcastChannel connects them (a tab does not hear itself). */
function channels() {
  const listeners = new Map<number, (m: ProjectMessage) => void>();
  let next = 0;
  return (): ProjectChannel => {
    const me = next++;
    return {
      post: (message) => { for (const [tab, listener] of listeners) if (tab !== me) listener(structuredClone(message)); },
      listen: (listener) => void listeners.set(me, listener),
    };
  };
}

const renamed = (doc: ProjectDoc, name: string): ProjectDoc => ({ ...doc, name });

describe('autosave', () => {
  let store: MemoryProjectStore;
  let doc: ProjectDoc;
  const notices: string[] = [];
  const notify = (_kind: string, text: string) => void notices.push(text);

  beforeEach(async () => {
    vi.useFakeTimers();
    notices.length = 0;
    store = memoryProjectStore();
    doc = sampleProject('Shop');
    await store.create('p1', 'Shop', doc);
  });
  afterEach(() => vi.useRealTimers());

  const open = (channel?: ProjectChannel, revision = 1) =>
    new ProjectPersistence(store, 'p1', notify, { revision, loaded: doc, delayMs: 400, ...(channel ? { channel } : {}) });

  it('saves a change once the typing stops, and only the latest document', async () => {
    const persistence = open();
    persistence.schedule(renamed(doc, 'Shop 1'));
    await vi.advanceTimersByTimeAsync(200);
    persistence.schedule(renamed(doc, 'Shop 2'));
    expect(persistence.saveState).toBe('saving');
    await vi.advanceTimersByTimeAsync(399);
    expect(store.records.get('p1')?.revision).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await persistence.flush();
    expect(store.records.get('p1')).toMatchObject({ name: 'Shop 2', revision: 2, doc: { name: 'Shop 2' } });
    expect(persistence.saveState).toBe('saved');
  });

  it('writes nothing when the document is the one loaded, whatever its key order', async () => {
    const persistence = open();
    const reordered = JSON.parse(canonicalJson(doc)) as ProjectDoc;
    persistence.schedule(reordered);
    await vi.advanceTimersByTimeAsync(400);
    await persistence.flush();
    expect(store.records.get('p1')?.revision).toBe(1);
    expect(persistence.saveState).toBe('saved');
  });

  it('stops, without overwriting, when another tab saved first; says so to the other tab at once', async () => {
    const connect = channels();
    const tabA = open(connect());
    const tabB = open(connect());
    tabA.schedule(renamed(doc, 'from A'));
    await tabA.flush();
    // B heard A's save before saving anything itself.
    expect(tabB.conflict).toBe('changed');
    expect(tabB.saveState).toBe('paused');
    tabB.schedule(renamed(doc, 'from B'));
    await tabB.flush();
    expect(store.records.get('p1')).toMatchObject({ name: 'from A', revision: 2 });
  });

  it('detects the other tab by revision even when no message arrived', async () => {
    const tabA = open();
    const tabB = open();
    tabA.schedule(renamed(doc, 'from A'));
    await tabA.flush();
    expect(tabB.conflict).toBeUndefined();
    tabB.schedule(renamed(doc, 'from B'));
    await tabB.flush();
    expect(tabB.conflict).toBe('changed');
    expect(store.records.get('p1')?.name).toBe('from A');
    // Once in conflict, nothing more is written by that tab.
    tabB.schedule(renamed(doc, 'again'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.records.get('p1')?.name).toBe('from A');
  });

  it('reports a project deleted elsewhere instead of bringing it back', async () => {
    const persistence = open();
    await store.delete('p1');
    persistence.schedule(renamed(doc, 'still here'));
    await persistence.flush();
    expect(persistence.conflict).toBe('deleted');
    expect(store.records.has('p1')).toBe(false);
  });

  it('never saves when off (an unreadable record, an embedded link)', async () => {
    const persistence = new ProjectPersistence(store, 'p1', notify, { revision: 1, loaded: doc, off: true });
    persistence.schedule(renamed(doc, 'changed'));
    await persistence.flush();
    expect(persistence.saveState).toBe('off');
    expect(store.records.get('p1')).toMatchObject({ name: 'Shop', revision: 1 });
  });

  it('still saves a document the reader would refuse, and says what to fix', async () => {
    const persistence = open();
    const bad = { ...doc, functions: [{ ...doc.functions[0]!, timeout: 901 }] };
    persistence.schedule(bad);
    await persistence.flush();
    expect(store.records.get('p1')?.revision).toBe(2);
    expect(notices).toEqual([expect.stringMatching(/functions\[0\] \(hello-world\)\.timeout: must be an integer from 1 to 900/)]);
  });

  it('says why a save failed and keeps the work on screen', async () => {
    const persistence = open();
    store.save = async () => { throw new Error('The disk went away.'); };
    persistence.schedule(renamed(doc, 'x'));
    await persistence.flush();
    expect(persistence.saveState).toBe('failed');
    expect(notices).toEqual(['The disk went away.']);
  });

  it('on a full quota, says what to do once and saves the same work by itself once there is room', async () => {
    vi.useFakeTimers();
    try {
      const persistence = open();
      const save = store.save.bind(store);
      let full = true;
      store.save = async (...args) => {
        if (full) throw Object.assign(new Error('The browser refused to save.'), { name: 'QuotaExceededError' });
        return save(...args);
      };
      persistence.schedule(renamed(doc, 'kept'));
      await persistence.flush();
      expect(persistence.saveState).toBe('failed');
      expect(notices).toEqual([expect.stringContaining("This browser's storage for the playground is full")]);
      // Still full at the retry: nothing new is said.
      await vi.advanceTimersByTimeAsync(3000);
      expect(notices).toHaveLength(1);
      full = false;
      await vi.advanceTimersByTimeAsync(3000);
      expect(persistence.saveState).toBe('saved');
      expect(store.records.get('p1')).toMatchObject({ name: 'kept', revision: 2 });
    } finally {
      vi.useRealTimers();
    }
  });
});
