// The project open in this page: its id (which also scopes its runtime data, such as S3
// objects), its name, the document it was opened with, and its autosave.
import type { ProjectDoc } from '../../project/types';
import { ProjectPersistence, type ProjectChannel } from './project-persistence.svelte';
import type { ProjectJournal } from './project-journal';
import type { ProjectStore } from '../../project/project-store';

export interface SessionOptions {
  id: string;
  revision: number;
  doc: ProjectDoc;
  /** The stored record could not be read: show `doc` (the sample) and never save over the record. */
  unreadable?: string;
  /** Not one of the person's projects (an embedded link): runs in memory, never saved. */
  ephemeral?: boolean;
  channel?: ProjectChannel;
  /** Where unsaved changes are written at once, for the next load to replay. */
  journal?: ProjectJournal;
}

export class ProjectSession {
  /** The project's name; renaming is a change like any other, saved with the document. */
  name = $state('');
  readonly id: string;
  readonly initial: ProjectDoc;
  readonly unreadable: string | undefined;
  readonly ephemeral: boolean;
  readonly persistence: ProjectPersistence;
  /** Where autosave reports problems; the app connects its notice bar here. */
  notify: (kind: 'info' | 'error', text: string) => void = () => {};

  constructor(
    readonly store: ProjectStore,
    options: SessionOptions,
  ) {
    this.id = options.id;
    this.initial = options.doc;
    this.name = options.doc.name;
    this.unreadable = options.unreadable;
    this.ephemeral = options.ephemeral ?? false;
    this.persistence = new ProjectPersistence(store, options.id, (kind, text) => this.notify(kind, text), {
      revision: options.revision,
      loaded: options.doc,
      off: this.unreadable !== undefined || this.ephemeral,
      ...(options.channel ? { channel: options.channel } : {}),
      ...(options.journal ? { journal: options.journal } : {}),
    });
  }

  /** Whether this page saves the project it shows. */
  get saves(): boolean {
    return this.unreadable === undefined && !this.ephemeral;
  }
}
