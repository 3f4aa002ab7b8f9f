// The "Add permission" form of a function's resource-based policy, turned into an AddPermission request.
import { ACCOUNT_ID, hex } from '../../engine/ids';
import type { AddPermissionInput } from '../../engine/iam/function-policy';
import { executeApiSourceArn } from '../../engine/iam/suggested-permission';

/** Who is let in: S3 for a bucket, API Gateway for an API, or another function (as its execution role). */
export type PrincipalKind = 's3' | 'apigateway' | 'function';

export interface PermissionForm {
  kind: PrincipalKind;
  /** A bucket name (s3), an API id (apigateway), or the other function's role ARN (function). */
  source: string;
  /** Limits the permission to one source; filled from `source`, editable (wildcards allowed, ArnLike). */
  sourceArn: string;
  /** Left empty, one is made up (`s3-invoke-1a2b3c4d`). */
  statementId: string;
  /** An alias or version the permission is for; '' for the function itself. */
  qualifier: string;
}

/** Each kind's service principal (a function is let in by its role ARN instead); the form names them in the interface language. */
export const PRINCIPALS: Record<PrincipalKind, { principal: string }> = {
  s3: { principal: 's3.amazonaws.com' },
  apigateway: { principal: 'apigateway.amazonaws.com' },
  function: { principal: '' },
};

/** The source ARN a source stands for: the bucket's ARN, or every route and stage of an API. */
export function defaultSourceArn(kind: PrincipalKind, source: string): string {
  if (!source) return '';
  if (kind === 's3') return `arn:aws:s3:::${source}`;
  if (kind === 'apigateway') return executeApiSourceArn(source);
  return '';
}

export function permissionRequest(functionName: string, form: PermissionForm): AddPermissionInput {
  const input: AddPermissionInput = {
    FunctionName: functionName,
    StatementId: form.statementId.trim() || `${form.kind}-invoke-${hex(8)}`,
    Action: 'lambda:InvokeFunction',
    Principal: form.kind === 'function' ? form.source : PRINCIPALS[form.kind].principal,
  };
  const sourceArn = form.sourceArn.trim();
  if (form.kind !== 'function' && sourceArn) input.SourceArn = sourceArn;
  // A bucket ARN names no account, so the console pins the account too (a deleted bucket's name can be taken).
  if (form.kind === 's3') input.SourceAccount = ACCOUNT_ID;
  if (form.qualifier) input.Qualifier = form.qualifier;
  return input;
}
