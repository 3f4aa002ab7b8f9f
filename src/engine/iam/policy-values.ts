// Checks of the values inside a statement (actions, resource ARNs, principals), with IAM's own messages.
import { ACCOUNT_ID } from '../ids';
import type { JsonNode } from './json-source';
import { AWS, type ProblemList } from './policy-problems';

/** `Action`/`Resource`/`Principal` values are a string or a list of strings; anything else is a syntax error. */
export function stringList(node: JsonNode, path: string, problems: ProblemList): Array<{ value: string; node: JsonNode; path: string }> | undefined {
  if (node.kind === 'string') return [{ value: node.value, node, path }];
  if (node.kind === 'array' && node.items.every((item) => item.kind === 'string')) {
    return node.items.map((item, i) => ({ value: (item as { value: string }).value, node: item, path: `${path}[${i}]` }));
  }
  problems.error(path, ['stringList', {}], AWS.syntax, node);
  return undefined;
}

/** Whether an action is `*` or `service:Action` (the action part may hold wildcards). */
export function checkAction(value: string, path: string, node: JsonNode, problems: ProblemList): boolean {
  if (value === '*') return true;
  const parts = value.split(':');
  if (parts.length === 1) {
    problems.error(path, ['actionPrefix', { value }], AWS.vendor, node);
    return false;
  }
  if (parts.length > 2) {
    problems.error(path, ['actionColons', { value }], AWS.oneColon, node);
    return false;
  }
  if (!/^[A-Za-z0-9-]+$/.test(parts[0]!)) {
    // IAM's wording, e.g. "Vendor a a is not valid".
    problems.error(path, ['actionVendor', { vendor: parts[0]! }], `Vendor ${parts[0]} is not valid`, node);
    return false;
  }
  if (parts[1] === '') problems.warning(path, ['actionEmpty', { value, vendor: parts[0]! }], node);
  return true;
}

const PARTITION = /^aws(-[a-z]+)*$/;
/** Services whose ARNs have no region (IAM refuses one in them). */
const GLOBAL_SERVICES = new Set(['s3', 'iam']);

/** Whether a Resource entry is `*` or an ARN IAM accepts. */
export function checkResource(value: string, path: string, node: JsonNode, problems: ProblemList): boolean {
  if (value === '*') return true;
  if (!value.startsWith('arn:')) {
    const bucketLike = /^[a-z0-9][a-z0-9.-]*[a-z0-9](\/.*)?$/.test(value);
    problems.error(
      path,
      bucketLike ? ['resourceBucket', { value }] : ['resourceNotArn', { value }],
      `Resource ${value} must be in ARN format or "*".`,
      node,
    );
    return false;
  }
  const parts = value.split(':');
  const partition = parts[1] ?? '';
  const service = parts[2];
  if (partition !== '*' && !PARTITION.test(partition)) {
    problems.error(path, ['resourcePartition', { partition }], `Partition "${partition}" is not valid for resource "${value}".`, node);
    return false;
  }
  if (service === undefined || service === '' || /[*?]/.test(service)) {
    problems.error(path, ['resourceService', { value }], AWS.resourceVendor, node);
    return false;
  }
  if (parts.length < 6) {
    problems.error(path, ['resourceParts', { value }], AWS.legacy, node);
    return false;
  }
  const region = parts[3]!;
  if (GLOBAL_SERVICES.has(service) && region !== '') {
    const aws = service === 'iam' ? `IAM resource ${value} cannot contain region information.` : `Resource ${value} can not contain region information.`;
    problems.error(path, ['resourceRegion', { service, example: `arn:aws:${service}::${parts.slice(4).join(':')}` }], aws, node);
    return false;
  }
  const account = parts[4]!;
  if (account !== '' && !/[*?]/.test(account) && account !== ACCOUNT_ID) {
    problems.warning(path, ['resourceAccount', { account, playground: ACCOUNT_ID }], node);
  }
  if (value.includes('${')) problems.warning(path, ['policyVariables', {}], node);
  return true;
}

/** A resource-based policy's Principal, normalised: `*`, and the ARNs and service names it names. */
export interface Principals {
  all?: true;
  aws?: string[];
  service?: string[];
}

/** The root ARN IAM writes for an account named by its id. */
export const accountRootArn = (account: string) => `arn:aws:iam::${account}:root`;

const AWS_PRINCIPAL = /^arn:aws:(iam::\d{12}:(root|user\/.+|role\/.+)|sts::\d{12}:assumed-role\/.+)$/;

/** Checks a Principal/NotPrincipal of a resource-based policy. */
export function checkPrincipal(node: JsonNode, path: string, problems: ProblemList): Principals | undefined {
  if (node.kind === 'string' && node.value === '*') return { all: true };
  if (node.kind !== 'object') {
    problems.error(path, ['principalShape', {}], AWS.syntax, node);
    return undefined;
  }
  const principals: Principals = {};
  for (const { key, keySpan, value } of node.entries) {
    const values = stringList(value, `${path}.${key}`, problems);
    if (!values) return undefined;
    if (key === 'AWS') {
      for (const v of values) {
        if (v.value === '*') principals.all = true;
        else if (/^\d{12}$/.test(v.value)) (principals.aws ??= []).push(accountRootArn(v.value));
        else if (AWS_PRINCIPAL.test(v.value)) (principals.aws ??= []).push(v.value);
        else {
          problems.error(v.path, ['principalAws', { value: v.value }], `Invalid principal in policy: "AWS":"${v.value}"`, v.node);
          return undefined;
        }
      }
    } else if (key === 'Service') {
      principals.service = [...(principals.service ?? []), ...values.map((v) => v.value)];
    } else {
      problems.error(`${path}.${key}`, ['principalKind', {}], AWS.syntax, keySpan, key === 'Federated' || key === 'CanonicalUser');
      return undefined;
    }
  }
  return principals;
}
