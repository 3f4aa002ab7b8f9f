// What is wrong with a policy document in the playground's plain words (beside IAM's terse answer):
// each problem a code with values and its English text, so the editor can say it in its own language.
import { diagnose, type DiagnosticOf } from '../diagnostic';

export const POLICY_PROBLEM_TEXTS = {
  jsonSyntax: (v: { message: string }) => `JSON syntax: ${v.message}`,
  duplicateKey: (v: { key: string }) => `the key "${v.key}" appears twice; JSON keeps only the last one`,
  notAPolicy: () => 'a policy must be a JSON object with "Version" and "Statement"',
  unknownDocumentElement: (v: { allowed: string }) => `unknown element; a policy has ${v.allowed}`,
  versionMissing: () => 'missing; IAM then assumes "2008-10-17", which has no policy variables. Add "Version": "2012-10-17"',
  versionInvalid: () => 'must be "2012-10-17" or "2008-10-17"',
  mustBeString: () => 'must be a string',
  statementMissing: () => 'missing; a policy needs at least one statement',
  statementShape: () => 'must be a statement object or a list of them',
  statementEmpty: () => 'must contain at least one statement',
  sidTaken: (v: { sid: string }) => `"${v.sid}" is used by another statement; Sids must be unique in a policy`,
  statementNotObject: () => 'must be an object with "Effect", "Action" and "Resource"',
  principalInRolePolicy: () => "a role's policy must not name a principal: the role is the principal",
  unknownStatementElement: (v: { allowed: string }) => `unknown element; a statement has ${v.allowed}`,
  sidCharacters: () => 'may contain only letters and digits',
  effectMissing: () => 'missing; must be "Allow" or "Deny"',
  effectInvalid: () => 'must be "Allow" or "Deny"',
  effectCase: () => 'must be "Allow" or "Deny" (with that capitalisation)',
  principalBoth: () => 'use either Principal or NotPrincipal, not both',
  principalMissing: () => 'missing; a resource-based policy names who it applies to',
  pairBoth: (v: { key: string; notKey: string }) => `use either ${v.key} or ${v.notKey}, not both`,
  pairMissing: (v: { key: string; notKey: string }) => `missing; a statement needs ${v.key} or ${v.notKey}`,
  actionsEmpty: () => 'must list at least one of the actions, as in "s3:GetObject"',
  resourcesEmpty: () => 'must list at least one of the resources, as in "arn:aws:s3:::photos/*"',
  stringList: () => 'must be a string or a list of strings',
  actionPrefix: (v: { value: string }) => `"${v.value}" needs a service prefix, as in "s3:GetObject" or "s3:*"`,
  actionColons: (v: { value: string }) => `"${v.value}" can contain only one colon, between the service and the action`,
  actionVendor: (v: { vendor: string }) => `"${v.vendor}" is not a service prefix (letters, digits and hyphens, no wildcards)`,
  actionEmpty: (v: { value: string; vendor: string }) => `"${v.value}" names no action, so it matches nothing; use "${v.vendor}:*" for every action`,
  resourceNotArn: (v: { value: string }) => `"${v.value}" must be an ARN (arn:aws:service:region:account:resource) or "*"`,
  resourceBucket: (v: { value: string }) => `"${v.value}" must be an ARN (arn:aws:service:region:account:resource) or "*"; for S3 write "arn:aws:s3:::${v.value}"`,
  resourcePartition: (v: { partition: string }) => `"${v.partition}" is not a partition; ARNs here begin with "arn:aws:"`,
  resourceService: (v: { value: string }) => `"${v.value}" must name its service in full (no wildcards), as in "arn:aws:s3:::photos/*"`,
  resourceParts: (v: { value: string }) => `"${v.value}" needs six colon-separated parts: arn:aws:service:region:account:resource`,
  resourceRegion: (v: { service: string; example: string }) => `${v.service} ARNs have no region; leave it empty, as in "${v.example}"`,
  resourceAccount: (v: { account: string; playground: string }) => `account ${v.account} is not the playground's account (${v.playground}), so this never matches here`,
  policyVariables: () => 'policy variables such as ${aws:username} are not simulated; the text is matched as written',
  principalShape: () => 'must be "*" or an object such as { "Service": "s3.amazonaws.com" } or { "AWS": "arn:aws:iam::123456789012:role/name" }',
  principalAws: (v: { value: string }) => `"${v.value}" is not an account id or an IAM ARN`,
  principalKind: () => 'the playground knows "AWS" and "Service" principals only',
  conditionShape: () => 'must be an object of condition operators, as in { "StringEquals": { "aws:SourceAccount": "123456789012" } }',
  conditionNullIfExists: () => 'unknown condition operator; Null has no IfExists form, as it tests whether the key is present',
  conditionUnknownOperator: () => 'unknown condition operator',
  conditionOperatorCase: (v: { near: string }) => `unknown condition operator; did you mean ${v.near}?`,
  conditionQualifier: (v: { qualifier: string; supported: string }) => `the playground does not evaluate the ${v.qualifier}: qualifier; it supports ${v.supported} (with IfExists)`,
  conditionOperator: (v: { operator: string; supported: string }) => `the playground does not evaluate the ${v.operator} operator; it supports ${v.supported} (with IfExists)`,
  conditionKeysShape: () => 'must be an object of condition keys and values',
  conditionKeyPrefix: (v: { key: string }) => `condition key "${v.key}" needs a prefix, as in "aws:SourceArn"`,
  conditionKeyColons: (v: { key: string }) => `condition key "${v.key}" can contain only one colon`,
  conditionKeyUnsupported: (v: { key: string; supported: string }) => `the playground does not provide the condition key ${v.key}; it provides ${v.supported}`,
  conditionBoolean: (v: { operator: string }) => `${v.operator} takes "true" or "false"`,
};

export type PolicyProblemCode = keyof typeof POLICY_PROBLEM_TEXTS;
/** One problem's reason, as a code with its values. */
export type PolicyReason = DiagnosticOf<typeof POLICY_PROBLEM_TEXTS>;
/** A reason as arguments: its code, then the values that code's text takes. */
export type PolicyReasonArgs = { [R in PolicyReason as R['code']]: [code: R['code'], values: R['values']] }[PolicyProblemCode];

/** The reason's English text and the reason itself. */
export function policyReason(...[code, values]: PolicyReasonArgs): { message: string; reason: PolicyReason } {
  const { diagnostic, english } = diagnose(POLICY_PROBLEM_TEXTS, code, values as never);
  return { message: english, reason: diagnostic };
}
