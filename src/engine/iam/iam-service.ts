// IAM as the engine uses it: execution roles, functions' resource policies, and the two
// decisions every cross-service call needs — may this role make this call, may this caller invoke.
import { ServiceError } from '../errors';
import { ACCOUNT_ID, functionArn } from '../ids';
import { authorize, type AuthorizationRequest, type IamService } from './access-denied';
import { FunctionPolicyRegistry } from './function-policy';
import { canInvoke, type InvokeDecision, type RoleInvoker, type ServiceInvoker } from './can-invoke';
import { assumedRoleArn, basicExecutionPolicy, RoleRegistry, roleArn, type RoleDef } from './roles';

export interface IamDeps {
  changed: () => void;
  now: () => number;
  /** Throws Lambda's ResourceNotFoundException for a missing function or qualifier. */
  resolveFunction?: (functionName: string, qualifier?: string) => void;
}

/** Who is calling: the function whose handler made an SDK call, running as its role. */
export interface FunctionCaller {
  functionName: string;
  /** The function's configured execution role ARN. */
  roleArn: string;
}

const ROLE_ARN = /^arn:aws:iam::(\d{12}):role(\/(?:[\x21-\x7e]+\/)?)?([\w+=,.@-]{1,64})$/;

export function createIam(deps: IamDeps) {
  const roles = new RoleRegistry(deps.changed, deps.now);
  const policies = new FunctionPolicyRegistry(deps.changed, { resolve: deps.resolveFunction });

  /**
   * The role behind a function's Role ARN. A role the project does not have yet is created as the
   * Lambda console creates one (basic execution: CloudWatch Logs only), so a new function can log
   * but must be granted anything else — the lesson AWS teaches with its AccessDenied errors.
   */
  function roleOf(caller: FunctionCaller): RoleDef {
    const existing = roles.findByArn(caller.roleArn);
    if (existing) return existing;
    const match = ROLE_ARN.exec(caller.roleArn);
    if (!match || match[1] !== ACCOUNT_ID) {
      throw new ServiceError('AccessDenied', `The role ${caller.roleArn} of ${caller.functionName} is not a role of this account.`, 403);
    }
    return roles.create({ roleName: match[3]!, path: match[2] ?? '/', inlinePolicies: [basicExecutionPolicy(caller.functionName)] });
  }

  return {
    roles,
    policies,
    roleOf,
    /** Checks an SDK call against the caller's role; throws AWS's AccessDenied for the first refusal. */
    authorizeCall(caller: FunctionCaller, service: IamService, requests: AuthorizationRequest[]): void {
      const role = roleOf(caller);
      authorize({
        policies: roles.policiesOf(role.roleName),
        roleArn: roleArn(role),
        principalArn: assumedRoleArn(role.roleName, caller.functionName),
        requests,
        service,
      });
    },
    /** Whether a service (S3 for a bucket, API Gateway for an API) or a function's role may invoke. */
    mayInvoke(functionName: string, qualifier: string | undefined, principal: ServiceInvoker | FunctionCaller): InvokeDecision {
      const invoker: ServiceInvoker | RoleInvoker =
        'service' in principal
          ? principal
          : (() => {
              const role = roleOf(principal);
              return { roleArn: roleArn(role), sessionArn: assumedRoleArn(role.roleName, principal.functionName), identityPolicies: roles.policiesOf(role.roleName) };
            })();
      return canInvoke({
        functionPolicy: policies.policyFor(functionName, qualifier),
        functionArn: functionArn(functionName, qualifier === '$LATEST' ? undefined : qualifier),
        principal: invoker,
      });
    },
  };
}

export type Iam = ReturnType<typeof createIam>;
