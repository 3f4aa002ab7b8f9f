// Functions' resource-based policies: AddPermission, RemovePermission and GetPolicy with the Lambda API's shapes and errors.
import { invalidParameter, resourceNotFound, ServiceError, validationError } from '../errors';
import { functionArn } from '../ids';
import { parseFunctionName } from '../lambda/validation';
import { parsePolicy, type Policy } from './policy';
import { accountRootArn } from './policy-values';
import type { AddPermissionInput, FunctionPolicyDef, GetPolicyInput, LambdaPolicyStatement, RemovePermissionInput } from './function-policy-types';

export type { AddPermissionInput, FunctionPolicyDef, GetPolicyInput, LambdaPolicyStatement, RemovePermissionInput };

/** Lambda's limit on one resource policy (AWS docs, "Lambda quotas": 20 KB). */
export const FUNCTION_POLICY_SIZE_LIMIT = 20480;

const SERVICE_PRINCIPAL = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazon(aws)?\.com$/;
const IAM_PRINCIPAL = /^arn:aws:(iam::\d{12}:(root|role\/.+|user\/.+)|sts::\d{12}:assumed-role\/.+)$/;
const SOURCE_ARN = /^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.*)$/;

const pattern = (value: string, field: string, regex: string) =>
  `Value '${value}' at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${regex}`;

/** The function and qualifier a request names, checked as Lambda checks them. */
function target(functionName: string, qualifier: string | undefined): { name: string; qualifier?: string } {
  const parsed = parseFunctionName(functionName);
  if (qualifier !== undefined && !/^[a-zA-Z0-9$_-]{1,128}$/.test(qualifier)) throw validationError([pattern(qualifier, 'qualifier', '(|[a-zA-Z0-9$_-]+)')]);
  if (qualifier !== undefined && parsed.qualifier !== undefined && qualifier !== parsed.qualifier) {
    throw invalidParameter('The derived qualifier from the function name does not match the specified qualifier.');
  }
  const q = qualifier ?? parsed.qualifier;
  // $LATEST has no policy of its own: the unqualified function's policy covers it.
  return q === undefined || q === '$LATEST' ? { name: parsed.name } : { name: parsed.name, qualifier: q };
}

/** How Lambda writes a Principal: services as Service, accounts as their root ARN, IAM ARNs as AWS. */
function principalOf(principal: string): LambdaPolicyStatement['Principal'] {
  if (principal === '*') return '*';
  if (SERVICE_PRINCIPAL.test(principal)) return { Service: principal };
  if (/^\d{12}$/.test(principal)) return { AWS: accountRootArn(principal) };
  if (IAM_PRINCIPAL.test(principal)) return { AWS: principal };
  throw invalidParameter('The provided principal was invalid. Please check the principal and try again.');
}

/** Builds the statement AddPermission adds, with its input checked. */
export function permissionStatement(input: AddPermissionInput, resource: string): LambdaPolicyStatement {
  const failures: string[] = [];
  const sid = String(input.StatementId ?? '');
  if (!/^[a-zA-Z0-9-_]{1,100}$/.test(sid)) failures.push(pattern(sid, 'statementId', '([a-zA-Z0-9-_]+)'));
  const action = String(input.Action ?? '');
  if (!/^(lambda:[*]|lambda:[a-zA-Z]+|[*])$/.test(action)) failures.push(pattern(action, 'action', '(lambda:[*]|lambda:[a-zA-Z]+|[*])'));
  if (!/^[^\s]+$/.test(String(input.Principal ?? ''))) failures.push(pattern(String(input.Principal ?? ''), 'principal', '[^\\s]+'));
  if (input.SourceAccount !== undefined && !/^\d{12}$/.test(input.SourceAccount)) failures.push(pattern(input.SourceAccount, 'sourceAccount', '\\d{12}'));
  if (input.SourceArn !== undefined && !SOURCE_ARN.test(input.SourceArn)) {
    failures.push(pattern(input.SourceArn, 'sourceArn', 'arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)'));
  }
  if (input.FunctionUrlAuthType !== undefined && input.FunctionUrlAuthType !== 'NONE' && input.FunctionUrlAuthType !== 'AWS_IAM') {
    failures.push(`Value '${input.FunctionUrlAuthType}' at 'functionUrlAuthType' failed to satisfy constraint: Member must satisfy enum value set: [NONE, AWS_IAM]`);
  }
  if (failures.length) throw validationError(failures);

  const statement: LambdaPolicyStatement = { Sid: sid, Effect: 'Allow', Principal: principalOf(input.Principal), Action: action, Resource: resource };
  // Lambda compares SourceArn with ArnLike (so it may hold wildcards) and SourceAccount with StringEquals.
  const condition: NonNullable<LambdaPolicyStatement['Condition']> = {};
  const equals: Record<string, string> = {};
  if (input.SourceAccount !== undefined) equals['AWS:SourceAccount'] = input.SourceAccount;
  if (input.FunctionUrlAuthType !== undefined) equals['lambda:FunctionUrlAuthType'] = input.FunctionUrlAuthType;
  if (Object.keys(equals).length) condition.StringEquals = equals;
  if (input.SourceArn !== undefined) condition.ArnLike = { 'AWS:SourceArn': input.SourceArn };
  if (Object.keys(condition).length) statement.Condition = condition;
  return statement;
}

/** The policy document GetPolicy returns as text: Lambda's `{"Version":...,"Id":"default","Statement":[...]}`. */
export const policyDocument = (statements: LambdaPolicyStatement[]) => JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: statements });

const noPolicy = () => resourceNotFound('No policy is associated with the given resource.');

export interface FunctionPolicyOptions {
  /** Throws the Lambda service's ResourceNotFoundException when the function (or its qualifier) does not exist. */
  resolve?: (functionName: string, qualifier?: string) => void;
}

/** Holds every function's resource-based policy; every change goes through Lambda's checks and then `changed()`. */
export class FunctionPolicyRegistry {
  readonly #policies = new Map<string, { statements: LambdaPolicyStatement[]; revisionId: string }>();

  constructor(
    private readonly changed: () => void,
    private readonly options: FunctionPolicyOptions = {},
  ) {}

  addPermission(input: AddPermissionInput): { Statement: string } {
    const { name, qualifier } = target(input.FunctionName, input.Qualifier);
    const named = input.Qualifier ?? parseFunctionName(input.FunctionName).qualifier;
    if (named === '$LATEST') throw invalidParameter('We currently do not support adding policies for $LATEST.');
    this.options.resolve?.(name, qualifier);
    const current = this.#policies.get(name) ?? { statements: [], revisionId: crypto.randomUUID() };
    this.#checkRevision(current.revisionId, input.RevisionId);
    const resource = functionArn(name, qualifier);
    const statement = permissionStatement(input, resource);
    const sameResource = current.statements.filter((s) => s.Resource === resource);
    if (sameResource.some((s) => s.Sid === statement.Sid)) {
      throw new ServiceError('ResourceConflictException', `The statement id (${statement.Sid}) provided already exists. Please provide a new statement id, or remove the existing statement.`, 409);
    }
    const size = policyDocument([...sameResource, statement]).length;
    if (size > FUNCTION_POLICY_SIZE_LIMIT) {
      throw new ServiceError('PolicyLengthExceededException', `The final policy size (${size}) is bigger than the limit (${FUNCTION_POLICY_SIZE_LIMIT}).`, 400);
    }
    this.#policies.set(name, { statements: [...current.statements, statement], revisionId: crypto.randomUUID() });
    this.changed();
    return { Statement: JSON.stringify(statement) };
  }

  removePermission(input: RemovePermissionInput): void {
    const { name, qualifier } = target(input.FunctionName, input.Qualifier);
    this.options.resolve?.(name, qualifier);
    const current = this.#policies.get(name);
    const resource = functionArn(name, qualifier);
    const statements = current?.statements.filter((s) => s.Resource === resource) ?? [];
    if (!current || statements.length === 0) throw noPolicy();
    if (!statements.some((s) => s.Sid === input.StatementId)) throw resourceNotFound(`Statement ${input.StatementId} is not found in resource policy.`);
    this.#checkRevision(current.revisionId, input.RevisionId);
    const rest = current.statements.filter((s) => !(s.Resource === resource && s.Sid === input.StatementId));
    if (rest.length) this.#policies.set(name, { statements: rest, revisionId: crypto.randomUUID() });
    else this.#policies.delete(name);
    this.changed();
  }

  /** GetPolicy: the policy of the function, version or alias named, as JSON text. */
  getPolicy(input: GetPolicyInput): { Policy: string; RevisionId: string } {
    const { name, qualifier } = target(input.FunctionName, input.Qualifier);
    this.options.resolve?.(name, qualifier);
    const statements = this.statementsFor(name, qualifier);
    if (statements.length === 0) throw noPolicy();
    return { Policy: policyDocument(statements), RevisionId: this.#policies.get(name)!.revisionId };
  }

  /** The statements whose Resource is this function ARN (unqualified, or of the version or alias). */
  statementsFor(functionName: string, qualifier?: string): LambdaPolicyStatement[] {
    const resource = functionArn(functionName, qualifier === '$LATEST' ? undefined : qualifier);
    return (this.#policies.get(functionName)?.statements ?? []).filter((s) => s.Resource === resource);
  }

  /** The policy that decides an invocation of this ARN, parsed for `canInvoke`; undefined when there is none. */
  policyFor(functionName: string, qualifier?: string): Policy | undefined {
    const statements = this.statementsFor(functionName, qualifier);
    return statements.length ? parsePolicy({ Version: '2012-10-17', Id: 'default', Statement: statements }, 'resource') : undefined;
  }

  /** Deleting a function deletes its policies; deleting an alias or version, that qualifier's. */
  forget(functionName: string, qualifier?: string): void {
    const current = this.#policies.get(functionName);
    if (!current) return;
    const rest = qualifier === undefined ? [] : current.statements.filter((s) => s.Resource !== functionArn(functionName, qualifier));
    if (rest.length) this.#policies.set(functionName, { statements: rest, revisionId: crypto.randomUUID() });
    else this.#policies.delete(functionName);
    this.changed();
  }

  list(): FunctionPolicyDef[] {
    return [...this.#policies].map(([functionName, p]) => ({ functionName, statements: p.statements }));
  }

  /** Restores a saved function policy, checking every statement as a resource-based policy. */
  import(def: FunctionPolicyDef): void {
    const { name } = target(def?.functionName, undefined);
    if (!Array.isArray(def.statements)) throw invalidParameter(`The policy of ${name} must be a list of statements.`);
    const base = functionArn(name);
    for (const s of def.statements) {
      const own = typeof s?.Resource === 'string' && (s.Resource === base || s.Resource.startsWith(`${base}:`));
      if (!own) throw invalidParameter(`A statement in the policy of ${name} is about another resource: ${String(s?.Resource)}`);
    }
    // Each qualifier has its own policy, so a statement id may recur across them but not within one.
    for (const resource of new Set(def.statements.map((s) => s.Resource))) {
      parsePolicy({ Version: '2012-10-17', Statement: def.statements.filter((s) => s.Resource === resource) }, 'resource');
    }
    const statements = def.statements.map((s) => structuredClone(s));
    if (statements.length) this.#policies.set(name, { statements, revisionId: crypto.randomUUID() });
    this.changed();
  }

  #checkRevision(current: string, given: string | undefined): void {
    if (given !== undefined && given !== current) {
      throw new ServiceError('PreconditionFailedException', 'The Revision Id provided does not match the latest Revision Id. Call the GetPolicy API to retrieve the latest Revision Id', 412);
    }
  }
}

