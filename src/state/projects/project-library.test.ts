import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleProject } from './project-doc.svelte';
import { ProjectLibrary } from './project-library.svelte';
import { memoryProjectStore, type MemoryProjectStore } from './project-memory-store';
import type { ProjectMessage } from './project-persistence.svelte';
import { ProjectSession } from './project-session.svelte';

describe('the project list', () => {
  let store: MemoryProjectStore;
  let session: ProjectSession;
  let library: ProjectLibrary;
  let clock = 0;
  const navigations: string[] = [];
  const messages: ProjectMessage[] = [];

  beforeEach(async () => {
    vi.useFakeTimers();
    navigations.length = 0;
    messages.length = 0;
    store = memoryProjectStore(() => ++clock);
    const doc = sampleProject('Current');
    await store.create('cur', 'Current', doc);
    await store.create('old', 'Old one', sampleProject('Old one'));
    session = new ProjectSession(store, { id: 'cur', revision: 1, doc });
    library = new ProjectLibrary({
      store, session,
      currentDoc: () => ({ ...sampleProject(session.name), selected: 'edited-in-this-tab' }),
      navigate: (id) => void navigations.push(id),
      notify: () => {},
      channel: { post: (m) => void messages.push(m), listen: () => {} },
      undoMs: 10_000,
    });
    await library.refresh();
  });
  afterEach(() => vi.useRealTimers());

  const names = () => library.visible.map((p) => p.name);

  it('lists projects most recently saved first', () => {
    expect(names()).toEqual(['Old one', 'Current']);
  });

  it('creates a project and opens it, after saving the open one', async () => {
    await library.create('blank');
    const created = (await store.list()).find((p) => p.name === 'New project')!;
    expect((await store.get(created.id))?.doc).toMatchObject({ name: 'New project', functions: [] });
    expect(navigations).toEqual([created.id]);
    expect(await store.lastOpened()).toBe(created.id);
    expect(session.persistence.saveState).toBe('off');
  });

  it('renames the open project through autosave, and another one in storage', async () => {
    expect(await library.rename('cur', '  Workshop  ')).toBeUndefined();
    expect(session.name).toBe('Workshop');
    expect(await library.rename('old', 'Archive')).toBeUndefined();
    expect(await store.get('old')).toMatchObject({ name: 'Archive', revision: 2, doc: { name: 'Archive' } });
    expect(messages).toEqual([{ type: 'saved', id: 'old', revision: 2 }]);
    expect(await library.rename('old', ' ')).toBe('Give the project a name.');
  });

  it('duplicates the open project with its edits, and a stored one, without opening them', async () => {
    await library.duplicate('cur');
    await library.duplicate('old');
    expect(names()).toEqual(expect.arrayContaining(['Current (copy)', 'Old one (copy)']));
    const copy = (await store.list()).find((p) => p.name === 'Current (copy)')!;
    expect((await store.get(copy.id))?.doc).toMatchObject({ selected: 'edited-in-this-tab' });
    expect(navigations).toEqual([]);
  });

  it('deletes after the undo time, and undo brings the project back', async () => {
    await library.delete('old');
    expect(names()).toEqual(['Current']);
    expect(library.pendingDelete).toEqual({ id: 'old', name: 'Old one' });
    library.undoDelete();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(names()).toEqual(['Old one', 'Current']);
    expect(store.records.has('old')).toBe(true);

    await library.delete('old');
    await vi.advanceTimersByTimeAsync(9_999);
    expect(store.records.has('old')).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.records.has('old')).toBe(false);
    expect(messages).toEqual([{ type: 'deleted', id: 'old' }]);
  });

  it('never deletes the open project', async () => {
    await library.delete('cur');
    expect(library.pendingDelete).toBeUndefined();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(store.records.has('cur')).toBe(true);
  });

  it('finishes a pending deletion before opening another project', async () => {
    await library.delete('old');
    await library.create('sample');
    expect(store.records.has('old')).toBe(false);
  });
});
