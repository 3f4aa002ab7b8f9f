import { describe, expect, it, vi } from 'vitest';
import type { ProjectDoc } from '../../project/types';
import { EXAMPLES, type Example } from '../../samples/examples';
import { expect as expectStep, type ScenarioApi } from '../../samples/examples/scenario';
import { Gallery, type GalleryDeps } from './gallery.svelte';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), items };
}

function deps(overrides: Partial<GalleryDeps> = {}) {
  const added: ProjectDoc[] = [];
  const opened: string[] = [];
  const d: GalleryDeps = {
    library: {
      projects: [{ id: 'p0', name: 'Hello world: cold and warm starts', updatedAt: 0 } as never],
      refresh: async () => {},
      add: async (doc: ProjectDoc) => (added.push(doc), `p${added.length}`),
      open: async (id: string) => void opened.push(id),
    },
    projectId: () => 'p1',
    ready: async () => {},
    api: () => ({}) as ScenarioApi,
    storage: memoryStorage(),
    notify: vi.fn(),
    ...overrides,
  };
  return { d, added, opened };
}

const stub = (run: (step: Parameters<Awaited<ReturnType<Example['scenario']>>['run']>[1]) => Promise<void>): Example => ({
  ...EXAMPLES[0]!,
  scenario: async () => ({ project: () => ({}) as ProjectDoc, run: async (_api, step) => run(step) }),
});

describe('Gallery', () => {
  it('opens an example as a new project under a free name, and notes a run for that project only', async () => {
    const { d, added, opened } = deps();
    const gallery = new Gallery(d);
    await gallery.open(EXAMPLES[0]!, true);
    expect(added[0]?.name).toBe('Hello world: cold and warm starts (new)');
    expect(added[0]?.functions.map((f) => f.name)).toEqual(['hello-world']);
    expect(opened).toEqual(['p1']);

    // The next page, on another project, leaves the note alone; on this one, takes it once.
    expect(new Gallery({ ...d, projectId: () => 'other' }).takePendingRun()).toBeUndefined();
    const next = new Gallery(d);
    expect(next.takePendingRun()?.id).toBe('hello-world');
    expect(next.takePendingRun()).toBeUndefined();
  });

  it('opens without a run note when only opening', async () => {
    const { d } = deps();
    await new Gallery(d).open(EXAMPLES[1]!);
    expect(new Gallery(d).takePendingRun()).toBeUndefined();
  });

  it('runs a script after the project is ready, reporting each step; a failed expectation stops it', async () => {
    let release!: () => void;
    const { d } = deps({ ready: () => new Promise<void>((resolve) => (release = resolve)) });
    const gallery = new Gallery(d);
    const done = gallery.start(stub(async (step) => {
      await step('first', async () => 'fine');
      await step('second', async () => {
        expectStep(false, 'it went wrong');
        return '';
      });
      await step('third', async () => 'never');
    }));
    await Promise.resolve();
    expect(gallery.run?.status).toBe('waiting');
    release();
    expect(await done).toBe(false);
    expect(gallery.run?.status).toBe('failed');
    expect(gallery.run?.steps).toEqual([
      { title: 'first', ok: true, detail: 'fine' },
      { title: 'second', ok: false, detail: 'it went wrong' },
    ]);
  });

  it('marks a run whose steps all work as passed', async () => {
    const gallery = new Gallery(deps().d);
    expect(await gallery.start(stub(async (step) => step('only', async () => 'ok')))).toBe(true);
    expect(gallery.run?.status).toBe('passed');
    gallery.dismissRun();
    expect(gallery.run).toBeUndefined();
  });

  it('reports a failure to open and lets the person try again', async () => {
    const { d } = deps();
    d.library.add = async () => {
      throw new Error('QuotaExceededError: the disk is full');
    };
    const gallery = new Gallery(d);
    await gallery.open(EXAMPLES[2]!);
    expect(d.notify).toHaveBeenCalledWith('error', expect.stringContaining('the disk is full'));
    expect(gallery.opening).toBeUndefined();
  });
});
