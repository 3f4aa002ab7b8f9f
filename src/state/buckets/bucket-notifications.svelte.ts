// A bucket's event notifications (Lambda destinations): the list, the add/edit form, and the
// console's answer when S3 may not invoke a function — add the permission, then save again.
import type { Engine } from '../../engine/engine';
import { ServiceError } from '../../engine/errors';
import { ACCOUNT_ID, functionArn } from '../../engine/ids';
import { suggestedPermission } from '../../engine/iam/suggested-permission';
import type { LambdaFunctionConfiguration, LambdaTarget } from '../../engine/services/s3/definitions';
import { lambdaTarget } from '../../engine/services/s3/notifications';
import { describeError } from '../shared/describe-error';
import { t } from '../../i18n/i18n.svelte';

/** The event types the form offers (the ones the playground's S3 sends). */
export const NOTIFICATION_EVENTS = ['s3:ObjectCreated:*', 's3:ObjectCreated:Put', 's3:ObjectCreated:Copy', 's3:ObjectRemoved:*', 's3:ObjectRemoved:Delete'] as const;

/** S3's refusal when a destination's resource policy does not let S3 (for this bucket) invoke it. */
export const UNVALIDATED_DESTINATIONS = 'Unable to validate the following destination configurations';

export interface NotificationDraft {
  id: string;
  events: string[];
  prefix: string;
  suffix: string;
  functionName: string;
  /** An alias or version; '' for the unqualified function. */
  qualifier: string;
}

/** One configuration as the table lists it. */
export interface NotificationRow extends LambdaTarget {
  id: string;
  events: string[];
  prefix: string;
  suffix: string;
  arn: string;
}

const blankDraft = (functionName = ''): NotificationDraft => ({ id: '', events: ['s3:ObjectCreated:*'], prefix: '', suffix: '', functionName, qualifier: '' });

export function toRow(config: LambdaFunctionConfiguration): NotificationRow {
  const rules = config.Filter?.Key?.FilterRules ?? [];
  const rule = (name: string) => rules.find((r) => r.Name.toLowerCase() === name)?.Value ?? '';
  return { id: config.Id ?? '', events: config.Events, prefix: rule('prefix'), suffix: rule('suffix'), arn: config.LambdaFunctionArn, ...lambdaTarget(config.LambdaFunctionArn) };
}

/** The configuration a draft stands for, in S3's shape (filters only when given). */
export function toConfiguration(draft: NotificationDraft): LambdaFunctionConfiguration {
  const rules = [
    ...(draft.prefix ? [{ Name: 'prefix', Value: draft.prefix }] : []),
    ...(draft.suffix ? [{ Name: 'suffix', Value: draft.suffix }] : []),
  ];
  return {
    ...(draft.id.trim() ? { Id: draft.id.trim() } : {}),
    LambdaFunctionArn: functionArn(draft.functionName, draft.qualifier || undefined),
    Events: [...draft.events],
    ...(rules.length ? { Filter: { Key: { FilterRules: rules } } } : {}),
  };
}

export class BucketNotifications {
  configs = $state.raw<LambdaFunctionConfiguration[]>([]);
  readonly rows = $derived(this.configs.map(toRow));
  /** Which configuration the form edits: its index, 'new', or none (form closed). */
  editing = $state<number | 'new' | undefined>(undefined);
  draft = $state<NotificationDraft>(blankDraft());
  error = $state('');
  /** Functions S3 may not invoke, when the last save was refused for that: the console offers to add permissions. */
  missingPermissions = $state.raw<LambdaTarget[]>([]);
  saving = $state(false);

  constructor(
    private readonly engine: Engine,
    readonly bucket: string,
  ) {}

  async load(): Promise<void> {
    try {
      const { LambdaFunctionConfigurations = [] } = await this.engine.s3.getBucketNotificationConfiguration({ Bucket: this.bucket });
      this.configs = LambdaFunctionConfigurations;
    } catch (error) {
      this.error = describeError(error);
    }
  }

  startNew(functionName = ''): void {
    this.editing = 'new';
    this.draft = blankDraft(functionName);
    this.#clearErrors();
  }

  edit(index: number): void {
    const row = this.rows[index];
    if (!row) return;
    this.editing = index;
    this.draft = { id: row.id, events: [...row.events], prefix: row.prefix, suffix: row.suffix, functionName: row.functionName, qualifier: row.qualifier ?? '' };
    this.#clearErrors();
  }

  cancel(): void {
    this.editing = undefined;
    this.#clearErrors();
  }

  /** PutBucketNotificationConfiguration with the draft in place; true when S3 accepted it. */
  async save(): Promise<boolean> {
    if (this.draft.events.length === 0) return this.#refuse(t('buckets.chooseEventType'));
    if (!this.draft.functionName) return this.#refuse(t('buckets.chooseFunction'));
    const config = toConfiguration(this.draft);
    const next = this.editing === 'new' || this.editing === undefined ? [...this.configs, config] : this.configs.map((c, i) => (i === this.editing ? config : c));
    if (!(await this.#put(next))) return false;
    this.editing = undefined;
    return true;
  }

  /** "Add permission and save": lets S3 (from this bucket) invoke each refused function, then saves again. */
  async addPermissionsAndSave(): Promise<boolean> {
    try {
      for (const target of this.missingPermissions) {
        this.engine.lambda.addPermission(suggestedPermission({ service: 's3', bucket: this.bucket, ...target }));
      }
    } catch (error) {
      return this.#refuse(describeError(error));
    }
    return this.save();
  }

  /** Deletes one configuration (the rest are saved again, as S3 replaces the whole configuration). */
  async remove(index: number): Promise<boolean> {
    const ok = await this.#put(this.configs.filter((_, i) => i !== index));
    if (ok && this.editing === index) this.editing = undefined;
    return ok;
  }

  async #put(configs: LambdaFunctionConfiguration[]): Promise<boolean> {
    this.saving = true;
    this.#clearErrors();
    try {
      await this.engine.s3.putBucketNotificationConfiguration({ Bucket: this.bucket, NotificationConfiguration: { LambdaFunctionConfigurations: configs } });
      await this.load();
      return true;
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'InvalidArgument' && error.message === UNVALIDATED_DESTINATIONS) {
        this.missingPermissions = this.#refusedTargets(configs);
        const details = typeof error.fields.ArgumentValue === 'string' ? ` (${error.fields.ArgumentValue})` : '';
        this.error = `${describeError(error)}${details}`;
      } else {
        this.error = describeError(error);
      }
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** The destinations S3 may not invoke for this bucket, each once, by the same decision S3 takes. */
  #refusedTargets(configs: LambdaFunctionConfiguration[]): LambdaTarget[] {
    const principal = { service: 's3.amazonaws.com', sourceArn: `arn:aws:s3:::${this.bucket}`, sourceAccount: ACCOUNT_ID };
    const seen = new Set<string>();
    return configs.map((c) => lambdaTarget(c.LambdaFunctionArn)).filter((t) => {
      const id = `${t.functionName}:${t.qualifier ?? ''}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return !this.engine.iam.mayInvoke(t.functionName, t.qualifier, principal).allowed;
    });
  }

  #refuse(message: string): false {
    this.error = message;
    this.missingPermissions = [];
    return false;
  }

  #clearErrors(): void {
    this.error = '';
    this.missingPermissions = [];
  }
}
