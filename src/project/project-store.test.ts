import { describe, expect, it } from 'vitest';
import { copyName, decideSave, newProjectId } from './project-store';
import { memoryProjectStore } from '../state/projects/project-memory-store';

describe('the revision rule', () => {
  const stored = { id: 'p1', name: 'Shop', updatedAt: 1, revision: 4 };

  it('saves over the revision a tab loaded, and bumps it', () => {
    expect(decideSave(stored, 4, 99)).toEqual({ ok: true, revision: 5, updatedAt: 99 });
  });

  it('refuses to save over a newer revision (another tab saved) or a deleted project', () => {
    expect(decideSave(stored, 3, 99)).toEqual({ ok: false, reason: 'conflict', revision: 4 });
    expect(decideSave(undefined, 4, 99)).toEqual({ ok: false, reason: 'deleted' });
  });

  it('holds in the memory store: the second of two tabs that loaded revision 1 is refused', async () => {
    const store = memoryProjectStore();
    await store.create('p1', 'Shop', { v: 0 });
    expect(await store.save('p1', 'Shop', { v: 'tab A' }, 1)).toMatchObject({ ok: true, revision: 2 });
    expect(await store.save('p1', 'Shop', { v: 'tab B' }, 1)).toEqual({ ok: false, reason: 'conflict', revision: 2 });
    expect((await store.get('p1'))?.doc).toEqual({ v: 'tab A' });
  });
});

describe('project ids and copy names', () => {
  it('makes short URL-safe ids', () => {
    const ids = new Set(Array.from({ length: 200 }, newProjectId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{10}$/);
  });

  it('names copies so they do not clash, without piling up suffixes', () => {
    expect(copyName('Shop', ['Shop'])).toBe('Shop (copy)');
    expect(copyName('Shop', ['Shop', 'Shop (copy)'])).toBe('Shop (copy 2)');
    expect(copyName('Shop (copy)', ['Shop', 'Shop (copy)'])).toBe('Shop (copy 2)');
    expect(copyName('Shop', [], 'my copy')).toBe('Shop (my copy)');
    expect(copyName('x'.repeat(128), [])).toHaveLength(128);
  });
});
