// The services' parts of the open project (buckets, roles, permissions, asynchronous settings, …,
// as the service registry lists them): read from the engine for autosave, restored when the project
// opens, and never dropped when a part cannot be restored.
import type { Engine } from '../../engine/engine';
import type { ProjectDoc } from '../../project/types';
import { SERVICE_SLICES } from '../service-registry';
import { readServiceSlices, restoreServiceSlices, type ProjectSlices } from './service-slice';

export class ProjectSlicesState {
  /** Bumped when any of these parts changes in the engine, so the autosave effect re-reads them. */
  #version = $state(0);
  #kept: ProjectSlices = {};

  constructor(
    private readonly engine: Engine,
    private readonly report: (message: string) => void,
  ) {}

  /** What to save: the engine's parts, plus any that could not be restored, unchanged. */
  read(): ProjectSlices {
    void this.#version;
    const parts = readServiceSlices(this.engine, SERVICE_SLICES);
    for (const [key, kept] of Object.entries(this.#kept) as [keyof ProjectSlices, unknown[]][]) {
      if (kept.length) parts[key] = [...(parts[key] ?? []), ...kept];
    }
    return parts;
  }

  /** Puts the parts back when the project opens, then follows the engine's changes to them. */
  async restore(doc: ProjectDoc): Promise<void> {
    this.#kept = await restoreServiceSlices(this.engine, SERVICE_SLICES, doc, this.report);
    const changes = new Set(SERVICE_SLICES.flatMap((slice) => slice.changedBy));
    this.engine.events.on((event) => {
      if (changes.has(event.type)) this.#version++;
    });
  }
}
