// The functions' slices of the project document beyond their code: IAM execution roles, the
// functions' resource-based policies, and their asynchronous invocation settings.
import type { Engine } from '../../engine/engine';
import type { FunctionPolicyDef } from '../../engine/iam/function-policy';
import type { RoleDef } from '../../engine/iam/roles';
import type { ServiceSlice } from '../projects/service-slice';

type EventInvokeConfigInput = Parameters<Engine['lambda']['putFunctionEventInvokeConfig']>[0];

export const roleSlice: ServiceSlice = {
  key: 'roles',
  read: (engine) => engine.iam.roles.list(),
  restore: (engine, role) => engine.iam.roles.import(role as RoleDef),
  describe: (role) => `the role ${(role as RoleDef)?.roleName}`,
  changedBy: ['iam-changed'],
};

export const permissionSlice: ServiceSlice = {
  key: 'permissions',
  read: (engine) => engine.iam.policies.list(),
  restore: (engine, policy) => engine.iam.policies.import(policy as FunctionPolicyDef),
  describe: (policy) => `the permissions of ${(policy as FunctionPolicyDef)?.functionName}`,
  changedBy: ['iam-changed', 'functions-changed'],
};

export const eventInvokeConfigSlice: ServiceSlice = {
  key: 'eventInvokeConfigs',
  read: (engine) => engine.lambda.exportEventInvokeConfigs(),
  restore: (engine, config) => engine.lambda.putFunctionEventInvokeConfig(config as EventInvokeConfigInput),
  describe: (config) => `the asynchronous settings of ${(config as EventInvokeConfigInput)?.FunctionName}`,
  plural: true,
  // Lambda announces a changed event invoke config as a change of its functions.
  changedBy: ['functions-changed'],
};
