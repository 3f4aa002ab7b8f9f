// At startup, before anything reads the project: puts back what a page journaled but did not get
// to save (it reloaded or closed inside the autosave delay). An entry goes into the project only
// over the revision it was made on; when another tab saved since, or the project was deleted, it
// becomes a new project instead, so it neither overwrites their work nor is lost.
import { copyName, newProjectId, type ProjectStore, type StoredProject } from '../../project/project-store';
import { describeError } from '../shared/describe-error';
import { fingerprint, type JournalEntry, type ProjectJournal } from './project-journal';
import { canonicalJson, type ProjectChannel } from './project-persistence.svelte';
import { t } from '../../i18n/i18n.svelte';

/** A message for the person, shown with the other startup notices. */
type StartupNotice = { kind: 'info' | 'error'; text: string };

export interface Recovery {
  journal: ProjectJournal;
  /** Other tabs on the project are told of a replayed save, as of any save. */
  channel?: ProjectChannel;
}

type Outcome =
  | { kind: 'present' | 'restored'; record: StoredProject }
  | { kind: 'copied'; record: StoredProject; copy: string };

const nameOf = (doc: unknown, fallback: string): string => {
  const name = (doc as { name?: unknown }).name;
  return typeof name === 'string' && name.trim() ? name : fallback;
};

/** Whether the entry is a change over exactly what is stored: its revision, or a save it saw under way. */
function isOver(record: StoredProject, storedJson: string, entry: JournalEntry): boolean {
  if (entry.base === record.revision) return true;
  return entry.inflight !== undefined && record.revision === entry.base + 1 && fingerprint(storedJson) === entry.inflight;
}

/** Stores the entry's document as a new project named `<name> (recovered)`; returns that name. */
async function keepAsCopy(store: ProjectStore, entry: JournalEntry, fallback: string): Promise<string> {
  const taken = (await store.list()).map((p) => p.name);
  const name = copyName(nameOf(entry.doc, fallback), taken, 'recovered');
  await store.create(newProjectId(), name, { ...(entry.doc as object), name });
  return name;
}

async function replayEntry(store: ProjectStore, record: StoredProject, entry: JournalEntry, recovery: Recovery): Promise<Outcome> {
  const json = canonicalJson(entry.doc);
  let current = record;
  // Twice at most: another tab opening the project at the same moment may replay the same entry first.
  for (let attempt = 0; attempt < 2; attempt++) {
    const storedJson = canonicalJson(current.doc);
    if (storedJson === json) return { kind: 'present', record: current };
    if (!isOver(current, storedJson, entry)) break;
    const name = nameOf(entry.doc, current.name);
    const saved = await store.save(current.id, name, entry.doc, current.revision);
    if (saved.ok) {
      recovery.channel?.post({ type: 'saved', id: current.id, revision: saved.revision });
      return { kind: 'restored', record: { ...current, name, doc: entry.doc, revision: saved.revision, updatedAt: saved.updatedAt } };
    }
    const fresh = await store.get(current.id);
    if (!fresh) break;
    current = fresh;
  }
  return { kind: 'copied', record: current, copy: await keepAsCopy(store, entry, current.name) };
}

/** Entries of projects that no longer exist (deleted while a tab had unsaved work) become new projects. */
async function keepOrphans(store: ProjectStore, recovery: Recovery, openId: string, notices: StartupNotice[]): Promise<void> {
  const exists = new Map<string, boolean>();
  for (const entry of recovery.journal.entries()) {
    if (entry.projectId === openId) continue;
    if (!exists.has(entry.projectId)) exists.set(entry.projectId, (await store.get(entry.projectId)) !== undefined);
    if (exists.get(entry.projectId)) continue;
    const copy = await keepAsCopy(store, entry, t('projects.recoveredName'));
    recovery.journal.remove(entry.key);
    notices.push({ kind: 'info', text: t('projects.orphanKept', copy) });
  }
}

/**
 * Replays the journal's entries for `record` (oldest first) into the store and returns the record
 * to open. An entry is removed only once its document is stored; one that cannot be stored now (the
 * storage failed) stays for the next load, and the person is told.
 */
export async function replayJournal(store: ProjectStore, record: StoredProject, recovery: Recovery, notices: StartupNotice[]): Promise<StoredProject> {
  let current = record;
  let restored = false;
  for (const entry of recovery.journal.entries(record.id)) {
    let outcome: Outcome;
    try {
      outcome = await replayEntry(store, current, entry, recovery);
    } catch (error) {
      notices.push({ kind: 'error', text: t('projects.replayFailed', current.name, describeError(error)) });
      continue;
    }
    recovery.journal.remove(entry.key);
    current = outcome.record;
    if (outcome.kind === 'restored') restored = true;
    if (outcome.kind === 'copied') {
      notices.push({ kind: 'info', text: t('projects.replayCopied', current.name, outcome.copy) });
    }
  }
  if (restored) notices.push({ kind: 'info', text: t('projects.restoredChanges') });
  try {
    await keepOrphans(store, recovery, record.id, notices);
  } catch {
    // Left for a later load: they belong to no open project.
  }
  return current;
}
