// The journal as autosave writes it: every change at once, cleared once saved, never over another tab's work.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectDoc } from '../../project/types';
import { sampleProject } from './project-doc.svelte';
import { memoryJournalStorage, ProjectJournal } from './project-journal';
import { memoryProjectStore, type MemoryProjectStore } from './project-memory-store';
import { ProjectPersistence } from './project-persistence.svelte';

const renamed = (doc: ProjectDoc, name: string): ProjectDoc => ({ ...doc, name });

describe('the journal of unsaved changes', () => {
  let store: MemoryProjectStore;
  let storage: ReturnType<typeof memoryJournalStorage>;
  let journal: ProjectJournal;
  let doc: ProjectDoc;
  const notices: string[] = [];

  beforeEach(async () => {
    vi.useFakeTimers();
    notices.length = 0;
    store = memoryProjectStore();
    storage = memoryJournalStorage();
    journal = new ProjectJournal(storage, 'tab-a');
    doc = sampleProject('Shop');
    await store.create('p1', 'Shop', doc);
  });
  afterEach(() => vi.useRealTimers());

  const open = (options: { journal?: ProjectJournal; revision?: number } = {}) =>
    new ProjectPersistence(store, 'p1', (_kind, text) => void notices.push(text), {
      revision: options.revision ?? 1, loaded: doc, delayMs: 400, journal: options.journal ?? journal,
    });
  const names = () => journal.entries('p1').map((e) => [(e.doc as ProjectDoc).name, e.base]);

  it('holds a change from the moment it is made until its save commits, then nothing', async () => {
    const persistence = open();
    persistence.schedule(renamed(doc, 'Shop 1'));
    // Synchronously: before any timer or promise, as when the page goes right away.
    expect(names()).toEqual([['Shop 1', 1]]);
    persistence.schedule(renamed(doc, 'Shop 2'));
    expect(names()).toEqual([['Shop 2', 1]]);
    expect(store.records.get('p1')?.revision).toBe(1);
    await vi.advanceTimersByTimeAsync(400);
    await persistence.flush();
    expect(store.records.get('p1')).toMatchObject({ name: 'Shop 2', revision: 2 });
    expect(storage.items.size).toBe(0);
  });

  it('journals a change made during a save with that save in it, and over the new revision once it commits', async () => {
    let commit!: () => void;
    const save = store.save.bind(store);
    store.save = async (...args) => {
      await new Promise<void>((resolve) => (commit = resolve));
      return save(...args);
    };
    const persistence = open();
    persistence.schedule(renamed(doc, 'first'));
    const saving = persistence.flush();
    await vi.advanceTimersByTimeAsync(0);
    persistence.schedule(renamed(doc, 'second'));
    const [during] = journal.entries('p1');
    expect(during).toMatchObject({ base: 1, inflight: expect.any(String), doc: { name: 'second' } });
    commit();
    await saving;
    expect(journal.entries('p1')).toEqual([expect.objectContaining({ base: 2, doc: expect.objectContaining({ name: 'second' }) })]);
    expect(journal.entries('p1')[0]).not.toHaveProperty('inflight');
  });

  it('drops the entry when the document is back to the saved one', () => {
    const persistence = open();
    persistence.schedule(renamed(doc, 'typed'));
    persistence.schedule({ ...doc });
    expect(storage.items.size).toBe(0);
  });

  it('keeps two tabs on one project apart: each has its own entry', () => {
    const other = new ProjectJournal(storage, 'tab-b');
    open().schedule(renamed(doc, 'from A'));
    open({ journal: other }).schedule(renamed(doc, 'from B'));
    expect(names().sort()).toEqual([['from A', 1], ['from B', 1]]);
  });

  it('in a conflict journals what is on screen but saves nothing', async () => {
    const persistence = open();
    await store.save('p1', 'theirs', renamed(doc, 'theirs'), 1);
    persistence.schedule(renamed(doc, 'mine'));
    await persistence.flush();
    expect(persistence.conflict).toBe('changed');
    persistence.schedule(renamed(doc, 'mine, more'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.records.get('p1')).toMatchObject({ name: 'theirs', revision: 2 });
    expect(names()).toEqual([['mine, more', 1]]);
  });

  it('keeps the entry when the save fails: it is the only copy', async () => {
    const persistence = open();
    store.save = async () => { throw new Error('The browser refused to save'); };
    persistence.schedule(renamed(doc, 'unsaved'));
    await persistence.flush();
    expect(persistence.saveState).toBe('failed');
    expect(names()).toEqual([['unsaved', 1]]);
  });

  it('drops the entry, and journals nothing more, once the page stops on purpose (reload theirs, open another)', () => {
    const persistence = open();
    persistence.schedule(renamed(doc, 'dropped'));
    persistence.stop();
    persistence.schedule(renamed(doc, 'after stop'));
    expect(storage.items.size).toBe(0);
  });

  it('when the storage is full, saves at once instead, removes its older entry, and says so once', async () => {
    const persistence = open();
    persistence.schedule(renamed(doc, 'small'));
    await vi.advanceTimersByTimeAsync(400);
    persistence.schedule(renamed(doc, 'small again'));
    expect(names()).toEqual([['small again', 2]]);
    storage.quota = 100;
    persistence.schedule(renamed(doc, 'too large'));
    expect(storage.items.size).toBe(0);
    // No 0.4 s wait: the save is already under way.
    await vi.advanceTimersByTimeAsync(0);
    expect(store.records.get('p1')).toMatchObject({ name: 'too large', revision: 3 });
    persistence.schedule(renamed(doc, 'too large, still'));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.records.get('p1')?.revision).toBe(4);
    expect(notices).toEqual([expect.stringMatching(/refused the quick copy of unsaved changes.*Wait for "All changes saved"/)]);
  });

  it('writes nothing for a page that never saves (an embedded link, an unreadable record)', () => {
    const persistence = new ProjectPersistence(store, 'p1', () => {}, { revision: 1, loaded: doc, off: true, journal });
    persistence.schedule(renamed(doc, 'changed'));
    expect(storage.items.size).toBe(0);
  });

  it('reads back only well-formed entries, oldest first, and removes the rest', () => {
    let now = 10;
    const later = new ProjectJournal(storage, 'tab-b', () => now);
    const earlier = new ProjectJournal(storage, 'tab-c', () => now);
    later.write('p1', 1, '{"name":"later"}');
    now = 5;
    earlier.write('p1', 1, '{"name":"earlier"}');
    storage.setItem('serverless-playground/journal/p1/broken', '{"v":1,"id":');
    storage.setItem('unrelated', 'kept');
    expect(journal.entries('p1').map((e) => (e.doc as ProjectDoc).name)).toEqual(['earlier', 'later']);
    expect([...storage.items.keys()].sort()).toEqual(['serverless-playground/journal/p1/tab-b', 'serverless-playground/journal/p1/tab-c', 'unrelated']);
  });
});
