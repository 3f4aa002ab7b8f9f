// What is wrong with a policy document, in the interface language: one message per problem code of the
// policy checker (a new code without a message here fails the type check). IAM's own answer stays English.
import type { PolicyProblem } from '../../engine/iam/policy-problems';
import type { PolicyReason } from '../../engine/iam/policy-problem-texts';
import { t } from '../../i18n/i18n.svelte';
import type { Texts } from './texts';

const REASONS: Texts<PolicyReason> = {
  jsonSyntax: (v) => t('diagnostics.policyJsonSyntax', v.message),
  duplicateKey: (v) => t('diagnostics.policyDuplicateKey', v.key),
  notAPolicy: () => t('diagnostics.policyNotAPolicy'),
  unknownDocumentElement: (v) => t('diagnostics.policyUnknownDocumentElement', v.allowed),
  versionMissing: () => t('diagnostics.policyVersionMissing'),
  versionInvalid: () => t('diagnostics.policyVersionInvalid'),
  mustBeString: () => t('diagnostics.policyMustBeString'),
  statementMissing: () => t('diagnostics.policyStatementMissing'),
  statementShape: () => t('diagnostics.policyStatementShape'),
  statementEmpty: () => t('diagnostics.policyStatementEmpty'),
  sidTaken: (v) => t('diagnostics.policySidTaken', v.sid),
  statementNotObject: () => t('diagnostics.policyStatementNotObject'),
  principalInRolePolicy: () => t('diagnostics.policyPrincipalInRolePolicy'),
  unknownStatementElement: (v) => t('diagnostics.policyUnknownStatementElement', v.allowed),
  sidCharacters: () => t('diagnostics.policySidCharacters'),
  effectMissing: () => t('diagnostics.policyEffectMissing'),
  effectInvalid: () => t('diagnostics.policyEffectInvalid'),
  effectCase: () => t('diagnostics.policyEffectCase'),
  principalBoth: () => t('diagnostics.policyPrincipalBoth'),
  principalMissing: () => t('diagnostics.policyPrincipalMissing'),
  pairBoth: (v) => t('diagnostics.policyPairBoth', v.key, v.notKey),
  pairMissing: (v) => t('diagnostics.policyPairMissing', v.key, v.notKey),
  actionsEmpty: () => t('diagnostics.policyActionsEmpty'),
  resourcesEmpty: () => t('diagnostics.policyResourcesEmpty'),
  stringList: () => t('diagnostics.policyStringList'),
  actionPrefix: (v) => t('diagnostics.policyActionPrefix', v.value),
  actionColons: (v) => t('diagnostics.policyActionColons', v.value),
  actionVendor: (v) => t('diagnostics.policyActionVendor', v.vendor),
  actionEmpty: (v) => t('diagnostics.policyActionEmpty', v.value, v.vendor),
  resourceNotArn: (v) => t('diagnostics.policyResourceNotArn', v.value),
  resourceBucket: (v) => t('diagnostics.policyResourceBucket', v.value),
  resourcePartition: (v) => t('diagnostics.policyResourcePartition', v.partition),
  resourceService: (v) => t('diagnostics.policyResourceService', v.value),
  resourceParts: (v) => t('diagnostics.policyResourceParts', v.value),
  resourceRegion: (v) => t('diagnostics.policyResourceRegion', v.service, v.example),
  resourceAccount: (v) => t('diagnostics.policyResourceAccount', v.account, v.playground),
  policyVariables: () => t('diagnostics.policyVariables'),
  principalShape: () => t('diagnostics.policyPrincipalShape'),
  principalAws: (v) => t('diagnostics.policyPrincipalAws', v.value),
  principalKind: () => t('diagnostics.policyPrincipalKind'),
  conditionShape: () => t('diagnostics.policyConditionShape'),
  conditionNullIfExists: () => t('diagnostics.policyConditionNullIfExists'),
  conditionUnknownOperator: () => t('diagnostics.policyConditionUnknownOperator'),
  conditionOperatorCase: (v) => t('diagnostics.policyConditionOperatorCase', v.near),
  conditionQualifier: (v) => t('diagnostics.policyConditionQualifier', v.qualifier, v.supported),
  conditionOperator: (v) => t('diagnostics.policyConditionOperator', v.operator, v.supported),
  conditionKeysShape: () => t('diagnostics.policyConditionKeysShape'),
  conditionKeyPrefix: (v) => t('diagnostics.policyConditionKeyPrefix', v.key),
  conditionKeyColons: (v) => t('diagnostics.policyConditionKeyColons', v.key),
  conditionKeyUnsupported: (v) => t('diagnostics.policyConditionKeyUnsupported', v.key, v.supported),
  conditionBoolean: (v) => t('diagnostics.policyConditionBoolean', v.operator),
};

/** What is wrong, in the current language (for the editor's mark). */
export function policyReasonText(reason: PolicyReason): string {
  return (REASONS[reason.code] as (values: object) => string)(reason.values);
}

/** `Statement[1].Effect: must be "Allow" or "Deny" (line 7, column 17)`, in the current language. */
export function policyProblemText(problem: PolicyProblem): string {
  const path = problem.path || t('diagnostics.policyDocument');
  const text = policyReasonText(problem.reason);
  return problem.line === undefined ? t('diagnostics.policyProblemAt', path, text) : t('diagnostics.policyProblemAtLine', path, text, problem.line, problem.column ?? 1);
}

/** Every problem code that has a message, for the tests. */
export const POLICY_REASON_CODES = Object.keys(REASONS) as PolicyReason['code'][];
