// A topic's subscriptions: the list (with whether SNS may invoke each function), the add form with a
// filter policy checked as it is typed, editing a policy, and the console's offer when SNS may not
// invoke a function: add the permission (principal sns.amazonaws.com, SourceArn the topic).
import type { Engine } from '../../engine/engine';
import { ACCOUNT_ID } from '../../engine/ids';
import { suggestedPermission } from '../../engine/iam/suggested-permission';
import { parseLambdaEndpoint, subscriptionArn, topicArn, type LambdaEndpoint } from '../../engine/services/sns/definitions';
import { describeProblem, parseFilterPolicy } from '../../engine/services/sns/filter-policy/parse';
import type { FilterPolicyProblem, FilterPolicyScope } from '../../engine/services/sns/filter-policy/types';
import { describeError } from '../shared/describe-error';
import { t } from '../../i18n/i18n.svelte';
import { blankDraft, subscribeInput, subscriptionLabel, type SubscriptionDraft } from './topic-form';

/** One subscription as the table lists it. */
export interface SubscriptionRow {
  arn: string;
  protocol: 'lambda' | 'sqs';
  endpoint: string;
  label: string;
  filterPolicy?: string;
  scope: FilterPolicyScope;
  rawMessageDelivery: boolean;
  /** The function a lambda subscription invokes. */
  target?: LambdaEndpoint;
  /** False when the function's resource policy does not let SNS (for this topic) invoke it. */
  snsMayInvoke: boolean;
}

/** What is wrong with a policy as typed, or undefined (an empty policy is none). */
export function policyProblem(text: string, scope: FilterPolicyScope): FilterPolicyProblem | undefined {
  if (text.trim() === '') return undefined;
  const result = parseFilterPolicy(text, scope);
  return result.ok ? undefined : result.problem;
}

export class TopicSubscriptions {
  rows = $state.raw<SubscriptionRow[]>([]);
  adding = $state(false);
  draft = $state<SubscriptionDraft>(blankDraft());
  readonly draftProblem = $derived(policyProblem(this.draft.filterPolicy, this.draft.scope));
  /** The subscription whose filter policy is being edited, with the text and scope being edited. */
  editing = $state<string | undefined>(undefined);
  editText = $state('');
  editScope = $state<FilterPolicyScope>('MessageAttributes');
  readonly editProblem = $derived(policyProblem(this.editText, this.editScope));
  error = $state('');
  /** The function just subscribed that SNS may not invoke: the console offers to add the permission. */
  missingPermission = $state.raw<LambdaEndpoint | undefined>(undefined);
  saving = $state(false);

  constructor(
    private readonly engine: Engine,
    readonly topic: string,
  ) {
    this.refresh();
  }

  /** Reads the topic's subscriptions again, and whether SNS may invoke each function now. */
  refresh(): void {
    const def = this.engine.sns.findTopicDef(this.topic);
    this.rows = (def?.subscriptions ?? []).map((sub) => {
      const target = sub.protocol === 'lambda' ? parseLambdaEndpoint(sub.endpoint) : undefined;
      return {
        arn: subscriptionArn(this.topic, sub.id),
        protocol: sub.protocol,
        endpoint: sub.endpoint,
        label: subscriptionLabel(sub),
        ...(sub.attributes.FilterPolicy ? { filterPolicy: sub.attributes.FilterPolicy } : {}),
        scope: (sub.attributes.FilterPolicyScope ?? 'MessageAttributes') as FilterPolicyScope,
        rawMessageDelivery: sub.attributes.RawMessageDelivery === 'true',
        ...(target ? { target } : {}),
        snsMayInvoke: !target || this.#mayInvoke(target),
      };
    });
    if (this.missingPermission && this.#mayInvoke(this.missingPermission)) this.missingPermission = undefined;
  }

  /** The decision SNS's delivery gets: principal sns.amazonaws.com, the topic as SourceArn, this account as SourceAccount. */
  #mayInvoke(target: LambdaEndpoint): boolean {
    return this.engine.iam.mayInvoke(target.functionName, target.qualifier, { service: 'sns.amazonaws.com', sourceArn: topicArn(this.topic), sourceAccount: ACCOUNT_ID }).allowed;
  }

  startAdd(functionName = ''): void {
    this.adding = true;
    this.draft = blankDraft(functionName);
    this.error = '';
  }

  cancelAdd(): void {
    this.adding = false;
    this.error = '';
  }

  /** Subscribe with the draft; a policy SNS would refuse is refused here first, saying where. */
  async add(): Promise<boolean> {
    if (this.draft.protocol === 'lambda' && !this.draft.functionName) return this.#refuse(t('topics.chooseFunction'));
    if (this.draft.protocol === 'sqs' && !this.draft.queueArn.trim()) return this.#refuse(t('topics.giveQueueArn'));
    if (this.draftProblem) return this.#refuse(t('topics.policyInvalid', describeProblem(this.draftProblem)));
    this.saving = true;
    try {
      await this.engine.sns.subscribe(subscribeInput(this.topic, this.draft));
    } catch (error) {
      return this.#refuse(describeError(error));
    } finally {
      this.saving = false;
    }
    const target = this.draft.protocol === 'lambda' ? { functionName: this.draft.functionName, ...(this.draft.qualifier ? { qualifier: this.draft.qualifier } : {}) } : undefined;
    this.adding = false;
    this.error = '';
    this.refresh();
    // SNS accepts the subscription either way; deliveries fail until the function allows SNS.
    this.missingPermission = target && !this.#mayInvoke(target) ? target : undefined;
    return true;
  }

  /** "Add permission": lets SNS (for this topic) invoke the function, as the Lambda console does for an SNS trigger. */
  allow(target: LambdaEndpoint | undefined = this.missingPermission): boolean {
    if (!target) return false;
    try {
      this.engine.lambda.addPermission(suggestedPermission({ service: 'sns', topicName: this.topic, ...target }));
    } catch (error) {
      return this.#refuse(describeError(error));
    }
    this.missingPermission = undefined;
    this.refresh();
    return true;
  }

  async remove(arn: string): Promise<boolean> {
    try {
      await this.engine.sns.unsubscribe({ SubscriptionArn: arn });
    } catch (error) {
      return this.#refuse(describeError(error));
    }
    if (this.editing === arn) this.editing = undefined;
    this.refresh();
    return true;
  }

  startEdit(row: SubscriptionRow): void {
    this.editing = row.arn;
    this.editText = row.filterPolicy ?? '';
    this.editScope = row.scope;
    this.error = '';
  }

  /** SetSubscriptionAttributes: the scope first (when it changes), then the policy ('' removes it). */
  async saveEdit(): Promise<boolean> {
    const row = this.rows.find((r) => r.arn === this.editing);
    if (!row) return false;
    if (this.editProblem) return this.#refuse(t('topics.policyInvalid', describeProblem(this.editProblem)));
    try {
      const set = (AttributeName: string, AttributeValue: string) => this.engine.sns.setSubscriptionAttributes({ SubscriptionArn: row.arn, AttributeName, AttributeValue });
      if (this.editText.trim() === '') await set('FilterPolicy', '');
      if (this.editScope !== row.scope) await set('FilterPolicyScope', this.editScope);
      if (this.editText.trim() !== '') await set('FilterPolicy', this.editText);
    } catch (error) {
      return this.#refuse(describeError(error));
    }
    this.editing = undefined;
    this.error = '';
    this.refresh();
    return true;
  }

  cancelEdit(): void {
    this.editing = undefined;
    this.error = '';
  }

  #refuse(message: string): false {
    this.error = message;
    return false;
  }
}
