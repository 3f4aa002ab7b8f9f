// The services' parts of the open project (buckets, roles, permissions, asynchronous settings):
// read from the engine for autosave, restored when the project opens, and never dropped when a
// part cannot be restored.
import type { Engine } from '../../engine/engine';
import type { ProjectDoc } from '../../project/types';
import type { ProjectSlices } from './project-doc.svelte';
import { readServiceSlices, restoreServiceSlices, type ServiceSlices } from './service-slices';

export class ProjectSlicesState {
  /** Bumped when any of these parts changes in the engine, so the autosave effect re-reads them. */
  #version = $state(0);
  #kept: ServiceSlices = {};

  constructor(
    private readonly engine: Engine,
    private readonly report: (message: string) => void,
  ) {}

  /** What to save: the engine's parts, plus any that could not be restored, unchanged. */
  read(): ProjectSlices {
    void this.#version;
    const live = readServiceSlices(this.engine);
    const merge = (a: unknown[] | undefined, b: unknown[] | undefined) => (a || b?.length ? [...(a ?? []), ...(b ?? [])] : undefined);
    const parts = {
      buckets: merge(live.buckets, this.#kept.buckets),
      roles: merge(live.roles, this.#kept.roles),
      permissions: merge(live.permissions, this.#kept.permissions),
      eventInvokeConfigs: merge(live.eventInvokeConfigs, this.#kept.eventInvokeConfigs),
    };
    return Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined)) as ProjectSlices;
  }

  /** Puts the parts back when the project opens, then follows the engine's changes to them. */
  async restore(doc: ProjectDoc): Promise<void> {
    this.#kept = await restoreServiceSlices(this.engine, doc, this.report);
    this.engine.events.on((event) => {
      // Event invoke configs change with `functions-changed`.
      if (event.type === 'buckets-changed' || event.type === 'iam-changed' || event.type === 'functions-changed') this.#version++;
    });
  }
}
