// The update notice's state: whether a new version of the playground is waiting, and the reload
// that switches to it once the autosave has written the last edits to IndexedDB.
import type { UpdateStatus, UpdateWatcher } from '../../platform/service-worker-updates';

/** The autosave writes 400 ms after the last change; a save in flight gets this long to finish. */
const SAVE_WAIT_MS = 3_000;
const POLL_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class AppUpdate {
  status = $state<UpdateStatus>('none');
  /** True from the click on Reload until the page goes away. */
  reloading = $state(false);
  dismissed = $state(false);
  /** Whether to show the notice: a new version is waiting and the person has not put it off. */
  readonly visible = $derived(this.status !== 'none' && !this.dismissed);

  /** `saving` says whether the autosave still has unsaved changes (the save indicator's state). */
  constructor(
    private readonly watcher: UpdateWatcher,
    private readonly saving: () => boolean = () => false,
  ) {
    watcher.onStatus((status) => (this.status = status));
  }

  /**
   * Switches to the new version. Nothing is lost: everything is saved in IndexedDB as it
   * changes, and a save still under way is given a moment to finish before the reload.
   */
  async reload(): Promise<void> {
    if (this.reloading) return;
    this.reloading = true;
    const deadline = Date.now() + SAVE_WAIT_MS;
    while (this.saving() && Date.now() < deadline) await sleep(POLL_MS);
    await this.watcher.apply();
  }

  /** Hides the notice for this visit; the new version starts once every playground tab is closed. */
  dismiss(): void {
    this.dismissed = true;
  }
}
