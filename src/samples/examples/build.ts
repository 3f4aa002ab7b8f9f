// The parts every example project is made of, written once: a function as the console creates it,
// its execution role, a resource-based permission for a service, a queue with SQS's defaults, and
// the document around them.
import { ACCOUNT_ID, functionArn } from '../../engine/ids';
import { permissionStatement } from '../../engine/iam/function-policy';
import { basicExecutionPolicy } from '../../engine/iam/roles';
import { QUEUE_DEFAULTS } from '../../engine/services/sqs/definitions';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectDoc, type ProjectFunction } from '../../project/types';

/** When the examples' resources were made: fixed, so a fresh copy is always the same document. */
export const CREATED = Date.UTC(2026, 10, 22);

/** A function with one source file `index.ts`, handler `index.handler`. */
export function exampleFunction(name: string, description: string, code: string, extra: Partial<ProjectFunction> = {}): ProjectFunction {
  return {
    name, runtime: 'nodejs22.x', handler: 'index.handler', memorySize: 128, timeout: 3, environment: {}, description,
    files: { 'index.ts': code }, testEvents: [], ...extra,
  };
}

/** A test event as the console saves it: pretty JSON. */
export const testEvent = (name: string, value: unknown) => ({ name, json: `${JSON.stringify(value, null, 2)}\n` });

/** The role the console makes for a function (`<name>-role`), with logging and the example's own statements. */
export function exampleRole(functionName: string, roleId: string, statements: object[] = [], policyName = `${functionName}-access`) {
  const inlinePolicies = [basicExecutionPolicy(functionName)];
  if (statements.length) inlinePolicies.push({ policyName, document: JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2) });
  return { roleName: `${functionName}-role`, path: '/service-role/', roleId, createDate: CREATED, inlinePolicies };
}

/** What the console adds when a service's trigger is created: `principal` may invoke the function for `sourceArn`. */
export function servicePermission(functionName: string, statementId: string, principal: string, sourceArn: string) {
  return {
    functionName,
    statements: [permissionStatement(
      { FunctionName: functionName, StatementId: statementId, Action: 'lambda:InvokeFunction', Principal: principal, SourceArn: sourceArn, SourceAccount: ACCOUNT_ID },
      functionArn(functionName),
    )],
  };
}

/** A standard queue with CreateQueue's defaults and the example's settings. */
export function exampleQueue(name: string, settings: Record<string, unknown> = {}) {
  return { name, ...QUEUE_DEFAULTS, createdTimestamp: CREATED, lastModifiedTimestamp: CREATED, ...settings };
}

/** The document around an example's parts. */
export function exampleProject(name: string, parts: Partial<ProjectDoc> & Pick<ProjectDoc, 'functions'>): ProjectDoc {
  return {
    format: PROJECT_FORMAT, version: PROJECT_VERSION, name, selected: parts.functions[0]?.name,
    apis: [], savedRequests: {}, site: { files: {} }, ...parts,
  };
}
