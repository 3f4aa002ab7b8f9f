import { describe, expect, it } from 'vitest';
import { sampleFunction } from '../../project/test-samples';
import { PROJECT_FORMAT } from '../../project/types';
import { memoryProjectStore } from './project-memory-store';
import { ProjectSession } from './project-session.svelte';
import { openStartupProject } from './project-startup';

/** The version-1 workspace as the playground saved it before projects existed. */
const workspaceV1 = () => ({
  format: 'serverless-playground/workspace', version: 1, selected: 'hello',
  functions: [{ ...sampleFunction(), draft: undefined, versions: [], aliases: [] }],
  apis: [{ id: 'abc123', name: 'shop', kind: 'http', routes: [], stages: [{ name: '$default', variables: {} }], apiKeys: [], authorizers: [], createdDate: 1 }],
});

describe('which project a page opens', () => {
  it('starts a first visit with a new project holding the sample, and remembers it', async () => {
    const store = memoryProjectStore();
    const opened = await openStartupProject(store);
    expect(opened.doc).toMatchObject({ format: PROJECT_FORMAT, name: 'My project', functions: [{ name: 'hello-world' }] });
    expect(opened.notices).toEqual([]);
    expect(await store.list()).toEqual([expect.objectContaining({ id: opened.id, revision: 1 })]);
    expect(await store.lastOpened()).toBe(opened.id);
    expect((await openStartupProject(store)).id).toBe(opened.id);
  });

  it('turns the version-1 workspace into the first project once, leaving its record as it was', async () => {
    const store = memoryProjectStore();
    store.legacy = { doc: workspaceV1() };
    const opened = await openStartupProject(store);
    expect(opened.doc).toMatchObject({ format: PROJECT_FORMAT, version: 2, name: 'My project', selected: 'hello', functions: [{ name: 'hello' }], apis: [{ id: 'abc123', payloadFormat: '2.0' }] });
    expect(store.legacy).toEqual({ doc: workspaceV1(), migratedTo: opened.id });
    // Even with no last project (say it was deleted), it does not become a project twice.
    await store.setLastOpened('gone');
    await openStartupProject(store);
    expect(await store.list()).toHaveLength(1);
  });

  it('opens what reads of a record damaged in part, names the rest, and never saves over it', async () => {
    const store = memoryProjectStore();
    const good = { ...sampleFunction(), name: 'orders' };
    const damaged = { format: PROJECT_FORMAT, version: 2, name: 'Shop', functions: [{ ...sampleFunction(), files: 'garbled' }, good], apis: [], savedRequests: {}, site: { files: {} } };
    const record = await store.create('p1', 'Shop', damaged as never);
    await store.setLastOpened(record.id);
    const opened = await openStartupProject(store);
    expect(opened.doc.functions.map((f) => f.name)).toEqual(['orders']);
    expect(opened.unreadable).toMatch(/^Part of your project "Shop" could not be read: functions\[0\] \(hello\): /);
    expect(opened.notices).toEqual([{ kind: 'error', text: opened.unreadable }]);
    expect((await store.get('p1'))?.doc).toEqual(damaged);
  });

  it('reports a version-1 workspace it cannot read, leaves it untouched and does not mark it done', async () => {
    const store = memoryProjectStore();
    const damaged = { ...workspaceV1(), functions: [{ ...sampleFunction(), timeout: 'soon' }] };
    store.legacy = { doc: damaged };
    const opened = await openStartupProject(store);
    expect(opened.notices).toEqual([{ kind: 'error', text: expect.stringMatching(/earlier version.*could not be opened: .*functions\[0\] \(hello\)\.timeout.*left untouched/) }]);
    expect(store.legacy).toEqual({ doc: damaged });
    expect(opened.doc.functions[0]?.name).toBe('hello-world');
  });

  it('opens the project the URL names, or says it is not there and opens the last one', async () => {
    const store = memoryProjectStore();
    const first = await openStartupProject(store);
    await store.create('other', 'Other', { ...first.doc, name: 'Other' });
    expect((await openStartupProject(store, 'other')).doc.name).toBe('Other');
    expect(await store.lastOpened()).toBe('other');
    const missing = await openStartupProject(store, 'nope');
    expect(missing.id).toBe('other');
    expect(missing.notices[0]?.text).toMatch(/no project "nope"/);
  });

  it('reports a saved project it cannot read and never saves over it', async () => {
    const store = memoryProjectStore();
    const newer = { format: PROJECT_FORMAT, version: 99, name: 'From the future', functions: [] };
    await store.create('future', 'From the future', newer);
    const opened = await openStartupProject(store, 'future');
    expect(opened.unreadable).toMatch(/"From the future" could not be opened\. .*newer version of the playground.*left untouched/);
    const session = new ProjectSession(store, { id: opened.id, revision: opened.revision, doc: opened.doc, unreadable: opened.unreadable! });
    expect(session.saves).toBe(false);
    session.persistence.schedule({ ...opened.doc, name: 'edited' });
    await session.persistence.flush();
    expect(store.records.get('future')).toMatchObject({ revision: 1, doc: newer });
  });
});
