// English labels of a function's Permissions tab: the execution role, its inline policies, and the resource-based policy.
export const functionsPermissions = {
  'functions.permissions': 'Permissions',
  'functions.executionRole': 'Execution role',
  'functions.roleHint':
    "Every AWS SDK call the handler makes is checked against these policies (explicit Deny wins; anything not allowed is denied). Lambda's console gives a new role only CloudWatch Logs.",
  'functions.newInlinePolicy': 'New inline policy',
  'functions.newPolicyName': 'New policy name',
  'functions.addPolicy': 'Add policy',
  'functions.addPolicyHint': "Starts as a policy allowing `s3:GetObject` on a bucket's objects; edit it, then Save.",
  // One inline policy
  'functions.policyNamed': (name: string) => `Policy ${name}`,
  'functions.policyNotSavedYet': 'not saved yet',
  'functions.policyUnsaved': 'unsaved changes',
  'functions.policySaved': 'saved',
  'functions.deletePolicyConfirm': 'Delete this policy?',
  'functions.iamSays': (message: string) => ` — IAM says: ${message}`,
  // Resource-based policy
  'functions.resourcePolicy': 'Resource-based policy',
  'functions.resourceStatements': 'Resource-based policy statements',
  'functions.resourceHint':
    "Who may invoke this function besides callers in this account whose own role allows it: S3 for a bucket, API Gateway for an API, another function's role.",
  'functions.statementId': 'Statement id',
  'functions.principal': 'Principal',
  'functions.sourceArn': 'Source ARN',
  'functions.action': 'Action',
  'functions.removeStatement': (sid: string) => `Remove statement ${sid}`,
  'functions.noStatements': 'No statements: no other service may invoke this function.',
  'functions.addPermission': 'Add permission',
  'functions.permissionPrincipal': 'Permission principal',
  'functions.principalLabel': (kind: string) =>
    kind === 's3' ? 'S3 (a bucket)' : kind === 'apigateway' ? 'API Gateway (an API)' : 'Another function (its execution role)',
  'functions.sourceLabel': (kind: string) => (kind === 's3' ? 'Bucket' : kind === 'apigateway' ? 'API' : 'Function'),
  'functions.permissionSource': 'Permission source',
  'functions.choose': 'choose…',
  'functions.noneYet': 'none yet',
  'functions.statementIdPlaceholder': 'generated if empty',
};
