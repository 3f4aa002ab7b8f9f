// The project features as the UI uses them: the list, share links (out and in), import and export,
// the other-tab conflict, and the embed layout's opt-in Run. Built once per page by main.ts.
import type { ProjectDoc } from '../../project/types';
import type { Playground } from '../playground.svelte';
import { ProjectLibrary } from './project-library.svelte';
import type { OpenedPage } from './project-page';
import { makeShareLink, SharedLink, type ShareLinkInfo } from './project-share.svelte';
import { copyName } from '../../project/project-store';
import { exportProject, ProjectImport, type ExportFormat, type ExportedFile, type ImportWant } from './project-transfer.svelte';
import { projectUrl, withoutEmbed, withoutShare } from './project-url';
import { t } from '../../i18n/i18n.svelte';

/** What the page does for the project features: its address, going elsewhere, downloads. */
export interface PageHost {
  href(): string;
  /** Loads another page (another project). */
  assign(url: string): void;
  /** Changes the address without loading (drops a handled share fragment). */
  replace(url: string): void;
  download(file: ExportedFile): void;
}

export type ProjectDialog = 'projects' | 'share' | 'import';

export class Projects {
  readonly library: ProjectLibrary;
  readonly shared: SharedLink;
  readonly importer = new ProjectImport();
  readonly embed: boolean;
  dialog = $state<ProjectDialog | undefined>(undefined);
  shareInfo = $state.raw<ShareLinkInfo | { error: string } | undefined>(undefined);
  /** An export in progress, by format. */
  exporting = $state<ExportFormat | undefined>(undefined);
  /** The embed's Run was pressed: the shared project is loaded into the engine. */
  running = $state(false);
  /** Resolves once the project is restored in the engine (at once, or after an embed's Run). */
  readonly started: Promise<void>;
  #start: Promise<void> | undefined;
  #resolveStarted!: () => void;

  constructor(
    readonly app: Playground,
    readonly page: OpenedPage,
    private readonly host: PageHost,
  ) {
    const { session, store, channel, request } = page;
    this.embed = request.embed;
    this.started = new Promise((resolve) => (this.#resolveStarted = resolve));
    this.library = new ProjectLibrary({
      store, session, channel,
      currentDoc: () => app.projectDoc(),
      navigate: (id) => host.assign(projectUrl(host.href(), id)),
      notify: (kind, text) => app.notify(kind, text),
    });
    this.shared = page.shared ?? new SharedLink();
    // One notice bar: startup messages are shown together, as an error if any is one.
    if (page.notices.length) app.notify(page.notices.some((n) => n.kind === 'error') ? 'error' : 'info', page.notices.map((n) => n.text).join('\n'));
    if (request.share !== undefined && !page.shared) {
      // Handled once: a reload shows the person's own project, not the link again.
      host.replace(withoutShare(host.href()));
      void this.shared.open(request.share).then((result) => {
        if (result.state === 'failed') app.notify('error', t('projects.linkFailed', this.shared.headline, this.shared.detail));
      });
    }
    // A link's code runs only after the person asks: an embedded link waits for Run.
    if (!this.deferred) void this.start();
  }

  get session() {
    return this.page.session;
  }

  /** Whether the project waits for the person's Run (an embedded share link). */
  get deferred(): boolean {
    return this.page.shared !== undefined;
  }

  /** Restores the project into the engine, once. */
  start(): Promise<void> {
    this.#start ??= this.app.start().then(() => this.#resolveStarted());
    return this.#start;
  }

  /** The embed's Run: loads the project on first use (the person's opt-in), then tests the function. */
  async run(functionName?: string): Promise<void> {
    this.running = true;
    await this.start();
    const name = functionName && this.app.find(functionName) ? functionName : (this.app.selectedName ?? this.app.functions[0]?.name);
    if (name) this.app.select(name);
    await this.app.test();
  }

  /** The same page in the full playground, for the embed's link. */
  get fullPlaygroundUrl(): string {
    return withoutEmbed(this.host.href());
  }

  async openShareDialog(): Promise<void> {
    this.shareInfo = undefined;
    this.dialog = 'share';
    try {
      this.shareInfo = await makeShareLink(this.app.projectDoc(), this.host.href());
    } catch (error) {
      this.shareInfo = { error: t('projects.linkNotMade', error instanceof Error ? error.message : String(error)) };
    }
  }

  async export(format: ExportFormat): Promise<void> {
    this.exporting = format;
    try {
      const file = await exportProject(this.app.projectDoc(), format);
      this.host.download(file);
      if (format === 'sam') {
        this.app.notify('info', t('projects.exportedSam', file.fileName, file.report.length));
      } else this.app.notify('info', t('projects.exported', file.fileName));
    } catch (error) {
      this.app.notify('error', t('projects.exportFailed', error instanceof Error ? error.message : String(error)));
    } finally {
      this.exporting = undefined;
    }
  }

  /** Reads a chosen or dropped file and shows what it would become. */
  async importFile(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }, want: ImportWant): Promise<void> {
    this.importer.clear();
    this.dialog = 'import';
    await this.importer.read(file, want);
  }

  /** Creates the previewed project (never replacing one) and opens it. */
  async confirmImport(): Promise<void> {
    const doc = this.importer.preview?.doc;
    if (doc) await this.library.add(doc);
  }

  /** "Open as my project": the shared project becomes a new project of this browser, then opens. */
  async openSharedAsMine(): Promise<void> {
    const status = this.shared.status;
    if (status?.state !== 'ok') return;
    await this.library.add(status.doc);
  }

  /** Another tab saved this project: load theirs (the person's unsaved changes here are dropped). */
  reloadTheirs(): void {
    this.session.persistence.stop();
    this.host.assign(projectUrl(this.host.href(), this.session.id));
  }

  /** Another tab saved this project: keep what this tab has as a new project, and open it. */
  async saveMineAsCopy(): Promise<void> {
    const mine: ProjectDoc = this.app.projectDoc();
    await this.library.refresh();
    await this.library.add({ ...mine, name: copyName(mine.name, this.library.projects.map((p) => p.name), 'my copy') });
  }
}
