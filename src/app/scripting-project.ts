// `window.playground.project`: the person's projects for automation — which one is open, the
// list, the open project as a document, import as a new project, open another, make a share link.
import { ServiceError } from '../engine/errors';
import type { ProjectDoc } from '../project/types';
import { makeShareLink } from '../state/projects/project-share.svelte';
import type { ProjectSummary } from '../project/project-store';
import type { Projects } from '../state/projects/projects.svelte';

/** Reads a document or a project file's JSON text (any known version); throws with the reader's message. */
async function readDoc(docOrJsonText: unknown): Promise<ProjectDoc> {
  let read;
  if (typeof docOrJsonText === 'string') read = (await import('../project/json-file')).importProjectJson(docOrJsonText);
  else read = (await import('../project/migrations')).readProject(docOrJsonText);
  if (!read.ok) throw new ServiceError('ValidationException', read.message);
  return read.doc;
}

export function createProjectScripting(projects: Projects, href: () => string) {
  const { app, library, session } = projects;
  return {
    /** The open project: its id (as in `?project=<id>`) and name. */
    current: () => ({ id: session.id, name: session.name }),
    /** Every saved project, most recently saved first. */
    list: (): Promise<ProjectSummary[]> => session.store.list(),
    /** The open project as a document (format `serverless-playground/project`), edits included. */
    export: (): ProjectDoc => structuredClone(app.projectDoc()),
    /** Stores a document or JSON text as a new project (never replacing one); returns its id. */
    import: async (docOrJsonText: unknown): Promise<string> => library.add(await readDoc(docOrJsonText), { open: false }),
    /** Saves the open project and loads the page on project `id`. */
    open: async (id: string): Promise<void> => {
      if (!(await session.store.get(id))) throw new ServiceError('ResourceNotFoundException', `Project not found: ${id}`, 404);
      await library.open(id);
    },
    /** A link that carries the open project (`<origin>/#share=…`). */
    shareLink: async (): Promise<string> => (await makeShareLink(app.projectDoc(), href())).url,
  };
}
