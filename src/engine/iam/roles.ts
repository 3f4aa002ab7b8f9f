// Execution roles: one per function, holding inline policy documents, with IAM's checks and the Lambda console's defaults.
import { ServiceError } from '../errors';
import { ACCOUNT_ID, REGION } from '../ids';
import { parsePolicy, type Policy } from './policy';

/** One inline policy, kept as the text the user wrote (so the editor shows it unchanged). */
export interface InlinePolicyDef {
  policyName: string;
  document: string;
}

/** A role as the project document stores it: plain, serialisable. */
export interface RoleDef {
  roleName: string;
  /** `/` or `/service-role/` (where the Lambda console puts the roles it creates). */
  path: string;
  /** IAM's unique id (`AROA` + 17 characters); S3 event records name callers by it. */
  roleId: string;
  /** Epoch milliseconds. */
  createDate: number;
  description?: string;
  inlinePolicies: InlinePolicyDef[];
}

export interface CreateRoleInput {
  roleName: string;
  path?: string;
  description?: string;
  inlinePolicies?: InlinePolicyDef[];
}

const NAME = /^[\w+=,.@-]+$/;
const PATH = /^(\/|\/[\u0021-\u007e]+\/)$/;
/** IAM counts the inline policies of a role together, without whitespace. */
export const INLINE_POLICY_SIZE_LIMIT = 10240;

const iamError = (code: string, message: string, status: number) => new ServiceError(code, message, status);
const noSuchEntity = (message: string) => iamError('NoSuchEntity', message, 404);

/** IAM's model validation (its code is ValidationError, not Lambda's ValidationException). */
function checkName(value: unknown, field: 'roleName' | 'policyName', max: number): string {
  const v = String(value ?? '');
  const failures: string[] = [];
  if (v.length < 1 || v.length > max) failures.push(`Value '${v}' at '${field}' failed to satisfy constraint: Member must have length ${v.length < 1 ? 'greater than or equal to 1' : `less than or equal to ${max}`}`);
  if (v.length > 0 && !NAME.test(v)) failures.push(`Value '${v}' at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`);
  if (failures.length) throw iamError('ValidationError', `${failures.length} validation error${failures.length === 1 ? '' : 's'} detected: ${failures.join('; ')}`, 400);
  return v;
}

function randomFrom(alphabet: string, length: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(length)), (b) => alphabet[b % alphabet.length]).join('');
}

/** The name the Lambda console gives a new function's role: `<function>-role-<8 random>`, at most 64 characters. */
export function defaultRoleName(functionName: string): string {
  return `${functionName.slice(0, 64 - 14)}-role-${randomFrom('abcdefghijklmnopqrstuvwxyz0123456789', 8)}`;
}

export const roleArn = (role: Pick<RoleDef, 'roleName' | 'path'>) => `arn:aws:iam::${ACCOUNT_ID}:role${role.path}${role.roleName}`;

/** The identity a function's calls are made as: the role session named after the function (the path is not part of it). */
export const assumedRoleArn = (roleName: string, functionName: string) => `arn:aws:sts::${ACCOUNT_ID}:assumed-role/${roleName}/${functionName}`;

/** `AROA...:<function>`, the principal id S3 writes in event records for calls made as the role. */
export const rolePrincipalId = (role: Pick<RoleDef, 'roleId'>, functionName: string) => `${role.roleId}:${functionName}`;

/**
 * The policy the Lambda console attaches to a role it creates (as AWSLambdaBasicExecutionRole-<id>):
 * create the account's log groups, and write streams and events to the function's own group.
 */
export function basicExecutionPolicy(functionName: string): InlinePolicyDef {
  const document = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 'logs:CreateLogGroup', Resource: `arn:aws:logs:${REGION}:${ACCOUNT_ID}:*` },
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: [`arn:aws:logs:${REGION}:${ACCOUNT_ID}:log-group:/aws/lambda/${functionName}:*`],
      },
    ],
  };
  return { policyName: `AWSLambdaBasicExecutionRole-${crypto.randomUUID()}`, document: JSON.stringify(document, null, 4) };
}

/** Holds the roles; every change goes through IAM's checks and then `changed()`. */
export class RoleRegistry {
  readonly #roles = new Map<string, RoleDef>();
  readonly #parsed = new Map<string, Policy[]>();

  constructor(
    private readonly changed: () => void,
    private readonly now: () => number,
  ) {}

  list(): RoleDef[] {
    return [...this.#roles.values()];
  }

  find(roleName: string): RoleDef | undefined {
    return this.#roles.get(roleName);
  }

  get(roleName: string): RoleDef {
    const role = this.#roles.get(roleName);
    if (!role) throw noSuchEntity(`The role with name ${roleName} cannot be found.`);
    return role;
  }

  /** A role by its ARN (what a function's configuration holds). */
  findByArn(arn: string): RoleDef | undefined {
    return this.list().find((r) => roleArn(r) === arn);
  }

  create(input: CreateRoleInput): RoleDef {
    const roleName = checkName(input.roleName, 'roleName', 64);
    // IAM role names are unique without regard to case.
    if (this.list().some((r) => r.roleName.toLowerCase() === roleName.toLowerCase())) {
      throw iamError('EntityAlreadyExists', `Role with name ${roleName} already exists.`, 409);
    }
    const path = input.path ?? '/';
    if (!PATH.test(path) || path.length > 512) throw iamError('ValidationError', `1 validation error detected: Value '${path}' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)`, 400);
    const role: RoleDef = { roleName, path, roleId: `AROA${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}`, createDate: this.now(), inlinePolicies: [] };
    if (input.description !== undefined) role.description = input.description;
    return this.#replace(role, input.inlinePolicies ?? []);
  }

  /** What the Lambda console does for "Create a new role with basic Lambda permissions". */
  createForFunction(functionName: string): RoleDef {
    return this.create({ roleName: defaultRoleName(functionName), path: '/service-role/', inlinePolicies: [basicExecutionPolicy(functionName)] });
  }

  /** PutRolePolicy: adds or replaces one inline policy. */
  putRolePolicy(roleName: string, policyName: string, document: string): RoleDef {
    const role = this.get(roleName);
    const name = checkName(policyName, 'policyName', 128);
    const others = role.inlinePolicies.filter((p) => p.policyName !== name);
    const exists = others.length !== role.inlinePolicies.length;
    const policies = exists ? role.inlinePolicies.map((p) => (p.policyName === name ? { policyName: name, document } : p)) : [...others, { policyName: name, document }];
    return this.#replace(role, policies);
  }

  /** Replaces all inline policies at once (the role editor's Save): all are checked before any is kept. */
  setRolePolicies(roleName: string, policies: InlinePolicyDef[]): RoleDef {
    return this.#replace(this.get(roleName), policies);
  }

  getRolePolicy(roleName: string, policyName: string): { RoleName: string; PolicyName: string; PolicyDocument: string } {
    const policy = this.get(roleName).inlinePolicies.find((p) => p.policyName === policyName);
    if (!policy) throw noSuchEntity(`The role policy with name ${policyName} cannot be found.`);
    return { RoleName: roleName, PolicyName: policyName, PolicyDocument: policy.document };
  }

  listRolePolicies(roleName: string): string[] {
    return this.get(roleName).inlinePolicies.map((p) => p.policyName);
  }

  deleteRolePolicy(roleName: string, policyName: string): RoleDef {
    const role = this.get(roleName);
    if (!role.inlinePolicies.some((p) => p.policyName === policyName)) throw noSuchEntity(`The role policy with name ${policyName} cannot be found.`);
    return this.#replace(role, role.inlinePolicies.filter((p) => p.policyName !== policyName));
  }

  /** DeleteRole: IAM refuses while inline policies remain, unless the caller asks to remove them too. */
  delete(roleName: string, options: { withPolicies?: boolean } = {}): void {
    const role = this.get(roleName);
    if (role.inlinePolicies.length > 0 && !options.withPolicies) throw iamError('DeleteConflict', 'Cannot delete entity, must delete policies first.', 409);
    this.#roles.delete(role.roleName);
    this.#parsed.delete(role.roleName);
    this.changed();
  }

  /** Restores a saved role (projects, imports), checking all of it; the role keeps its id and date. */
  import(def: RoleDef): RoleDef {
    if (!def || typeof def !== 'object') throw iamError('ValidationError', 'A role definition must be an object.', 400);
    const roleName = checkName(def.roleName, 'roleName', 64);
    if (this.#roles.has(roleName)) throw iamError('EntityAlreadyExists', `Role with name ${roleName} already exists.`, 409);
    const path = typeof def.path === 'string' && PATH.test(def.path) ? def.path : '/';
    const roleId = typeof def.roleId === 'string' && /^AROA[A-Z0-9]{17}$/.test(def.roleId) ? def.roleId : `AROA${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}`;
    const role: RoleDef = { roleName, path, roleId, createDate: typeof def.createDate === 'number' ? def.createDate : this.now(), inlinePolicies: [] };
    if (typeof def.description === 'string') role.description = def.description;
    return this.#replace(role, Array.isArray(def.inlinePolicies) ? def.inlinePolicies : []);
  }

  /** The role's policies, parsed and named, ready for `evaluate`. */
  policiesOf(roleName: string): Policy[] {
    this.get(roleName);
    return this.#parsed.get(roleName) ?? [];
  }

  /**
   * Stores the role with these policies after checking names, documents (each must parse, else
   * MalformedPolicyDocument) and the aggregate size. Definitions are replaced, never mutated, so
   * readers may hold on to them; nothing is stored when a check fails.
   */
  #replace(role: RoleDef, policies: InlinePolicyDef[]): RoleDef {
    const names = new Set<string>();
    const parsed: Policy[] = [];
    let size = 0;
    const inlinePolicies = policies.map((p) => {
      const policyName = checkName(p?.policyName, 'policyName', 128);
      if (names.has(policyName)) throw iamError('ValidationError', `The role ${role.roleName} has two inline policies named ${policyName}.`, 400);
      names.add(policyName);
      if (typeof p.document !== 'string') throw iamError('MalformedPolicyDocument', 'Syntax errors in policy.', 400);
      parsed.push({ ...parsePolicy(p.document, 'identity'), name: policyName });
      size += p.document.replace(/\s/g, '').length;
      return { policyName, document: p.document };
    });
    if (size > INLINE_POLICY_SIZE_LIMIT) throw iamError('LimitExceeded', `Maximum policy size of ${INLINE_POLICY_SIZE_LIMIT} bytes exceeded for role ${role.roleName}`, 409);
    const next = { ...role, inlinePolicies };
    this.#roles.set(next.roleName, next);
    this.#parsed.set(next.roleName, parsed);
    this.changed();
    return next;
  }
}
