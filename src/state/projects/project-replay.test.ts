// What the next load does with journaled changes: replays them over the revision they were made
// on, keeps them as a new project when another tab saved since, and never loses or overwrites work.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProjectDoc } from '../../project/types';
import { sampleProject } from './project-doc.svelte';
import { memoryJournalStorage, ProjectJournal } from './project-journal';
import { memoryProjectStore, type MemoryProjectStore } from './project-memory-store';
import { canonicalJson, ProjectPersistence, type ProjectMessage } from './project-persistence.svelte';
import { openStartupProject } from './project-startup';

const renamed = (doc: ProjectDoc, name: string): ProjectDoc => ({ ...doc, name });

describe('replaying the journal when a page opens', () => {
  let store: MemoryProjectStore;
  let storage: ReturnType<typeof memoryJournalStorage>;
  let doc: ProjectDoc;
  let posted: ProjectMessage[];

  beforeEach(async () => {
    store = memoryProjectStore();
    storage = memoryJournalStorage();
    posted = [];
    doc = sampleProject('Shop');
    await store.create('p1', 'Shop', doc);
    await store.setLastOpened('p1');
  });

  /** A page that had project p1 open at `revision`, made `change` and went before its save. */
  const pageWentAfter = (change: ProjectDoc, revision = 1, writer = 'old-page') => {
    const persistence = new ProjectPersistence(store, 'p1', () => {}, { revision, loaded: doc, journal: new ProjectJournal(storage, writer) });
    persistence.schedule(change);
    return persistence;
  };
  const reopen = () => openStartupProject(store, undefined, { journal: new ProjectJournal(storage, 'new-page'), channel: { post: (m) => void posted.push(m), listen: () => {} } });

  it('opens the change a page made just before it went, stored over the revision it was made on', async () => {
    pageWentAfter({ ...renamed(doc, 'Shop'), selected: 'typed just before reload' });
    const opened = await reopen();
    expect(opened.doc.selected).toBe('typed just before reload');
    expect(opened.revision).toBe(2);
    expect(store.records.get('p1')).toMatchObject({ revision: 2, doc: { selected: 'typed just before reload' } });
    expect(opened.notices).toEqual([{ kind: 'info', text: expect.stringMatching(/^Restored the changes you made just before/) }]);
    expect(posted).toEqual([{ type: 'saved', id: 'p1', revision: 2 }]);
    expect(storage.items.size).toBe(0);
  });

  it('replays a change made while a save was under way, over that save once it committed', async () => {
    let commit!: () => void;
    const save = store.save.bind(store);
    store.save = async (...args) => {
      await new Promise<void>((resolve) => (commit = resolve));
      return save(...args);
    };
    const persistence = pageWentAfter(renamed(doc, 'first'));
    const saving = persistence.flush();
    await new Promise((resolve) => setTimeout(resolve, 0));
    persistence.schedule(renamed(doc, 'second'));
    // The first save commits, and the page goes before its entry is rewritten over revision 2.
    const [entry] = new ProjectJournal(storage).entries('p1');
    commit();
    await saving;
    storage.setItem(entry!.key, JSON.stringify({ v: 1, id: 'p1', base: entry!.base, at: entry!.at, inflight: entry!.inflight, doc: entry!.doc }));
    expect(store.records.get('p1')).toMatchObject({ name: 'first', revision: 2 });
    store.save = save;
    const opened = await reopen();
    expect(opened.doc.name).toBe('second');
    expect(store.records.get('p1')).toMatchObject({ name: 'second', revision: 3 });
  });

  it('keeps a change made during a save that then lost to another tab as a copy, not over theirs', async () => {
    pageWentAfter(renamed(doc, 'mine'));
    const [entry] = new ProjectJournal(storage).entries('p1');
    storage.setItem(entry!.key, JSON.stringify({ ...JSON.parse(storage.getItem(entry!.key)!), inflight: 'not-theirs' }));
    await store.save('p1', 'theirs', renamed(doc, 'theirs'), 1);
    expect((await reopen()).doc.name).toBe('theirs');
    expect((await store.list()).map((p) => p.name).sort()).toEqual(['mine (recovered)', 'theirs']);
  });

  it('drops an entry whose change is already stored (the save committed, the clean-up did not run)', async () => {
    pageWentAfter(renamed(doc, 'saved'));
    await store.save('p1', 'saved', renamed(doc, 'saved'), 1);
    const opened = await reopen();
    expect(opened).toMatchObject({ revision: 2, notices: [] });
    expect(storage.items.size).toBe(0);
  });

  it("never writes a stale change over another tab's newer save: it becomes a new project", async () => {
    pageWentAfter(renamed(doc, 'mine'));
    await store.save('p1', 'theirs', renamed(doc, 'theirs'), 1);
    const opened = await reopen();
    expect(opened.doc.name).toBe('theirs');
    expect(store.records.get('p1')).toMatchObject({ name: 'theirs', revision: 2 });
    const copy = [...store.records.values()].find((r) => r.id !== 'p1');
    expect(copy).toMatchObject({ name: 'mine (recovered)', revision: 1 });
    expect(canonicalJson(copy!.doc)).toBe(canonicalJson(renamed(doc, 'mine (recovered)')));
    expect(opened.notices).toEqual([{ kind: 'info', text: expect.stringMatching(/changed in another tab since.*"mine \(recovered\)"/) }]);
    expect(storage.items.size).toBe(0);
  });

  it('with two pages gone at once, replays the older change and keeps the other as a copy', async () => {
    let now = 1;
    const at = (writer: string) => new ProjectJournal(storage, writer, () => now++);
    new ProjectPersistence(store, 'p1', () => {}, { revision: 1, loaded: doc, journal: at('tab-a') }).schedule(renamed(doc, 'from A'));
    new ProjectPersistence(store, 'p1', () => {}, { revision: 1, loaded: doc, journal: at('tab-b') }).schedule(renamed(doc, 'from B'));
    const opened = await reopen();
    expect(opened.doc.name).toBe('from A');
    expect((await store.list()).map((p) => p.name).sort()).toEqual(['from A', 'from B (recovered)']);
  });

  it('keeps unsaved changes to a project deleted since as a new project', async () => {
    await store.create('p2', 'Gone', renamed(doc, 'Gone'));
    new ProjectPersistence(store, 'p2', () => {}, { revision: 1, loaded: renamed(doc, 'Gone'), journal: new ProjectJournal(storage, 'tab') })
      .schedule({ ...renamed(doc, 'Gone'), selected: 'edited before the delete' });
    await store.delete('p2');
    const opened = await reopen();
    expect(opened.id).toBe('p1');
    const copy = [...store.records.values()].find((r) => r.name === 'Gone (recovered)');
    expect(copy?.doc).toMatchObject({ selected: 'edited before the delete' });
    expect(opened.notices[0]?.text).toMatch(/deleted in another tab.*"Gone \(recovered\)"/);
  });

  it("leaves another existing project's entry for when that project opens", async () => {
    await store.create('p2', 'Other', renamed(doc, 'Other'));
    new ProjectPersistence(store, 'p2', () => {}, { revision: 1, loaded: renamed(doc, 'Other'), journal: new ProjectJournal(storage, 'tab') })
      .schedule(renamed(doc, 'Other, edited'));
    await reopen();
    expect(store.records.get('p2')?.revision).toBe(1);
    expect((await openStartupProject(store, 'p2', { journal: new ProjectJournal(storage) })).doc.name).toBe('Other, edited');
  });

  it('when the storage cannot take the change now, keeps the entry for the next load and says so', async () => {
    pageWentAfter(renamed(doc, 'kept for later'));
    const save = store.save;
    store.save = async () => { throw new Error('The browser refused to save: its storage for this site is full.'); };
    const failed = await reopen();
    expect(failed.doc.name).toBe('Shop');
    expect(failed.notices).toEqual([{ kind: 'error', text: expect.stringMatching(/could not be put back into "Shop".*storage for this site is full.*tried again/) }]);
    expect(storage.items.size).toBe(1);
    store.save = save;
    expect((await reopen()).doc.name).toBe('kept for later');
  });

  it('removes entries it cannot read, and opens the stored project', async () => {
    storage.setItem('serverless-playground/journal/p1/x', 'not json');
    const opened = await reopen();
    expect(opened).toMatchObject({ revision: 1, notices: [] });
    expect(storage.items.size).toBe(0);
  });
});
