// A function's Permissions tab: its execution role with inline policies edited as JSON (checked as
// IAM checks them, as you type), and its resource-based policy (who may invoke it).
import type { Engine } from '../../engine/engine';
import { checkPolicyText, type PolicyCheck } from '../../engine/iam/policy';
import { roleArn, type RoleDef } from '../../engine/iam/roles';
import type { LambdaPolicyStatement } from '../../engine/iam/function-policy';
import { policyProblemText } from '../diagnostics/policy-text';
import { describeError } from '../shared/describe-error';
import { permissionRequest, type PermissionForm } from './permission-form';
import { t } from '../../i18n/i18n.svelte';

/** One inline policy in the editor: the text being edited against the text IAM holds. */
export class PolicyDraft {
  text = $state('');
  /** What IAM holds; undefined for a policy not saved yet. */
  saved = $state<string | undefined>(undefined);
  error = $state('');
  readonly check: PolicyCheck = $derived(checkPolicyText(this.text));
  readonly errors = $derived(this.check.problems.filter((p) => p.severity === 'error'));
  readonly dirty = $derived(this.text !== this.saved);

  constructor(
    readonly policyName: string,
    text: string,
    saved: string | undefined,
  ) {
    this.text = text;
    this.saved = saved;
  }
}

/** A statement of the resource-based policy as the table shows it. */
export interface StatementRow {
  sid: string;
  principal: string;
  sourceArn: string;
  action: string;
  /** The alias or version the statement is about; undefined for the function itself. */
  qualifier?: string;
}

export function statementRow(functionName: string, s: LambdaPolicyStatement): StatementRow {
  const principal = s.Principal === '*' ? '*' : 'Service' in s.Principal ? s.Principal.Service : s.Principal.AWS;
  const qualifier = s.Resource.split(`:function:${functionName}:`)[1];
  return { sid: s.Sid, principal, sourceArn: s.Condition?.ArnLike?.['AWS:SourceArn'] ?? '', action: s.Action, ...(qualifier ? { qualifier } : {}) };
}

/** The policy "Add policy" starts from: read access to a bucket's objects. */
export function starterPolicy(bucket: string): string {
  const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: `arn:aws:s3:::${bucket}/*` }] };
  return `${JSON.stringify(document, null, 4)}\n`;
}

export class FunctionPermissions {
  role = $state.raw<RoleDef | undefined>(undefined);
  roleError = $state('');
  drafts = $state.raw<PolicyDraft[]>([]);
  statements = $state.raw<StatementRow[]>([]);
  statementError = $state('');
  readonly roleArn = $derived(this.role ? roleArn(this.role) : '');

  constructor(
    private readonly engine: Engine,
    readonly functionName: string,
    /** The function's configured role ARN (it may change while the tab is open). */
    private readonly configuredRole: () => string,
  ) {}

  /** Loads, and follows IAM changes until the returned function is called. */
  connect(): () => void {
    this.load();
    return this.engine.events.on((event) => {
      if (event.type === 'iam-changed') this.load();
    });
  }

  /** Reads role and policy; edits not saved yet are kept. */
  load(): void {
    try {
      // The console's role is created on first look, with basic execution (logs only), as Lambda's console does.
      this.role = this.engine.iam.roleOf({ functionName: this.functionName, roleArn: this.configuredRole() });
      this.roleError = '';
    } catch (error) {
      this.role = undefined;
      this.roleError = describeError(error);
    }
    const held = this.role?.inlinePolicies ?? [];
    const old = new Map(this.drafts.map((d) => [d.policyName, d]));
    const kept = held.map((p) => {
      const draft = old.get(p.policyName);
      if (!draft) return new PolicyDraft(p.policyName, p.document, p.document);
      if (!draft.dirty) draft.text = p.document;
      draft.saved = p.document;
      return draft;
    });
    const unsaved = this.drafts.filter((d) => d.saved === undefined && !held.some((p) => p.policyName === d.policyName));
    this.drafts = [...kept, ...unsaved];
    const policy = this.engine.iam.policies.list().find((p) => p.functionName === this.functionName);
    this.statements = (policy?.statements ?? []).map((s) => statementRow(this.functionName, s));
  }

  /** PutRolePolicy; a document with errors is not sent (the problems are listed where they are). */
  save(draft: PolicyDraft): boolean {
    if (!this.role) return false;
    if (draft.errors.length) {
      draft.error = t('functions.policyNotSaved', draft.errors.length, policyProblemText(draft.errors[0]!));
      return false;
    }
    try {
      this.engine.iam.roles.putRolePolicy(this.role.roleName, draft.policyName, draft.text);
      draft.error = '';
      return true;
    } catch (error) {
      draft.error = describeError(error);
      return false;
    }
  }

  /** Adds an unsaved policy with a starter document; a taken or empty name is refused. */
  addPolicy(name: string, bucket = 'my-bucket'): string | undefined {
    const policyName = name.trim();
    if (!policyName) return t('functions.enterPolicyName');
    if (this.drafts.some((d) => d.policyName === policyName)) return t('functions.policyExists', policyName);
    this.drafts = [...this.drafts, new PolicyDraft(policyName, starterPolicy(bucket), undefined)];
    return undefined;
  }

  deletePolicy(draft: PolicyDraft): void {
    if (draft.saved === undefined || !this.role) {
      this.drafts = this.drafts.filter((d) => d !== draft);
      return;
    }
    try {
      this.engine.iam.roles.deleteRolePolicy(this.role.roleName, draft.policyName);
    } catch (error) {
      draft.error = describeError(error);
    }
  }

  /** AddPermission from the form; returns Lambda's error for the form, if any. */
  addPermission(form: PermissionForm): string | undefined {
    try {
      this.engine.lambda.addPermission(permissionRequest(this.functionName, form));
      this.statementError = '';
      return undefined;
    } catch (error) {
      return describeError(error);
    }
  }

  removeStatement(row: StatementRow): void {
    try {
      this.engine.lambda.removePermission({ FunctionName: this.functionName, StatementId: row.sid, ...(row.qualifier ? { Qualifier: row.qualifier } : {}) });
      this.statementError = '';
    } catch (error) {
      this.statementError = describeError(error);
    }
  }
}
