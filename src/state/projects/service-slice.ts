// A service's slice of the project document (S3's buckets, IAM's roles, …): how it is read from the
// engine for saving and put back when a project opens. A slice that cannot be restored is reported
// by name and kept, so the saved document never loses it.
import type { Engine, EngineEvent } from '../../engine/engine';
import type { ProjectDoc } from '../../project/types';
import { describeError } from '../shared/describe-error';
import { t } from '../../i18n/i18n.svelte';

/** The document's fields that services own: every optional list beside the project's own parts. */
export type SliceKey = Exclude<keyof ProjectDoc, 'format' | 'version' | 'name' | 'selected' | 'functions' | 'apis' | 'savedRequests' | 'site'>;

/** The services' parts of a document; each is left out while empty. */
export type ProjectSlices = Partial<Record<SliceKey, unknown[]>>;

/** One service's slice. */
export interface ServiceSlice {
  key: SliceKey;
  read(engine: Engine): unknown[];
  restore(engine: Engine, value: unknown): unknown;
  /** Names one value in a message, e.g. "the bucket photos". */
  describe(value: unknown): string;
  /** The description names several things ("the permissions of …"), so the message says "They". */
  plural?: boolean;
  /** Engine events after which the slice may have changed, so autosave reads it again. */
  changedBy: ReadonlyArray<EngineEvent['type']>;
}

/** What to save: only the slices that hold something, so a project without S3 or IAM stays small. */
export function readServiceSlices(engine: Engine, slices: readonly ServiceSlice[]): ProjectSlices {
  const parts: ProjectSlices = {};
  for (const slice of slices) {
    const values = slice.read(engine);
    if (values.length) parts[slice.key] = structuredClone(values);
  }
  return parts;
}

/** Restores the slices in the order given (after the functions exist); returns what could not be restored. */
export async function restoreServiceSlices(
  engine: Engine,
  slices: readonly ServiceSlice[],
  doc: ProjectSlices,
  report: (message: string) => void,
): Promise<ProjectSlices> {
  const kept: ProjectSlices = {};
  for (const slice of slices) {
    for (const value of doc[slice.key] ?? []) {
      try {
        await slice.restore(engine, value);
      } catch (error) {
        (kept[slice.key] ??= []).push(value);
        report(t('projects.couldNotRestore', slice.describe(value), describeError(error), !!slice.plural));
      }
    }
  }
  return kept;
}
