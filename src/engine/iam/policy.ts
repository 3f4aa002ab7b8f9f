// Policy documents: parsed and checked as IAM checks them, into a normalised form the evaluator reads.
import { fromPlain, JsonSyntaxError, parseJsonSource, type JsonNode } from './json-source';
import { checkCondition, type ConditionBlock } from './conditions';
import { AWS, malformedPolicy, ProblemList, type PolicyProblem } from './policy-problems';
import { checkAction, checkPrincipal, checkResource, stringList, type Principals } from './policy-values';

export type Effect = 'Allow' | 'Deny';
export type PolicyVersion = '2012-10-17' | '2008-10-17';

/** One statement, normalised: single strings become lists, absent elements stay absent. */
export interface Statement {
  sid?: string;
  effect: Effect;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  /** Resource-based policies only. */
  principal?: Principals;
  notPrincipal?: Principals;
  condition?: ConditionBlock;
}

/** A checked policy. `name` is the inline policy's name when it belongs to a role. */
export interface Policy {
  version: PolicyVersion;
  id?: string;
  statements: Statement[];
  name?: string;
}

/** Identity policies (a role's) must not name a principal; resource-based ones (a function's) must. */
export type PolicyKind = 'identity' | 'resource';

/** The outcome of checking: the policy when it has no errors, and every problem found. */
export interface PolicyCheck {
  policy?: Policy;
  problems: PolicyProblem[];
}

const VERSIONS: readonly string[] = ['2012-10-17', '2008-10-17'];
const DOCUMENT_KEYS = ['Version', 'Id', 'Statement'];
const STATEMENT_KEYS = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
const PRINCIPAL_KEYS = ['Principal', 'NotPrincipal'];

/** Checks policy JSON text as IAM's console and API would; problems carry line and column. */
export function checkPolicyText(text: string, kind: PolicyKind = 'identity'): PolicyCheck {
  const problems = new ProblemList(text);
  let root: JsonNode;
  try {
    root = parseJsonSource(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const message = error.message.replace(/ \(line \d+, column \d+\)$/, '');
    problems.error('', ['jsonSyntax', { message }], AWS.syntax, { start: error.offset, end: error.offset + 1 });
    return { problems: problems.problems };
  }
  return checkNode(root, kind, problems);
}

/** Checks a policy given as a value (a project document, a statement built in code); no line numbers. */
export function checkPolicyValue(value: unknown, kind: PolicyKind = 'identity'): PolicyCheck {
  return checkNode(fromPlain(value), kind, new ProblemList());
}

/** The checked policy, or IAM's `MalformedPolicyDocument` error carrying every problem. */
export function parsePolicy(source: string | object, kind: PolicyKind = 'identity'): Policy {
  const check = typeof source === 'string' ? checkPolicyText(source, kind) : checkPolicyValue(source, kind);
  if (!check.policy) throw malformedPolicy(check.problems);
  return check.policy;
}

function checkNode(root: JsonNode, kind: PolicyKind, problems: ProblemList): PolicyCheck {
  findDuplicateKeys(root, '', problems);
  const policy = checkDocument(root, kind, problems);
  return problems.hasErrors ? { problems: problems.problems } : { policy: policy!, problems: problems.problems };
}

/** JSON allows a key twice and keeps the last; in a policy that silently drops a line, so it is refused. */
function findDuplicateKeys(node: JsonNode, path: string, problems: ProblemList): void {
  if (node.kind === 'array') node.items.forEach((item, i) => findDuplicateKeys(item, `${path}[${i}]`, problems));
  if (node.kind !== 'object') return;
  const seen = new Set<string>();
  for (const entry of node.entries) {
    if (seen.has(entry.key)) problems.error(path, ['duplicateKey', { key: entry.key }], AWS.syntax, entry.keySpan);
    seen.add(entry.key);
    findDuplicateKeys(entry.value, path ? `${path}.${entry.key}` : entry.key, problems);
  }
}

const entryOf = (node: JsonNode & { kind: 'object' }, key: string) => node.entries.findLast((e) => e.key === key);

function checkDocument(root: JsonNode, kind: PolicyKind, problems: ProblemList): Policy | undefined {
  if (root.kind !== 'object') {
    problems.error('', ['notAPolicy', {}], AWS.syntax, root);
    return undefined;
  }
  for (const { key, keySpan } of root.entries) {
    if (!DOCUMENT_KEYS.includes(key)) problems.error(key, ['unknownDocumentElement', { allowed: DOCUMENT_KEYS.join(', ') }], AWS.syntax, keySpan);
  }
  const version = entryOf(root, 'Version');
  let checkedVersion: PolicyVersion = '2008-10-17';
  if (!version) {
    // IAM accepts this and reads it as the old 2008-10-17 language.
    problems.warning('Version', ['versionMissing', {}], root);
  } else if (version.value.kind !== 'string' || !VERSIONS.includes(version.value.value)) {
    problems.error('Version', ['versionInvalid', {}], AWS.syntax, version.value);
  } else {
    checkedVersion = version.value.value as PolicyVersion;
  }
  const id = entryOf(root, 'Id');
  if (id && id.value.kind !== 'string') problems.error('Id', ['mustBeString', {}], AWS.syntax, id.value);

  const statement = entryOf(root, 'Statement');
  if (!statement) {
    problems.error('Statement', ['statementMissing', {}], AWS.syntax, root);
    return undefined;
  }
  const node = statement.value;
  const list = node.kind === 'array' ? node.items.map((item, i) => ({ item, path: `Statement[${i}]` })) : [{ item: node, path: 'Statement' }];
  if (node.kind !== 'array' && node.kind !== 'object') {
    problems.error('Statement', ['statementShape', {}], AWS.syntax, node);
    return undefined;
  }
  if (list.length === 0) problems.error('Statement', ['statementEmpty', {}], AWS.syntax, node);

  const statements: Statement[] = [];
  const sids = new Set<string>();
  for (const { item, path } of list) {
    const checked = checkStatement(item, path, kind, problems);
    if (!checked) continue;
    if (checked.sid !== undefined && checked.sid !== '') {
      if (sids.has(checked.sid)) problems.error(`${path}.Sid`, ['sidTaken', { sid: checked.sid }], AWS.uniqueSid, entryOf(item as JsonNode & { kind: 'object' }, 'Sid')?.value);
      sids.add(checked.sid);
    }
    statements.push(checked);
  }
  const policy: Policy = { version: checkedVersion, statements };
  if (id?.value.kind === 'string') policy.id = id.value.value;
  return policy;
}

function checkStatement(node: JsonNode, path: string, kind: PolicyKind, problems: ProblemList): Statement | undefined {
  if (node.kind !== 'object') {
    problems.error(path, ['statementNotObject', {}], AWS.syntax, node);
    return undefined;
  }
  const allowed = kind === 'resource' ? [...STATEMENT_KEYS, ...PRINCIPAL_KEYS] : STATEMENT_KEYS;
  for (const { key, keySpan } of node.entries) {
    if (kind === 'identity' && PRINCIPAL_KEYS.includes(key)) {
      problems.error(`${path}.${key}`, ['principalInRolePolicy', {}], AWS.principal, keySpan);
    } else if (!allowed.includes(key)) {
      problems.error(`${path}.${key}`, ['unknownStatementElement', { allowed: allowed.join(', ') }], AWS.syntax, keySpan);
    }
  }
  const get = (key: string) => entryOf(node, key)?.value;
  const statement: Partial<Statement> = {};

  const sid = get('Sid');
  if (sid && sid.kind !== 'string') problems.error(`${path}.Sid`, ['mustBeString', {}], AWS.syntax, sid);
  else if (sid?.kind === 'string') {
    // IAM (not Lambda or S3) limits Sids to letters and digits.
    if (kind === 'identity' && !/^[0-9A-Za-z]*$/.test(sid.value)) problems.error(`${path}.Sid`, ['sidCharacters', {}], AWS.sidCharacters, sid);
    statement.sid = sid.value;
  }

  const effect = get('Effect');
  if (!effect) problems.error(`${path}.Effect`, ['effectMissing', {}], AWS.syntax, node);
  else if (effect.kind === 'string' && (effect.value === 'Allow' || effect.value === 'Deny')) statement.effect = effect.value;
  else {
    const caseOnly = effect.kind === 'string' && /^(allow|deny)$/i.test(effect.value);
    problems.error(`${path}.Effect`, caseOnly ? ['effectCase', {}] : ['effectInvalid', {}], caseOnly ? AWS.legacy : AWS.syntax, effect);
  }

  pair(node, path, 'Action', 'NotAction', problems, AWS.actions, checkAction, statement);
  pair(node, path, 'Resource', 'NotResource', problems, AWS.resources, checkResource, statement);

  if (kind === 'resource') {
    const principal = get('Principal');
    const notPrincipal = get('NotPrincipal');
    if (principal && notPrincipal) problems.error(path, ['principalBoth', {}], AWS.syntax, notPrincipal);
    else if (!principal && !notPrincipal) problems.error(`${path}.Principal`, ['principalMissing', {}], AWS.syntax, node);
    const checked = principal ? checkPrincipal(principal, `${path}.Principal`, problems) : undefined;
    const notChecked = notPrincipal ? checkPrincipal(notPrincipal, `${path}.NotPrincipal`, problems) : undefined;
    if (checked) statement.principal = checked;
    if (notChecked) statement.notPrincipal = notChecked;
  }

  const condition = get('Condition');
  if (condition) {
    const block = checkCondition(condition, `${path}.Condition`, problems);
    if (block) statement.condition = block;
  }
  return statement.effect ? (statement as Statement) : undefined;
}

/** Action/NotAction and Resource/NotResource: exactly one of the two, a non-empty list of valid values. */
function pair(
  node: JsonNode & { kind: 'object' },
  path: string,
  key: 'Action' | 'Resource',
  notKey: 'NotAction' | 'NotResource',
  problems: ProblemList,
  missingMessage: string,
  checkOne: (value: string, path: string, node: JsonNode, problems: ProblemList) => boolean,
  statement: Partial<Statement>,
): void {
  const plain = entryOf(node, key);
  const negated = entryOf(node, notKey);
  if (plain && negated) {
    problems.error(path, ['pairBoth', { key, notKey }], AWS.syntax, negated.keySpan);
    return;
  }
  const entry = plain ?? negated;
  if (!entry) {
    problems.error(`${path}.${key}`, ['pairMissing', { key, notKey }], missingMessage, node);
    return;
  }
  const at = `${path}.${entry.key}`;
  const values = stringList(entry.value, at, problems);
  if (!values) return;
  if (values.length === 0) {
    problems.error(at, key === 'Action' ? ['actionsEmpty', {}] : ['resourcesEmpty', {}], missingMessage, entry.value);
    return;
  }
  // Every value is checked, so the editor can mark all the bad ones at once.
  const valid = values.map((v) => checkOne(v.value, v.path, v.node, problems));
  if (!valid.every(Boolean)) return;
  const field = (entry.key.charAt(0).toLowerCase() + entry.key.slice(1)) as 'action' | 'notAction' | 'resource' | 'notResource';
  statement[field] = values.map((v) => v.value);
}
