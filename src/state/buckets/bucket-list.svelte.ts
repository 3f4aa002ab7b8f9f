// The project's S3 buckets as the UI sees them: the list, create and delete with S3's rules and
// errors, one browser and one notification editor per bucket, and S3's failed deliveries as notices.
import type { Engine } from '../../engine/engine';
import { ServiceError } from '../../engine/errors';
import type { BucketDef } from '../../engine/services/s3/definitions';
import { bucketNameProblem } from '../../engine/services/s3/bucket-name';
import { bucketNameRule, describeS3Error, triggerFailureText } from './s3-messages';
import { t } from '../../i18n/i18n.svelte';
import { BucketBrowser, allKeysUnder, deleteKeys } from './bucket-browser.svelte';
import { BucketNotifications } from './bucket-notifications.svelte';

type Notify = (kind: 'info' | 'error', text: string) => void;

export class BucketList {
  buckets = $state.raw<BucketDef[]>([]);
  /** The bucket the main area shows when the view is 'buckets'. */
  selected = $state<string | undefined>(undefined);
  readonly #browsers = new Map<string, BucketBrowser>();
  readonly #notifications = new Map<string, BucketNotifications>();

  constructor(
    private readonly engine: Engine,
    private readonly notify: Notify,
  ) {
    engine.events.on((event) => {
      if (event.type === 'buckets-changed') this.refresh();
      else if (event.type === 'objects-changed') this.#browsers.get(event.bucket)?.refresh();
      else if (event.type === 'trigger-failed') notify('error', triggerFailureText(event.source, event.functionName, event.message));
    });
    this.refresh();
  }

  refresh(): void {
    this.buckets = this.engine.s3.listBucketDefs();
    const names = new Set(this.buckets.map((b) => b.name));
    // A bucket deleted elsewhere (scripting API, a project switch) takes its views with it.
    for (const name of [...this.#browsers.keys(), ...this.#notifications.keys()]) if (!names.has(name)) this.#forget(name);
    if (this.selected && !names.has(this.selected)) this.selected = this.buckets[0]?.name;
    // A configuration saved elsewhere (the scripting API, a project) shows in an open editor.
    for (const editor of this.#notifications.values()) void editor.load();
  }

  /** What is wrong with a name as it is typed, in S3's own rules (undefined when it is fine). */
  nameProblem(name: string): string | undefined {
    const problem = name === '' ? undefined : bucketNameProblem(name);
    return problem && bucketNameRule(problem);
  }

  /** CreateBucket; returns S3's error for the form, if any, and selects the new bucket. */
  async create(name: string): Promise<string | undefined> {
    try {
      await this.engine.s3.createBucket({ Bucket: name.trim() });
    } catch (error) {
      return describeS3Error(error);
    }
    this.refresh();
    this.selected = name.trim();
    return undefined;
  }

  /** DeleteBucket; a bucket with objects is refused with S3's BucketNotEmpty, which the caller may offer to empty. */
  async delete(name: string): Promise<{ code?: string; message: string } | undefined> {
    try {
      await this.engine.s3.deleteBucket({ Bucket: name });
    } catch (error) {
      return { code: error instanceof ServiceError ? error.code : undefined, message: describeS3Error(error) };
    }
    this.notify('info', t('buckets.deleted', name));
    this.refresh();
    return undefined;
  }

  /** "Empty" then "Delete", as the S3 console makes you do: DeleteObjects in batches, then DeleteBucket. */
  async emptyAndDelete(name: string): Promise<{ code?: string; message: string } | undefined> {
    try {
      await deleteKeys(this.engine.s3, name, await allKeysUnder(this.engine.s3, name, ''));
    } catch (error) {
      return { message: describeS3Error(error) };
    }
    return this.delete(name);
  }

  browser(name: string): BucketBrowser {
    let browser = this.#browsers.get(name);
    if (!browser) this.#browsers.set(name, (browser = new BucketBrowser(this.engine, name, this.notify)));
    return browser;
  }

  notifications(name: string): BucketNotifications {
    let editor = this.#notifications.get(name);
    if (!editor) this.#notifications.set(name, (editor = new BucketNotifications(this.engine, name)));
    return editor;
  }

  #forget(name: string): void {
    this.#browsers.get(name)?.dispose();
    this.#browsers.delete(name);
    this.#notifications.delete(name);
  }
}
