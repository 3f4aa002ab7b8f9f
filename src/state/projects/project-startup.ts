// Which project a page opens: the one in the URL, else the last one opened, else the version-1
// workspace turned into a project (once, leaving its record in place), else the newest project,
// else a new project from the sample. Changes a page journaled but did not save are replayed first.
// A record that cannot be read is reported and never saved over.
import { readProject } from '../../project/migrations';
import { salvageProject } from '../../project/salvage';
import type { ProjectDoc } from '../../project/types';
import { sampleProject } from './project-doc.svelte';
import { newProjectId, type ProjectStore, type StoredProject } from '../../project/project-store';
import { replayJournal, type Recovery } from './project-replay';
import { t } from '../../i18n/i18n.svelte';

export interface StartupNotice {
  kind: 'info' | 'error';
  text: string;
}

export interface OpenedProject {
  id: string;
  revision: number;
  doc: ProjectDoc;
  /** Set when the stored record could not be read: the page shows the sample and never saves over it. */
  unreadable?: string;
  notices: StartupNotice[];
}

/** The version-1 workspace becomes a project the first time; its record is read, never changed. */
async function fromLegacyWorkspace(store: ProjectStore, notices: StartupNotice[]): Promise<StoredProject | undefined> {
  const legacy = await store.legacyWorkspace();
  if (!legacy || legacy.migratedTo) return undefined;
  const read = readProject(legacy.doc);
  if (!read.ok) {
    notices.push({
      kind: 'error',
      text: t('projects.legacyUnreadable', read.message),
    });
    return undefined;
  }
  const record = await store.create(newProjectId(), read.doc.name, read.doc);
  await store.markLegacyMigrated(record.id);
  return record;
}

async function pick(store: ProjectStore, requestedId: string | undefined, notices: StartupNotice[]): Promise<StoredProject> {
  if (requestedId) {
    const requested = await store.get(requestedId);
    if (requested) return requested;
    notices.push({ kind: 'error', text: t('projects.noSuchProject', requestedId) });
  }
  const last = await store.lastOpened();
  const lastRecord = last ? await store.get(last) : undefined;
  if (lastRecord) return lastRecord;
  const migrated = await fromLegacyWorkspace(store, notices);
  if (migrated) return migrated;
  const [newest] = await store.list();
  const newestRecord = newest ? await store.get(newest.id) : undefined;
  if (newestRecord) return newestRecord;
  const sample = sampleProject();
  return store.create(newProjectId(), sample.name, sample);
}

/** Opens the project for this page and remembers it as the last one opened. */
export async function openStartupProject(store: ProjectStore, requestedId?: string, recovery?: Recovery): Promise<OpenedProject> {
  const notices: StartupNotice[] = [];
  const picked = await pick(store, requestedId, notices);
  // Before the record is read: what the person last saw is what opens.
  const record = recovery ? await replayJournal(store, picked, recovery, notices) : picked;
  await store.setLastOpened(record.id);
  const read = readProject(record.doc);
  if (read.ok) return { id: record.id, revision: record.revision, doc: read.doc, notices };
  // Never overwrite a record we could not read: the person may still recover it (export, a newer playground).
  // A record damaged only in part opens with the parts that read; saving stays off all the same.
  const salvaged = read.reason === 'invalid-project' ? salvageProject(record.doc) : undefined;
  if (salvaged && salvaged.dropped.length) {
    const partly = t('faults.projectPartlyUnreadable', salvaged.doc.name, salvaged.dropped.join('; '));
    notices.push({ kind: 'error', text: partly });
    return { id: record.id, revision: record.revision, doc: salvaged.doc, unreadable: partly, notices };
  }
  const unreadable = t('projects.projectUnreadable', record.name, read.message);
  notices.push({ kind: 'error', text: unreadable });
  return { id: record.id, revision: record.revision, doc: sampleProject(record.name || undefined), unreadable, notices };
}
