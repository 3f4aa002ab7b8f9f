// Decides what this page holds before the engine starts: the person's project (the URL's, the
// last one, …) or, for an embedded share link, that link's project in memory only. The project's
// id scopes its runtime data, so it must be known first.
import type { ProjectDoc } from '../../project/types';
import { blankProject, sampleProject } from './project-doc.svelte';
import { memoryProjectStore } from './project-memory-store';
import type { ProjectChannel } from './project-persistence.svelte';
import type { ProjectJournal } from './project-journal';
import { ProjectSession } from './project-session.svelte';
import { SharedLink } from './project-share.svelte';
import type { StartupNotice } from './project-startup';
import { newProjectId, type ProjectStore } from '../../project/project-store';
import { readPageUrl, type PageRequest } from './project-url';
import { t } from '../../i18n/i18n.svelte';

export interface OpenedPage {
  request: PageRequest;
  /** Where the person's projects are kept (also for an embed, whose own project is not among them). */
  store: ProjectStore;
  session: ProjectSession;
  /** The share link of an embed, already read (its project is the session's, in memory). */
  shared?: SharedLink;
  notices: StartupNotice[];
  channel?: ProjectChannel;
}

/** An embedded link's project: runs in memory, is never saved, and waits for the person's Run. */
async function embeddedLink(value: string): Promise<{ session: ProjectSession; shared: SharedLink }> {
  const shared = new SharedLink();
  const result = await shared.open(value);
  const doc: ProjectDoc = result.state === 'ok' ? result.doc : blankProject(t('projects.sharedName'));
  const session = new ProjectSession(memoryProjectStore(), { id: `embed-${newProjectId()}`, revision: 0, doc, ephemeral: true });
  return { session, shared };
}

/** `journal`: where unsaved changes are written at once; its entries are replayed before the project is read. */
export async function openPage(href: string, store: ProjectStore, channel?: ProjectChannel, journal?: ProjectJournal): Promise<OpenedPage> {
  const request = readPageUrl(href);
  if (request.embed && request.share !== undefined) {
    return { request, store, notices: [], ...(await embeddedLink(request.share)) };
  }
  try {
    // The reader (schema and migrations) loads here rather than with the app's first bytes.
    const { openStartupProject } = await import('./project-startup');
    const recovery = journal ? { journal, ...(channel ? { channel } : {}) } : undefined;
    const opened = await openStartupProject(store, request.projectId, recovery);
    const session = new ProjectSession(store, {
      id: opened.id, revision: opened.revision, doc: opened.doc,
      ...(opened.unreadable ? { unreadable: opened.unreadable } : {}),
      ...(channel ? { channel } : {}),
      ...(journal ? { journal } : {}),
    });
    return { request, store, session, notices: opened.notices, ...(channel ? { channel } : {}) };
  } catch (error) {
    // No storage at all (a private mode, a blocked database): the playground still works, unsaved.
    const doc = sampleProject();
    const session = new ProjectSession(memoryProjectStore(), { id: `unsaved-${newProjectId()}`, revision: 0, doc, ephemeral: true });
    const text = `Your projects could not be opened (${error instanceof Error ? error.message : String(error)}). Nothing was changed; this page starts from the sample and cannot save.`;
    return { request, store, session, notices: [{ kind: 'error', text }] };
  }
}
